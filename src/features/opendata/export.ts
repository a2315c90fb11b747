import type { Innovation } from '../../lib/schema/innovation.ts';
import type { SearchState } from '../../lib/search/ui/state.ts';
import { slugify } from '../../lib/text/slug.ts';
import { siteOrigin } from '../innovation/urls.ts';
import { exportMeta, searchOf, type ExportMeta } from './export-meta.ts';
import { csvHeader, csvRecord } from './csv.ts';
import type { Portal } from '../../portal/types.ts';
import { searchRecords, type RecordPage } from './records.ts';
import { openDataEndpoint, withQuery } from './route.ts';

/** Records read from the engine per request while a download streams. */
export const exportBatch = 1000;

export type ExportFormat = 'csv' | 'json';

/**
 * `GET /api/v1/innovations.csv|.json?<search parameters>`: every record of the search (the
 * whole catalogue without parameters), streamed a thousand at a time, so memory stays flat
 * however many there are. The first batch is read before answering: an engine that is down
 * gives 503, not a broken download, and `X-Total-Count` tells how many records follow.
 */
export function exportEndpoint(format: ExportFormat) {
  return openDataEndpoint(
    `export ${format}`,
    withQuery('filters', async (portal, { state }, { url }) => {
      const first = await searchRecords(portal.search, state, 1, exportBatch);
      const records = allRecords(portal, state, first);
      const now = new Date();
      const meta = () => exportMeta(state, first.total, siteOrigin(url, portal.config), now);
      return {
        kind: 'download',
        body: format === 'csv' ? csvBody(records) : jsonBody(meta(), records),
        contentType: contentTypes[format],
        filename: exportFilename(format, state, now),
        cache: 'search',
        headers: { 'X-Total-Count': String(first.total) },
      };
    }),
    'export',
  );
}

/**
 * `inovasi-2026-11-22.csv` for everything, `inovasi-q-air-tahun-2019-2026-11-22.csv` for a
 * search: the file says which search and which day it holds.
 */
export function exportFilename(format: ExportFormat, state: SearchState, now = new Date()): string {
  const filter = slugify(searchOf(state)).slice(0, 80).replace(/-+$/, '');
  const day = now.toISOString().slice(0, 10);
  return `inovasi-${filter === '' ? '' : `${filter}-`}${day}.${format}`;
}

export const contentTypes: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

// --- internal ---

/** The header, then one line per record. */
function csvBody(records: AsyncGenerator<Innovation[]>): ReadableStream<Uint8Array> {
  return textStream(csvHeader(), records, (record) => csvRecord(record), '');
}

/** `{ "meta": …, "data": [ … ] }`: what the download is, then its records, one to a line. */
function jsonBody(
  meta: ExportMeta,
  records: AsyncGenerator<Innovation[]>,
): ReadableStream<Uint8Array> {
  let separator = '\n';
  return textStream(
    `{"meta":${JSON.stringify(meta)},"data":[`,
    records,
    (record) => {
      const line = `${separator}${JSON.stringify(record)}`;
      separator = ',\n';
      return line;
    },
    '\n]}\n',
  );
}

/** Every record of the search, in the search's order, a batch read at a time. */
async function* allRecords(
  portal: Pick<Portal, 'search' | 'log'>,
  state: SearchState,
  first: RecordPage,
): AsyncGenerator<Innovation[]> {
  yield first.data;
  for (let page = 2; page <= first.totalPages; page++) {
    try {
      yield (await searchRecords(portal.search, state, page, exportBatch)).data;
    } catch (error) {
      portal.log.error(`open data export: stopped by a failed batch: ${messageOf(error)}`);
      throw error;
    }
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
