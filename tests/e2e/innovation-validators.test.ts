import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * An innovation page's validators cover everything it shows: a browser revalidating its copy
 * gets 304 while nothing changed, and the new page once the replication activity changed (a
 * registration, a withdrawal), so no browser keeps listing a withdrawn agency.
 */
const portal = inject('portalUrl');
let innovationId: string;

beforeAll(async () => {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const ids = await allIds(client);
  // One no other test file registers on.
  innovationId = ids[ids.length - 11] ?? '';
});

async function revalidate(etag: string): Promise<{ status: number; etag: string; html: string }> {
  const answer = await fetch(`${portal}/inovasi/${innovationId}`, {
    headers: { 'If-None-Match': etag },
  });
  return {
    status: answer.status,
    etag: answer.headers.get('etag') ?? '',
    html: await answer.text(),
  };
}

describe('an innovation page’s ETag', () => {
  it('changes with its replication activity, and only then', async () => {
    const first = await revalidate('W/"none"');
    expect(first.status).toBe(200);
    expect(first.etag).toMatch(/^W\/"[\w-]{22}"$/);
    expect((await revalidate(first.etag)).status).toBe(304);

    const agency = 'Dinas Validasi Kota Bukittinggi';
    const registered = await postRegistration(portal, innovationId, {
      agency,
      email: 'validasi@bukittinggi.go.id',
      regencyCode: '13.75',
    });
    expect(registered.status).toBe(201);
    const { token } = (await registered.json()) as { token: string };
    const afterRegistration = await revalidate(first.etag);
    expect(afterRegistration.status).toBe(200);
    expect(afterRegistration.html).toContain(agency);
    expect((await revalidate(afterRegistration.etag)).status).toBe(304);

    const withdrawn = await fetch(`${portal}/api/minat/${token}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ stage: 'batal' }),
    });
    expect(withdrawn.status).toBe(200);
    const afterWithdrawal = await revalidate(afterRegistration.etag);
    expect(afterWithdrawal.status).toBe(200);
    expect(afterWithdrawal.html).not.toContain(agency);
  });
});
