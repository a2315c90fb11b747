import { join } from 'node:path';
import type { RegionIndex } from '../../src/lib/regions/index.ts';
import type { SectorMapper } from '../../src/lib/taxonomy/mapper.ts';
import { loadRegionIndex } from '../../src/infra/reference/regions.ts';
import { loadSectorMapper } from './taxonomy.ts';

export interface LoadedReference {
  regions: RegionIndex;
  sectors: SectorMapper;
}

/**
 * Loads every reference table under `dir` (the repository's `data/` by default): regions from
 * `regions/`, the sector mapping from `taxonomy/category-sectors.csv`.
 */
export function loadReference(dir = 'data'): Promise<LoadedReference> {
  return Promise.resolve().then(() => ({
    regions: loadRegionIndex(join(dir, 'regions')),
    sectors: loadSectorMapper(join(dir, 'taxonomy', 'category-sectors.csv')),
  }));
}
