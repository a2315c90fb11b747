/** When a supervised engine that keeps ending is started again. */
export interface BackOffSchedule {
  /** The wait before the first restart after a crash. */
  firstMs: number;
  /** Doubled on each further attempt up to this. */
  maxMs: number;
  /** An engine that served this long before it ended starts the schedule again from the top. */
  stableMs: number;
}

/**
 * 1 s, 2 s, 4 s … 30 s: a crash is retried at once, an engine that cannot start (its port taken,
 * its disk full) is not restarted in a tight loop that would fill the log.
 */
export const RESTART_BACK_OFF: BackOffSchedule = {
  firstMs: 1_000,
  maxMs: 30_000,
  stableMs: 60_000,
};

/** The wait before restart attempt `attempt` (0 for the first) of one run of failures. */
export function restartDelayMs(attempt: number, schedule: BackOffSchedule): number {
  return Math.min(schedule.maxMs, schedule.firstMs * 2 ** attempt);
}

/** The attempts counted so far, after an engine that had served `upMs` ended. */
export function attemptsAfterExit(
  attempts: number,
  upMs: number,
  schedule: BackOffSchedule,
): number {
  return upMs >= schedule.stableMs ? 0 : attempts;
}
