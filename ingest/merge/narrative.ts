import type { Programme } from '../../src/lib/schema/enums.ts';
import {
  sectionKeys,
  type Narrative,
  type SectionKey,
  type Sections,
} from '../../src/lib/schema/innovation.ts';
import { IGA_SECTIONS } from '../adapters/iga.ts';
import { KIPP_SECTIONS } from '../adapters/kipp-columns.ts';
import type { SourceRecord } from '../record.ts';

/** The sections each programme's export can hold (InoLAN has a description only). */
const sectionsOfProgramme: Record<Programme, readonly SectionKey[]> = {
  kipp: Object.keys(KIPP_SECTIONS) as SectionKey[],
  iga: Object.keys(IGA_SECTIONS) as SectionKey[],
  inolan: [],
};

export interface ChosenNarrative {
  summary: string;
  sections: Sections;
  narrativeSource: SourceRecord['provenance'];
  otherNarratives?: Narrative[];
}

/**
 * The narrative of a merged innovation, taken whole from one source record so that a page
 * never mixes the texts and figures of two: the most recent complete record (a summary and
 * every section its programme's export has), else the one that says most (summary and sections
 * counted), the most recent of those. The other records' narratives, where they differ, are
 * kept per source. `sorted` is oldest first.
 */
export function chooseNarrative(sorted: readonly SourceRecord[]): ChosenNarrative {
  const chosen = sorted.findLast(isComplete) ?? mostNarrative(sorted);
  const seen = new Set([narrativeKey(chosen)]);
  const others: Narrative[] = [];
  for (const record of sorted) {
    const key = narrativeKey(record);
    if (seen.has(key) || !hasNarrative(record)) continue;
    seen.add(key);
    others.push({ source: record.provenance, summary: record.summary, sections: record.sections });
  }
  return {
    summary: chosen.summary,
    sections: chosen.sections,
    narrativeSource: chosen.provenance,
    ...(others.length > 0 && { otherNarratives: others }),
  };
}

// --- internal ---

function isComplete(record: SourceRecord): boolean {
  return (
    record.summary !== '' &&
    sectionsOfProgramme[record.provenance.programme].every((key) => record.sections[key])
  );
}

function mostNarrative(sorted: readonly SourceRecord[]): SourceRecord {
  const amount = (record: SourceRecord) =>
    (record.summary === '' ? 0 : 1) + sectionKeys.filter((key) => record.sections[key]).length;
  let best = sorted.at(-1);
  if (best === undefined) throw new Error('chooseNarrative needs at least one record');
  for (const record of sorted) if (amount(record) >= amount(best)) best = record;
  return best;
}

function hasNarrative(record: SourceRecord): boolean {
  return record.summary !== '' || sectionKeys.some((key) => record.sections[key]);
}

/** Two records with the same texts are one version. */
function narrativeKey(record: SourceRecord): string {
  return JSON.stringify([record.summary, sectionKeys.map((key) => record.sections[key] ?? '')]);
}
