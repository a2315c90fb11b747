import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashToken, isTokenShaped, newToken } from '../../../../src/features/interest/token.ts';

describe('private link tokens', () => {
  it('are 32 random bytes in base64url, different every time', () => {
    const tokens = Array.from({ length: 200 }, newToken);
    expect(new Set(tokens).size).toBe(200);
    for (const token of tokens) {
      expect(Buffer.from(token, 'base64url')).toHaveLength(32);
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(isTokenShaped(token)).toBe(true);
    }
  });

  it('are stored as their SHA-256 in hex', () => {
    const token = newToken();
    expect(hashToken(token)).toBe(createHash('sha256').update(token).digest('hex'));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each(['', 'abc', `${newToken()}x`, `${newToken().slice(0, 42)}=`, '../'.repeat(15)])(
    'refuses %j as a token',
    (value) => {
      expect(isTokenShaped(value)).toBe(false);
    },
  );
});
