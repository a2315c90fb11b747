/** What a program's entry stops when it ends. */
export interface Stoppable {
  /** A clean stop, awaited on SIGINT and SIGTERM. */
  stop: () => Promise<void>;
  /** A last resort when the process exits without a clean stop: synchronous, no waiting. */
  stopNow: () => void;
}

const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * For a program's entry (never library code): on SIGINT or SIGTERM, stops `target` and exits
 * with 130 or 143; a second signal while stopping kills at once. On any exit (an uncaught error,
 * `process.exit`) the target is stopped synchronously, so no engine outlives its parent. Returns
 * a function that removes the handlers.
 */
export function stopOnExit(
  target: Stoppable,
  log: (line: string) => void = () => undefined,
): () => void {
  let stopping = false;
  const onSignal = (signal: keyof typeof SIGNAL_EXIT_CODES): void => {
    if (stopping) {
      target.stopNow();
      process.exit(SIGNAL_EXIT_CODES[signal]);
    }
    stopping = true;
    log(`${signal}: stopping...`);
    target.stop().then(
      () => process.exit(SIGNAL_EXIT_CODES[signal]),
      (error: unknown) => {
        log(`could not stop cleanly: ${String(error)}`);
        target.stopNow();
        process.exit(1);
      },
    );
  };
  const onExit = (): void => {
    target.stopNow();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  process.on('exit', onExit);
  return (): void => {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', onExit);
  };
}
