import type { Concept } from '../concepts.ts';
import {
  formatDate,
  randomDay,
  fullDateForms,
  textDateForms,
  toExcelSerial,
  toUtcDate,
  type Day,
} from '../dates.ts';
import { clusterLabel, htmlify, htmlList, joinNames, sdgCell } from '../mess.ts';
import type { Regions } from '../regions.ts';
import type { Rng } from '../rng.ts';
import { spellProvince, spellRegency } from '../spellings.ts';
import type { Taxonomy } from '../taxonomy.ts';
import type { Cell, KippCells } from './columns.ts';

/** One KIPP registration: an innovation entered in one year's competition. */
export interface KippEntry {
  concept: Concept;
  year: number;
  /** `Top 99`, `Top 40`, ...; empty when only registered. */
  result: string;
  /** The title as that year's proposal wrote it. */
  title: string;
  regNo: string;
  group: string;
  /** `Provinsi` as a real innovation's source writes it; spelled at random when absent. */
  province?: string;
  /** What the data update (pemutakhiran) recorded of the innovation; undefined when it did not reach it. */
  update: StatusUpdate | undefined;
}

/** A status of the data update and the day it was recorded. */
export interface StatusUpdate {
  status: string;
  on: Day;
}

export interface KippContext {
  format: 'csv' | 'xlsx';
  regions: Regions;
  taxonomy: Taxonomy;
  /** Registered-only proposals and benchmark rows carry fewer narrative sections. */
  lean: boolean;
}

const regionalClusters = new Set(['provinsi', 'kabupaten', 'kota', 'bumd']);

export function kippCells(rng: Rng, entry: KippEntry, context: KippContext): KippCells {
  const { concept, year } = entry;
  const { agency, narrative: text } = concept;
  const regional = regionalClusters.has(agency.cluster);
  const full = !context.lean && (entry.result !== '' || rng.chance(0.3));
  // The real innovations have a summary only: no section is made up for them.
  const section = (value: string, chance: number): string =>
    value !== '' && (full || rng.chance(chance)) ? htmlify(rng, value) : '';
  return {
    regNo: entry.regNo,
    year: context.format === 'xlsx' ? year : String(year),
    title: entry.title,
    agency: agency.name,
    cluster: clusterLabel(rng, agency.cluster),
    unit: concept.unit,
    province:
      regional && agency.province ? (entry.province ?? spellProvince(rng, agency.province)) : '',
    regency: agency.regency ? spellRegency(rng, agency.regency, context.regions) : '',
    category: context.taxonomy.pick(rng, 'kipp', concept.theme.categories, year),
    group: entry.group,
    result: entry.result,
    sdgs: sdgCell(rng, concept.sdgs),
    started: concept.startedOn ? dateCell(rng, concept.startedOn, context.format) : '',
    summary: htmlify(rng, text.summary, concept.title.acronym),
    background: section(text.background, 0.6),
    novelty: section(text.novelty, 0.2),
    implementation:
      text.implementation !== '' && full && rng.chance(0.3)
        ? implementationList(text.implementation)
        : section(text.implementation, 0.2),
    impact: section(text.impact, 0.2),
    adaptability: section(text.adaptability, 0.1),
    resources: section(text.resources, 0.1),
    sustainability: section(text.sustainability, 0.1),
    innovators: joinNames(rng, concept.innovators),
    contact: concept.contact,
    video: concept.video,
    ...statusCells(rng, entry.update, context.format),
  };
}

function implementationList(text: string): string {
  return htmlList(text.split(/(?<=\.) /));
}

/**
 * A date as the export holds it: a text form, or in XLSX a date cell or a bare serial (and,
 * when the precision may be coarse, a numeric year cell).
 */
export function dateCell(
  rng: Rng,
  day: Day,
  format: 'csv' | 'xlsx',
  precision: 'any' | 'day' = 'any',
): Cell {
  const forms = precision === 'day' ? fullDateForms : textDateForms;
  const text = (): string => formatDate(rng, day, rng.pick(forms));
  if (format === 'csv') return text();
  return rng.weighted<() => Cell>([
    [() => toUtcDate(day), 7],
    [() => toExcelSerial(day), 4],
    [() => day.year, precision === 'day' ? 0 : 1],
    [text, 8],
  ])();
}

/**
 * KemenPANRB's update of 2023–2024 reached about 80 % of the innovations it asked (KIPP
 * 2014–2023); of those, about 82 % went on (continuing or growing) and 18 % had stopped or
 * lay dormant. Few innovations first entered in 2025 have been updated since.
 */
const statuses = [
  ['Berlanjut', 44],
  ['Berlanjut dengan pengembangan', 19],
  ['Berkembang', 19],
  ['Berhenti', 11],
  ['Vakum', 7],
] as const;

/** The update of an innovation first entered in `firstYear`, or undefined when it had none. */
export function drawUpdate(rng: Rng, firstYear: number): StatusUpdate | undefined {
  if (!rng.chance(firstYear < 2025 ? 0.8 : 0.1)) return undefined;
  const from = Math.min(Math.max(firstYear + 1, 2023), 2025);
  return {
    status: rng.weighted(statuses),
    on: randomDay(rng, from, firstYear < 2025 ? 2024 : 2025),
  };
}

/** The update's date is recorded by the system, so it always has a day. */
function statusCells(
  rng: Rng,
  update: StatusUpdate | undefined,
  format: 'csv' | 'xlsx',
): KippCells {
  if (!update) return { status: '', statusDate: '' };
  return { status: update.status, statusDate: dateCell(rng, update.on, format, 'day') };
}
