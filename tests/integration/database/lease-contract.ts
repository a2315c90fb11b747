import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const nineThirty = '2026-12-07T09:00:30.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

/** The ingest lease and running runs, on every database (sqlite.test.ts, postgres.test.ts). */
export function describeLeaseContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Ingest lease contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    it('gives the lease to one holder until it expires or is released', async () => {
      expect(await store.currentIngestLease()).toBeUndefined();
      expect(await store.takeIngestLease('a', nine, ten)).toEqual({ taken: true });
      expect(await store.currentIngestLease()).toEqual({
        holder: 'a',
        acquiredAt: nine,
        expiresAt: ten,
      });
      const runId = await store.startIngestRun({
        startedAt: nine,
        dryRun: false,
        inputs: ['x.csv'],
        holder: 'a',
      });
      expect(await store.renewIngestLease('a', ten, runId)).toBe(true);
      await store.setIngestStage(runId, 'merging', nineThirty);
      expect(await store.takeIngestLease('b', nineThirty, eleven)).toEqual({
        taken: false,
        lease: { holder: 'a', runId, stage: 'merging', acquiredAt: nine, expiresAt: ten },
      });
      // Expired: the next holder takes it, and the first can no longer renew.
      expect(await store.takeIngestLease('b', ten, eleven)).toEqual({ taken: true });
      expect(await store.renewIngestLease('a', eleven)).toBe(false);
      await store.releaseIngestLease('a');
      expect((await store.takeIngestLease('c', ten, eleven)).taken).toBe(false);
      await store.releaseIngestLease('b');
      expect(await store.takeIngestLease('c', ten, eleven)).toEqual({ taken: true });
    });

    it('keeps a run running with its stage and publish step until it is finished', async () => {
      const id = await store.startIngestRun({
        startedAt: nine,
        dryRun: false,
        inputs: ['a.csv'],
        holder: 'a',
      });
      await store.setIngestStage(id, 'building', nineThirty);
      await store.setIngestPublishing(id, { build: 'x__build_1', task: 7 });
      expect(await store.runningIngestRuns()).toEqual([
        {
          id,
          startedAt: nine,
          seenAt: nineThirty,
          dryRun: false,
          inputs: ['a.csv'],
          holder: 'a',
          stage: 'building',
          publishing: { build: 'x__build_1', task: 7 },
        },
      ]);
      const [listed] = await store.ingestRuns(5);
      expect(listed).toMatchObject({ id, status: 'running', stage: 'building' });
      await store.finishIngestRun(id, {
        startedAt: nine,
        finishedAt: ten,
        status: 'failed',
        dryRun: false,
        published: false,
        inputs: ['a.csv'],
        total: 0,
        rejected: 0,
        warnings: 0,
        report: { error: 'cut short' },
        error: 'cut short',
      });
      expect(await store.runningIngestRuns()).toEqual([]);
      expect(await store.ingestRun(id)).toMatchObject({
        status: 'failed',
        stage: 'building',
        finishedAt: ten,
        error: 'cut short',
      });
    });
  });
}
