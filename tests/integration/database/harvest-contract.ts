import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const nextDay = '2026-12-08T10:00:00.000Z';
const nextWeek = '2026-12-14T10:00:00.000Z';
const next = { daily: nextDay, weekly: nextWeek };

/** Harvest sources and their schedule, on every database (sqlite.test.ts, postgres.test.ts). */
export function describeHarvestContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Harvest source contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    const save = (url: string, schedule: 'daily' | 'weekly' = 'daily') =>
      store.addHarvestSource({ url, schedule, createdBy: 'admin-token', now: nine });

    it('saves a source once per URL, due at once, and removes it', async () => {
      const saved = await save('https://inolan.example/api/inovasi', 'weekly');
      expect(saved).toEqual({
        id: saved?.id,
        url: 'https://inolan.example/api/inovasi',
        schedule: 'weekly',
        createdBy: 'admin-token',
        createdAt: nine,
        nextDueAt: nine,
      });
      expect(await save('https://inolan.example/api/inovasi')).toBeUndefined();
      expect(await store.harvestSources()).toEqual([saved]);
      expect(await store.removeHarvestSource(saved?.id ?? 0)).toBe(true);
      expect(await store.removeHarvestSource(saved?.id ?? 0)).toBe(false);
      expect(await store.harvestSources()).toEqual([]);
    });

    it('gives each due source to one claimer, moved to its next due time', async () => {
      const daily = await save('https://a.example/api', 'daily');
      const weekly = await save('https://b.example/api', 'weekly');
      // Asked at once, then again until none is due: each source is given out exactly once.
      const claims = await Promise.all([1, 2, 3].map(() => store.claimDueHarvest(ten, next)));
      for (let claim = await store.claimDueHarvest(ten, next); claim !== undefined;) {
        claims.push(claim);
        claim = await store.claimDueHarvest(ten, next);
      }
      const claimed = claims.flatMap((claim) => (claim === undefined ? [] : [claim]));
      expect(claimed.map((source) => source.id).sort()).toEqual([daily?.id, weekly?.id].sort());
      expect(await store.harvestSource(daily?.id ?? 0)).toMatchObject({ nextDueAt: nextDay });
      expect(await store.harvestSource(weekly?.id ?? 0)).toMatchObject({ nextDueAt: nextWeek });
      expect(await store.claimDueHarvest(ten, next)).toBeUndefined();
      expect((await store.claimDueHarvest(nextDay, next))?.id).toBe(daily?.id);
    });

    it('keeps the last outcome of a source', async () => {
      const source = await save('https://a.example/api');
      const id = source?.id ?? 0;
      await store.recordHarvestOutcome(id, {
        jobId: 7,
        at: ten,
        status: 'failed',
        error: 'page 1: the page could not be fetched (HTTP 500)',
      });
      expect(await store.harvestSource(id)).toMatchObject({
        lastJobId: 7,
        lastRunAt: ten,
        lastStatus: 'failed',
        lastError: 'page 1: the page could not be fetched (HTTP 500)',
      });
      await store.recordHarvestOutcome(id, { jobId: 8, at: nextDay, status: 'ok' });
      const after = await store.harvestSource(id);
      expect(after).toMatchObject({ lastJobId: 8, lastStatus: 'ok' });
      expect(after?.lastError).toBeUndefined();
    });

    it('queues a harvest as an ingest job that names its source', async () => {
      const source = await save('https://a.example/api');
      const jobId = await store.enqueueIngestJob({
        programme: 'inolan',
        dryRun: false,
        url: source?.url ?? '',
        files: [],
        createdBy: 'harvest #1',
        harvestId: source?.id ?? 0,
        now: ten,
      });
      expect(await store.ingestJob(jobId)).toMatchObject({
        harvestId: source?.id,
        status: 'queued',
      });
    });
  });
}
