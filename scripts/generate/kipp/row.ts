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
  const section = (value: string, chance: number): string =>
    full || rng.chance(chance) ? htmlify(rng, value) : '';
  return {
    regNo: entry.regNo,
    year: context.format === 'xlsx' ? year : String(year),
    title: entry.title,
    agency: agency.name,
    cluster: clusterLabel(rng, agency.cluster),
    unit: concept.unit,
    province: regional && agency.province ? spellProvince(rng, agency.province) : '',
    regency: agency.regency ? spellRegency(rng, agency.regency, context.regions) : '',
    category: context.taxonomy.pick(rng, 'kipp', concept.theme.sector, year),
    group: entry.group,
    result: entry.result,
    sdgs: sdgCell(rng, concept.sdgs),
    started: dateCell(rng, concept.startedOn, context.format),
    summary: htmlify(rng, text.summary, concept.title.acronym),
    background: section(text.background, 0.6),
    novelty: section(text.novelty, 0.2),
    implementation:
      full && rng.chance(0.3)
        ? implementationList(text.implementation)
        : section(text.implementation, 0.2),
    impact: section(text.impact, 0.2),
    adaptability: section(text.adaptability, 0.1),
    resources: section(text.resources, 0.1),
    sustainability: section(text.sustainability, 0.1),
    innovators: joinNames(rng, concept.innovators),
    contact: concept.contact,
    video: concept.video,
    ...statusCells(rng, year, context.format),
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

const statuses = [
  ['Berlanjut', 35],
  ['Berlanjut dengan pengembangan', 15],
  ['Berkembang', 15],
  ['Berhenti', 15],
  ['Vakum', 10],
] as const;

/**
 * The 2023–2024 data update (pemutakhiran) reached most earlier winners, few 2025 ones. Its
 * date is recorded by the system, so it always has a day.
 */
function statusCells(rng: Rng, year: number, format: 'csv' | 'xlsx'): KippCells {
  if (!rng.chance(year < 2025 ? 0.65 : 0.1)) return { status: '', statusDate: '' };
  const updated = randomDay(rng, Math.min(Math.max(year + 1, 2023), 2025), 2025);
  return { status: rng.weighted(statuses), statusDate: dateCell(rng, updated, format, 'day') };
}
