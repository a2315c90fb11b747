import { z } from 'zod';
import {
  provenanceKey,
  recordKeySchema,
  type CurationDecision,
  type NewCurationDecision,
} from '../../lib/curation/decision.ts';
import type { Innovation } from '../../lib/schema/innovation.ts';
import type { Portal } from '../../portal/types.ts';
import { audit } from '../accounts/audit.ts';
import type { Viewer } from '../accounts/session.ts';
import { findInnovation, innovationIdSchema } from '../innovation/load.ts';

const reasonSchema = z.string().trim().min(3).max(1000);

/**
 * What the curation page posts. A join names the innovation that stays (`tetap`) and the one
 * joined into it (`gabung`); a split names the innovation and the source records that leave it,
 * one field each (`rekaman-0`, `rekaman-1`, …: a form field given twice keeps its last value).
 */
const joinSchema = z
  .object({
    aksi: z.literal('gabung'),
    tetap: innovationIdSchema,
    gabung: innovationIdSchema,
    alasan: reasonSchema,
  })
  .refine((join) => join.tetap !== join.gabung, { path: ['gabung'] });

const splitSchema = z.object({
  aksi: z.literal('pisah'),
  id: innovationIdSchema,
  alasan: reasonSchema,
  rekaman: z.array(recordKeySchema).min(1).max(500),
});

export type CurationOutcome =
  | { kind: 'done'; decision: CurationDecision }
  | { kind: 'invalid'; fields: string[] }
  | { kind: 'unknown-innovation' }
  /** A split must move some of the innovation's own records, and not all of them. */
  | { kind: 'not-a-split' };

type CurationPortal = Pick<Portal, 'search' | 'database'>;

/** Parses a curation post and stores the decision with its audit entry, in one transaction. */
export async function decide(
  portal: CurationPortal,
  data: Readonly<Record<string, unknown>>,
  viewer: Viewer,
): Promise<CurationOutcome> {
  if (data.aksi === 'gabung') {
    const join = joinSchema.safeParse(data);
    if (!join.success) return invalid(join.error);
    return decideJoin(portal, join.data, viewer);
  }
  const records = Object.entries(data)
    .filter(([name]) => /^rekaman-\d{1,3}$/.test(name))
    .map(([, value]) => value);
  const split = splitSchema.safeParse({ ...data, rekaman: records });
  if (!split.success) return invalid(split.error);
  return decideSplit(portal, split.data, viewer);
}

/** The innovation a split is being chosen for, with its source records' keys. */
export async function splitCandidate(
  portal: CurationPortal,
  id: string | null,
): Promise<Innovation | undefined> {
  return id === null ? undefined : findInnovation(portal.search, id);
}

// --- internal ---

async function decideJoin(
  portal: CurationPortal,
  join: z.output<typeof joinSchema>,
  viewer: Viewer,
): Promise<CurationOutcome> {
  const [survivor, absorbed] = await Promise.all([
    findInnovation(portal.search, join.tetap),
    findInnovation(portal.search, join.gabung),
  ]);
  if (survivor === undefined || absorbed === undefined) return { kind: 'unknown-innovation' };
  return store(portal, viewer, {
    kind: 'join',
    survivor: survivor.id,
    absorbed: absorbed.id,
    records: [...survivor.provenance, ...absorbed.provenance].map(provenanceKey),
    reason: join.alasan,
    actor: viewer.actor,
    at: new Date().toISOString(),
  });
}

async function decideSplit(
  portal: CurationPortal,
  split: z.output<typeof splitSchema>,
  viewer: Viewer,
): Promise<CurationOutcome> {
  const innovation = await findInnovation(portal.search, split.id);
  if (innovation === undefined) return { kind: 'unknown-innovation' };
  const own = new Set(innovation.provenance.map(provenanceKey));
  const moved = new Set(split.rekaman);
  if ([...moved].some((key) => !own.has(key)) || moved.size >= own.size) {
    return { kind: 'not-a-split' };
  }
  return store(portal, viewer, {
    kind: 'split',
    from: innovation.id,
    records: [...moved],
    reason: split.alasan,
    actor: viewer.actor,
    at: new Date().toISOString(),
  });
}

async function store(
  portal: CurationPortal,
  viewer: Viewer,
  decision: NewCurationDecision,
): Promise<CurationOutcome> {
  const database = await portal.database();
  const saved = await database.transaction(async (tx) => {
    const made = await tx.addCurationDecision(decision);
    await audit(tx, viewer, {
      action: `curation.${made.kind}`,
      subject: `innovation ${made.kind === 'join' ? made.survivor : made.from}`,
      after: made,
    });
    return made;
  });
  return { kind: 'done', decision: saved };
}

function invalid(error: z.ZodError): CurationOutcome {
  return {
    kind: 'invalid',
    fields: [...new Set(error.issues.map((issue) => String(issue.path[0])))],
  };
}
