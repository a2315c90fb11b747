/** A value made on first call and kept (the reference tables: a file read once per portal). */
export function lazy<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => {
    made ??= { value: make() };
    return made.value;
  };
}

/** A promise made on first call and kept; a failed one is forgotten, so the next call retries. */
export interface Retrying<T> {
  readonly get: () => Promise<T>;
  /** The value if it was made and did not fail, without making it. */
  readonly settled: () => Promise<T | undefined>;
  /** The value if it is made already (resolved), at once: for a reading that cannot wait. */
  readonly current: () => T | undefined;
}

export function retrying<T>(make: () => Promise<T>): Retrying<T> {
  let made: Promise<T> | undefined;
  let value: { of: Promise<T>; value: T } | undefined;
  return {
    get: () => {
      made ??= make().catch((error: unknown) => {
        made = undefined;
        throw error;
      });
      const making = made;
      void making.then(
        (resolved) => (value = { of: making, value: resolved }),
        () => undefined,
      );
      return made;
    },
    current: () => (value !== undefined && value.of === made ? value.value : undefined),
    settled: async () => (made === undefined ? undefined : made.catch(() => undefined)),
  };
}

/** Calls `report` at most once a minute: a store that is down fails every request, not news. */
export function everyMinuteAtMost<A>(
  report: (argument: A) => void,
  now: () => number = Date.now,
): (argument: A) => void {
  let last = -Infinity;
  return (argument) => {
    if (now() - last < 60_000) return;
    last = now();
    report(argument);
  };
}
