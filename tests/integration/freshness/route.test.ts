import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSession } from '../../../src/features/accounts/session.ts';
import { freshnessRoute } from '../../../src/features/admin/freshness-route.ts';
import type { OutboxMail } from '../../../src/infra/database/outbox-types.ts';
import { slugify } from '../../../src/lib/text/slug.ts';
import {
  SITE,
  bandung,
  jabar,
  padang,
  startFreshnessFixture,
  type FreshnessFixture,
} from './fixture.ts';

/*
 * The freshness dashboard's route on a real Meilisearch and store: administrators only (an
 * agency's person and nobody are sent to the login page, a cross-site post is refused); its
 * button queues the reminder for the agency's people through the outbox, once a month, with an
 * audit line; an agency without an account, or with nothing stale, gets nothing.
 */
let fixture: FreshnessFixture;
let admin: string;
let agencyPerson: string;
/** When Jawa Barat was reminded (ten days ago): not again before a month after it. */
const tenDaysAgo = new Date(Date.now() - 10 * 86_400_000).toISOString();

beforeAll(async () => {
  fixture = await startFreshnessFixture();
  const store = await fixture.portal.database();
  const person = async (email: string, role: 'admin' | 'agency', agency?: string) => {
    const made = await store.createAccount({
      email,
      role,
      agency,
      agencyKey: agency === undefined ? undefined : slugify(agency),
      invitedBy: 'admin-token',
      now: new Date().toISOString(),
    });
    if (made === undefined) throw new Error(email);
    const cookie = await startSession(store, new Request(`${SITE}/`), made);
    return cookie.split(';')[0] ?? '';
  };
  admin = await person('admin@lumbung.example', 'admin');
  agencyPerson = await person('rina@dinkes.padang.go.id', 'agency', padang);
  await person('budi@dinkes.padang.go.id', 'agency', 'DINAS KESEHATAN KOTA PADANG');
  await person('sari@jabarprov.go.id', 'agency', jabar);
  await person('tono@dinas-lain.go.id', 'agency', 'Dinas Tanpa Inovasi');
  await store.recordReminder({
    agencyKey: slugify(jabar),
    now: tenDaysAgo,
    since: new Date(0).toISOString(),
  });
}, 120_000);
afterAll(() => fixture.stop());

/** The dashboard as the site hands it a request: the route's answer and the page's status. */
async function dashboard(
  init: { method?: string; body?: string; cookie?: string; headers?: Record<string, string> },
  locale: 'id' | 'en' = 'id',
) {
  const url = new URL(locale === 'id' ? '/admin/kesegaran' : '/en/admin/kesegaran', SITE);
  const headers = new Headers({ origin: SITE, ...init.headers });
  if (init.cookie !== undefined) headers.set('cookie', init.cookie);
  if (init.body !== undefined && !headers.has('content-type')) {
    headers.set('content-type', 'application/x-www-form-urlencoded');
  }
  const request = new Request(url, { method: init.method ?? 'GET', headers, body: init.body });
  const response = { status: undefined as number | undefined, headers: new Headers() };
  const route = await freshnessRoute(
    fixture.portal,
    { request, clientAddress: '127.0.0.1', url, response },
    locale,
  );
  const status = route.kind === 'response' ? route.response.status : (response.status ?? 200);
  return { route, status, response };
}

const remind = (agency: string, cookie = admin, headers: Record<string, string> = {}) =>
  dashboard({ method: 'POST', body: `instansi=${slugify(agency)}`, cookie, headers });

async function outbox(): Promise<OutboxMail[]> {
  const store = await fixture.portal.database();
  return (await store.listMail({ limit: 100, offset: 0 })).rows;
}

