import type { Adapter, Reference } from '../adapters/adapter.ts';
import type { Normalised } from '../adapters/adapter.ts';
import { inProcessNormaliser, type Normaliser } from './normalise.ts';
import { MergeGroups } from '../merge/groups.ts';
import { mergeKeysOf } from '../merge/keys.ts';
import type { FetchOptions } from '../readers/fetch-page.ts';
import type { ReadEvent, ReadProgress, SourceItem } from '../readers/types.ts';
import type { FileStats, LocatedIssue } from '../../src/lib/ingest-report.ts';
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
  progress: (file: string) => ReadProgress & { done(): void };
  fetch?: FetchOptions;
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
  try {
    for await (const event of adapter.read(file, {
      progress,
      ...(context.fetch && { fetch: context.fetch }),
    })) {
      chunk.push(event);
      if (chunk.length >= CHUNK_ITEMS) send();
      const oldest = inFlight.length >= CHUNKS_IN_FLIGHT ? inFlight.shift() : undefined;
      if (oldest) await take(oldest, file, stats, context);
    }
    if (chunk.length > 0) send();
    for (const pending of inFlight.splice(0)) await take(pending, file, stats, context);
  } finally {
    // A failure leaves no chunk's promise unobserved.
    for (const pending of inFlight) pending.results.catch(() => undefined);
    progress.done();
  }
  return stats;
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
