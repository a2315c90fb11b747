import { createHash, randomBytes } from 'node:crypto';

/**
 * A registrant's private link token: 32 random bytes (256 bits), base64url, so it can stand in
 * a path unescaped. Whoever holds it may move the entry; only its hash is ever stored.
 */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** SHA-256 of the token, hex: what the store keeps and looks an entry up by. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** True for a string `newToken` could have made: anything else is refused before the store. */
export function isTokenShaped(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
