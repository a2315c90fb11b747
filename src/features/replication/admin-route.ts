import { failPage } from '../../http/page.ts';
import { readSubmission } from '../../http/submission.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { Portal } from '../../portal/types.ts';
import { adminGate, redirect } from '../admin/gate.ts';
import { decideEvidence } from './decide.ts';
import { decidedNotice, decisionAnswer } from './decision-answer.ts';
import { pendingReports, type PendingReport } from './pending.ts';

export type AdminReplicationRoute =
  | { kind: 'response'; response: Response }
  | {
      kind: 'page';
      reports: PendingReport[];
      notice?: { message: MessageKey; ok: boolean };
      reasonMissing?: number;
    };

/**
 * Replication evidence for administrators: GET lists every report awaiting a decision (an
 * innovation whose agency has no account is decided here); POST (a same-origin form) confirms
 * one, or rejects it with a reason, and returns to the list with a 303.
 */
export async function adminReplicationRoute(
  portal: Portal,
  context: RequestContext & {
    url: URL;
    response: { status?: number | undefined; headers: Headers };
  },
  locale: Locale,
): Promise<AdminReplicationRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: { message: MessageKey; ok: boolean } | undefined;
  let reasonMissing: number | undefined;
  if (context.request.method === 'POST') {
    const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = { message: read.failure.message, ok: false };
    } else {
      const origin = portal.config.SITE_URL ?? context.url.origin;
      const answer = decisionAnswer(await decideEvidence(portal, gate, read.data, origin));
      if (answer.kind === 'decided') {
        const back = `${routes.adminReplication(locale)}?${answer.query}`;
        return { kind: 'response', response: redirect(back) };
      }
      failPage(context.response, answer.failure);
      notice = { message: answer.notice, ok: false };
      reasonMissing = answer.evidenceId;
    }
  }
  const decided = decidedNotice(context.url.searchParams);
  notice ??= decided && { message: decided, ok: true };
  return {
    kind: 'page',
    reports: await pendingReports(portal),
    ...(notice && { notice }),
    ...(reasonMissing !== undefined && { reasonMissing }),
  };
}
