import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteDatabase } from '../../../src/infra/database/sqlite.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import { createPeriodicJob } from '../../../src/infra/jobs/periodic.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/*
 * The reminders' job as several processes run it on one store (two connections to one SQLite
 * file stand for two processes): each round, exactly one of them runs it, and the holder keeps
 * it round after round while it lives.
 */
let dir: TempDir;
let stores: Database[];

beforeAll(async () => {
  dir = await makeTempDir('reminder-job');
  stores = [1, 2, 3].map(() => openSqliteDatabase(dir.file('interest.sqlite')));
  await Promise.resolve();
});
afterAll(async () => {
  await Promise.all(stores.map((store) => store.close()));
  await dir.remove();
});

describe('a periodic job shared by several processes', () => {
  it('runs each round in one process only, the same one while it lives', async () => {
    const runs: number[] = [];
    const jobs = stores.map((store, n) =>
      createPeriodicJob({
        name: 'agency-reminders',
        everyMs: 60_000,
        store: () => Promise.resolve(store),
        run: () => {
          runs.push(n);
          return Promise.resolve();
        },
        log: () => undefined,
      }),
    );
    for (let round = 0; round < 4; round++) {
      const ran = await Promise.all(jobs.map((job) => job.tick()));
      expect(ran.filter(Boolean)).toHaveLength(1);
    }
    expect(new Set(runs).size).toBe(1);
    expect(runs).toHaveLength(4);
    await Promise.all(jobs.map((job) => job.stop()));
  });
});
