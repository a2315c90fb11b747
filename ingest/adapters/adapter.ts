import type { RegionIndex } from '../../src/lib/regions/index.ts';
import type { Programme } from '../../src/lib/schema/enums.ts';
import type { SectorMapper } from '../../src/lib/taxonomy/mapper.ts';
import type { FetchOptions } from '../readers/fetch-page.ts';
import type { ReadLimits } from '../readers/limits.ts';
import type { ReadEvent, ReadProgress, SourceItem } from '../readers/types.ts';
import type { SourceRecord } from '../record.ts';
import type { Issue } from './collect.ts';

/** The reference tables every adapter normalises against. */
export interface Reference {
  regions: RegionIndex;
  sectors: SectorMapper;
}

export interface ReadContext {
  progress: ReadProgress;
  fetch?: FetchOptions;
  limits: ReadLimits;
}

/** What normalising one source item gives: a record unless an error rejects it. */
export interface Normalised {
  record?: SourceRecord;
  errors: Issue[];
  warnings: Issue[];
}

/**
 * One programme's export format. Reading streams items with their location; normalising turns
 * one item into the shared record shape. Adapters know nothing of merging or publishing.
 */
export interface Adapter {
  programme: Programme;
  /** File endings (lower case, with the dot) this adapter reads when given a folder. */
  extensions: readonly string[];
  /** Whether a http(s) URL is a valid input. */
  readsUrls: boolean;
  read(input: string, context: ReadContext): AsyncIterable<ReadEvent>;
  normalise(item: SourceItem, reference: Reference): Normalised;
}
