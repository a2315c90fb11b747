import type { HttpFailure } from '../../http/failure.ts';
import type { RequestContext } from '../../http/limits.ts';
import { tokenMatches } from '../../infra/admin-token.ts';
import type { Portal } from '../../portal/types.ts';
import { audit } from '../accounts/audit.ts';
import {
  endSession,
  sessionViewer,
  startSession,
  viewerOf,
  type Viewer,
} from '../accounts/session.ts';

/** What the administration needs of the portal: its token, its store, its allowances. */
export type AdminContext = Pick<Portal, 'adminToken' | 'database' | 'limits'>;

export type AdminCheck =
  | { ok: true; viewer: Viewer }
  /** `failure` when a bearer token was sent past the `sign-in` allowance (429). */
  | { ok: false; failure?: HttpFailure };

/**
 * The administrator a request comes from: a live session of an administrator in the store
 * (the browser), or `Authorization: Bearer <token>` (curl fetching the CSV), which takes from
 * the same `sign-in` allowance as the login forms, so a token cannot be guessed at speed.
 */
export async function adminOf(portal: AdminContext, context: RequestContext): Promise<AdminCheck> {
  // Read (and on first use generated into DATA_DIR) whatever the request carries, as before
  // sessions: the operator finds the file once the administration was first opened.
  const { token } = await portal.adminToken();
  const bearer = /^Bearer (.+)$/.exec(context.request.headers.get('authorization') ?? '')?.[1];
  if (bearer !== undefined) {
    const limited = await portal.limits.take(context, 'sign-in');
    if (limited !== undefined) return { ok: false, failure: limited };
    return tokenMatches(bearer.trim(), token)
      ? { ok: true, viewer: viewerOf(undefined) }
      : { ok: false };
  }
  const viewer = await sessionViewer(portal, context.request);
  return viewer?.role === 'admin' ? { ok: true, viewer } : { ok: false };
}

export async function isAdmin(portal: AdminContext, context: RequestContext): Promise<boolean> {
  return (await adminOf(portal, context)).ok;
}

/**
 * Checks a token typed into the login form; on success, starts a session of the
 * administrators' token in the store and gives the `Set-Cookie` that carries it.
 */
export async function logIn(
  portal: AdminContext,
  request: Request,
  typed: string,
): Promise<string | undefined> {
  const { token } = await portal.adminToken();
  if (!tokenMatches(typed.trim(), token)) return undefined;
  const store = await portal.database();
  const viewer = viewerOf(undefined);
  const cookie = await startSession(store, request, undefined);
  await audit(store, viewer, { action: 'session.sign-in', subject: viewer.actor });
  return cookie;
}

/**
 * Ends the request's session in the store, or with `everywhere` every session of the same
 * person (the administrators' token: every token session), on every server at once; the
 * cookie that clears it, and whose session it was.
 */
export async function logOut(
  portal: Pick<Portal, 'database'>,
  request: Request,
  everywhere: boolean,
): Promise<{ cookie: string; role: Viewer['role'] | undefined }> {
  const store = await portal.database();
  const viewer = await sessionViewer(portal, request);
  if (viewer !== undefined && everywhere) {
    const ended = await store.revokeSessionsOf(viewer.account?.id, new Date().toISOString());
    await audit(store, viewer, {
      action: 'session.sign-out-everywhere',
      subject: viewer.actor,
      after: { ended },
    });
  }
  return { cookie: await endSession(store, request), role: viewer?.role };
}
