import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { failure as failureOf, failures, type HttpFailure } from '../../http/failure.ts';
import { acceptSubmission } from '../../http/guard.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Portal } from '../../portal/types.ts';
import { registrationInputSchema } from '../../lib/interest/schema.ts';
import { mailPlace } from '../interest/mail.ts';
import { mailSignInLink, signInWith } from './sign-in.ts';

export type AccountPageView =
  | { kind: 'form'; email: string; error?: MessageKey }
  | { kind: 'sent' }
  | { kind: 'confirm'; action: string }
  | { kind: 'invalid' }
  | { kind: 'failed'; message: MessageKey; values?: MessageValues | undefined };

export type AccountRoute =
  | { kind: 'page'; view: AccountPageView; answer: 200 | HttpFailure }
  | { kind: 'signed-in'; location: string; cookie: string };

const failed = (failure: HttpFailure): AccountRoute => ({
  kind: 'page',
  view: { kind: 'failed', message: failure.message, values: failure.values },
  answer: failure,
});

/**
 * The sign-in form: POST (guarded, within the `sign-in` allowance every way in shares) mails a
 * one-time link when the address has an account, and answers `sent` either way.
 */
export async function signInRoute(
  portal: Portal,
  context: RequestContext,
  locale: Locale,
): Promise<AccountRoute> {
  if (context.request.method !== 'POST') {
    return { kind: 'page', view: { kind: 'form', email: '' }, answer: 200 };
  }
  const read = await acceptSubmission(context, portal, 'sign-in');
  if (!read.ok) return failed(read.failure);
  const typed = typeof read.data.email === 'string' ? read.data.email.trim() : '';
  const email = registrationInputSchema.shape.email.safeParse(typed);
  if (!email.success) {
    const view = {
      kind: 'form',
      email: typed.slice(0, 200),
      error: 'accounts.signIn.error.email',
    } as const;
    return { kind: 'page', view, answer: failureOf('invalid') };
  }
  await mailSignInLink(
    portal,
    email.data,
    mailPlace(portal.config.SITE_URL, locale, context.request),
  );
  return { kind: 'page', view: { kind: 'sent' }, answer: 200 };
}

/**
 * A sign-in link: GET shows a button (a mail scanner that opens links must not spend it);
 * POST (guarded) uses it once and starts a session: an administrator goes to the
 * administration, an agency's person to its agency's area.
 */
export async function signInLinkRoute(
  portal: Portal,
  context: RequestContext,
  locale: Locale,
  token: string,
): Promise<AccountRoute> {
  if (context.request.method !== 'POST') {
    const view = { kind: 'confirm', action: routes.signInLink(locale, token) } as const;
    return { kind: 'page', view, answer: 200 };
  }
  const read = await acceptSubmission(context, portal, 'sign-in');
  if (!read.ok) return failed(read.failure);
  const signedIn = await signInWith(await portal.database(), context.request, token);
  if (signedIn === undefined)
    return { kind: 'page', view: { kind: 'invalid' }, answer: failures.notFound };
  const location =
    signedIn.viewer.role === 'admin' ? routes.admin(locale) : routes.agencyArea(locale);
  return { kind: 'signed-in', location, cookie: signedIn.cookie };
}
