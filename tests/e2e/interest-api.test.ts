import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { publicActivitySchema } from '../../src/lib/interest/schema.ts';
import { allIds } from '../helpers/ingest-into.ts';
import { registrationBody } from '../helpers/registration.ts';

/**
 * The replication-interest API against the built server: registration, the private link,
 * public activity without contact data, and every refusal with its status and message.
 */
const portal = inject('portalUrl');
const run = Date.now().toString(36);
let innovationId: string;

const registration = (agency: string) =>
  registrationBody({ agency, email: `rina.${run}@padang.go.id`, note: 'Catatan pribadi' });

function postJson(path: string, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${portal}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function activity(id = innovationId) {
  const response = await fetch(`${portal}/api/inovasi/${id}/minat`);
  expect(response.status).toBe(200);
  return publicActivitySchema.parse(await response.json());
}

interface Registered {
  token: string;
  privateUrl: string;
  created: boolean;
}

beforeAll(async () => {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  // One innovation of the sample that other test files leave alone (they take the first ones).
  const ids = await allIds(client);
  innovationId = ids[ids.length - 3] ?? '';
});

describe('registering interest', () => {
  it('answers 201 with a private link and the totals, and the activity shows the agency, no contact data', async () => {
    const before = await activity();
    const agency = `Dinas Kesehatan Kota Padang ${run}`;
    const response = await postJson(`/api/inovasi/${innovationId}/minat`, registration(agency));
    expect(response.status).toBe(201);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    const body = (await response.json()) as Registered & Record<string, unknown>;
    expect(body.created).toBe(true);
    expect(body.privateUrl).toBe(`${portal}/minat/${body.token}`);
    const after = await activity();
    expect(after.interestCount).toBe(before.interestCount + 1);
    expect(after.entries.map((entry) => entry.agency)).toContain(agency);
    // The answer carries the innovation's totals as the activity shows them, not its list.
    const { counts, interestCount, replicationCount } = after;
    expect(body).toMatchObject({ counts, interestCount, replicationCount });
    expect(body).not.toHaveProperty('entries');
    const published = JSON.stringify([after, body]);
    for (const secret of [`rina.${run}@padang.go.id`, '7777', 'Rina Marlina', 'Catatan pribadi']) {
      expect(published).not.toContain(secret);
    }
  });

  it('counts the same agency once, however it is typed', async () => {
    const agency = `Bappeda Kota Padang ${run}`;
    const path = `/api/inovasi/${innovationId}/minat`;
    expect((await postJson(path, registration(agency))).status).toBe(201);
    const before = await activity();
    const again = await postJson(path, registration(`  bappeda   KOTA padang ${run} `));
    // The same address again: nothing changes (202, no new link); it still counts once.
    expect(again.status).toBe(202);
    const body = (await again.json()) as Registered & Record<string, unknown>;
    expect(body).toMatchObject({ created: false, outcome: 'known' });
    expect(body).not.toHaveProperty('token');
    const after = await activity();
    expect(after.interestCount).toBe(before.interestCount);
  });

  it('accepts the form a browser posts without JavaScript', async () => {
    const form = new URLSearchParams({
      ...registration(`Dinas Kominfo Kota Padang ${run}`),
      consent: 'on',
      website: '',
    });
    const response = await fetch(`${portal}/api/inovasi/${innovationId}/minat?lang=en`, {
      method: 'POST',
      body: form,
      headers: { Origin: portal },
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Registered;
    expect(body.privateUrl).toBe(`${portal}/en/interest/${body.token}`);
  });

  it('follows a change in the search index within seconds', async () => {
    const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
    const { interestCount } = await activity();
    const deadline = Date.now() + 20_000;
    let indexed: unknown;
    while (Date.now() < deadline) {
      const document = await client.index('innovations').getDocument(innovationId, {
        fields: ['interestCount'],
      });
      indexed = document.interestCount;
      if (indexed === interestCount) break;
      await new Promise((done) => setTimeout(done, 250));
    }
    expect(indexed).toBe(interestCount);
  });
});

describe('the private link', () => {
  it("shows the owner's entry and lets it move along and withdraw", async () => {
    const agency = `Dinas Pendidikan Kota Padang ${run}`;
    const created = await postJson(`/api/inovasi/${innovationId}/minat`, registration(agency));
    const { token } = (await created.json()) as Registered;
    const own = await fetch(`${portal}/api/minat/${token}`);
    expect(own.status).toBe(200);
    expect(own.headers.get('Cache-Control')).toBe('no-store');
    expect(own.headers.get('X-Robots-Tag')).toBe('noindex');
    expect(own.headers.get('Referrer-Policy')).toBe('no-referrer');
    expect(await own.json()).toMatchObject({
      agency,
      stage: 'berminat',
      email: `rina.${run}@padang.go.id`,
    });

    const moved = await postJson(`/api/minat/${token}`, { stage: 'berkomunikasi' });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ stage: 'berkomunikasi' });
    const entry = (await activity()).entries.find((shown) => shown.agency === agency);
    expect(entry?.stage).toBe('berkomunikasi');
    // Replicating and replicated come with evidence only (the private page's reports).
    const skipped = await postJson(`/api/minat/${token}`, { stage: 'tereplikasi' });
    expect(skipped.status).toBe(400);

    const before = await activity();
    const withdrawn = await postJson(`/api/minat/${token}`, { stage: 'batal' });
    expect(await withdrawn.json()).toMatchObject({ stage: 'batal' });
    const after = await activity();
    expect(after.interestCount).toBe(before.interestCount - 1);
    expect(after.entries.map((shown) => shown.agency)).not.toContain(agency);
  });

  it('refuses a stage that does not exist, naming the field', async () => {
    const created = await postJson(
      `/api/inovasi/${innovationId}/minat`,
      registration(`Dinas Sosial ${run}`),
    );
    const { token } = (await created.json()) as Registered;
    const response = await postJson(`/api/minat/${token}?lang=en`, { stage: 'selesai' });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid',
      message: 'Check the marked fields.',
      fields: { stage: 'Choose one of the stages offered.' },
    });
  });

  it('answers 404 to a token that opens nothing', async () => {
    const unknown = 'A'.repeat(43);
    for (const token of [unknown, 'short', '..%2F..%2Fetc']) {
      const read = await fetch(`${portal}/api/minat/${token}`);
      expect(read.status).toBe(404);
      expect(await read.json()).toMatchObject({ error: 'unknown-entry' });
    }
    expect((await postJson(`/api/minat/${unknown}`, { stage: 'batal' })).status).toBe(404);
  });
});

