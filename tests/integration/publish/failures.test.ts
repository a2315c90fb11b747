import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteStaleBuilds, publishIndex } from '../../../ingest/publish/index-swap.ts';
import { TaskFailedError } from '../../../ingest/publish/tasks.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { loadConfig } from '../../../src/infra/config.ts';
import { startEmbedded, type EmbeddedEngine } from '../../../src/infra/meilisearch/embedded.ts';
import { allIds, INDEX, ingestInto, sampleGroups } from '../../helpers/ingest-into.ts';
import { fromArray } from '../../helpers/iterate.ts';
import { freePort, projectBinary } from '../../helpers/meili.ts';

let dataDir: string;
let port: number;
let engine: EmbeddedEngine;
let client: Meilisearch;
let liveIds: string[];

/** An engine on a data folder that survives it, so a crashed engine can be started again. */
async function start(): Promise<void> {
  const config = loadConfig({ DATA_DIR: dataDir, MEILI_PORT: String(port) });
  engine = await startEmbedded(config, { binary: await projectBinary() });
  client = new Meilisearch({ host: engine.url, apiKey: engine.masterKey });
}

async function searchable(): Promise<number> {
  return (await client.index(INDEX).search('puskesmas', { limit: 1 })).hits.length;
}

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'publish-failures-'));
  port = await freePort();
  await start();
  await ingestInto(client, dataDir, sampleGroups);
  liveIds = await allIds(client);
}, 180_000);

afterAll(async () => {
  await engine.stop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('a publish that fails half-way', () => {
  it('on a failing task leaves the live index as it was, and says which task failed', async () => {
    // Meilisearch accepts the payload, then fails the task: an id may not hold spaces.
    const batches = fromArray([JSON.stringify({ id: 'a valid id-1', title: 'x' })]);
    const run = publishIndex(client, INDEX, batches, indexSettings, 'broken');
    await expect(run).rejects.toBeInstanceOf(TaskFailedError);
    await expect(run).rejects.toThrow(/add documents \(task \d+\) failed: invalid_document_id/);
    expect(await allIds(client)).toEqual(liveIds);
    expect(await searchable()).toBeGreaterThan(0);
    const { results } = await client.getRawIndexes();
    expect(results.map((index) => index.uid)).toEqual([INDEX]);
  }, 60_000);

  it('on a merge that fails while the fresh index is fed deletes it and keeps the live one', async () => {
    // A stored record the merge cannot make a valid public record of (the stores are trusted
    // as written, so only the merge's check finds it), after the fresh index was created.
    const store = join(dataDir, 'sources', 'inolan.ndjson');
    const before = await readFile(store, 'utf8');
    const [first = ''] = before.split('\n');
    const broken = { ...(JSON.parse(first) as Record<string, unknown>), sdgs: [99] };
    await appendFile(store, `${JSON.stringify(broken)}\n`);
    try {
      const kipp = sampleGroups.filter((group) => group.programme === 'kipp');
      await expect(ingestInto(client, dataDir, kipp)).rejects.toThrow(/sdgs/);
      expect(await allIds(client)).toEqual(liveIds);
      const { results } = await client.getRawIndexes();
      expect(results.map((index) => index.uid)).toEqual([INDEX]);
    } finally {
      await writeFile(store, before);
    }
  }, 60_000);

  it('on a killed engine leaves the live index intact and searchable; a re-run then succeeds', async () => {
    const run = ingestInto(client, dataDir, sampleGroups, { replace: true });
    // Kill the engine once the fresh index exists, while documents are going in.
    for (let tries = 0; tries < 600; tries += 1) {
      const { results } = await client.getRawIndexes().catch(() => ({ results: [] }));
      if (results.some((index) => index.uid.startsWith(`${INDEX}__build_`))) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    engine.kill();
    await engine.exited;
    await expect(run).rejects.toThrow(/cannot be reached/);
    await start();
    expect(await allIds(client)).toEqual(liveIds);
    expect(await searchable()).toBeGreaterThan(0);
    await ingestInto(client, dataDir, sampleGroups, { replace: true });
    expect(await allIds(client)).toEqual(liveIds);
    // A run deletes only its own build: the killed one's is cleared by a holder of the ingest
    // lease (the next recorded run or start, tests/integration/ingest-lease.test.ts).
    await deleteStaleBuilds(client, INDEX);
    const { results } = await client.getRawIndexes();
    expect(results.map((index) => index.uid)).toEqual([INDEX]);
  }, 240_000);
});
