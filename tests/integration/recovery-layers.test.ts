import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recoverAtStart } from '../../ingest/recorded-run.ts';
import { loadConfig } from '../../src/infra/config.ts';
import { openDatabase } from '../../src/infra/database/open.ts';
import { connectEngine } from '../../src/infra/meilisearch/connect.ts';
import { startIngest } from '../helpers/ingest-process.ts';
import { writeBukittinggiCsv } from '../helpers/kipp-csv.ts';
import { startTestMeili, type TestMeili } from '../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

/**
 * A run killed while it publishes in place is settled at the next start by rebuilding the
 * index from the records. What the store lays over the documents must be there again after
 * the rebuild: an agency's approved status and the interest counts, as after any publish.
 */
let meili: TestMeili;
let dir: TempDir;
let recovered: string[];
const INDEX = 'layers';

function env(): Record<string, string> {
  return {
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX: INDEX,
    INGEST_LEASE_S: '3',
  };
}

async function idOf(title: string): Promise<string> {
  const lines = (await readFile(join(dir.path, 'innovations.ndjson'), 'utf8')).trim().split('\n');
  const found = lines
    .map((line) => JSON.parse(line) as { id: string; title: string })
    .find((record) => record.title === title);
  if (found === undefined) throw new Error(`no ${title}`);
  return found.id;
}

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('recovery-layers')]);
  const rows = Array.from({ length: 30 }, (_, n) => ({
    n: 200 + n,
    title: `Layanan Kota Nomor ${String(n + 1)}`,
  }));
  const first = await startIngest(
    ['kipp', await writeBukittinggiCsv(dir.path, 'first', rows)],
    env(),
  ).ended;
  expect(first.code, first.stderr).toBe(0);
  const id = await idOf('Layanan Kota Nomor 1');
  const store = await openDatabase(loadConfig(env()));
  const now = new Date().toISOString();
  const update = await store.submitUpdate({
    innovationId: id,
    agencyKey: 'pemerintah-kota-bukittinggi',
    status: 'berkembang',
    asOf: '2026-11-02',
    whatChanged: 'Diperluas ke semua kelurahan.',
    replication: { contact: { officeEmail: 'inovasi@bukittinggikota.go.id' }, documents: [] },
    submittedBy: 'rina@bukittinggikota.go.id',
    locale: 'id',
    now,
  });
  await store.approveUpdate(update.id, 'admin', now);
  await store.close();
  // One new row of 31: published in place, and killed as it publishes.
  const killed = startIngest(
    ['kipp', await writeBukittinggiCsv(dir.path, 'second', [{ n: 300, title: 'Layanan Baru' }])],
    {
      ...env(),
      INGEST_PAUSE_AT: 'publishing',
    },
  );
  await killed.printed(/ingest: paused at publishing/);
  killed.child.kill('SIGKILL');
  await killed.ended;
  await new Promise((resolve) => setTimeout(resolve, 3500));
  const config = loadConfig(env());
  const engine = await connectEngine(config, { startIfNeeded: false });
  recovered = [];
  await recoverAtStart(config, engine, (line) => recovered.push(line));
}, 180_000);

afterAll(async () => {
  await meili.stop();
  await dir.remove();
});

describe('an index rebuilt when a cut-short publish is settled', () => {
  it('is rebuilt from the records', () => {
    expect(recovered.join('\n')).toMatch(/was cut short during publishing.*index was rebuilt/s);
  });

  it('carries the approved agency status, as after a publish', async () => {
    const id = await idOf('Layanan Kota Nomor 1');
    const document = await meili.client.index(INDEX).getDocument(id);
    expect(document).toMatchObject({ status: 'berkembang', statusSource: 'agency' });
  });
});
