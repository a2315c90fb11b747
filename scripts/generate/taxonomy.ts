import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Programme } from '../../src/lib/schema/enums.ts';
import type { Rng } from './rng.ts';
import { generalLabels } from './vocab/categories.ts';

interface Label {
  programme: Programme;
  label: string;
  /** KIPP only: the years that used the label. */
  years: readonly number[];
}

/** The category labels of `data/taxonomy/category-sectors.csv`, picked by programme and year. */
export interface Taxonomy {
  /**
   * A label of that programme (and KIPP year) among `fitting` (best first): mostly the first
   * one it has, now and then another; a general label when it has none of them.
   */
  pick(rng: Rng, programme: Programme, fitting: readonly string[], year?: number): string;
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
    years: (row.years ?? '').split('|').filter(Boolean).map(Number),
  }));
  const known = new Set(labels.map((entry) => entry.label.toLowerCase()));
  return {
    pick: (rng, programme, fitting, year) => {
      const open = labels
        .filter(
          (entry) =>
            entry.programme === programme &&
            (year === undefined || entry.years.length === 0 || entry.years.includes(year)),
        )
        .map((entry) => entry.label);
      const has = (label: string): boolean => open.includes(label);
      const listed = fitting.filter(has);
      const [best] = listed;
      if (best !== undefined) return rng.chance(0.85) ? best : rng.pick(listed);
      const general = generalLabels.filter(has);
      if (general.length === 0)
        throw new Error(`${path} has no general ${programme} label for ${String(year)}`);
      return rng.pick(general);
    },
    knows: (label) => known.has(label.toLowerCase()),
  };
}
