import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { INDEX } from '../helpers/ingest-into.ts';
import { startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { startTestPostgres, type TestPostgres } from '../helpers/postgres.ts';
import { postRegistration } from '../helpers/registration.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * The innovation lookup every site process agrees on: two servers (two machines' worth) on one
 * PostgreSQL, each remembering the innovations it found. When an ingest that removed one is
 * recorded as published, both refuse registrations for it within seconds, not when their
 * ten-minute memory runs out. The test's own index, so removing a document disturbs no other.
 */
const LOOKUP_INDEX = 'shared-lookup';
let data: TempDir;
let postgres: TestPostgres;
let databaseUrl: string;
let client: Meilisearch;
let kept: string;
let removed: string;
const servers: SiteServer[] = [];

beforeAll(async () => {
  data = await makeTempDir('shared-lookup');
  postgres = await startTestPostgres();
  databaseUrl = await postgres.createDatabase();
  client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { results } = await client.index(INDEX).getDocuments({ limit: 2 });
  [kept = '', removed = ''] = results.map((document) => String(document.id));
  await client.index(LOOKUP_INDEX).updateSettings(indexSettings).waitTask();
  await client.index(LOOKUP_INDEX).addDocuments(results, { primaryKey: 'id' }).waitTask();
  for (const name of ['a', 'b']) {
    servers.push(
      await startSiteServer({
        meiliUrl: inject('meiliUrl'),
        masterKey: inject('masterKey'),
        dataDir: `${data.path}/${name}`,
        indexUid: LOOKUP_INDEX,
        env: { DATABASE_URL: databaseUrl, RATE_LIMIT_WRITES: '1000' },
      }),
    );
  }
}, 120_000);

afterAll(async () => {
  await Promise.all(servers.map((server) => server.stop()));
  await client.deleteIndex(LOOKUP_INDEX).waitTask();
  await postgres.stop();
  await data.remove();
});

/** The status each server answers a registration for `id` with (a new agency each time). */
async function statuses(id: string, agency: string): Promise<number[]> {
  return Promise.all(
    servers.map(async (server, n) => {
      const answer = await postRegistration(server.url, id, {
        agency: `${agency} ${String(n)}`,
      });
      await answer.body?.cancel();
      return answer.status;
    }),
  );
}

describe('the innovation lookup shared by every site process', () => {
  it('refuses an innovation a published ingest removed on every server within seconds', async () => {
    expect(await statuses(removed, 'Dinas Kesehatan Kota')).toEqual([201, 201]);
    await client.index(LOOKUP_INDEX).deleteDocument(removed).waitTask();
    // Each server still remembers the innovation: the index alone does not tell them.
    expect(await statuses(removed, 'Dinas Pendidikan Kota')).toEqual([201, 201]);

    const store = await openDatabase(
      loadConfig({ DATA_DIR: data.path, DATABASE_URL: databaseUrl }),
    );
    const now = new Date().toISOString();
    await store.recordIngestRun({
      startedAt: now,
      finishedAt: now,
      status: 'ok',
      dryRun: false,
      published: true,
      inputs: ['data/samples/kipp'],
      total: 1,
      rejected: 0,
      warnings: 0,
      report: null,
    });
    await store.close();

    const published = Date.now();
    let answers = await statuses(removed, 'Dinas Sosial Kota');
    while (answers.some((status) => status !== 404) && Date.now() - published < 25_000) {
      await new Promise((done) => setTimeout(done, 500));
      answers = await statuses(removed, 'Dinas Sosial Kota');
    }
    expect(answers).toEqual([404, 404]);
    expect(Date.now() - published).toBeLessThan(20_000);
    expect(await statuses(kept, 'Dinas Perhubungan Kota')).toEqual([201, 201]);
  }, 60_000);
});
