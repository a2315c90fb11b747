import type { z } from 'zod';
import { innovationSchema, provenanceSchema } from '../src/lib/schema/innovation.ts';

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

/** The key of a source record across runs (see `src/lib/curation/decision.ts`). */
export { provenanceKey } from '../src/lib/curation/decision.ts';
