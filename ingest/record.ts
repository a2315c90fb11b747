import type { z } from 'zod';
import {
  innovationSchema,
  provenanceSchema,
  type Provenance,
} from '../src/lib/schema/innovation.ts';

/**
 * One source record after normalisation, before merging: the public record less what only a
 * merge can know (the id, every year and provenance, replication counts, the change time).
 */
export const sourceRecordSchema = innovationSchema
  .omit({
    id: true,
    years: true,
    programmes: true,
    provenance: true,
    interestCount: true,
    replicationCount: true,
    updatedAt: true,
    narrativeSource: true,
    otherNarratives: true,
  })
  .extend({ provenance: provenanceSchema });

export type SourceRecord = z.output<typeof sourceRecordSchema>;

/** Where a problem was found and why; `row` as SOURCES.md locates it. */
export interface Located {
  file: string;
  row: number;
  page?: number;
  field: string;
  reason: string;
}

/**
 * `kipp:2019:123`: one source record across runs (its programme, year and id there), the key
 * by which a re-ingested record replaces its earlier self and an innovation keeps its id.
 */
export function provenanceKey(p: Provenance): string {
  return `${p.programme}:${p.year}:${p.sourceId}`;
}
