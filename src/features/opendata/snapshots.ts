import { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import { refused, type Outcome } from '../../http/endpoint.ts';
import { failures } from '../../http/failure.ts';
import type { SnapshotSummary } from '../../infra/database/snapshot-types.ts';
import type { Innovation } from '../../lib/schema/innovation.ts';
import type { Portal } from '../../portal/types.ts';
import { csvHeader, csvRecord } from './csv.ts';
import { dataAttribution, dataLicence } from './licence.ts';
import { openDataEndpoint } from './route.ts';

type SnapshotFormat = 'csv' | 'json';

/** `GET /data-terbuka/arsip/{day}.csv.gz`: the day's snapshot as CSV, gzip-compressed. */
export const snapshotCsvEndpoint = snapshotEndpoint('csv');
/** `GET /data-terbuka/arsip/{day}.json.gz`: the day's snapshot as `{ meta, data }`, gzipped. */
export const snapshotJsonEndpoint = snapshotEndpoint('json');

/** The dated snapshots, newest first, for the open-data page (none while the store is down). */
export async function listSnapshots(portal: Pick<Portal, 'database' | 'log'>) {
  try {
    return await (await portal.database()).snapshots();
  } catch (error) {
    portal.log.warn(`open data: the snapshots could not be listed (${String(error)})`);
    return [];
  }
}

// --- internal ---

const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A snapshot as stored (gzip NDJSON) turned into the format asked for and compressed again,
 * streamed: memory stays flat whatever the catalogue's size. Downloads take from the client's
 * download allowance, like the live exports.
 */
function snapshotEndpoint(format: SnapshotFormat) {
  return openDataEndpoint(
    `snapshot ${format}`,
    async ({ portal, params }): Promise<Outcome> => {
      const day = params.day ?? '';
      if (!dayPattern.test(day)) return refused(failures.notFound);
      const store = await portal.database();
      const summary = (await store.snapshots()).find((one) => one.day === day);
      const parts = summary && (await store.snapshotParts(day));
      if (summary === undefined || parts === undefined) return refused(failures.notFound);
      const lines = createInterface({ input: Readable.from(parts).pipe(createGunzip()) });
      const text = format === 'csv' ? csvText(lines) : jsonText(summary, lines);
      return {
        kind: 'download',
        body: Readable.toWeb(Readable.from(text).pipe(createGzip())) as ReadableStream<Uint8Array>,
        contentType: 'application/gzip',
        filename: `inovasi-arsip-${day}.${format}.gz`,
        cache: 'search',
        headers: { 'X-Total-Count': String(summary.records) },
      };
    },
    'export',
  );
}

async function* csvText(lines: AsyncIterable<string>): AsyncGenerator<string> {
  yield csvHeader();
  for await (const line of lines) {
    if (line.trim() !== '') yield csvRecord(JSON.parse(line) as Innovation);
  }
}

async function* jsonText(
  summary: SnapshotSummary,
  lines: AsyncIterable<string>,
): AsyncGenerator<string> {
  const meta = {
    version: summary.day,
    publishedAt: summary.publishedAt,
    total: summary.records,
    changes: summary.changes.counts,
    licence: dataLicence.url,
    attribution: dataAttribution,
  };
  yield `{"meta":${JSON.stringify(meta)},"data":[`;
  let separator = '\n';
  for await (const line of lines) {
    if (line.trim() === '') continue;
    yield `${separator}${line}`;
    separator = ',\n';
  }
  yield '\n]}\n';
}
