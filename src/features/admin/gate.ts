import type { Locale } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Viewer } from '../accounts/session.ts';
import { adminOf, type AdminContext } from './auth.ts';

/**
 * Headers of every admin answer: contact data is on these pages, so they are never cached,
 * never indexed, and their addresses (filters can name people) are not sent to other sites as
 * referrers (`same-origin`: `no-referrer` would make the pages' own posts `Origin: null`).
 */
export const adminHeaders = {
  'Cache-Control': 'no-store',
  'X-Robots-Tag': 'noindex',
  'Referrer-Policy': 'same-origin',
} as const;

/** The login page of a language. */
export function loginPath(locale: Locale): string {
  return routes.adminLogin(locale);
}

/**
 * For an admin page: the administrator the request is from (after setting the admin headers),
 * else the 303 to the login page to return.
 */
export async function adminGate(
  portal: AdminContext,
  context: RequestContext & { response: { headers: Headers } },
  locale: Locale,
): Promise<Response | Viewer> {
  const check = await adminOf(portal, context);
  if (!check.ok) return redirect(loginPath(locale));
  for (const [name, value] of Object.entries(adminHeaders)) {
    context.response.headers.set(name, value);
  }
  return check.viewer;
}

/** A 303 (after a post, the browser follows with a GET) with the admin headers. */
export function redirect(location: string, cookies: readonly string[] = []): Response {
  const headers = new Headers(adminHeaders);
  headers.set('Location', location);
  for (const cookie of cookies) headers.append('Set-Cookie', cookie);
  return new Response(null, { status: 303, headers });
}