describe('refusals', () => {
  const path = () => `/api/inovasi/${innovationId}/minat`;

  it('404 for an innovation not in the catalogue', async () => {
    for (const id of ['tidak-ada-123', 'NOT_AN_ID']) {
      expect((await fetch(`${portal}/api/inovasi/${id}/minat`)).status).toBe(404);
      const posted = await postJson(`/api/inovasi/${id}/minat`, registration('Dinas X Y Z'));
      expect(posted.status).toBe(404);
      expect(await posted.json()).toEqual({
        error: 'unknown-innovation',
        message: 'Inovasi ini tidak ada di katalog.',
      });
    }
  });

  it('413 for a body over 16 KiB', async () => {
    const response = await postJson(path(), { note: 'x'.repeat(20_000) });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: 'too-large' });
  });

  it('415 for anything but a form or JSON', async () => {
    for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/xml']) {
      const response = await fetch(`${portal}${path()}`, {
        method: 'POST',
        headers: { 'Content-Type': type },
        body: 'agency=x',
      });
      expect(response.status, type).toBe(415);
      expect(await response.json()).toMatchObject({ error: 'unsupported-media-type' });
    }
  });

  it('403 for a post from another site, form or JSON, in JSON', async () => {
    const evil = { Origin: 'https://evil.example' };
    const json = await postJson(path(), registration(`Dinas Evil ${run}`), evil);
    const form = await fetch(`${portal}${path()}`, {
      method: 'POST',
      headers: evil,
      body: new URLSearchParams({ agency: 'x' }),
    });
    const fetchMeta = await postJson(path(), registration(`Dinas Evil ${run}`), {
      'Sec-Fetch-Site': 'cross-site',
    });
    for (const response of [json, form, fetchMeta]) {
      expect(response.status).toBe(403);
      expect(await response.json()).toEqual({
        error: 'cross-site',
        message: 'Kiriman dari situs lain ditolak.',
      });
    }
    const shown = (await activity()).entries.map((entry) => entry.agency);
    expect(shown).not.toContain(`Dinas Evil ${run}`);
  });

  it('400 for a body that is not a JSON object', async () => {
    for (const body of ['{"agency":', '[1,2]', '"x"']) {
      const response = await fetch(`${portal}${path()}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body,
      });
      expect(response.status, body).toBe(400);
      expect(await response.json()).toMatchObject({ error: 'malformed' });
    }
  });

  it('names each wrong field in Indonesian by default, in English when asked', async () => {
    const wrong = { ...registration('Dinas Kesehatan'), regencyCode: '35.10', email: 'nope' };
    const indonesian = await postJson(path(), wrong);
    expect(indonesian.status).toBe(400);
    expect(await indonesian.json()).toEqual({
      error: 'invalid',
      message: 'Periksa kembali isian yang ditandai.',
      fields: {
        regencyCode: 'Pilih kabupaten/kota dari daftar resmi yang berada di provinsi terpilih.',
        email: 'Tulis alamat e-mail yang valid, mis. nama@instansi.go.id.',
      },
    });
    for (const english of [
      await postJson(`${path()}?lang=en`, wrong),
      await postJson(path(), wrong, { 'Accept-Language': 'en-GB,en;q=0.9' }),
    ]) {
      expect(await english.json()).toMatchObject({
        message: 'Check the marked fields.',
        fields: { email: 'Write a valid e-mail address, e.g. name@agency.go.id.' },
      });
    }
  });

  it('answers a filled honeypot like an accepted registration and keeps nothing', async () => {
    const before = await activity();
    const agency = `Robot Spam Agency ${run}`;
    const response = await postJson(path(), {
      ...registration(agency),
      website: 'http://spam.example',
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as Registered;
    expect(body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await fetch(`${portal}/api/minat/${body.token}`)).status).toBe(404);
    const after = await activity();
    expect(after.interestCount).toBe(before.interestCount);
    expect(after.entries.map((entry) => entry.agency)).not.toContain(agency);
  });

  it('405 with Allow for other methods', async () => {
    const paths = [path(), `/api/minat/${'A'.repeat(43)}`, '/api/instansi?q=dinas'];
    const allowed = ['GET, HEAD, POST', 'GET, HEAD, POST', 'GET, HEAD'];
    for (const [index, address] of paths.entries()) {
      for (const method of ['PUT', 'DELETE', 'PATCH']) {
        const response = await fetch(`${portal}${address}`, { method });
        expect(response.status, `${method} ${address}`).toBe(405);
        expect(response.headers.get('Allow')).toBe(allowed[index]);
        expect(await response.json()).toMatchObject({ error: 'method-not-allowed' });
      }
    }
    expect((await fetch(`${portal}/api/instansi`, { method: 'POST' })).status).toBe(405);
  });
});

describe('agency suggestions', () => {
  it('offers up to 8 known agency names matching what was typed, each once', async () => {
    const response = await fetch(`${portal}/api/instansi?q=${encodeURIComponent('kota')}`);
    expect(response.status).toBe(200);
    const { agencies } = (await response.json()) as { agencies: string[] };
    expect(agencies.length).toBeGreaterThan(0);
    expect(agencies.length).toBeLessThanOrEqual(8);
    expect(new Set(agencies.map((name) => name.toLowerCase())).size).toBe(agencies.length);
    for (const name of agencies) expect(name.toLowerCase()).toContain('kota');
  });

  it('offers nothing for an empty query and refuses a long one', async () => {
    expect(await (await fetch(`${portal}/api/instansi?q=`)).json()).toEqual({
      query: '',
      agencies: [],
    });
    const long = await fetch(`${portal}/api/instansi?q=${'a'.repeat(101)}`);
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ fields: { q: 'Tulis paling banyak 100 karakter.' } });
  });

  it('never offers a name a registrant typed', async () => {
    const agency = `Instansi Rahasia Uji ${run}`;
    await postJson(`/api/inovasi/${innovationId}/minat`, registration(agency));
    const response = await fetch(`${portal}/api/instansi?q=${encodeURIComponent(agency)}`);
    expect(((await response.json()) as { agencies: string[] }).agencies).not.toContain(agency);
  });
});