describe('who may open the freshness dashboard', () => {
  it('sends nobody and an agency person to the login page, for a look or a post', async () => {
    for (const cookie of [undefined, agencyPerson, 'sesi=forged']) {
      for (const method of ['GET', 'POST']) {
        const { route, status } = await dashboard({
          method,
          ...(method === 'POST' && { body: `instansi=${slugify(padang)}` }),
          ...(cookie !== undefined && { cookie }),
        });
        expect(status).toBe(303);
        if (route.kind !== 'response') throw new Error('rendered the dashboard');
        expect(route.response.headers.get('location')).toBe('/admin/masuk');
      }
    }
    expect(await outbox()).toEqual([]);
  });

  it('shows an administrator the figures, never cached', async () => {
    const { route, status, response } = await dashboard({ cookie: admin }, 'en');
    expect(status).toBe(200);
    expect(route.kind === 'page' && route.outcome.ok).toBe(true);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('says a reminder was queued only for an agency key in the address', async () => {
    const at = async (query: string) => {
      const url = new URL(`/admin/kesegaran${query}`, SITE);
      const response = { status: undefined as number | undefined, headers: new Headers() };
      const request = new Request(url, { headers: { cookie: admin } });
      return freshnessRoute(
        fixture.portal,
        { request, clientAddress: '127.0.0.1', url, response },
        'id',
      );
    };
    const named = await at('?diingatkan=dinas-kesehatan-kota-padang');
    expect(named.kind === 'page' && named.notice).toEqual({
      message: 'freshness.remind.sent',
      ok: true,
      agency: 'dinas-kesehatan-kota-padang',
    });
    const junk = await at('?diingatkan=%3Cb%3EDinas%3C%2Fb%3E');
    expect(junk.kind === 'page' && junk.notice).toBeUndefined();
  });

  it('refuses a cross-site post, another media type and a bad agency key', async () => {
    expect((await remind(padang, admin, { 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await remind(padang, admin, { origin: 'https://evil.example' })).status).toBe(403);
    expect((await remind(padang, admin, { 'content-type': 'text/plain' })).status).toBe(415);
    for (const body of [
      'instansi=Dinas%20Kesehatan',
      'instansi=',
      'aksi=x',
      `instansi=${'a'.repeat(201)}`,
    ]) {
      const { route, status } = await dashboard({ method: 'POST', body, cookie: admin });
      expect(status).toBe(400);
      expect(route.kind === 'page' && route.notice?.message).toBe('freshness.remind.invalid');
    }
    expect((await dashboard({ method: 'DELETE', cookie: admin })).status).toBe(405);
    expect(await outbox()).toEqual([]);
  });
});

describe('reminding an agency from the dashboard', () => {
  it('queues one message to each of its people, listing only its stale innovations', async () => {
    const { route, status } = await remind(padang);
    expect(status).toBe(303);
    expect(route.kind === 'response' && route.response.headers.get('location')).toBe(
      '/admin/kesegaran?diingatkan=dinas-kesehatan-kota-padang',
    );
    const sent = await outbox();
    expect(sent.map((mail) => mail.recipient).sort()).toEqual([
      'budi@dinkes.padang.go.id',
      'rina@dinkes.padang.go.id',
    ]);
    for (const mail of sent) {
      expect(mail.kind).toBe('agency-reminder');
      // a2 (never) and a3 (30 months) are stale; a1 (3 months) is not.
      expect(mail.text).toContain(`${SITE}/instansi/inovasi/a2`);
      expect(mail.text).toContain(`${SITE}/instansi/inovasi/a3`);
      expect(mail.text).not.toContain('/inovasi/a1');
    }
  });

  it('writes who reminded whom to the audit log', async () => {
    const store = await fixture.portal.database();
    const { rows } = await store.listAudit(10, 0);
    const line = rows.find((row) => row.action === 'agency.remind');
    expect(line).toMatchObject({
      actor: 'admin@lumbung.example',
      subject: 'agency dinas-kesehatan-kota-padang',
    });
    expect(JSON.parse(line?.before ?? '{}')).toEqual({ lastReminded: null });
    expect(JSON.parse(line?.after ?? '{}')).toMatchObject({ people: 2, innovations: 2 });
  });

  it('says when it was reminded instead of sending twice in a month', async () => {
    const { route, status } = await remind(padang);
    expect(status).toBe(400);
    if (route.kind !== 'page') throw new Error('not the dashboard');
    expect(route.notice).toMatchObject({ message: 'freshness.remind.recent', ok: false });
    const jawa = await remind(jabar);
    expect(jawa.status).toBe(400);
    expect(jawa.route.kind === 'page' && jawa.route.notice?.lastSent).toBe(tenDaysAgo);
    expect(await outbox()).toHaveLength(2);
  });

  it('lists the reminders already sent and the agencies without an account', async () => {
    const { route } = await dashboard({ cookie: admin });
    if (route.kind !== 'page' || !route.outcome.ok) throw new Error('no figures');
    const agencies = new Map(route.outcome.value.agencies.map((agency) => [agency.slug, agency]));
    expect(agencies.get(slugify(padang))).toMatchObject({ people: 2 });
    expect(agencies.get(slugify(padang))?.nextReminder).toBeDefined();
    expect(agencies.get(slugify(jabar))).toMatchObject({ people: 1, lastReminded: tenDaysAgo });
    expect(agencies.get(slugify(bandung))).toMatchObject({ people: 0 });
    expect(agencies.get(slugify(bandung))?.lastReminded).toBeUndefined();
  });

  it('has nobody to remind at an agency without an account, nothing for one with nothing stale', async () => {
    const none = await remind(bandung);
    expect(none.status).toBe(404);
    expect(none.route.kind === 'page' && none.route.notice?.message).toBe(
      'freshness.remind.noAccount',
    );
    const nothing = await remind('Dinas Tanpa Inovasi');
    expect(nothing.status).toBe(400);
    expect(nothing.route.kind === 'page' && nothing.route.notice?.message).toBe(
      'freshness.remind.nothing',
    );
    expect(await outbox()).toHaveLength(2);
  });
});
