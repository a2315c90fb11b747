import { once } from 'node:events';
import { PassThrough } from 'node:stream';
import { toSearchDocument } from '../../src/lib/index/document.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';
import type { InterestCounts } from '../../src/infra/database/types.ts';
import { readNdjsonLines } from '../spool.ts';

/** Payloads stay well under Meilisearch's default 100 MB limit and keep memory small. */
export const BATCH_BYTES = 8 * 1024 * 1024;

/**
 * The search documents of the public records the merge wrote (NDJSON), as payloads of ~8 MB,
 * with the replication-interest counts of the database (the sources carry none: 0 without an
 * entry). Built as the engine takes them, so it indexes one payload while the next is made.
 */
export function documentBatches(
  innovations: string,
  counts: ReadonlyMap<string, InterestCounts> = new Map(),
): AsyncGenerator<string> {
  return batchLines(countedLines(innovations, counts), BATCH_BYTES);
}

async function* countedLines(
  innovations: string,
  counts: ReadonlyMap<string, InterestCounts>,
): AsyncGenerator<string> {
  for await (const line of readNdjsonLines(innovations)) {
    // Written by the merge from a checked record (this run's, or an earlier one's when reused).
    yield documentLine(line as Innovation, counts);
  }
}

/** A record's search document as an NDJSON line, with its counts from the database. */
function documentLine(innovation: Innovation, counts: ReadonlyMap<string, InterestCounts>): string {
  const document = toSearchDocument(innovation);
  const found = counts.get(document.id);
  document.interestCount = found?.interestCount ?? 0;
  document.replicationCount = found?.replicationCount ?? 0;
  return JSON.stringify(document);
}

/** Joins lines into NDJSON payloads of about `bytes` each. */
export async function* batchLines(
  lines: AsyncIterable<string>,
  bytes: number,
): AsyncGenerator<string> {
  let batch: string[] = [];
  let size = 0;
  for await (const line of lines) {
    batch.push(line);
    size += line.length + 1;
    if (size >= bytes) {
      yield batch.join('\n');
      batch = [];
      size = 0;
    }
  }
  if (batch.length > 0) yield batch.join('\n');
}

/**
 * The search documents of records as the merge builds them, to a publish that takes them as
 * ~8 MB payloads: `add` waits while the publish is a thousand documents behind, so memory stays
 * bounded whichever side is faster.
 */
export class DocumentFeed {
  private readonly lines = new PassThrough({ objectMode: true, highWaterMark: 1000 });
  private readonly counts: ReadonlyMap<string, InterestCounts>;

  constructor(counts: ReadonlyMap<string, InterestCounts> = new Map()) {
    this.counts = counts;
    // The failure reaches the publish through its iterator and `add` through `once`.
    this.lines.on('error', () => undefined);
  }

  async add(innovation: Innovation): Promise<void> {
    if (!this.lines.write(documentLine(innovation, this.counts))) await once(this.lines, 'drain');
  }

  end(): void {
    this.lines.end();
  }

  fail(error: unknown): void {
    this.lines.destroy(error instanceof Error ? error : new Error(String(error)));
  }

  batches(): AsyncGenerator<string> {
    return batchLines(this.lines, BATCH_BYTES);
  }
}
