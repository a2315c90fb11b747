import { failure, failures, type HttpFailure } from '../../http/failure.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failPage } from '../../http/page.ts';
import { readSubmission } from '../../http/submission.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey } from '../../i18n/t.ts';
import { orEngineDown, type Outcome } from '../../infra/meilisearch/outcome.ts';
import type { Portal } from '../../portal/types.ts';
import type { Viewer } from '../accounts/session.ts';
import { freshnessData, type FreshnessData } from './freshness.ts';
import { agencySlugSchema, remindFromDashboard, type RemindResult } from './freshness-remind.ts';
import { adminGate, adminHeaders, redirect } from './gate.ts';

/** A line above the dashboard: what a reminder came to. `agency` is a slug until named. */
export interface FreshnessNotice {
  message: MessageKey;
  ok: boolean;
  agency?: string;
  /** The last reminder (`recent`: the next may be sent a month after it). */
  lastSent?: string;
}

export type FreshnessRoute =
  | { kind: 'response'; response: Response }
  | { kind: 'page'; outcome: Outcome<FreshnessData>; notice?: FreshnessNotice };

type Context = RequestContext & {
  url: URL;
  response: { status?: number | undefined; headers: Headers };
};

/** The query parameter of the 303 after a reminder was queued. */
export const remindedParam = 'diingatkan';

/**
 * The freshness dashboard (administrators only): GET shows the figures; POST (same-origin form)
 * reminds one stale agency and returns to the dashboard with a 303; the engine down is a 503
 * page. Anything but GET, HEAD and POST is 405.
 */
export async function freshnessRoute(
  portal: Portal,
  context: Context,
  locale: Locale,
): Promise<FreshnessRoute> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return { kind: 'response', response: gate };
  const method = context.request.method;
  let notice: FreshnessNotice | undefined;
  if (method === 'POST') {
    const posted = await remind(portal, context, locale, gate);
    if (posted instanceof Response) return { kind: 'response', response: posted };
    notice = posted;
  } else if (method !== 'GET' && method !== 'HEAD') {
    const headers = { ...adminHeaders, Allow: 'GET, HEAD, POST' };
    return { kind: 'response', response: new Response(null, { status: 405, headers }) };
  }
  notice ??= remindedNotice(context.url.searchParams);
  const outcome = await orEngineDown(() => freshnessData(portal, new Date()));
  if (!outcome.ok) failPage(context.response, failures.unavailable);
  return { kind: 'page', outcome, ...(notice && { notice }) };
}

// --- internal ---

/** A reminder posted: the 303 back once it is queued, else the refusal (status set). */
async function remind(
  portal: Portal,
  context: Context,
  locale: Locale,
  viewer: Viewer,
): Promise<Response | FreshnessNotice> {
  const read = await readSubmission(context.request, { siteUrl: portal.config.SITE_URL });
  if (!read.ok) {
    failPage(context.response, read.failure);
    return { message: read.failure.message, ok: false };
  }
  const result = await remindFromDashboard(portal, read.data, context.request, viewer);
  if (result.kind === 'sent') {
    const done = `?${remindedParam}=${encodeURIComponent(result.slug)}`;
    return redirect(routes.adminFreshness(locale, done));
  }
  const refused = refusal(result);
  failPage(context.response, refused.failure);
  return refused.notice;
}

/** The line after the 303 (`?diingatkan=<key>`); anything but an agency key shows none. */
function remindedNotice(params: URLSearchParams): FreshnessNotice | undefined {
  const agency = agencySlugSchema.safeParse(params.get(remindedParam));
  return agency.success
    ? { message: 'freshness.remind.sent', ok: true, agency: agency.data }
    : undefined;
}

function refusal(result: Exclude<RemindResult, { kind: 'sent' }>): {
  failure: HttpFailure;
  notice: FreshnessNotice;
} {
  switch (result.kind) {
    case 'invalid':
      return {
        failure: failure('invalid'),
        notice: { message: 'freshness.remind.invalid', ok: false },
      };
    case 'recent':
      return {
        failure: failure('invalid'),
        notice: {
          message: 'freshness.remind.recent',
          ok: false,
          agency: result.slug,
          lastSent: result.lastSent,
        },
      };
    case 'no-account':
      return {
        failure: failures.notFound,
        notice: { message: 'freshness.remind.noAccount', ok: false, agency: result.slug },
      };
    case 'nothing-stale':
      return {
        failure: failure('invalid'),
        notice: { message: 'freshness.remind.nothing', ok: false, agency: result.slug },
      };
  }
}
