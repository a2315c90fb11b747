import { failure, failures, type HttpFailure } from '../../http/failure.ts';
import type { MessageKey } from '../../i18n/t.ts';
import type { DecisionOutcome } from './decide.ts';

/** The query parameter a page is sent back with after a decision, and its values. */
export const DECIDED_PARAM = 'bukti';

/**
 * A decision as a page answers it: the query to redirect back with (303), or the failure and
 * the notice the page shows (400 for a missing reason or a bad post, 404 for a report that is
 * not waiting or not the viewer's to decide).
 */
export function decisionAnswer(
  outcome: DecisionOutcome,
):
  | { kind: 'decided'; query: string }
  | { kind: 'failed'; failure: HttpFailure; notice: MessageKey; evidenceId?: number } {
  if (outcome.kind === 'done') {
    const state = outcome.evidence.state === 'confirmed' ? 'dikonfirmasi' : 'ditolak';
    return { kind: 'decided', query: `${DECIDED_PARAM}=${state}` };
  }
  if (outcome.kind === 'not-found') {
    return { kind: 'failed', failure: failures.notFound, notice: 'replication.decide.notPending' };
  }
  if (outcome.kind === 'reason-missing') {
    return {
      kind: 'failed',
      failure: failure('invalid', { fields: { alasan: 'replication.decide.reasonMissing' } }),
      notice: 'replication.decide.reasonMissing',
      evidenceId: outcome.evidenceId,
    };
  }
  return { kind: 'failed', failure: failure('invalid'), notice: 'replication.decide.invalid' };
}

/** The notice of a page the browser was sent back to after a decision. */
export function decidedNotice(params: URLSearchParams): MessageKey | undefined {
  const state = params.get(DECIDED_PARAM);
  if (state === 'dikonfirmasi') return 'replication.decide.confirmed';
  if (state === 'ditolak') return 'replication.decide.rejected';
  return undefined;
}
