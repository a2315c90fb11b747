import type { Adapter, Reference } from '../../ingest/adapters/adapter.ts';
import type { FetchOptions } from '../../ingest/readers/fetch-page.ts';
import { DEFAULT_READ_LIMITS } from '../../ingest/readers/limits.ts';
import { silentProgress, type SourceItem } from '../../ingest/readers/types.ts';
import type { SourceRecord } from '../../ingest/record.ts';

/** Where a reader found something: spreadsheet row, NDJSON line, or page and item. */
export interface Location {
  row: number;
  page?: number;
}

export interface FoundIssue extends Location {
  field: string;
  reason: string;
}

export interface AcceptedRecord extends Location {
  record: SourceRecord;
}

export interface AdapterOutcome {
  accepted: AcceptedRecord[];
  rejected: FoundIssue[];
  warnings: FoundIssue[];
}

/**
 * Reads one input with an adapter and normalises every item, as the collect stage does but
 * without validating, spooling or merging: what the adapter alone gives, each with its location.
 * A part the reader could not read is rejected under the field `(record)`.
 */
export async function runAdapter(
  adapter: Adapter,
  input: string,
  reference: Reference,
  fetch?: FetchOptions,
): Promise<AdapterOutcome> {
  const outcome: AdapterOutcome = { accepted: [], rejected: [], warnings: [] };
  const read = adapter.read(input, {
    progress: silentProgress,
    limits: DEFAULT_READ_LIMITS,
    ...(fetch && { fetch }),
  });
  for await (const event of read) {
    if (event.kind === 'broken') {
      const { reason, ...where } = event.broken;
      outcome.rejected.push({ ...locationOf(where), field: '(record)', reason });
      continue;
    }
    const where = locationOf(event.item);
    const { record, errors, warnings } = adapter.normalise(event.item, reference);
    outcome.warnings.push(...warnings.map((issue) => ({ ...where, ...issue })));
    if (record) outcome.accepted.push({ ...where, record });
    else outcome.rejected.push(...errors.map((issue) => ({ ...where, ...issue })));
  }
  return outcome;
}

function locationOf({ row, page }: Pick<SourceItem, 'row' | 'page'>): Location {
  return page === undefined ? { row } : { row, page };
}
