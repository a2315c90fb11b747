import type { Innovation } from '../../lib/schema/innovation.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import { csvHeader, csvRecord } from './csv.ts';
import { parseApiQuery } from './params.ts';
import { searchRecords, type RecordPage } from './records.ts';
import { invalidParameters, openDataRoute } from './route.ts';
import { shortCache } from '../search/api.ts';

/** Records read from the engine per request while a download streams. */
export const exportBatch = 1000;

export type ExportFormat = 'csv' | 'json';

/**
 * `GET /api/v1/innovations.csv|.json?<search parameters>`: every record of the search (the
 * whole catalogue without parameters), streamed a thousand at a time, so memory stays flat
 * however many there are. The first batch is read before answering: an engine that is down
 * gives 503, not a broken download, and `X-Total-Count` tells how many records follow.
 */
export function exportRoute(format: ExportFormat) {
  return openDataRoute(
    `export ${format}`,
    async ({ url }) => {
      const parsed = parseApiQuery(url.searchParams, 'filters');
      if (!parsed.success) return invalidParameters(parsed.errors);
      const state = parsed.query.state;
      const first = await searchRecords(state, 1, exportBatch);
      const body = format === 'csv' ? csvBody(state, first) : jsonBody(state, first);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypes[format],
          'Content-Disposition': `attachment; filename="${exportFilename(format)}"`,
          'X-Total-Count': String(first.total),
          ...shortCache,
        },
      });
    },
    'export',
  );
}

/** `inovasi-2026-11-22.csv`: the day of the download. */
export function exportFilename(format: ExportFormat, now = new Date()): string {
  return `inovasi-${now.toISOString().slice(0, 10)}.${format}`;
}

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

// --- internal ---

/** The header, then one line per record. */
function csvBody(state: SearchState, first: RecordPage): ReadableStream<Uint8Array> {
  return textStream(csvHeader(), records(state, first), (record) => csvRecord(record), '');
}

/** A JSON array of the public records, one to a line. */
function jsonBody(state: SearchState, first: RecordPage): ReadableStream<Uint8Array> {
  let separator = '\n';
  return textStream(
    '[',
    records(state, first),
    (record) => {
      const line = `${separator}${JSON.stringify(record)}`;
      separator = ',\n';
      return line;
    },
    '\n]\n',
  );
}

/** Every record of the search, in the search's order, a batch read at a time. */
async function* records(state: SearchState, first: RecordPage): AsyncGenerator<Innovation[]> {
  yield first.data;
  for (let page = 2; page <= first.totalPages; page++) {
    const next = await searchRecords(state, page, exportBatch);
    yield next.data;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : 'unknown error';
}

function textStream(
  head: string,
  batches: AsyncGenerator<Innovation[]>,
  line: (record: Innovation) => string,
  tail: string,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      controller.enqueue(encoder.encode(head));
    },
    async pull(controller) {
      let next: IteratorResult<Innovation[]>;
      try {
        next = await batches.next();
      } catch (error) {
        // The answer has begun: all that is left is to cut it, so the client sees a broken
        // transfer rather than a short file that looks whole.
        console.error(`open data export: stopped by a failed batch: ${messageOf(error)}`);
        controller.error(error);
        return;
      }
      if (next.done === true) {
        if (tail !== '') controller.enqueue(encoder.encode(tail));
        controller.close();
        return;
      }
      controller.enqueue(encoder.encode(next.value.map(line).join('')));
    },
    async cancel() {
      await batches.return(undefined);
    },
  });
}
