import type { Config } from '../src/infra/config.ts';
import type { Database } from '../src/infra/database/types.ts';
import type { EngineConnection } from '../src/infra/meilisearch/connect.ts';
import type { IngestStage } from '../src/lib/ingest-report.ts';
import type { HeldLease } from './lease.ts';
import type { InputGroup } from './pipeline.ts';
import type { FileProgress } from './progress.ts';

/** What one recorded ingest run is asked to do (`runRecordedIngest`). */
export interface IngestRun {
  groups: InputGroup[];
  dryRun: boolean;
  replace: boolean;
  publish: boolean;
  /** Build a new index whatever changed (else in place when few records changed). */
  full?: boolean;
  /** Wait while another run holds the ingest lease, instead of stopping (`--wait`). */
  wait?: boolean;
  /**
   * Stops the run while it reads or merges, or before it asks the engine to go live (an
   * administrator cancelled its job); its reason is the run's error. Once the publish step is
   * recorded the run goes on to its end: the live index is never left half-changed.
   */
  signal?: AbortSignal;
  /** What the history and the report call each input, by its path (an upload's own name). */
  names?: ReadonlyMap<string, string>;
}

export interface RunLogs {
  log: (line: string) => void;
  /** Problems that do not fail the run (the history could not be written). */
  warn: (line: string) => void;
}

/** What a run is given by its entry point (the CLI, `npm start`). */
export interface IngestContext {
  config: Config;
  /** The engine to publish to: the caller's, which it connected (and stops on a signal). */
  engine?: EngineConnection;
  progress: (file: string) => FileProgress;
  logs: RunLogs;
  /** Who runs it, as another run's "another ingest is running" names it (`cli` without it). */
  who?: string;
  /** The store to record in, left open (an admin job's); else one opened for the run. */
  store?: Database;
  /** The ingest lease, taken and released by the caller (an admin job); else taken for the run. */
  lease?: HeldLease;
  /** The administrator who started the run from the admin area, for the history. */
  startedBy?: string;
  /** Told the run's id as soon as the history holds it. */
  onRun?: (runId: number) => Promise<void>;
  /** Told each stage the run enters (an admin job's progress). */
  onStage?: (stage: IngestStage) => void;
}
