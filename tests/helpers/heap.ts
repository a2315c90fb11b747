import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
// A context made after the flag is set sees `gc`, without restarting node with --expose-gc.
const collect = runInNewContext('gc') as () => void;

/** Heap in use after a full collection: what is retained, not garbage waiting to be swept. */
export function retainedHeap(): number {
  collect();
  return process.memoryUsage().heapUsed;
}
