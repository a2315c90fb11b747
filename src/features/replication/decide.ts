import { z } from 'zod';
import type { Evidence } from '../../infra/database/replication-types.ts';
import { rejectionReasonSchema } from '../../lib/replication/schema.ts';
import type { Portal } from '../../portal/types.ts';
import { audit } from '../accounts/audit.ts';
import type { Viewer } from '../accounts/session.ts';
import { ownInnovation } from '../agency/own-innovation.ts';
import { innovationTitle } from '../interest/innovation-title.ts';
import { newVerificationCode } from './code.ts';
import { decidedMail } from './mail.ts';

/** What a decision's buttons post (the agency's area and the admin page alike). */
const decisionSchema = z.discriminatedUnion('aksi', [
  z.object({ aksi: z.literal('bukti-konfirmasi'), bukti: evidenceId() }),
  z.object({
    aksi: z.literal('bukti-tolak'),
    bukti: evidenceId(),
    alasan: z.string().optional(),
  }),
]);

/** True for a post that is a decision on evidence (the forms' other actions go elsewhere). */
export function isEvidenceDecision(data: Readonly<Record<string, unknown>>): boolean {
  return data.aksi === 'bukti-konfirmasi' || data.aksi === 'bukti-tolak';
}

export type DecisionOutcome =
  | { kind: 'done'; evidence: Evidence }
  | { kind: 'invalid' }
  /** A rejection without a reason: the report it was for. */
  | { kind: 'reason-missing'; evidenceId: number }
  /** No such report waiting, or not one the viewer may decide (another agency's). */
  | { kind: 'not-found' };

/** Who decides: an administrator, or an agency's person (on its own innovations only). */
export type Decider = Viewer & { agencyKey?: string | undefined };

export type DecidePortal = Pick<
  Portal,
  'database' | 'search' | 'innovations' | 'touchCounts' | 'mail' | 'config'
>;

/**
 * Confirms or rejects a reported agreement or implementation. An agency's person decides only
 * on its own innovations' entries (another's is answered as unknown); an administrator on any.
 * Confirming an implementation gives it a verification code. The decision, its audit line and
 * the registrant's message are written in one transaction; the index counts follow.
 */
export async function decideEvidence(
  portal: DecidePortal,
  decider: Decider,
  data: Readonly<Record<string, unknown>>,
  origin: string,
): Promise<DecisionOutcome> {
  const parsed = decisionSchema.safeParse(data);
  if (!parsed.success) return { kind: 'invalid' };
  const { data: posted } = parsed;
  const id = posted.bukti;
  const confirm = posted.aksi === 'bukti-konfirmasi';
  const reason =
    posted.aksi === 'bukti-tolak' ? rejectionReasonSchema.safeParse(posted.alasan) : undefined;
  const store = await portal.database();
  const evidence = await store.evidenceById(id);
  const entry = evidence === undefined ? undefined : await store.byId(evidence.registrationId);
  if (evidence?.state !== 'reported' || entry === undefined || entry.hidden) {
    return { kind: 'not-found' };
  }
  if (!(await mayDecide(portal, decider, entry.innovationId))) return { kind: 'not-found' };
  if (reason?.success === false) return { kind: 'reason-missing', evidenceId: id };
  const title = await innovationTitle(portal, entry.innovationId);
  const now = new Date().toISOString();
  const decided = await store.transaction(async (tx) => {
    const done = await tx.decideEvidence({
      id,
      confirm,
      reason: reason?.data,
      code: confirm && evidence.kind === 'implementation' ? newVerificationCode() : undefined,
      by: decider.actor,
      role: decider.role,
      now,
    });
    if (done === undefined) return undefined;
    await audit(tx, decider, {
      action: 'replication.evidence',
      subject: `registration ${String(entry.id)}`,
      before: { evidence: id, kind: done.kind, state: 'reported' },
      after: { evidence: id, kind: done.kind, state: done.state },
    });
    const about = { innovationId: entry.innovationId, title };
    await tx.enqueueMail(decidedMail(origin, entry, done, about), now);
    return done;
  });
  if (decided === undefined) return { kind: 'not-found' };
  portal.touchCounts(entry.innovationId);
  portal.mail.kick();
  return { kind: 'done', evidence: decided };
}

/** Whether a viewer may decide on (and see the private documents of) an innovation's entries. */
export async function mayDecide(
  portal: Pick<Portal, 'search'>,
  decider: Decider,
  innovationId: string,
): Promise<boolean> {
  if (decider.role === 'admin') return true;
  const key = decider.agencyKey ?? decider.account?.agencyKey;
  if (key === undefined || key === '') return false;
  return (await ownInnovation(portal, key, innovationId)) !== undefined;
}

// --- internal ---

function evidenceId() {
  return z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1);
}
