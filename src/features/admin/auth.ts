import { locales } from '../../i18n/locales.ts';
import { routes } from '../../i18n/routes.ts';
import { tokenMatches } from '../../infra/admin-token.ts';
import type { Portal } from '../../portal/types.ts';
import { createSession, SESSION_TTL_MS, sessionValid } from './session.ts';

/** What the administration needs of the portal: its administrators' token. */
export type AdminContext = Pick<Portal, 'adminToken'>;

/** The cookie that holds a signed admin session. */
export const SESSION_COOKIE = 'admin_session';

/** The admin pages live under these paths (one per language); the cookie goes to both only. */
const cookiePaths = locales.map((locale) => routes.admin(locale));

/**
 * Whether a request comes from an administrator: a valid session cookie (the browser), or
 * `Authorization: Bearer <token>` (curl fetching the CSV).
 */
export async function isAdmin(portal: AdminContext, request: Request): Promise<boolean> {
  const { token } = await portal.adminToken();
  const bearer = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
  if (bearer !== undefined) return tokenMatches(bearer.trim(), token);
  const session = cookieValue(request.headers.get('cookie') ?? '', SESSION_COOKIE);
  return session !== undefined && sessionValid(session, token, Date.now());
}

/**
 * Checks a token typed into the login form; on success, the `Set-Cookie` values that start a
 * session (HttpOnly, SameSite=Strict, scoped to the admin paths, Secure over HTTPS).
 */
export async function logIn(
  portal: AdminContext,
  request: Request,
  typed: string,
): Promise<string[] | undefined> {
  const { token } = await portal.adminToken();
  if (!tokenMatches(typed.trim(), token)) return undefined;
  const session = createSession(token, Date.now());
  return cookies(request, session, Math.floor(SESSION_TTL_MS / 1000));
}

/** The `Set-Cookie` values that end a session. */
export function logOut(request: Request): string[] {
  return cookies(request, '', 0);
}

// --- internal ---

function cookies(request: Request, value: string, maxAge: number): string[] {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return cookiePaths.map(
    (path) =>
      `${SESSION_COOKIE}=${value}; Path=${path}; Max-Age=${String(maxAge)}; HttpOnly; SameSite=Strict${secure}`,
  );
}

function cookieValue(header: string, name: string): string | undefined {
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return undefined;
}
