import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountsRoute } from '../../../src/features/accounts/accounts-route.ts';
import { invite } from '../../../src/features/accounts/invite.ts';
import { sessionViewer, startSession, viewerOf } from '../../../src/features/accounts/session.ts';
import { mailSignInLink, signInWith } from '../../../src/features/accounts/sign-in.ts';
import { isAdmin } from '../../../src/features/admin/auth.ts';
import { outboxView } from '../../../src/features/admin/outbox.ts';
import { startTestSmtp, type TestSmtp } from '../../helpers/smtp.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/*
 * Invitations and one-time sign-in links, mailed through a real SMTP server: a link works once,
 * for its own account only, and every admin page refuses an agency's person and nobody.
 */
let dir: TempDir;
let smtp: TestSmtp;
let portal: ReturnType<typeof testPortal>;
const place = { locale: 'id', origin: 'https://lumbung.example' } as const;
const tokenAdmin = viewerOf(undefined);
let client = 0;
const context = (cookie?: string, method = 'GET') => ({
  request: new Request('http://127.0.0.1/admin/akun', {
    method,
    headers: cookie === undefined ? {} : { cookie },
  }),
  clientAddress: `10.1.0.${String(++client)}`,
  response: { headers: new Headers() },
});
const linkIn = (text: string) => /\/masuk-akun\/([\w-]{43})/.exec(text)?.[1] ?? '';

beforeAll(async () => {
  [dir, smtp] = await Promise.all([makeTempDir('sign-in'), startTestSmtp()]);
  portal = testPortal({
    DATA_DIR: dir.path,
    MEILI_PORT: '1',
    ADMIN_TOKEN: 'the-right-admin-token-0123',
    SMTP_URL: smtp.url,
    MAIL_FROM: 'Lumbung Inovasi <noreply@lumbung.example>',
    MAIL_POLL_MS: '50',
    MAIL_RETRY_BASE_MS: '50',
  });
  await portal.start();
});
afterAll(async () => {
  await portal.close();
  await smtp.stop();
  await dir.remove();
});

