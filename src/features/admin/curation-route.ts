import type { Locale } from '../../i18n/locales.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure, failures, type HttpFailure } from '../../http/failure.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failPage } from '../../http/page.ts';
import { readSubmission } from '../../http/submission.ts';
import type { CurationDecision } from '../../lib/curation/decision.ts';
import type { Innovation } from '../../lib/schema/innovation.ts';
import type { Portal } from '../../portal/types.ts';
import { decide, splitCandidate, type CurationOutcome } from './curation.ts';
import { adminGate } from './gate.ts';
import { qualityData, type QualityData } from './quality.ts';

export interface CurationData {
  /** Newest first. */
  decisions: CurationDecision[];
  /** When the newest publishing run started: decisions made before it are applied. */
  publishedAt: string | undefined;
  /** The innovation whose records are being chosen for a split (`?pisah=<id>`). */
  split: Innovation | undefined;
  /** A join prefilled from the review list (`?tetap=…&gabung=…`). */
  join: { tetap: string; gabung: string };
  quality: QualityData;
  notice?: { message: MessageKey; values?: MessageValues; ok: boolean };
  /** The fields a refused post got wrong. */
  errors: string[];
}

export type CurationRoute =
  { kind: 'response'; response: Response } | ({ kind: 'page' } & CurationData);

/**
 * The curation page (administrators only): GET shows the forms, the decisions and the review
 * list; POST (same-origin form) stores a join or a split with its reason and audit entry.
 */
export async function curationRoute(
  portal: Portal,
  context: RequestContext & {
    url: URL;
    response: { status?: number | undefined; headers: Headers };
  },
  locale: Locale,
): Promise<CurationRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  let notice: CurationData['notice'];
  let errors: string[] = [];
  if (context.request.method === 'POST') {
    const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
    if (!read.ok) {
      failPage(context.response, read.failure);
      notice = { message: read.failure.message, values: read.failure.values, ok: false };
    } else {
      const outcome = await decide(portal, read.data, gate);
      const refused = refusal(outcome);
      if (refused === undefined) {
        notice = { message: 'curation.done', ok: true };
      } else {
        failPage(context.response, refused.failure);
        notice = { message: refused.message, ok: false };
        errors = outcome.kind === 'invalid' ? outcome.fields : [];
      }
    }
  }
  const store = await portal.database();
  const [decisions, runs] = await Promise.all([store.curationDecisions(), store.ingestRuns(20)]);
  const params = context.url.searchParams;
  return {
    kind: 'page',
    decisions: decisions.reverse(),
    publishedAt: runs.find((run) => run.published && run.status === 'ok')?.startedAt,
    split: await splitCandidate(portal, params.get('pisah')),
    join: { tetap: params.get('tetap') ?? '', gabung: params.get('gabung') ?? '' },
    quality: await qualityData(portal),
    errors,
    ...(notice && { notice }),
  };
}

// --- internal ---

function refusal(
  outcome: CurationOutcome,
): { failure: HttpFailure; message: MessageKey } | undefined {
  switch (outcome.kind) {
    case 'done':
      return undefined;
    case 'invalid':
      return { failure: failure('invalid'), message: 'curation.invalid' };
    case 'unknown-innovation':
      return { failure: failures.unknownInnovation, message: 'curation.unknown' };
    case 'not-a-split':
      return { failure: failure('invalid'), message: 'curation.notASplit' };
  }
}
