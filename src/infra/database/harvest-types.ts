import type { HarvestSchedule } from '../../lib/ingest-job/schema.ts';

/** An InoLAN base URL an administrator saved, harvested on its schedule. */
export interface HarvestSource {
  id: number;
  url: string;
  schedule: HarvestSchedule;
  createdBy: string;
  createdAt: string;
  /** When it is next queued (at once when saved). */
  nextDueAt: string;
  /** Its last harvest: the job, when it ended, how, and why it failed. */
  lastJobId?: number;
  lastRunAt?: string;
  lastStatus?: 'ok' | 'failed';
  lastError?: string;
}

export interface NewHarvestSource {
  url: string;
  schedule: HarvestSchedule;
  createdBy: string;
  now: string;
}

/**
 * Harvest sources: saved with a schedule, each due one queued as an ingest job by exactly one
 * site process (the claim moves it to its next due time), its last outcome kept for the page.
 */
export interface HarvestStore {
  /** Saves a source, due at once; undefined when that URL is saved already. */
  addHarvestSource(source: NewHarvestSource): Promise<HarvestSource | undefined>;
  /** Oldest first. */
  harvestSources(): Promise<HarvestSource[]>;
  harvestSource(id: number): Promise<HarvestSource | undefined>;
  removeHarvestSource(id: number): Promise<boolean>;
  /**
   * The oldest source due at `now`, moved to its next due time (`next[schedule]`): of several
   * processes asking at once, one gets it. Run it with the job it queues in one transaction.
   */
  claimDueHarvest(
    now: string,
    next: Readonly<Record<HarvestSchedule, string>>,
  ): Promise<HarvestSource | undefined>;
  /** How a source's last harvest ended (its job, and the error when it failed). */
  recordHarvestOutcome(
    id: number,
    outcome: { jobId: number; at: string; status: 'ok' | 'failed'; error?: string },
  ): Promise<void>;
}
