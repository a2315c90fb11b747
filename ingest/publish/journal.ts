/**
 * A run's publish step as it is recorded before the engine is asked to change the live index:
 * a swap of a fresh build, or an update in place, then the engine task(s) once enqueued. A
 * later run or start that finds a run cut short with such a record asks the engine how the
 * task(s) ended and moves the run's staged stores into place, or discards them.
 */
export type PublishStep =
  | { kind: 'swap'; live: string; build: string; task?: number }
  | { kind: 'in-place'; live: string; tasks?: number[] };

export interface PublishJournal {
  /** Recorded before the engine is asked, then again with the task(s) it enqueued. */
  record(step: PublishStep): Promise<void>;
  /** The live index serves the run's results; its stores are not in place yet. */
  swapped(): Promise<void>;
}

/**
 * The journal as a session gives it to the engine's steps: a step a recovery would complete
 * (a swap, or an update in place with its tasks) is recorded only once the staged results are
 * whole (`assembled`), so a run killed then leaves nothing half-written to move into place.
 * An update in place is recorded before its first task without waiting: cut short then, the
 * index is rebuilt from the stores in place, whatever was staged.
 */
export function onceStaged(
  journal: PublishJournal | undefined,
  assembled: Promise<void>,
): PublishJournal | undefined {
  if (journal === undefined) return undefined;
  return {
    async record(step) {
      if (step.kind === 'swap' || step.tasks !== undefined) await assembled;
      await journal.record(step);
    },
    swapped: () => journal.swapped(),
  };
}
