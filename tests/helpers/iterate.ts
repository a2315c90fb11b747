import type { ReadProgress } from '../../ingest/readers/types.ts';

/** Every value of an async iterable, in order. */
export async function toArray<T>(values: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const value of values) all.push(value);
  return all;
}

/** An async iterable over fixed values, to feed a reader stage without a file. */
export async function* fromArray<T>(values: readonly T[]): AsyncGenerator<T> {
  for (const value of values) {
    await Promise.resolve();
    yield value;
  }
}

export interface RecordedProgress extends ReadProgress {
  totals: number[];
  /** The sum of every `advance` so far. */
  advanced: number;
}

/** A progress sink that remembers what a reader told it. */
export function recordProgress(): RecordedProgress {
  const recorded: RecordedProgress = {
    totals: [],
    advanced: 0,
    setTotal(total) {
      recorded.totals.push(total);
    },
    advance(amount) {
      recorded.advanced += amount;
    },
  };
  return recorded;
}

/** The promise's outcome, or a rejection when it has not settled after `ms`: a hang fails fast. */
export async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`did not settle within ${ms} ms`));
    }, ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
