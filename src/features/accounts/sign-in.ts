import type { Database } from '../../infra/database/types.ts';
import { localeOfPath } from '../../i18n/paths.ts';
import type { Portal } from '../../portal/types.ts';
import type { MailPlace } from '../interest/mail.ts';
import { hashToken, isTokenShaped, newToken } from '../interest/token.ts';
import { audit } from './audit.ts';
import { SIGN_IN_KIND, signInMail } from './mail.ts';
import { startSession, viewerOf, type Viewer } from './session.ts';

/** How long a sign-in link works. */
export const SIGN_IN_LINK_TTL_MS = 15 * 60_000;

/** One sign-in message per address in this time at most: a form cannot flood a mailbox. */
export const SIGN_IN_GAP_MS = 60_000;

/**
 * Mails a one-time sign-in link to an address that has an account (the link and its message
 * written in one transaction; only the link's hash is stored). Nothing happens for an unknown
 * address, or one sent a link in the last `SIGN_IN_GAP_MS`, and the caller answers the same
 * either way.
 */
export async function mailSignInLink(
  portal: Pick<Portal, 'database' | 'mail'>,
  email: string,
  place: MailPlace,
): Promise<void> {
  const store = await portal.database();
  const account = await store.accountByEmail(email);
  if (account === undefined) return;
  const now = Date.now();
  const gapStart = new Date(now - SIGN_IN_GAP_MS).toISOString();
  if ((await store.mailsSince(account.email, SIGN_IN_KIND, gapStart)) > 0) return;
  const token = newToken();
  await store.transaction(async (tx) => {
    await tx.createSignInLink({
      tokenHash: hashToken(token),
      accountId: account.id,
      now: new Date(now).toISOString(),
      expiresAt: new Date(now + SIGN_IN_LINK_TTL_MS).toISOString(),
    });
    await tx.enqueueMail(signInMail(place, account.email, token), new Date(now).toISOString());
  });
  portal.mail.kick();
}

/**
 * Uses a sign-in link (once, before it expires): a session for its account, and the cookie
 * that carries it; undefined for a link used, expired, unknown or malformed.
 */
export async function signInWith(
  store: Database,
  request: Request,
  token: string,
): Promise<{ viewer: Viewer; cookie: string } | undefined> {
  if (!isTokenShaped(token)) return undefined;
  const account = await store.useSignInLink(hashToken(token), new Date().toISOString());
  if (account === undefined) return undefined;
  const viewer = viewerOf(account);
  const cookie = await startSession(store, request, account);
  // The language of the sign-in page is the person's: the portal's mail to it is written in it.
  await store.setAccountLocale(account.id, localeOfPath(new URL(request.url).pathname));
  await audit(store, viewer, { action: 'session.sign-in', subject: viewer.actor });
  return { viewer, cookie };
}
