import { acceptUpload } from '../../http/multipart.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import { documentLimits } from '../../lib/replication/schema.ts';
import type { Portal } from '../../portal/types.ts';
import { privatePage, REPORTED_PARAM, type PrivateRoute } from '../interest/private-route.ts';
import { interestService } from '../interest/service.ts';
import { reportEvidence } from './report.ts';

/** Room for the text fields and the multipart framing around the one document. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * Where a registrant's private page posts its evidence (`/minat/<token>/bukti`, multipart):
 * a GET goes back to the page; a report stored is answered by a 303 to the page, one refused
 * shows the page again with its status (403, 413, 415, 429, 400) and what to correct, the text
 * typed kept. An unknown token is a 404. The body is read within its limits before anything
 * is looked at, and nothing is stored unless the whole report is accepted.
 */
export async function privateEvidenceRoute(
  portal: Portal,
  context: RequestContext,
  token: string,
  locale: Locale,
): Promise<PrivateRoute> {
  try {
    return await route(portal, context, token, locale);
  } catch (error) {
    portal.log.warn(`evidence report failed: ${String(error)}`);
    return { kind: 'unavailable' };
  }
}

// --- internal ---

async function route(
  portal: Portal,
  context: RequestContext,
  token: string,
  locale: Locale,
): Promise<PrivateRoute> {
  const back = routes.privateEntry(locale, token);
  if (context.request.method !== 'POST') return { kind: 'redirect', location: back };
  const entry = await interestService(portal).privateEntry(token);
  if (entry === undefined) {
    await context.request.body?.cancel().catch(() => undefined);
    return { kind: 'not-found' };
  }
  const page = await privatePage(portal, entry);
  const read = await acceptUpload(context, portal, {
    fileBytes: documentLimits.bytes,
    bodyBytes: documentLimits.bytes + FORM_OVERHEAD,
  });
  if (!read.ok) {
    const { failure } = read;
    const report = { fields: failure.fields ?? {}, values: {} };
    return { ...page, answer: failure, failure: { message: failure.message }, report };
  }
  const origin = portal.config.SITE_URL ?? new URL(context.request.url).origin;
  const outcome = await reportEvidence(portal, entry, read, origin);
  if (outcome.kind === 'reported') {
    return { kind: 'redirect', location: `${back}?${REPORTED_PARAM}=1` };
  }
  const { failure } = outcome;
  const report = { fields: failure.fields ?? {}, values: read.fields };
  const message = failure.error === 'invalid' ? 'replication.report.invalid' : failure.message;
  return { ...page, answer: failure, failure: { message }, report };
}
