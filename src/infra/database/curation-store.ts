import { z } from 'zod';
import {
  curationDecisionSchema,
  idFateSchema,
  type CurationDecision,
  type IdChanges,
  type IdFate,
  type NewCurationDecision,
} from '../../lib/curation/decision.ts';
import { isoTime, optional, timestamp } from './rows.ts';
import type { StatementRunner } from './outbox-store.ts';

/**
 * The administrators' curation decisions (applied by every ingest) and what became of the ids
 * a publish stopped giving (the pages' 301 and 410).
 */
export interface CurationStore {
  /** Stores a decision; gives it back numbered. */
  addCurationDecision(decision: NewCurationDecision): Promise<CurationDecision>;
  /** Every decision, oldest first (the order an ingest applies them in). */
  curationDecisions(): Promise<CurationDecision[]>;
  /** What became of an id no longer published, or undefined (never published, or live). */
  idFate(id: string): Promise<IdFate | undefined>;
  /**
   * Records one publish's changes: an id published again is live (its fate forgotten), a moved
   * id points at its innovation and so does every id that pointed at it (no chains), and an id
   * that pointed at a gone one is gone too.
   */
  recordIdChanges(changes: IdChanges, now: string): Promise<void>;
}

const decisionColumns = 'id, kind, subject, absorbed, records, reason, actor, created_at';

export function curationStore(driver: StatementRunner): CurationStore {
  const rows = (text: string, params: Record<string, string | number | null> = {}) =>
    driver.all({ text, params });
  return {
    async addCurationDecision(decision) {
      const [row] = await rows(
        `INSERT INTO curation_decisions (kind, subject, absorbed, records, reason, actor, created_at)
          VALUES (:kind, :subject, :absorbed, :records, :reason, :actor, :at)
          RETURNING ${decisionColumns}`,
        {
          kind: decision.kind,
          subject: decision.kind === 'join' ? decision.survivor : decision.from,
          absorbed: decision.kind === 'join' ? decision.absorbed : null,
          records: JSON.stringify(decision.records),
          reason: decision.reason,
          actor: decision.actor,
          at: isoTime(decision.at),
        },
      );
      return toDecision(row);
    },
    async curationDecisions() {
      return (await rows(`SELECT ${decisionColumns} FROM curation_decisions ORDER BY id`)).map(
        toDecision,
      );
    },
    async idFate(id) {
      const [row] = await rows(
        'SELECT id, fate, target, changed_at FROM innovation_ids WHERE id = :id',
        { id },
      );
      return row === undefined ? undefined : toFate(row);
    },
    async recordIdChanges(changes, now) {
      const at = isoTime(now);
      const known = new Set(
        (await rows('SELECT id FROM innovation_ids')).map(
          (row) => z.object({ id: z.string() }).parse(row).id,
        ),
      );
      for (const id of changes.added) {
        if (known.has(id)) await rows('DELETE FROM innovation_ids WHERE id = :id', { id });
      }
      for (const [from, to] of changes.moved) {
        await setFate(rows, { id: from, fate: 'moved', target: to, at });
        await rows(
          'UPDATE innovation_ids SET target = :to, changed_at = :at WHERE target = :from',
          { from, to, at },
        );
      }
      for (const id of changes.gone) {
        await setFate(rows, { id, fate: 'gone', target: null, at });
        await rows(
          `UPDATE innovation_ids SET fate = 'gone', target = NULL, changed_at = :at
            WHERE target = :id`,
          { id, at },
        );
      }
    },
  };
}

// --- internal ---

async function setFate(
  rows: (text: string, params: Record<string, string | number | null>) => Promise<unknown[]>,
  fate: { id: string; fate: IdFate['fate']; target: string | null; at: string },
): Promise<void> {
  await rows(
    `INSERT INTO innovation_ids (id, fate, target, changed_at) VALUES (:id, :fate, :target, :at)
      ON CONFLICT (id) DO UPDATE SET fate = :fate, target = :target, changed_at = :at`,
    fate,
  );
}

const decisionRowSchema = z.object({
  id: z.int(),
  kind: z.enum(['join', 'split']),
  subject: z.string(),
  absorbed: optional,
  records: z.string(),
  reason: z.string(),
  actor: z.string(),
  created_at: timestamp,
});

function toDecision(row: unknown): CurationDecision {
  const r = decisionRowSchema.parse(row);
  const common = {
    id: r.id,
    records: JSON.parse(r.records) as unknown,
    reason: r.reason,
    actor: r.actor,
    at: r.created_at,
  };
  return curationDecisionSchema.parse(
    r.kind === 'join'
      ? { kind: 'join', survivor: r.subject, absorbed: r.absorbed, ...common }
      : { kind: 'split', from: r.subject, ...common },
  );
}

const fateRowSchema = z.object({
  id: z.string(),
  fate: z.enum(['moved', 'gone']),
  target: optional,
  changed_at: timestamp,
});

function toFate(row: unknown): IdFate {
  const r = fateRowSchema.parse(row);
  return idFateSchema.parse({
    id: r.id,
    fate: r.fate,
    ...(r.target !== undefined && { target: r.target }),
    at: r.changed_at,
  });
}
