import { describe, expect, it } from 'vitest';
import { isAdmin, logIn, logOut, SESSION_COOKIE } from '../../../../src/features/admin/auth.ts';
import { testPortal } from '../../../helpers/test-portal.ts';

const portal = testPortal({ ADMIN_TOKEN: 'the-right-admin-token-0123', DATA_DIR: '/nonexistent' });
const request = (headers: Record<string, string> = {}, url = 'http://127.0.0.1/admin') =>
  new Request(url, { headers });

describe('who is an administrator', () => {
  it('nobody without a cookie or a bearer token', async () => {
    await expect(isAdmin(portal, request())).resolves.toBe(false);
  });

  it('whoever sends the right bearer token, and not a wrong one', async () => {
    const right = { authorization: 'Bearer the-right-admin-token-0123' };
    await expect(isAdmin(portal, request(right))).resolves.toBe(true);
    const wrong = { authorization: 'Bearer the-wrong-admin-token-0123' };
    await expect(isAdmin(portal, request(wrong))).resolves.toBe(false);
  });

  it('whoever logged in with the token, by the cookie it got', async () => {
    await expect(logIn(portal, request(), 'not the token')).resolves.toBeUndefined();
    const cookies = await logIn(portal, request(), '  the-right-admin-token-0123 ');
    expect(cookies).toHaveLength(2);
    const first = cookies?.[0] ?? '';
    expect(first).toMatch(/HttpOnly/);
    expect(first).toMatch(/SameSite=Strict/);
    expect(first).toMatch(/Path=\/admin;/);
    expect(first).not.toMatch(/Secure/);
    expect(cookies?.[1]).toMatch(/Path=\/en\/admin;/);
    expect(first).not.toContain('the-right-admin-token-0123');
    const session = first.split(';')[0] ?? '';
    const cookie = { cookie: `other=1; ${session}` };
    await expect(isAdmin(portal, request(cookie))).resolves.toBe(true);
    const forged = {
      cookie: `${SESSION_COOKIE}=${session.split('=')[1]?.replace(/.$/, 'x') ?? ''}`,
    };
    await expect(isAdmin(portal, request(forged))).resolves.toBe(false);
  });

  it('gets a Secure cookie over HTTPS, and logging out clears it on both paths', async () => {
    const cookies = await logIn(
      portal,
      request({}, 'https://portal.example/admin'),
      'the-right-admin-token-0123',
    );
    expect(cookies?.[0]).toMatch(/; Secure$/);
    const cleared = logOut(request());
    expect(cleared.map((line) => line.split(';').slice(0, 3).join(';'))).toEqual([
      `${SESSION_COOKIE}=; Path=/admin; Max-Age=0`,
      `${SESSION_COOKIE}=; Path=/en/admin; Max-Age=0`,
    ]);
  });
});
