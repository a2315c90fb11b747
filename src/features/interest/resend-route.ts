import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import type { Locale } from '../../i18n/locales.ts';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { PageResponse } from '../../http/page.ts';
import type { Portal } from '../../portal/types.ts';
import { ADDRESS_FIELD, mailLinksAgain, parseAddress } from './links-again.ts';
import { mailPlace } from './mail.ts';
import { answerPrivately } from './page-headers.ts';
import { interestDeps } from './service.ts';

/** What the "send my private link again" page shows. */
export type ResendView =
  | { kind: 'form'; email: string; error?: MessageKey }
  | { kind: 'done' }
  | { kind: 'failed'; message: MessageKey; values?: MessageValues | undefined };

export interface ResendRoute {
  view: ResendView;
  answer: 200 | HttpFailure;
}

/**
 * GET shows the form; POST is guarded like every write (cross-site 403, the write allowance
 * 429, 415, 413), checks the address (400 with its field message), and answers `done` whether
 * or not the address has entries: the page never tells who registered.
 */
export async function resendRoute(
  portal: Portal,
  context: RequestContext,
  locale: Locale,
): Promise<ResendRoute> {
  if (context.request.method !== 'POST') return { view: { kind: 'form', email: '' }, answer: 200 };
  const read = await acceptSubmission(context, portal);
  if (!read.ok) {
    const { message, values } = read.failure;
    return { view: { kind: 'failed', message, values }, answer: read.failure };
  }
  const email = parseAddress(read.data);
  if (email === undefined) {
    const field = read.data[ADDRESS_FIELD];
    const typed = typeof field === 'string' ? field.slice(0, 200) : '';
    const view = { kind: 'form', email: typed, error: 'interest.error.email' } as const;
    return { view, answer: failureOf('invalid') };
  }
  try {
    await mailLinksAgain(
      interestDeps(portal),
      email,
      mailPlace(portal.config.SITE_URL, locale, context.request),
    );
  } catch (error) {
    // Never the address: only that the store failed.
    portal.log.warn(
      `private links again: not written (${error instanceof Error ? error.name : 'error'})`,
    );
    return {
      view: { kind: 'failed', message: failures.unavailable.message },
      answer: failures.unavailable,
    };
  }
  return { view: { kind: 'done' }, answer: 200 };
}

/** Sets the page's status and its private headers (an address was typed on it). */
export function respondResend(route: ResendRoute, response: PageResponse): void {
  answerPrivately(response, route.answer);
}
