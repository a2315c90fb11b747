import { z } from 'zod';
import { innovationSchema, type Provenance } from '../schema/innovation.ts';

/**
 * `kipp:2019:123`: one source record across runs (its programme, year and id there), the key
 * by which a re-ingested record replaces its earlier self, an innovation keeps its id, and a
 * curation decision names the records it joins or splits.
 */
export function provenanceKey(p: Provenance): string {
  return `${p.programme}:${String(p.year)}:${p.sourceId}`;
}

const idSchema = innovationSchema.shape.id;

/** A source record's key as `provenanceKey` writes it. */
export const recordKeySchema = z
  .string()
  .regex(/^(kipp|iga|inolan):\d{4}:.{1,200}$/, 'not a source record key');

const common = {
  id: z.int().min(1),
  reason: z.string().min(1),
  actor: z.string().min(1),
  at: z.string(),
};

/**
 * An administrator's decision about which source records are one innovation, kept in the store
 * and applied by every ingest before the merge rule (`ingest/merge/curation.ts`). Decisions name
 * source records, not ids, so they outlive the ids they were made on.
 *
 * - `join`: the records of `survivor` and `absorbed` (as they were when decided) are one
 *   innovation, whose id is `survivor`.
 * - `split`: `records` leave `from` and are one innovation of their own; the rule never joins
 *   them with the rest again.
 */
export const curationDecisionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('join'),
    survivor: idSchema,
    absorbed: idSchema,
    records: z.array(recordKeySchema).min(2),
    ...common,
  }),
  z.object({
    kind: z.literal('split'),
    from: idSchema,
    records: z.array(recordKeySchema).min(1),
    ...common,
  }),
]);

export type CurationDecision = z.output<typeof curationDecisionSchema>;

/** A decision before the store numbers it. */
export type NewCurationDecision =
  | Omit<Extract<CurationDecision, { kind: 'join' }>, 'id'>
  | Omit<Extract<CurationDecision, { kind: 'split' }>, 'id'>;

/**
 * What became of an id a publish no longer gives: `moved` when its source records are now
 * (mostly) in another innovation (`target`, answered 301), `gone` when they are no longer
 * published (410).
 */
export const idFateSchema = z.object({
  id: idSchema,
  fate: z.enum(['moved', 'gone']),
  target: idSchema.optional(),
  at: z.string(),
});

export type IdFate = z.output<typeof idFateSchema>;

/** What one publish changed of the ids: what a run hands the store (`Database.recordIdChanges`). */
export interface IdChanges {
  /** Ids no longer given whose records went to another innovation: from → to. */
  moved: readonly (readonly [string, string])[];
  /** Ids no longer given whose records are no longer published. */
  gone: readonly string[];
  /** Ids given this run that were not published last time (a split-off id comes back). */
  added: readonly string[];
}
