import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** How long a login lasts: a working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * A signed session for the admin cookie: `<expiry ms>.<nonce>.<signature>`, the signature an
 * HMAC-SHA256 keyed by a key derived from the admin token. The cookie never holds the token,
 * and a new token (ADMIN_TOKEN changed, the file deleted) ends every session at once.
 */
export function createSession(token: string, now: number, ttlMs = SESSION_TTL_MS): string {
  const payload = `${String(now + ttlMs)}.${randomBytes(16).toString('base64url')}`;
  return `${payload}.${sign(token, payload)}`;
}

/** Whether `value` is a session signed with this token that has not expired at `now`. */
export function sessionValid(value: string, token: string, now: number): boolean {
  const match = /^(\d{1,16})\.([\w-]{1,64})\.([\w-]{43})$/.exec(value);
  if (match === null) return false;
  const [, expiry = '', nonce = '', signature = ''] = match;
  const expected = Buffer.from(sign(token, `${expiry}.${nonce}`));
  const given = Buffer.from(signature);
  return (
    given.length === expected.length && timingSafeEqual(given, expected) && Number(expiry) > now
  );
}

// --- internal ---

function sign(token: string, payload: string): string {
  const key = createHmac('sha256', token).update('lumbung-admin-session-v1').digest();
  return createHmac('sha256', key).update(payload).digest('base64url');
}
