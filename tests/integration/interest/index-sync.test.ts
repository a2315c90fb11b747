import { createServer, connect, type Server } from 'node:net';
import { Meilisearch } from 'meilisearch';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infra/config.ts';
import { createIndexSync, type IndexSync } from '../../../src/infra/meilisearch/index-sync.ts';
import { openDatabase } from '../../../src/infra/database/open.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { allIds, ingestInto, INDEX, sampleGroups } from '../../helpers/ingest-into.ts';
import { freePort, startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { countsOf, documentOf, registrationOf, within } from './sync-fixtures.ts';
import { replicateInStore, testCode } from '../../helpers/replication.ts';

let meili: TestMeili;
let dir: TempDir;
let store: Database;
let ids: string[];
const syncs: IndexSync[] = [];
const logged: string[] = [];

beforeAll(async () => {
  meili = await startTestMeili();
  dir = await makeTempDir('index-sync');
  await ingestInto(meili.client, dir.path, sampleGroups);
  ids = await allIds(meili.client);
  store = await openDatabase(loadConfig({ DATA_DIR: dir.path }));
  // As the server does at start. The engine's first write to a freshly built index takes ~3-4 s
  // (its own set-up, whatever is written); from then on an update takes a few hundred ms.
  await store.register(registrationOf(innovation(9), 'Dinas Kesehatan Kota Semarang'));
  await syncWith(meili.client).reconcile();
}, 120_000);

afterAll(async () => {
  for (const sync of syncs) await sync.stop();
  await store.close();
  await meili.stop();
  await dir.remove();
});

function syncWith(client: Meilisearch, options: { delayMs?: number; retryMs?: number } = {}) {
  const sync = createIndexSync({
    client,
    indexUid: INDEX,
    store,
    log: (line) => logged.push(line),
    ...options,
  });
  syncs.push(sync);
  return sync;
}

/** The n-th innovation of the index, a different one for every test. */
const innovation = (n: number): string => ids[n * 7] ?? '';

describe('index sync', () => {
  it('puts a registration into the document within a few seconds, nothing else changed', async () => {
    const sync = syncWith(meili.client);
    const id = innovation(0);
    const before = await documentOf(meili.client, id);
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 0, replicationCount: 0 });
    await store.register(registrationOf(id, 'Dinas Kesehatan Kabupaten Cilacap'));
    sync.touch(id);
    const took = await within(3000, async () => {
      return (await countsOf(meili.client, id)).interestCount === 1;
    });
    expect(took).toBeLessThan(3000);
    expect(await documentOf(meili.client, id)).toEqual({ ...before, interestCount: 1 });
  });

  it('counts an agency registering twice once, and a second agency again', async () => {
    const sync = syncWith(meili.client);
    const id = innovation(1);
    await store.register(registrationOf(id, 'Dinas Pendidikan Kabupaten Cilacap'));
    await store.register(registrationOf(id, 'dinas  pendidikan kabupaten cilacap'));
    sync.touch(id);
    sync.touch(id);
    await sync.flush();
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 1, replicationCount: 0 });
    await store.register(registrationOf(id, 'Bappeda Kabupaten Cilacap'));
    sync.touch(id);
    await sync.flush();
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 2, replicationCount: 0 });
  });

  it('lowers the counts for hidden and withdrawn entries, and counts replications', async () => {
    const sync = syncWith(meili.client);
    const id = innovation(2);
    const first = await store.register(registrationOf(id, 'Dinas Sosial Kabupaten Cilacap'));
    const second = await store.register(registrationOf(id, 'RSUD Cilacap'));
    const moved = async (expected: { interestCount: number; replicationCount: number }) => {
      sync.touch(id);
      await sync.flush();
      expect(await countsOf(meili.client, id)).toEqual(expected);
    };
    await moved({ interestCount: 2, replicationCount: 0 });
    const implementation = await replicateInStore(store, second.registration.id, {
      confirm: false,
    });
    // Reported by the registrant only: not a replication yet.
    await moved({ interestCount: 2, replicationCount: 0 });
    const now = new Date().toISOString();
    const code = testCode(77);
    await store.decideEvidence({
      id: implementation,
      confirm: true,
      code,
      by: 'a',
      role: 'agency',
      now,
    });
    await moved({ interestCount: 2, replicationCount: 1 });
    await store.setHidden(first.registration.id, true, new Date().toISOString());
    await moved({ interestCount: 1, replicationCount: 1 });
    await store.setStage(second.registration.id, 'batal', new Date().toISOString());
    await moved({ interestCount: 0, replicationCount: 0 });
  });

  it('creates no document for an innovation that is not in the index', async () => {
    const sync = syncWith(meili.client);
    const { numberOfDocuments } = await meili.client.index(INDEX).getStats();
    await store.register(registrationOf('tidak-ada-di-katalog', 'Dinas Kominfo Cilacap'));
    sync.touch('tidak-ada-di-katalog');
    sync.touch(innovation(3));
    await sync.flush();
    await expect(documentOf(meili.client, 'tidak-ada-di-katalog')).rejects.toThrow(/not found/i);
    expect((await meili.client.index(INDEX).getStats()).numberOfDocuments).toBe(numberOfDocuments);
  });

  it('keeps what it could not send while the engine is down and sends it once it is up', async () => {
    const port = await freePort();
    const client = new Meilisearch({ host: `http://127.0.0.1:${port}`, apiKey: meili.masterKey });
    const sync = syncWith(client, { delayMs: 50, retryMs: 100 });
    const id = innovation(4);
    await store.register(registrationOf(id, 'Dinas Perhubungan Kabupaten Cilacap'));
    sync.touch(id);
    await within(5000, () => Promise.resolve(logged.some((line) => line.includes('wait'))));
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 0, replicationCount: 0 });
    // The lag a metric reports: one innovation waiting, for longer than the first retry.
    await new Promise((done) => setTimeout(done, 150));
    const waiting = sync.backlog();
    expect(waiting.innovations).toBe(1);
    expect(waiting.seconds).toBeGreaterThan(0.1);
    const proxy = await forward(port, new URL(meili.url).port);
    try {
      await sync.flush();
      expect(await countsOf(meili.client, id)).toEqual({ interestCount: 1, replicationCount: 0 });
      expect(sync.backlog()).toEqual({ innovations: 0, seconds: 0 });
      expect(logged.filter((line) => line.includes('wait'))).toHaveLength(1);
      expect(logged.some((line) => line.includes('applied again'))).toBe(true);
    } finally {
      proxy.close();
    }
  });

  it('reconciles every innovation with an entry, as at a start after a crash', async () => {
    const sync = syncWith(meili.client);
    const id = innovation(5);
    await store.register(registrationOf(id, 'Dinas Pertanian Kabupaten Cilacap'));
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 0, replicationCount: 0 });
    const updated = await sync.reconcile();
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 1, replicationCount: 0 });
    const withEntries = [...(await store.counts()).keys()];
    expect(updated).toBe(withEntries.filter((entry) => ids.includes(entry)).length);
  });

  it("ends at the store's counts when another process's older read is applied after its own", async () => {
    const id = innovation(6);
    await store.register(registrationOf(id, 'Dinas Sosial Kabupaten Cilacap'));
    // What a slower process read before the second agency registered.
    const olderRead = await store.counts([id]);
    await store.register(registrationOf(id, 'Dinas Koperasi Kabupaten Cilacap'));
    const faster = syncWith(meili.client);
    faster.touch(id);
    await faster.flush();
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 2, replicationCount: 0 });
    let reads = 0;
    const slower = createIndexSync({
      client: meili.client,
      indexUid: INDEX,
      store: {
        counts: (some) => (reads++ === 0 ? Promise.resolve(olderRead) : store.counts(some)),
        approvedUpdates: (some) => store.approvedUpdates(some),
      },
      log: (line) => logged.push(line),
    });
    syncs.push(slower);
    slower.touch(id);
    await slower.flush();
    expect(await countsOf(meili.client, id)).toEqual({ interestCount: 1, replicationCount: 0 });
    // Its older counts reached the engine last; it read the store again and sent them anew.
    const took = await within(5000, async () => {
      return (await countsOf(meili.client, id)).interestCount === 2;
    });
    expect(took).toBeLessThan(5000);
    expect(reads).toBeGreaterThanOrEqual(2);
  });

  it('logs no registrant data', () => {
    const text = logged.join('\n');
    expect(logged.length).toBeGreaterThan(0);
    for (const secret of ['sri.wahyuni@example.go.id', '3456 7890', 'Sri Wahyuni']) {
      expect(text).not.toContain(secret);
    }
  });
});

/** A TCP forwarder on `port` to the engine: the engine "comes back" at the sync's address. */
async function forward(port: number, target: string): Promise<Server> {
  const server = createServer((socket) => {
    const upstream = connect(Number(target), '127.0.0.1');
    socket.pipe(upstream).pipe(socket);
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return server;
}
