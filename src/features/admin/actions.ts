import { z } from 'zod';
import { interestStageSchema, type InterestStage } from '../../lib/interest/schema.ts';
import type { Registration } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationTitle } from '../interest/innovation-title.ts';
import { mailPlace, stageChangeMail } from '../interest/mail.ts';
import { interestDeps, plainStages, type InterestPortal } from '../interest/service.ts';
import { decidePendingClaim } from '../interest/claims.ts';
import { audit } from '../accounts/audit.ts';
import type { Viewer } from '../accounts/session.ts';

/**
 * What an administrator's button posts: move an entry to a stage, or hide / show it (spam).
 * `kembali` is the list's query string to return to (only ever a query, never a URL).
 */
const actionSchema = z.discriminatedUnion('aksi', [
  z.object({
    aksi: z.literal('tahapan'),
    id: z.coerce.number().int().min(1),
    tahapan: interestStageSchema,
  }),
  z.object({ aksi: z.literal('sembunyikan'), id: z.coerce.number().int().min(1) }),
  z.object({ aksi: z.literal('tampilkan'), id: z.coerce.number().int().min(1) }),
  // A claim on an entry (its id): accepted, the claimant gets its own link; declined, nothing.
  z.object({ aksi: z.literal('klaim-terima'), id: z.coerce.number().int().min(1) }),
  z.object({ aksi: z.literal('klaim-tolak'), id: z.coerce.number().int().min(1) }),
]);

export type AdminAction = z.output<typeof actionSchema>;

export type ActionOutcome = 'done' | 'invalid' | 'not-found';

/**
 * Applies an action to the store and tells the index the innovation's counts changed (a
 * hidden entry is not counted). Each action is written to the audit log with the change, and a
 * stage change is mailed to the registrant, all in one transaction; the request gives the
 * origin the message's link points to.
 */
export async function applyAdminAction(
  portal: InterestPortal & Pick<Portal, 'config'>,
  data: Readonly<Record<string, unknown>>,
  request: Request,
  viewer: Viewer,
): Promise<ActionOutcome> {
  const parsed = actionSchema.safeParse(data);
  if (!parsed.success) return 'invalid';
  const action = parsed.data;
  if (action.aksi === 'klaim-terima' || action.aksi === 'klaim-tolak') {
    return decideClaimAsAdmin(portal, request, viewer, action.id, action.aksi === 'klaim-terima');
  }
  if (action.aksi === 'tahapan' && !(await movableByAdmin(portal, action.id, action.tahapan))) {
    return 'invalid';
  }
  const now = new Date().toISOString();
  const changed =
    action.aksi === 'tahapan'
      ? await changeStage(portal, request, viewer, action, now)
      : await changeVisibility(portal, viewer, action.id, action.aksi === 'sembunyikan', now);
  if (changed === undefined) return 'not-found';
  portal.touchCounts(changed.innovationId);
  return 'done';
}

/** The list query an action returns to: a `?…` string of at most 1,000 characters, or ''. */
export function returnQuery(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('?') || value.length > 1000) return '';
  return `?${new URLSearchParams(value.slice(1)).toString()}`;
}

// --- internal ---

/** An administrator decides a pending claim, with its audit line in the decision's transaction. */
async function decideClaimAsAdmin(
  portal: InterestPortal & Pick<Portal, 'config'>,
  request: Request,
  viewer: Viewer,
  id: number,
  accept: boolean,
): Promise<ActionOutcome> {
  const store = await portal.database();
  const claim = await store.claimById(id);
  if (claim?.status !== 'pending') return 'not-found';
  const origin = portal.config.SITE_URL ?? new URL(request.url).origin;
  const decided = await decidePendingClaim(
    interestDeps(portal),
    { claim, accept, by: viewer.actor, origin },
    (tx, done) =>
      audit(tx, viewer, {
        action: 'registration.claim',
        subject: `registration ${String(done.registrationId)}`,
        before: { claim: done.id, status: 'pending' },
        after: { claim: done.id, status: done.status },
      }),
  );
  return decided === undefined ? 'not-found' : 'done';
}

async function changeVisibility(
  portal: InterestPortal,
  viewer: Viewer,
  id: number,
  hidden: boolean,
  now: string,
): Promise<Registration | undefined> {
  const store = await portal.database();
  return store.transaction(async (tx) => {
    const before = await tx.byId(id);
    const after = await tx.setHidden(id, hidden, now);
    if (before === undefined || after === undefined) return after;
    await audit(tx, viewer, {
      action: 'registration.hidden',
      subject: `registration ${String(id)}`,
      before: { hidden: before.hidden },
      after: { hidden: after.hidden },
    });
    return after;
  });
}

/**
 * Moves an entry to a stage for someone other than its registrant (an administrator, or the
 * innovating agency): audited, and mailed to the registrant, in one transaction.
 */
export async function changeStage(
  portal: InterestPortal & Pick<Portal, 'config'>,
  request: Request,
  viewer: Viewer,
  action: Extract<AdminAction, { aksi: 'tahapan' }>,
  now: string,
): Promise<Registration | undefined> {
  const store = await portal.database();
  const before = await store.byId(action.id);
  if (before === undefined) return undefined;
  const innovation = await innovationTitle(portal, before.innovationId);
  const moved = await store.transaction(async (tx) => {
    const current = await tx.byId(action.id);
    const after = await tx.setStage(action.id, action.tahapan, now);
    if (current === undefined || after === undefined || current.stage === after.stage) return after;
    await audit(tx, viewer, {
      action: 'registration.stage',
      subject: `registration ${String(action.id)}`,
      before: { stage: current.stage },
      after: { stage: after.stage },
    });
    const place = mailPlace(portal.config.SITE_URL, after.locale, request);
    const message = stageChangeMail(place, after.email, {
      agency: after.agency,
      innovation,
      innovationId: after.innovationId,
      from: current.stage,
      to: after.stage,
    });
    await tx.enqueueMail(message, now);
    return after;
  });
  portal.mail.kick();
  return moved;
}

/**
 * An administrator moves an entry to a plain stage only: `mereplikasi` and `tereplikasi` are
 * reached by a reported agreement or implementation (their decisions are on the replication
 * page), so no stage says "reported" where nobody reported. Its own stage is no change.
 */
async function movableByAdmin(
  portal: InterestPortal,
  id: number,
  stage: InterestStage,
): Promise<boolean> {
  if ((plainStages as readonly InterestStage[]).includes(stage)) return true;
  return (await (await portal.database()).byId(id))?.stage === stage;
}
