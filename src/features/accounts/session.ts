import type { Account } from '../../infra/database/accounts-types.ts';
import type { Database } from '../../infra/database/types.ts';
import type { Portal } from '../../portal/types.ts';
import { hashToken, isTokenShaped, newToken } from '../interest/token.ts';

/** The cookie holding a session's random id (the store keeps its SHA-256 only). */
export const SESSION_COOKIE = 'sesi';

/** How long a session lasts: a working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** How long past its end a session or a sign-in link is kept (for a question the same day). */
const PRUNE_AFTER_MS = 24 * 60 * 60 * 1000;

/** Who a session (or a bearer token) is: an administrator or an agency's person. */
export interface Viewer {
  role: 'admin' | 'agency';
  /** The account; none for the administrators' token. */
  account: Account | undefined;
  /** The name the audit log gives it: an address, or `admin-token`. */
  actor: string;
}

/** The actor name of the administrators' token. */
export const TOKEN_ACTOR = 'admin-token';

export function viewerOf(account: Account | undefined): Viewer {
  if (account === undefined) return { role: 'admin', account: undefined, actor: TOKEN_ACTOR };
  return { role: account.role, account, actor: account.email };
}

/** The session a request's cookie names, when it is live in the store. */
export async function sessionViewer(
  portal: Pick<Portal, 'database'>,
  request: Request,
): Promise<Viewer | undefined> {
  const id = sessionId(request);
  if (id === undefined) return undefined;
  const store = await portal.database();
  const owner = await store.sessionOwner(hashToken(id), new Date().toISOString());
  return owner === undefined ? undefined : viewerOf(owner.account);
}

/** Starts a session in the store; the `Set-Cookie` that carries it. */
export async function startSession(
  store: Database,
  request: Request,
  account: Account | undefined,
): Promise<string> {
  const id = newToken();
  const now = Date.now();
  // Sessions and links a day past their end open nothing: each new session clears them away.
  await store.pruneExpired(new Date(now - PRUNE_AFTER_MS).toISOString());
  await store.createSession({
    idHash: hashToken(id),
    accountId: account?.id,
    now: new Date(now).toISOString(),
    expiresAt: new Date(now + SESSION_TTL_MS).toISOString(),
  });
  return sessionCookie(request, id, Math.floor(SESSION_TTL_MS / 1000));
}

/** Ends the request's session in the store (every server sees it ended); the cookie that clears it. */
export async function endSession(store: Database, request: Request): Promise<string> {
  const id = sessionId(request);
  if (id !== undefined) await store.revokeSession(hashToken(id), new Date().toISOString());
  return sessionCookie(request, '', 0);
}

// --- internal ---

function sessionId(request: Request): string | undefined {
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    const value = rest.join('=');
    if (key === SESSION_COOKIE && isTokenShaped(value)) return value;
  }
  return undefined;
}

function sessionCookie(request: Request, value: string, maxAge: number): string {
  const secure = new URL(request.url).protocol === 'https:' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${value}; Path=/; Max-Age=${String(maxAge)}; HttpOnly; SameSite=Strict${secure}`;
}
