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
