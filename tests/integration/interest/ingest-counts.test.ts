import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../ingest/pipeline.ts';
import { createPublisher } from '../../../ingest/publish/index.ts';
import { silentProgress } from '../../../ingest/readers/types.ts';
import { runRecordedIngest } from '../../../ingest/recorded-run.ts';
import { indexSettings } from '../../../src/lib/index/settings.ts';
import { loadConfig, type Config } from '../../../src/infra/config.ts';
import { openDatabase } from '../../../src/infra/database/open.ts';
import { connectEngine, type EngineConnection } from '../../../src/infra/meilisearch/connect.ts';
import type { InterestCounts, Database } from '../../../src/infra/database/types.ts';
import { allIds, INDEX, sampleGroups } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { testReference } from '../../helpers/reference.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { countsOf, registrationOf } from './sync-fixtures.ts';
import { replicateInStore } from '../../helpers/replication.ts';

let meili: TestMeili;
let dir: TempDir;
let config: Config;
let engine: EngineConnection;
let store: Database;
let ids: string[];

const quiet = { log: () => undefined, warn: () => undefined };
const progress = () => ({ ...silentProgress, done: () => undefined });
const sample = { groups: sampleGroups, dryRun: false, replace: true, publish: true };

beforeAll(async () => {
  meili = await startTestMeili();
  dir = await makeTempDir('ingest-counts');
  config = loadConfig({
    DATA_DIR: dir.path,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
  });
  engine = await connectEngine(config, { startIfNeeded: false });
  await runRecordedIngest(sample, { config, engine, progress, logs: quiet });
  ids = await allIds(meili.client);
  store = await openDatabase(config);
}, 120_000);

afterAll(async () => {
  await store.close();
  await meili.stop();
  await dir.remove();
});

const none = { interestCount: 0, replicationCount: 0 };

describe('interest counts through a full re-ingest', () => {
  it('publishes the documents with the store counts', async () => {
    const [interested = '', replicated = '', untouched = ''] = ids;
    await store.register(registrationOf(interested, 'Dinas Kesehatan Kabupaten Cilacap'));
    await store.register(registrationOf(interested, 'Bappeda Kabupaten Cilacap'));
    const done = await store.register(registrationOf(replicated, 'RSUD Cilacap'));
    await replicateInStore(store, done.registration.id);
    // Reported by its registrant, never confirmed: interest, not a replication.
    const reported = await store.register(registrationOf(replicated, 'Bappeda Cilacap'));
    await replicateInStore(store, reported.registration.id, { confirm: false });
    await runRecordedIngest(sample, { config, engine, progress, logs: quiet });
    expect(await countsOf(meili.client, interested)).toEqual({ ...none, interestCount: 2 });
    expect(await countsOf(meili.client, replicated)).toEqual({
      interestCount: 2,
      replicationCount: 1,
    });
    expect(await countsOf(meili.client, untouched)).toEqual(none);
    expect(await allIds(meili.client)).toEqual(ids);
  });

  it('applies a registration made while the fresh index was built after the swap', async () => {
    const early = ids[3] ?? '';
    const late = ids[4] ?? '';
    await store.register(registrationOf(early, 'Dinas Pendidikan Kabupaten Cilacap'));
    // What the live index held when the publisher read the counts the second time (after the swap).
    let atSecondRead: Record<string, unknown> = {};
    let reads = 0;
    const interest = {
      async counts(): Promise<Map<string, InterestCounts>> {
        reads += 1;
        if (reads === 2) {
          atSecondRead = {
            early: await countsOf(meili.client, early),
            late: await countsOf(meili.client, late),
          };
        }
        const counts = await store.counts();
        if (reads === 1)
          await store.register(registrationOf(late, 'Dinas Sosial Kabupaten Cilacap'));
        return counts;
      },
    };
    await runPipeline(sampleGroups, {
      reference: await testReference(),
      dataDir: dir.path,
      dryRun: false,
      replace: true,
      now: new Date().toISOString(),
      progress,
      publish: createPublisher({
        client: meili.client,
        indexUid: INDEX,
        dataDir: dir.path,
        settings: indexSettings,
        counts: () => interest.counts(),
      }),
    });
    expect(reads).toBe(2);
    // Published with the counts read before the build; the late one not yet in the documents...
    expect(atSecondRead).toEqual({ early: { ...none, interestCount: 1 }, late: none });
    // ...and applied once the fresh index was live.
    expect(await countsOf(meili.client, late)).toEqual({ ...none, interestCount: 1 });
    expect(await countsOf(meili.client, early)).toEqual({ ...none, interestCount: 1 });
  });
});
