import type { Locale } from '../../i18n/locales.ts';
import type { AgencyUpdate } from '../../infra/database/agency-updates-types.ts';
import type { UpdateContent } from '../../lib/agency/update.ts';
import { describeError } from '../../lib/text/error.ts';
import type { Portal } from '../../portal/types.ts';
import { audit } from '../accounts/audit.ts';
import type { Viewer } from '../accounts/session.ts';
import { innovationTitle } from '../interest/innovation-title.ts';
import { mailPlace } from '../interest/mail.ts';
import { reviewMail } from './mail.ts';
import type { AgencyViewer } from './own-innovation.ts';

/**
 * An agency's update of its innovation, stored for review (an earlier one still pending is
 * replaced; the published one stays live until an administrator approves this one), with its
 * audit line in the same transaction.
 */
export async function submitUpdate(
  portal: Pick<Portal, 'database'>,
  viewer: AgencyViewer,
  innovationId: string,
  content: UpdateContent,
  locale: Locale,
): Promise<AgencyUpdate> {
  const store = await portal.database();
  return store.transaction(async (tx) => {
    const saved = await tx.submitUpdate({
      ...content,
      innovationId,
      agencyKey: viewer.account.agencyKey,
      submittedBy: viewer.account.email,
      locale,
      now: new Date().toISOString(),
    });
    await audit(tx, viewer, {
      action: 'agency-update.submit',
      subject: `innovation ${innovationId}`,
      after: { update: saved.id, status: saved.status, asOf: saved.asOf },
    });
    return saved;
  });
}

export type Decision = { kind: 'approve' } | { kind: 'reject'; reason: string };

/**
 * An administrator's decision on a pending update, in one transaction with its audit line and
 * a message to each of the agency's people (in the language the update was sent in). An
 * approval is then laid over the innovation's document in the index at once (a partial
 * update); when the engine is away, the next start or ingest lays it. Undefined when the
 * update is not pending (decided already, or unknown).
 */
export async function decideUpdate(
  portal: Pick<
    Portal,
    'database' | 'config' | 'search' | 'innovations' | 'mail' | 'indexSync' | 'log'
  >,
  viewer: Viewer,
  id: number,
  decision: Decision,
  request: Request,
): Promise<AgencyUpdate | undefined> {
  const store = await portal.database();
  const pending = await store.agencyUpdate(id);
  if (pending?.state !== 'pending') return undefined;
  const innovation = await innovationTitle(portal, pending.innovationId);
  const now = new Date().toISOString();
  const decided = await store.transaction(async (tx) => {
    const done =
      decision.kind === 'approve'
        ? await tx.approveUpdate(id, viewer.actor, now)
        : await tx.rejectUpdate(id, viewer.actor, decision.reason, now);
    if (done === undefined) return undefined;
    await audit(tx, viewer, {
      action: decision.kind === 'approve' ? 'agency-update.approve' : 'agency-update.reject',
      subject: `innovation ${done.innovationId}`,
      before: { update: id, state: 'pending' },
      after: {
        update: id,
        state: done.state,
        ...(done.reason !== undefined && { reason: done.reason }),
      },
    });
    const place = mailPlace(portal.config.SITE_URL, done.locale, request);
    const people = (await tx.listAccounts()).filter(
      (account) => account.role === 'agency' && account.agencyKey === done.agencyKey,
    );
    for (const person of people) {
      await tx.enqueueMail(reviewMail(place, person.email, done, innovation), now);
    }
    return done;
  });
  portal.mail.kick();
  if (decided?.state === 'published') await layOver(portal, decided.innovationId);
  return decided;
}

// --- internal ---

async function layOver(
  portal: Pick<Portal, 'indexSync' | 'log'>,
  innovationId: string,
): Promise<void> {
  try {
    await (await portal.indexSync()).applyLayer([innovationId]);
  } catch (error) {
    portal.log.warn(`agency update: not in the index yet (${describeError(error)})`);
  }
}
