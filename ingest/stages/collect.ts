import type { Adapter, Reference } from '../adapters/adapter.ts';
import type { Normalised } from '../adapters/adapter.ts';
import { inProcessNormaliser, type Normaliser } from './normalise.ts';
import { MergeGroups } from '../merge/groups.ts';
import { mergeKeysOf } from '../merge/keys.ts';
import type { FetchOptions } from '../readers/fetch-page.ts';
import { DEFAULT_READ_LIMITS, type ReadLimits } from '../readers/limits.ts';
import { InputError, type ReadEvent, type SourceItem } from '../readers/types.ts';
import type { FileStats, LocatedIssue } from '../../src/lib/ingest-report.ts';
import type { FileProgress } from '../progress.ts';
import type { NdjsonWriter } from '../spool.ts';

export interface CollectContext {
  reference: Reference;
  /** Normalises on worker threads; in this thread with `reference` without it. */
  normaliser?: Normaliser;
  spool: NdjsonWriter;
  /** A dry run's merge groups, counted as records are read (a real run merges later). */
  groups?: MergeGroups;
  rejected: LocatedIssue[];
  warnings: LocatedIssue[];
  progress: (file: string) => FileProgress;
  fetch?: FetchOptions;
  /** What one file may make a reader hold; the defaults without it. */
  limits?: ReadLimits;
  /** Stops reading when aborted (its reason is thrown). */
  signal?: AbortSignal;
}

/** Items per chunk sent to normalise: enough to make a message to a worker worth its cost. */
const CHUNK_ITEMS = 250;
/** Chunks normalising at once: keeps every worker busy while bounding what is held. */
const CHUNKS_IN_FLIGHT = 4;

/**
 * Read → normalise → validate for one input. Items are read here and normalised in chunks by
 * `context.normaliser` (worker threads in a real run) while the next are read; results are
 * taken in reading order. Every accepted record goes to the spool and into the merge groups;
 * every rejected one is reported where it was found, and the file goes on.
 */
export async function collectFile(
  adapter: Adapter,
  file: string,
  context: CollectContext,
): Promise<FileStats> {
  const stats: FileStats = {
    file,
    programme: adapter.programme,
    read: 0,
    accepted: 0,
    rejected: 0,
    warnings: 0,
  };
  const progress = context.progress(file);
  const normaliser = context.normaliser ?? inProcessNormaliser(context.reference);
  const inFlight: Chunk[] = [];
  let chunk: ReadEvent[] = [];
  const send = () => {
    const items = chunk.flatMap((event) => (event.kind === 'item' ? [event.item] : []));
    inFlight.push({ events: chunk, results: normaliser.normalise(adapter.programme, items) });
    chunk = [];
  };
  const read = adapter.read(file, {
    progress,
    limits: context.limits ?? DEFAULT_READ_LIMITS,
    ...(context.fetch && { fetch: context.fetch }),
  });
  try {
    for await (const event of readToTheEnd(read)) {
      context.signal?.throwIfAborted();
      chunk.push(event);
      if (chunk.length >= CHUNK_ITEMS) send();
      const oldest = inFlight.length >= CHUNKS_IN_FLIGHT ? inFlight.shift() : undefined;
      if (oldest) {
        await take(oldest, file, stats, context);
        progress.counted?.(stats);
      }
    }
    if (chunk.length > 0) send();
    for (const pending of inFlight.splice(0)) await take(pending, file, stats, context);
    progress.counted?.(stats);
  } finally {
    // A failure leaves no chunk's promise unobserved.
    for (const pending of inFlight) pending.results.catch(() => undefined);
    progress.done();
  }
  return stats;
}

/**
 * The reader's events, and a reader's failure as one last broken event after the last row it
 * read: a file that breaks a parser (an entry the XML does not define, a quote never closed, a
 * limit) costs the rest of that file, never the run. A file that cannot be opened at all is
 * still an InputError, which stops the run before anything is written.
 */
async function* readToTheEnd(events: AsyncIterable<ReadEvent>): AsyncGenerator<ReadEvent> {
  let row = 0;
  try {
    for await (const event of events) {
      row = event.kind === 'item' ? event.item.row : Math.max(row, event.broken.row);
      yield event;
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    const reason = `the file could not be read after row ${String(row)} (${why})`;
    yield { kind: 'broken', broken: { row: 0, reason } };
  }
}

/** Events read and, for their items in order, what normalising them gives. */
interface Chunk {
  events: ReadEvent[];
  results: Promise<Normalised[]>;
}

async function take(
  chunk: Chunk,
  file: string,
  stats: FileStats,
  context: CollectContext,
): Promise<void> {
  const results = await chunk.results;
  let next = 0;
  for (const event of chunk.events) {
    if (event.kind === 'broken') {
      const { row, page, reason } = event.broken;
      stats.read += row === 0 ? 0 : 1;
      stats.rejected += 1;
      context.rejected.push({ file, row, ...(page && { page }), field: '(record)', reason });
      continue;
    }
    const normalised = results[next];
    next += 1;
    if (normalised === undefined) throw new Error(`no normalised result for row ${event.item.row}`);
    stats.read += 1;
    const locate = located(file, event.item);
    context.warnings.push(...normalised.warnings.map(locate));
    stats.warnings += normalised.warnings.length;
    if (!normalised.record) {
      stats.rejected += 1;
      context.rejected.push(...normalised.errors.map(locate));
      continue;
    }
    stats.accepted += 1;
    context.groups?.add(mergeKeysOf(normalised.record));
    await context.spool.write(normalised.record);
  }
}

function located(file: string, item: SourceItem) {
  return (issue: { field: string; reason: string }): LocatedIssue => ({
    file,
    row: item.row,
    ...(item.page && { page: item.page }),
    ...issue,
  });
}
