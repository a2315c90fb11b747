import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminOf, isAdmin, logIn } from '../../../src/features/admin/auth.ts';
import { logoutResponse } from '../../../src/features/admin/login-route.ts';
import { acceptSubmission } from '../../../src/http/guard.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Administrators' sessions live in the store: two portals on one data folder stand for two
 * servers, and what one ends the other no longer accepts.
 */
const TOKEN = 'the-right-admin-token-0123';
let dir: TempDir;
let first: Portal;
let second: Portal;
let client = 0;

/** A request from a client of its own (so the allowances of the tests do not mix). */
function context(
  headers: Record<string, string> = {},
  init: RequestInit = {},
  url = 'http://127.0.0.1/admin',
) {
  return {
    request: new Request(url, { ...init, headers }),
    clientAddress: `10.0.0.${String(++client)}`,
  };
}
const cookieOf = (setCookie: string) => setCookie.split(';')[0] ?? '';

/** A logout form post to `portal`, with the cookie and the headers a browser would send. */
function logoutPost(
  portal: Portal,
  headers: Record<string, string>,
  body = '',
  locale: 'id' | 'en' = 'id',
) {
  const request = new Request('http://127.0.0.1/admin/keluar', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  return logoutResponse(portal, request, locale);
}

beforeAll(async () => {
  dir = await makeTempDir('admin-sessions');
  const env = { ADMIN_TOKEN: TOKEN, DATA_DIR: dir.path, MEILI_PORT: '1', RATE_LIMIT_WRITES: '5' };
  first = testPortal(env);
  second = testPortal(env);
});
afterAll(async () => {
  await Promise.all([first.close(), second.close()]);
  await dir.remove();
});

describe("administrators' sessions", () => {
  it('nobody without a session or a bearer token, nor with a forged or wrong one', async () => {
    expect(await isAdmin(first, context())).toBe(false);
    expect(await isAdmin(first, context({ cookie: `sesi=${'A'.repeat(43)}` }))).toBe(false);
    expect(await isAdmin(first, context({ authorization: 'Bearer not-the-token-at-all' }))).toBe(
      false,
    );
    expect(await isAdmin(first, context({ authorization: `Bearer ${TOKEN}` }))).toBe(true);
  });

  it('logging in with the token starts a session every server knows, in a cookie without the token', async () => {
    expect(await logIn(first, context().request, 'wrong')).toBeUndefined();
    const cookie = (await logIn(first, context().request, ` ${TOKEN} `)) ?? '';
    expect(cookie).toMatch(/^sesi=[\w-]{43}; Path=\/; Max-Age=28800; HttpOnly; SameSite=Strict$/);
    expect(cookie).not.toContain(TOKEN);
    const https = await logIn(
      first,
      context({}, {}, 'https://portal.example/admin').request,
      TOKEN,
    );
    expect(https).toMatch(/; Secure$/);
    expect(await isAdmin(second, context({ cookie: `other=1; ${cookieOf(cookie)}` }))).toBe(true);
  });

  it('logging out ends the session on every server, and a copied cookie is dead', async () => {
    const cookie = cookieOf((await logIn(first, context().request, TOKEN)) ?? '');
    const out = await logoutPost(first, { cookie, origin: 'http://127.0.0.1' });
    expect(out.status).toBe(303);
    expect(out.headers.get('set-cookie')).toMatch(/^sesi=; Path=\/; Max-Age=0/);
    expect(await isAdmin(second, context({ cookie }))).toBe(false);
    expect(await isAdmin(first, context({ cookie }))).toBe(false);
  });

  it('refuses a cross-site logout, which ends nothing', async () => {
    const cookie = cookieOf((await logIn(first, context().request, TOKEN)) ?? '');
    const out = await logoutPost(
      first,
      { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      '',
      'en',
    );
    expect(out.status).toBe(403);
    expect(await isAdmin(second, context({ cookie }))).toBe(true);
  });

  it('"sign out everywhere" ends every session of the token, and the audit log says so', async () => {
    const one = cookieOf((await logIn(first, context().request, TOKEN)) ?? '');
    const other = cookieOf((await logIn(second, context().request, TOKEN)) ?? '');
    const out = await logoutPost(second, { cookie: one }, 'semua=ya', 'en');
    expect(out.status).toBe(303);
    expect(await isAdmin(first, context({ cookie: other }))).toBe(false);
    const { rows } = await (await first.database()).listAudit(50, 0);
    expect(rows[0]).toMatchObject({ actor: 'admin-token', action: 'session.sign-out-everywhere' });
    expect(rows.some((row) => row.action === 'session.sign-in')).toBe(true);
  });

  it('counts every bearer try and the login form in one allowance', async () => {
    const address = { clientAddress: '10.9.9.9' };
    const bearer = (token: string) => ({
      request: new Request('http://127.0.0.1/admin/ekspor.csv', {
        headers: { authorization: `Bearer ${token}` },
      }),
      ...address,
    });
    for (let n = 0; n < 4; n++)
      expect((await adminOf(first, bearer(`wrong-guess-${String(n)}`))).ok).toBe(false);
    expect((await adminOf(first, bearer(TOKEN))).ok).toBe(true);
    const throttled = await adminOf(first, bearer(TOKEN));
    expect(throttled).toMatchObject({ ok: false, failure: { status: 429 } });
    const form = await acceptSubmission(
      {
        request: new Request('http://127.0.0.1/admin/masuk', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: `token=${TOKEN}`,
        }),
        ...address,
      },
      first,
      'sign-in',
    );
    expect(form).toMatchObject({ ok: false, failure: { status: 429 } });
  });
});
