import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { MessageKey, MessageValues } from '../../i18n/t.ts';
import { acceptSubmission } from '../../http/guard.ts';
import { readSubmission } from '../../http/submission.ts';
import { translator } from '../../i18n/t.ts';
import type { RequestContext } from '../../http/limits.ts';
import { failures } from '../../http/failure.ts';
import type { Portal } from '../../portal/types.ts';
import { isAdmin, logIn, logOut } from './auth.ts';
import { adminHeaders, loginPath, redirect } from './gate.ts';

export type LoginRoute =
  | { kind: 'response'; response: Response }
  | {
      kind: 'page';
      status: number;
      error?: { message: MessageKey; values?: MessageValues | undefined };
    };

/**
 * The login page: GET shows the form (or sends an administrator on to the list); POST checks
 * the token, within the `sign-in` allowance every way in shares, and answers with
 * the session cookie and a 303 to the list, or 401 and the form again.
 */
export async function loginRoute(
  portal: Portal,
  context: RequestContext & { response: { headers: Headers } },
  locale: Locale,
): Promise<LoginRoute> {
  for (const [name, value] of Object.entries(adminHeaders))
    context.response.headers.set(name, value);
  if (context.request.method !== 'POST') {
    if (await isAdmin(portal, context)) {
      return { kind: 'response', response: redirect(routes.admin(locale)) };
    }
    return { kind: 'page', status: 200 };
  }
  const read = await acceptSubmission(context, portal, 'sign-in');
  if (!read.ok) {
    const { failure } = read;
    for (const [name, value] of Object.entries(failure.headers ?? {})) {
      context.response.headers.set(name, value);
    }
    return {
      kind: 'page',
      status: failure.status,
      error: { message: failure.message, values: failure.values },
    };
  }
  const typed = typeof read.data.token === 'string' ? read.data.token : '';
  const cookie = await logIn(portal, context.request, typed);
  if (cookie === undefined) {
    return {
      kind: 'page',
      status: failures.unauthorized.status,
      error: { message: 'admin.login.wrong' },
    };
  }
  return { kind: 'response', response: redirect(routes.admin(locale), [cookie]) };
}

/**
 * Logging out: a same-origin form post (a cross-site one is refused, 403) ends the session in
 * the store, or with `semua=ya` every session of the same person, clears the cookie and goes
 * to the login page (an agency's person: to the sign-in page).
 */
export async function logoutResponse(
  portal: Portal,
  request: Request,
  locale: Locale,
): Promise<Response> {
  const read = await readSubmission(request, { siteUrl: portal.config.SITE_URL, limit: 1024 });
  if (!read.ok) {
    const { status, message, values } = read.failure;
    return new Response(`${translator(locale)(message, values)}\n`, {
      status,
      headers: { ...adminHeaders, 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  const { cookie, role } = await logOut(portal, request, read.data.semua === 'ya');
  return redirect(role === 'agency' ? routes.signIn(locale) : loginPath(locale), [cookie]);
}
