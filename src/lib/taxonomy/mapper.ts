import { programmeSchema, type Programme } from '../schema/enums.ts';
import type { CategoryRow } from './category-row.ts';
import { labelKey } from './label-key.ts';
import { sectors as sectorList, type Sector } from './sectors.ts';

export interface SectorMapper {
  /** The sectors of one source label, or `undefined` when the label is unknown. */
  mapCategory(programme: Programme, label: string): readonly Sector[] | undefined;
  /** The sectors of several labels (unique, in taxonomy order) and the labels not known. */
  mapCategories(programme: Programme, labels: readonly string[]): MappedCategories;
}

export interface MappedCategories {
  sectors: Sector[];
  unknown: string[];
}

const taxonomyOrder = new Map<Sector, number>(
  sectorList.map((sector, index) => [sector.slug, index]),
);

const byTaxonomyOrder = (a: Sector, b: Sector): number =>
  (taxonomyOrder.get(a) ?? 0) - (taxonomyOrder.get(b) ?? 0);

/**
 * Builds the label → sectors lookup once. A label is looked up in its own programme first,
 * then in the others (in `programmeSchema` order), because programmes reuse each other's
 * wording (`Kesehatan` is a KIPP category and an IGA urusan).
 */
export function createSectorMapper(rows: readonly CategoryRow[]): SectorMapper {
  const tables = _buildTables(rows);

  function mapCategory(programme: Programme, label: string): readonly Sector[] | undefined {
    const key = labelKey(label);
    if (key === '') return undefined;
    for (const candidate of _lookupOrder(programme)) {
      const found = tables.get(candidate)?.get(key);
      if (found !== undefined) return found;
    }
    return undefined;
  }

  function mapCategories(programme: Programme, labels: readonly string[]): MappedCategories {
    const found = new Set<Sector>();
    const unknown: string[] = [];
    for (const label of labels) {
      if (label.trim() === '') continue;
      const mapped = mapCategory(programme, label);
      if (mapped === undefined) unknown.push(label.trim());
      else for (const sector of mapped) found.add(sector);
    }
    return { sectors: [...found].sort(byTaxonomyOrder), unknown };
  }

  return { mapCategory, mapCategories };
}

// --- internal ---

type Tables = Map<Programme, Map<string, readonly Sector[]>>;

function _buildTables(rows: readonly CategoryRow[]): Tables {
  const tables: Tables = new Map();
  for (const programme of programmeSchema.options) tables.set(programme, new Map());
  for (const row of rows) {
    const table = tables.get(row.programme);
    if (table === undefined) continue;
    const key = labelKey(row.label);
    const sectors = Object.freeze([...new Set(row.sectors)].sort(byTaxonomyOrder));
    const existing = table.get(key);
    if (existing !== undefined && existing.join('|') !== sectors.join('|')) {
      throw new Error(
        `${row.programme} label ${JSON.stringify(row.label)} is mapped twice to different sectors`,
      );
    }
    table.set(key, sectors);
  }
  return tables;
}

function _lookupOrder(programme: Programme): Programme[] {
  return [programme, ...programmeSchema.options.filter((other) => other !== programme)];
}
