import { readNdjsonLines } from '../spool.ts';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { toSearchDocument } from '../../src/lib/search/document.ts';

/** Payloads stay well under Meilisearch's default 100 MB limit and keep memory small. */
const BATCH_BYTES = 8 * 1024 * 1024;

/** The search documents of an NDJSON file of public records, as NDJSON payloads of ~8 MB. */
export async function* documentBatches(innovations: string): AsyncGenerator<string> {
  let lines: string[] = [];
  let bytes = 0;
  for await (const line of readNdjsonLines(innovations)) {
    const text = JSON.stringify(toSearchDocument(innovationSchema.parse(line)));
    lines.push(text);
    bytes += text.length + 1;
    if (bytes >= BATCH_BYTES) {
      yield lines.join('\n');
      lines = [];
      bytes = 0;
    }
  }
  if (lines.length > 0) yield lines.join('\n');
}
