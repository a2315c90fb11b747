import { describe, expect, it } from 'vitest';
import {
  createSession,
  SESSION_TTL_MS,
  sessionValid,
} from '../../../../src/features/admin/session.ts';

const token = 'the-admin-token-for-these-tests';
const now = Date.UTC(2025, 5, 1, 9, 0, 0);

describe('an admin session', () => {
  it('is valid with the token that signed it until it expires', () => {
    const session = createSession(token, now);
    expect(sessionValid(session, token, now)).toBe(true);
    expect(sessionValid(session, token, now + SESSION_TTL_MS - 1)).toBe(true);
    expect(sessionValid(session, token, now + SESSION_TTL_MS)).toBe(false);
  });

  it('never holds the token, and two logins get different sessions', () => {
    const first = createSession(token, now);
    expect(first).not.toContain(token);
    expect(createSession(token, now)).not.toBe(first);
  });

  it('ends when the token changes', () => {
    expect(sessionValid(createSession(token, now), 'another-admin-token-value', now)).toBe(false);
  });

  it('refuses a session whose expiry or nonce was changed', () => {
    const [expiry = '', nonce = '', signature = ''] = createSession(token, now).split('.');
    const later = String(Number(expiry) + SESSION_TTL_MS);
    expect(sessionValid(`${later}.${nonce}.${signature}`, token, now)).toBe(false);
    expect(sessionValid(`${expiry}.${nonce}x.${signature}`, token, now)).toBe(false);
  });

  it.each([
    '',
    'garbage',
    '1.2.3',
    '999999999999999.abc.',
    `${'9'.repeat(16)}.n.${'A'.repeat(43)}`,
  ])('refuses the malformed value %j', (value) => {
    expect(sessionValid(value, token, now)).toBe(false);
  });
});
