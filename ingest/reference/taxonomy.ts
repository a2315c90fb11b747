import { fileURLToPath } from 'node:url';
import { categoryRowSchema, type CategoryRow } from '../../src/lib/taxonomy/category-row.ts';
import { labelKey } from '../../src/lib/taxonomy/label-key.ts';
import { createSectorMapper, type SectorMapper } from '../../src/lib/taxonomy/mapper.ts';
import { displayPath, readReferenceCsv, type ParsedLine } from '../../src/infra/reference/csv.ts';

export const categorySectorsPath = fileURLToPath(
  new URL('../../data/taxonomy/category-sectors.csv', import.meta.url),
);

/**
 * Loads the category → sector table and builds the mapper. An unknown sector slug, an unknown
 * programme or a label listed twice for one programme stops with the CSV line.
 */
export function loadSectorMapper(path: string = categorySectorsPath): SectorMapper {
  return createSectorMapper(loadCategoryRows(path));
}

export function loadCategoryRows(path: string = categorySectorsPath): CategoryRow[] {
  const lines = readReferenceCsv(path, categoryRowSchema);
  _rejectRepeatedLabels(path, lines);
  return lines.map(({ value }) => value);
}

// --- internal ---

function _rejectRepeatedLabels(path: string, lines: ParsedLine<CategoryRow>[]): void {
  const seen = new Map<string, number>();
  for (const { line, value } of lines) {
    const key = `${value.programme}:${labelKey(value.label)}`;
    const first = seen.get(key);
    if (first !== undefined) {
      throw new Error(
        `${displayPath(path)} line ${line}: ${value.programme} label ${JSON.stringify(value.label)} repeats line ${first}`,
      );
    }
    seen.set(key, line);
  }
}
