import { parentPort, workerData } from 'node:worker_threads';
import { z } from 'zod';
import { loadReference } from '../reference/index.ts';
import { programmeSchema } from '../../src/lib/schema/enums.ts';
import type { SourceItem } from '../readers/types.ts';
import { normaliseItem } from './normalise.ts';

/** One normalising worker of `startNormalisePool`: chunks in, results out, in order. */
const { referenceDir } = z.object({ referenceDir: z.string() }).parse(workerData);
const reference = await loadReference(referenceDir);
const requestSchema = z.object({ programme: programmeSchema, items: z.array(z.unknown()) });

parentPort?.on('message', (message: unknown) => {
  const { programme, items } = requestSchema.parse(message);
  // The items were read by this run's readers in the parent: passed on as they are.
  const results = (items as SourceItem[]).map((item) => normaliseItem(programme, item, reference));
  parentPort?.postMessage(results);
});
parentPort?.postMessage('ready');
