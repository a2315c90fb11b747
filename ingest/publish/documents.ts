import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { toSearchDocument } from '../../src/lib/search/document.ts';
import { readNdjsonLines } from '../spool.ts';

/** Payloads stay well under Meilisearch's default 100 MB limit and keep memory small. */
export const BATCH_BYTES = 8 * 1024 * 1024;

/** The search documents of an NDJSON file of public records, as NDJSON payloads of ~8 MB. */
export function documentBatches(innovations: string): AsyncGenerator<string> {
  return batchLines(searchDocumentLines(innovations), BATCH_BYTES);
}

async function* searchDocumentLines(innovations: string): AsyncGenerator<string> {
  for await (const line of readNdjsonLines(innovations)) {
    yield JSON.stringify(toSearchDocument(innovationSchema.parse(line)));
  }
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
