import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Programme } from '../../src/lib/schema/enums.ts';
import type { Rng } from './rng.ts';

interface Label {
  programme: Programme;
  label: string;
  sectors: readonly string[];
  /** KIPP only: the years that used the label. */
  years: readonly number[];
}

/** The category labels of `data/taxonomy/category-sectors.csv`, picked by programme and year. */
export interface Taxonomy {
  /** A label of that programme (and KIPP year), preferring one mapped to `sector`. */
  pick(rng: Rng, programme: Programme, sector: string, year?: number): string;
  /** True when the table knows the label (any case): unknown labels are planted on purpose. */
  knows(label: string): boolean;
}

export function loadTaxonomy(path: string): Taxonomy {
  const rows: Record<string, string>[] = parse(readFileSync(path, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    trim: true,
  });
  const labels = rows.map((row): Label => ({
    programme: row.programme as Programme,
    label: row.label ?? '',
    sectors: (row.sectors ?? '').split('|').filter(Boolean),
    years: (row.years ?? '').split('|').filter(Boolean).map(Number),
  }));
  const known = new Set(labels.map((entry) => entry.label.toLowerCase()));
  return {
    pick: (rng, programme, sector, year) => {
      const candidates = labels.filter(
        (entry) =>
          entry.programme === programme &&
          (year === undefined || entry.years.length === 0 || entry.years.includes(year)),
      );
      if (candidates.length === 0)
        throw new Error(`${path} has no ${programme} label for ${String(year)}`);
      const matching = candidates.filter((entry) => entry.sectors.includes(sector));
      return rng.pick(matching.length > 0 && rng.chance(0.95) ? matching : candidates).label;
    },
    knows: (label) => known.has(label.toLowerCase()),
  };
}
