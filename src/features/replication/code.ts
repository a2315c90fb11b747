import { randomInt } from 'node:crypto';

/** Crockford's base 32: no I, L, O or U, so a printed code is read back without doubt. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new verification code: 12 characters drawn with the system's cryptographic generator (60
 * bits), `XXXX-XXXX-XXXX`. Nothing about a replication goes into it, so codes cannot be
 * guessed from one another or counted through; a wrong one is a 404 under the page allowance.
 */
export function newVerificationCode(): string {
  const characters = Array.from({ length: 12 }, () => alphabet[randomInt(alphabet.length)] ?? '0');
  return [0, 4, 8].map((start) => characters.slice(start, start + 4).join('')).join('-');
}
