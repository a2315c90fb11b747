import { failure, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { Portal } from '../../portal/types.ts';
import { privatePageHeaders } from '../interest/page-headers.ts';
import { agencyGate } from './own-innovation.ts';
import { applyAgencyMove } from './stage.ts';
import { decideEvidence, isEvidenceDecision } from '../replication/decide.ts';
import { decisionAnswer } from '../replication/decision-answer.ts';

/** A post's outcome: where to go next (303), or the failure the page shows with its notice. */
export type AreaPost =
  | { kind: 'response'; response: Response }
  | { kind: 'failed'; failure: HttpFailure; notice: MessageKey; evidenceId?: number };

/**
 * A post to the agency's area (a stage move): refused cross-site, over the allowance, or from
 * anyone but an agency's person; applied, then back to the area with a 303.
 */
export async function agencyAreaPost(
  portal: Portal,
  context: RequestContext,
  locale: Locale,
): Promise<AreaPost> {
  const read = await acceptSubmission(context, portal);
  if (!read.ok) return { kind: 'failed', failure: read.failure, notice: read.failure.message };
  const gate = await agencyGate(portal, context.request);
  if (gate.kind === 'signed-out')
    return { kind: 'response', response: seeOther(routes.signIn(locale)) };
  if (gate.kind === 'not-agency') {
    return { kind: 'failed', failure: failures.forbidden, notice: 'error.forbidden' };
  }
  if (isEvidenceDecision(read.data)) {
    const origin = portal.config.SITE_URL ?? new URL(context.request.url).origin;
    const decided = await decideEvidence(portal, gate.viewer, read.data, origin);
    const answer = decisionAnswer(decided);
    if (answer.kind === 'failed') return answer;
    return { kind: 'response', response: seeOther(`${routes.agencyArea(locale)}?${answer.query}`) };
  }
  const outcome = await applyAgencyMove(portal, gate.viewer, read.data, context.request);
  if (outcome === 'done') {
    return { kind: 'response', response: seeOther(`${routes.agencyArea(locale)}?pindah=ya`) };
  }
  if (outcome === 'not-found') {
    return { kind: 'failed', failure: failures.notFound, notice: 'agency.move.notFound' };
  }
  return {
    kind: 'failed',
    failure: failure('invalid'),
    notice: outcome === 'invalid' ? 'agency.move.invalid' : 'agency.move.notAllowed',
  };
}

/** A 303 with the private pages' headers. */
export function seeOther(location: string): Response {
  const headers = new Headers(privatePageHeaders);
  headers.set('Location', location);
  return new Response(null, { status: 303, headers });
}
