import type { Innovation } from '../schema/innovation.ts';
import { survivalValuesOf } from '../trends/survival.ts';

/**
 * Search-only fields that pair two facets of one innovation, so one facet distribution gives a
 * whole cross table of the trends page (`2019|kota` counts the matching innovations of 2019 run
 * by a city). Pairs are taken where they belong together: a programme with the years it holds
 * records for (from the provenance, not every year the innovation appears), a status with the
 * year of the first award. `survivalChanges` is not a pair but the same idea: an awarded
 * innovation's changes of state after its award (`2019|3|running>stopped`), by the rule of
 * `trends/survival.ts`, the one module of the trends this folder reads.
 */
export const trendFields = [
  'yearClusters',
  'yearProgrammes',
  'yearSectors',
  'cohortStatus',
  'survivalChanges',
] as const;

export type TrendField = (typeof trendFields)[number];

export type TrendFieldValues = Record<TrendField, string[]>;

/** The value of a pair in a trend field: `2019|kota`. */
export function pairKey(first: string | number, second: string | number): string {
  return `${String(first)}${separator}${String(second)}`;
}

/** The two halves of a trend field value, or undefined for anything else. */
export function splitPair(value: string): [string, string] | undefined {
  const at = value.indexOf(separator);
  if (at <= 0 || at === value.length - 1) return undefined;
  return [value.slice(0, at), value.slice(at + 1)];
}

export function trendFieldValues(innovation: Innovation): TrendFieldValues {
  const years = [...new Set(innovation.years)];
  return {
    yearClusters: years.map((year) => pairKey(year, innovation.cluster)),
    yearProgrammes: unique(
      innovation.provenance.map((record) => pairKey(record.year, record.programme)),
    ),
    yearSectors: years.flatMap((year) => innovation.sectors.map((sector) => pairKey(year, sector))),
    cohortStatus: cohortOf(innovation),
    survivalChanges: survivalValuesOf(innovation),
  };
}

// --- internal ---

/** The year of the first award with the status today; nothing for an innovation never awarded. */
function cohortOf({ awards, status }: Innovation): string[] {
  if (awards.length === 0) return [];
  return [pairKey(Math.min(...awards.map((award) => award.year)), status)];
}

const separator = '|';

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