describe('accounts', () => {
  it('are invited by an administrator, one per address, with a message and an audit line', async () => {
    const agency = {
      email: 'rina@padang.go.id',
      role: 'agency',
      agency: 'Dinas Kesehatan Kota Padang',
    } as const;
    const made = await invite(portal, tokenAdmin, { ok: true, ...agency }, place);
    expect(made).toMatchObject({
      role: 'agency',
      agencyKey: 'dinas-kesehatan-kota-padang',
      invitedBy: 'admin-token',
    });
    const admin = { email: 'budi@kemenpan.go.id', role: 'admin', agency: undefined } as const;
    await invite(portal, tokenAdmin, { ok: true, ...admin }, place);
    expect(
      await invite(portal, tokenAdmin, { ok: true, ...agency, email: 'RINA@padang.go.id' }, place),
    ).toBe('exists');
    const received = await smtp.waitFor(2);
    expect(received.map((mail) => [mail.to, mail.subject])).toEqual([
      ['rina@padang.go.id', 'Undangan ke Lumbung Inovasi'],
      ['budi@kemenpan.go.id', 'Undangan ke Lumbung Inovasi'],
    ]);
    expect(received[0]?.text).toContain('Dinas Kesehatan Kota Padang');
    expect(received[0]?.text).toContain('https://lumbung.example/masuk-akun');
    const { rows } = await (await portal.database()).listAudit(10, 0);
    expect(rows.filter((row) => row.action === 'account.invite').map((row) => row.subject)).toEqual(
      ['budi@kemenpan.go.id', 'rina@padang.go.id'],
    );
  });

  it('sign in by a mailed link that works once, for its own account only', async () => {
    const before = smtp.received.length;
    await mailSignInLink(portal, 'nobody@example.go.id', place);
    await mailSignInLink(portal, 'RINA@padang.go.id', place);
    await mailSignInLink(portal, 'budi@kemenpan.go.id', place);
    const received = (await smtp.waitFor(before + 2)).slice(before);
    expect(received.map((mail) => mail.to)).toEqual(['rina@padang.go.id', 'budi@kemenpan.go.id']);
    const [agencyLink, adminLink] = received.map((mail) => linkIn(mail.text));
    // Asked again within the minute: no second message (a form cannot flood a mailbox).
    await mailSignInLink(portal, 'rina@padang.go.id', place);
    const { rows } = await (await portal.database()).listMail({ limit: 50, offset: 0 });
    expect(rows.filter((row) => row.kind === 'sign-in')).toHaveLength(2);
    const store = await portal.database();

    const agency = await signInWith(store, context().request, agencyLink ?? '');
    expect(agency?.viewer).toMatchObject({ role: 'agency', actor: 'rina@padang.go.id' });
    expect(await signInWith(store, context().request, agencyLink ?? '')).toBeUndefined();
    const agencyCookie = agency?.cookie.split(';')[0] ?? '';
    expect((await sessionViewer(portal, context(agencyCookie).request))?.actor).toBe(
      'rina@padang.go.id',
    );
    expect(await isAdmin(portal, context(agencyCookie))).toBe(false);

    // Each account keeps the language of the page it signed in on, for its mail.
    const english = new Request(`http://127.0.0.1/en/sign-in/${adminLink ?? ''}`, {
      method: 'POST',
    });
    const admin = await signInWith(store, english, adminLink ?? '');
    expect(admin?.viewer).toMatchObject({ role: 'admin', actor: 'budi@kemenpan.go.id' });
    expect((await store.accountByEmail('budi@kemenpan.go.id'))?.locale).toBe('en');
    expect((await store.accountByEmail('rina@padang.go.id'))?.locale).toBe('id');
    expect(await isAdmin(portal, context(admin?.cookie.split(';')[0]))).toBe(true);
    expect(await signInWith(store, context().request, 'x'.repeat(43))).toBeUndefined();
    expect(await signInWith(store, context().request, '../etc')).toBeUndefined();
  });

  it('are listed, and invited, by administrators only: an agency and nobody are sent to log in', async () => {
    const store = await portal.database();
    const account = await store.accountByEmail('rina@padang.go.id');
    const agencyCookie = `sesi=${await sessionFor(account?.id)}`;
    for (const cookie of [undefined, agencyCookie, 'sesi=forged']) {
      for (const method of ['GET', 'POST']) {
        const route = await accountsRoute(portal, context(cookie, method), 'id');
        expect(route.kind, `${method} as ${cookie ?? 'nobody'}`).toBe('response');
        if (route.kind === 'response') expect(route.response.status).toBe(303);
      }
    }
    const adminCookie = `sesi=${await sessionFor((await store.accountByEmail('budi@kemenpan.go.id'))?.id)}`;
    const route = await accountsRoute(portal, context(adminCookie), 'id');
    expect(route.kind === 'page' && route.accounts.map((row) => row.email)).toEqual([
      'rina@padang.go.id',
      'budi@kemenpan.go.id',
    ]);
    // Sent messages keep no body: the sign-in links are gone from the store.
    const outbox = await outboxView(portal, new URLSearchParams('status=sent'));
    expect(outbox.rows.every((row) => row.text === '' && row.html === '')).toBe(true);
    expect(portal.log.lines.join('\n')).not.toMatch(/padang\.go\.id|kemenpan|masuk-akun/);
  });
});

/** A session made in the store the way a sign-in makes it (its id, for a cookie). */
async function sessionFor(accountId: number | undefined): Promise<string> {
  const store = await portal.database();
  const account = (await store.listAccounts()).find((row) => row.id === accountId);
  const cookie = await startSession(store, new Request('http://127.0.0.1/'), account);
  return cookie.split(';')[0]?.split('=')[1] ?? '';
}
