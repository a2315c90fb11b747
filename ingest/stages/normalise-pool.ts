import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Normalised } from '../adapters/adapter.ts';
import type { Normaliser } from './normalise.ts';

/**
 * One worker per core but one: the reading, the merge and the engine need the rest (the
 * engine indexes while the merge builds), and one worker already frees the reading thread.
 */
export function poolSize(): number {
  return Math.max(1, availableParallelism() - 1);
}

/** A worker and the chunks it was given, answered in the order given. */
interface PoolWorker {
  worker: Worker;
  waiting: { resolve: (results: Normalised[]) => void; reject: (error: Error) => void }[];
  failed?: Error;
}

/**
 * `size` worker threads that normalise and validate chunks of items, each loading the
 * reference tables from `referenceDir` once. Chunks go round the workers; each chunk's
 * promise resolves with its results in order. A worker that dies fails its chunks and every
 * later one, with its error.
 */
export async function startNormalisePool(referenceDir: string, size: number): Promise<Normaliser> {
  const workers = await Promise.all(
    Array.from({ length: Math.max(1, size) }, () => startWorker(referenceDir)),
  );
  let next = 0;
  return {
    normalise: (programme, items) => {
      const target = workers[next % workers.length];
      next += 1;
      if (target === undefined) throw new Error('the normalise pool has no worker');
      if (target.failed) return Promise.reject(target.failed);
      return new Promise((resolve, reject) => {
        target.waiting.push({ resolve, reject });
        target.worker.postMessage({ programme, items });
      });
    },
    close: async () => {
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
    },
  };
}

async function startWorker(referenceDir: string): Promise<PoolWorker> {
  const worker = new Worker(new URL('./normalise-worker.ts', import.meta.url), {
    workerData: { referenceDir },
    // A worker holds the reference tables and a few chunks: a small heap, so that the ingest's
    // whole memory stays bounded (`npm run ingest` caps the main thread at 512 MB).
    resourceLimits: { maxOldGenerationSizeMb: 192 },
  });
  const entry: PoolWorker = { worker, waiting: [] };
  const fail = (error: Error) => {
    entry.failed = error;
    for (const waiting of entry.waiting.splice(0)) waiting.reject(error);
  };
  worker.on('error', fail);
  worker.on('exit', (code) => {
    fail(new Error(`a normalise worker exited (code ${String(code)})`));
  });
  await once(worker, 'message');
  worker.on('message', (results: Normalised[]) => {
    entry.waiting.shift()?.resolve(results);
  });
  return entry;
}
