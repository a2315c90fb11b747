import type { Innovation } from '../../lib/schema/innovation.ts';
import { registrationFields } from '../../lib/interest/schema.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failPage, notFoundPage, type PageResponse } from '../../http/page.ts';
import { orEngineDown } from '../../infra/meilisearch/outcome.ts';
import type { Portal } from '../../portal/types.ts';
import { findInnovation } from '../innovation/load.ts';
import type { FieldErrors, FormValues } from './form-state.ts';
import { answerPrivately, privatePageHeaders } from './page-headers.ts';
import { localeOfPath } from '../../i18n/paths.ts';
import { mailPlace } from './mail.ts';
import { interestService } from './service.ts';

/** What the registration page shows, with the status and headers it is sent with. */
export type RegisterView =
  | { kind: 'form'; values: FormValues; errors: FieldErrors }
  | {
      kind: 'done';
      /** The private link, unless it went by mail only (to confirm the address). */
      token: string | undefined;
      outcome: 'created' | 'known' | 'claimed';
      agency: string;
    }
  | { kind: 'failed'; message: MessageKey; values?: MessageValues };

export type RegisterRoute =
  | { kind: 'not-found' }
  | { kind: 'engine-down' }
  | {
      kind: 'page';
      innovation: Pick<Innovation, 'id' | 'title'>;
      view: RegisterView;
      /** 201 for a new entry, 202 for a known entry or a claim, 200 for the form; else the failure. */
      answer: 200 | 201 | 202 | HttpFailure;
    };

/**
 * The registration page of an innovation: GET shows the form; POST (the form without
 * JavaScript, or the innovation page's form) is guarded (cross-site 403, rate limit 429,
 * media type 415, size 413), validated, and answered with the form again and its field
 * messages (400), or the private link (201; without it while mail must confirm the address),
 * or, for an agency's entry registered already, what happened instead (202: known, or a
 * claim its owner decides; the entry is never changed).
 */
export async function registerRoute(
  portal: Portal,
  context: RequestContext,
  id: string | undefined,
): Promise<RegisterRoute> {
  const found = await orEngineDown(() => findInnovation(portal.search, id ?? ''));
  if (!found.ok) return { kind: 'engine-down' };
  if (found.value === undefined) return { kind: 'not-found' };
  const innovation = { id: found.value.id, title: found.value.title };
  const page = (view: RegisterView, answer: 200 | 201 | 202 | HttpFailure) =>
    ({ kind: 'page', innovation, view, answer }) as const;
  if (context.request.method !== 'POST') return page({ kind: 'form', values: {}, errors: {} }, 200);
  const read = await acceptSubmission(context, portal);
  if (!read.ok) {
    const { failure } = read;
    const view = { kind: 'failed', message: failure.message, values: failure.values } as const;
    return page(view, failure);
  }
  try {
    const service = interestService(portal);
    const locale = localeOfPath(new URL(context.request.url).pathname);
    const place = mailPlace(portal.config.SITE_URL, locale, context.request);
    const result = await service.submitRegistration(
      innovation.id,
      read.data,
      portal.regions(),
      place,
    );
    if (result.kind === 'unknown-innovation') return { kind: 'not-found' };
    if (result.kind === 'invalid') {
      const view = { kind: 'form', values: keptValues(read.data), errors: result.fields } as const;
      return page(view, failureOf('invalid'));
    }
    const agency = typeof read.data.agency === 'string' ? read.data.agency.trim() : '';
    const view = { kind: 'done', token: result.token, outcome: result.outcome, agency } as const;
    return page(view, result.outcome === 'created' ? 201 : 202);
  } catch (error) {
    portal.log.warn(`registration for ${innovation.id} failed: ${String(error)}`);
    return page({ kind: 'failed', message: failures.unavailable.message }, failures.unavailable);
  }
}

// --- internal ---

/** The form's own fields as typed (never the honeypot), to fill the form in again. */
function keptValues(data: Readonly<Record<string, unknown>>): FormValues {
  const values: FormValues = {};
  for (const field of registrationFields) {
    const value = data[field];
    if (typeof value === 'string') values[field] = value;
  }
  return values;
}

/**
 * What a registration page file does with its route: the bare 404 to return (Astro renders
 * the site's 404 page), or nothing after setting the status and headers of the page it renders.
 */
export function respondRegister(
  route: RegisterRoute,
  response: PageResponse,
): Response | undefined {
  if (route.kind === 'not-found') return notFoundPage();
  if (route.kind === 'engine-down') failPage(response, failures.unavailable, privatePageHeaders);
  else answerPrivately(response, route.answer);
  return undefined;
}
