import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NewIngestJob } from '../../../src/infra/database/ingest-jobs-types.ts';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';
const eleven = '2026-12-07T11:00:00.000Z';

/** Bytes of a known pattern, longer than one stored part (1 MiB) when asked. */
function bytesOf(length: number, seed: number): Uint8Array {
  return Uint8Array.from({ length }, (_, index) => (index * 31 + seed) % 251);
}

function job(extra: Partial<NewIngestJob> = {}): NewIngestJob {
  return {
    programme: 'kipp',
    dryRun: true,
    files: [
      { name: 'kipp-2019.xlsx', type: 'xlsx', bytes: bytesOf(2_500_000, 1) },
      { name: 'kipp 2020;.csv', type: 'csv', bytes: bytesOf(10, 2) },
    ],
    createdBy: 'admin-token',
    now: nine,
    ...extra,
  };
}

async function bytesOfFile(store: Database, id: number, position: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const part of store.ingestJobFile(id, position)) parts.push(part);
  return Buffer.concat(parts);
}

/** The admin area's job queue, on every database (sqlite.test.ts, postgres.test.ts). */
export function describeIngestJobsContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Ingest job queue contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    it('queues a job with its files, whose bytes come back whole and in order', async () => {
      const id = await store.enqueueIngestJob(job());
      expect(await store.ingestJob(id)).toEqual({
        id,
        createdAt: nine,
        createdBy: 'admin-token',
        programme: 'kipp',
        dryRun: true,
        status: 'queued',
        files: [
          { position: 0, name: 'kipp-2019.xlsx', type: 'xlsx', size: 2_500_000 },
          { position: 1, name: 'kipp 2020;.csv', type: 'csv', size: 10 },
        ],
      });
      expect(Buffer.from(await bytesOfFile(store, id, 0)).equals(bytesOf(2_500_000, 1))).toBe(true);
      expect([...(await bytesOfFile(store, id, 1))]).toEqual([...bytesOf(10, 2)]);
      expect(await store.ingestJobCounts()).toEqual({ queued: 1, running: 0 });
      expect(await store.ingestJob(id + 1)).toBeUndefined();
    });

    it('gives the oldest queued job to one claimer, then none', async () => {
      const first = await store.enqueueIngestJob(job());
      const url = 'https://inolan.example/api/inovasi';
      const second = await store.enqueueIngestJob(
        job({ programme: 'inolan', url, files: [], dryRun: false }),
      );
      const claims = await Promise.all([
        store.claimIngestJob('a', ten),
        store.claimIngestJob('b', ten),
      ]);
      const ids = claims.map((claimed) => claimed?.id).sort();
      expect(ids).toEqual([first, second].sort());
      const claimedFirst = claims.find((claimed) => claimed?.id === first);
      expect(claimedFirst).toMatchObject({ status: 'running', startedAt: ten });
      expect(claimedFirst?.files).toHaveLength(2);
      expect(claims.find((claimed) => claimed?.id === second)).toMatchObject({
        programme: 'inolan',
        url,
        dryRun: false,
        files: [],
      });
      expect(await store.claimIngestJob('c', ten)).toBeUndefined();
      expect(await store.ingestJobCounts()).toEqual({ queued: 0, running: 2 });
    });

    it('keeps progress and the run, ends a job and forgets its bytes but not its files', async () => {
      const id = await store.enqueueIngestJob(job());
      await store.claimIngestJob('a', ten);
      await store.setIngestJobRun(id, 42);
      const progress = {
        stage: 'reading' as const,
        files: [
          {
            name: 'kipp-2019.xlsx',
            fraction: 0.5,
            done: false,
            read: 100,
            accepted: 99,
            rejected: 1,
            warnings: 0,
          },
        ],
      };
      expect(await store.reportIngestJobProgress(id, progress)).toEqual({ cancelRequested: false });
      expect(await store.ingestJob(id)).toMatchObject({ runId: 42, progress, holder: 'a' });
      await store.finishIngestJob(id, { status: 'done', now: eleven });
      expect(await store.ingestJob(id)).toMatchObject({ status: 'done', finishedAt: eleven });
      expect((await store.ingestJob(id))?.files).toHaveLength(2);
      expect(await bytesOfFile(store, id, 0)).toHaveLength(0);
    });

    it('cancels a queued job at once and asks a running one to stop', async () => {
      const queued = await store.enqueueIngestJob(job());
      const running = await store.enqueueIngestJob(job());
      expect(await store.cancelIngestJob(queued, 'admin-token', ten)).toBe('cancelled');
      expect(await store.ingestJob(queued)).toMatchObject({
        status: 'cancelled',
        cancelledBy: 'admin-token',
        finishedAt: ten,
      });
      expect(await bytesOfFile(store, queued, 0)).toHaveLength(0);
      expect((await store.claimIngestJob('a', ten))?.id).toBe(running);
      expect(await store.cancelIngestJob(running, 'someone@kemenpan.go.id', ten)).toBe('requested');
      expect(await store.cancelIngestJob(running, 'admin-token', eleven)).toBeUndefined();
      const answer = await store.reportIngestJobProgress(running, { stage: 'merging', files: [] });
      expect(answer).toEqual({ cancelRequested: true });
      expect(await store.ingestJob(running)).toMatchObject({
        status: 'running',
        cancelRequestedAt: ten,
        cancelledBy: 'someone@kemenpan.go.id',
      });
      await store.finishIngestJob(running, { status: 'cancelled', now: eleven });
      expect(await store.cancelIngestJob(running, 'admin-token', eleven)).toBeUndefined();
      expect(await store.cancelIngestJob(999_999, 'admin-token', eleven)).toBeUndefined();
    });

    it('marks running jobs cut short as failed and keeps the queue', async () => {
      const cut = await store.enqueueIngestJob(job());
      const waiting = await store.enqueueIngestJob(job());
      await store.claimIngestJob('a dead process', ten);
      expect(await store.failCutShortIngestJobs(eleven, ten, 'cut short')).toEqual([cut]);
      expect(await store.ingestJob(cut)).toMatchObject({
        status: 'failed',
        error: 'cut short',
        finishedAt: eleven,
      });
      expect(await bytesOfFile(store, cut, 0)).toHaveLength(0);
      expect(await store.ingestJob(waiting)).toMatchObject({ status: 'queued' });
      expect(await bytesOfFile(store, waiting, 1)).toHaveLength(10);
      expect((await store.claimIngestJob('b', eleven))?.id).toBe(waiting);
    });

    it('lists jobs newest first, each with its own files', async () => {
      const a = await store.enqueueIngestJob(job());
      const b = await store.enqueueIngestJob(
        job({ files: [{ name: 'x.csv', type: 'csv', bytes: bytesOf(3, 0) }] }),
      );
      const listed = await store.ingestJobs(10);
      expect(listed.map((listedJob) => listedJob.id)).toEqual([b, a]);
      expect(listed.map((listedJob) => listedJob.files.map((file) => file.name))).toEqual([
        ['x.csv'],
        ['kipp-2019.xlsx', 'kipp 2020;.csv'],
      ]);
      expect(await store.ingestJobs(1)).toHaveLength(1);
    });

    it('names who started a run in the history', async () => {
      const runId = await store.startIngestRun({
        startedAt: nine,
        dryRun: true,
        inputs: ['kipp-2019.xlsx'],
        holder: 'admin job 1 on host pid 1 #abcdef',
        startedBy: 'admin@kemenpan.go.id',
      });
      expect(await store.ingestRun(runId)).toMatchObject({
        holder: 'admin job 1 on host pid 1 #abcdef',
        startedBy: 'admin@kemenpan.go.id',
      });
    });
  });
}
