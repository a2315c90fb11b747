/**
 * Waits this long for a clean stop (the site's answers drain for up to 5 s, then the portal
 * closes); past it the database is crash-safe and counts are reconciled at the next start.
 */
const STOP_WAIT_MS = 10_000;

/**
 * For a program's entry (never library code): on SIGTERM or SIGINT, runs `stop`, then dies of
 * the same signal as it would have without the handler. A stop that hangs is cut after a few
 * seconds; a second signal while stopping is not waited for either.
 */
export function stopOnSignal(stop: () => Promise<void>): void {
  let stopping = false;
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      if (stopping) return;
      stopping = true;
      const cut = setTimeout(() => process.kill(process.pid, signal), STOP_WAIT_MS);
      void stop()
        .catch(() => undefined)
        .finally(() => {
          clearTimeout(cut);
          process.kill(process.pid, signal);
        });
    });
  }
}
