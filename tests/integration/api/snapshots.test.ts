import { gunzipSync } from 'node:zlib';
import { parse as parseCsv } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/infra/config.ts';
import {
  snapshotCsvEndpoint,
  snapshotJsonEndpoint,
} from '../../../src/features/opendata/snapshots.ts';
import type { Endpoint } from '../../../src/http/endpoint.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { INDEX } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { runScript, type CliRun } from '../../helpers/run-cli.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

/**
 * Dated snapshots end to end on the server side: `npm run ingest -- --sample` publishes and
 * stores the day's snapshot, and the open-data downloads give it back, as CSV and as JSON,
 * one record per innovation of the index.
 */
let meili: TestMeili;
let dir: TempDir;
let portal: Portal;
let ingest: CliRun;
let indexed: number;
const day = new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  [meili, dir] = await Promise.all([startTestMeili(), makeTempDir('snapshots')]);
  const env = { DATA_DIR: dir.path, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey };
  ingest = await runScript('ingest/cli.ts', ['--sample'], { ...env, MEILI_INDEX: INDEX });
  indexed = (await meili.client.index(INDEX).getStats()).numberOfDocuments;
  portal = testPortal(loadConfig({ ...env, MEILI_INDEX: INDEX, RATE_LIMIT_READS: '1000' }));
}, 300_000);

afterAll(async () => {
  await portal.close();
  await meili.stop();
  await dir.remove();
});

function download(endpoint: Endpoint<Portal>, name: string): Promise<Response> {
  const url = new URL(`/data-terbuka/arsip/${name}`, 'http://portal.test');
  return endpoint(
    {
      request: new Request(url),
      url,
      params: { day: name.replace(/\.(csv|json)\.gz$/, '') },
      clientAddress: '127.0.0.1',
    },
    portal,
  );
}

describe('dated snapshots', () => {
  it("are taken by a publishing ingest, which says what the day's changelog holds", () => {
    expect(ingest.code).toBe(0);
    expect(indexed).toBeGreaterThan(2000);
    expect(ingest.stdout).toContain(
      `snapshot ${day}: ${String(indexed)} records (${String(indexed)} added, 0 changed, 0 removed)`,
    );
  });

  it('give the day back as gzip CSV, one row per innovation of the index', async () => {
    const answer = await download(snapshotCsvEndpoint, `${day}.csv.gz`);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/gzip');
    expect(answer.headers.get('content-disposition')).toBe(
      `attachment; filename="inovasi-arsip-${day}.csv.gz"`,
    );
    expect(answer.headers.get('link')).toContain('rel="license"');
    const text = gunzipSync(Buffer.from(await answer.arrayBuffer())).toString('utf8');
    const rows: Record<string, string>[] = parseCsv(text, { bom: true, columns: true });
    expect(rows).toHaveLength(indexed);
    const ids = new Set(rows.map((row) => row.id));
    expect(ids.size).toBe(indexed);
  });

  it('give the day back as gzip JSON with its version, licence and changelog counts', async () => {
    const answer = await download(snapshotJsonEndpoint, `${day}.json.gz`);
    expect(answer.status).toBe(200);
    const body = JSON.parse(gunzipSync(Buffer.from(await answer.arrayBuffer())).toString()) as {
      meta: Record<string, unknown>;
      data: { id: string; title: string }[];
    };
    expect(body.meta).toMatchObject({
      version: day,
      total: indexed,
      changes: { added: indexed, changed: 0, removed: 0 },
      licence: 'https://creativecommons.org/licenses/by/4.0/',
    });
    expect(body.data).toHaveLength(indexed);
    const [first] = body.data;
    const stored = await meili.client.index(INDEX).getDocument(first?.id ?? '');
    expect(stored.title).toBe(first?.title);
  });

  it('answer 404 for a day without a snapshot and for anything that is not a day', async () => {
    for (const name of ['2001-01-01.csv.gz', 'kemarin.json.gz', '..%2Fetc.csv.gz']) {
      const answer = await download(snapshotCsvEndpoint, name);
      expect(answer.status).toBe(404);
      expect(answer.headers.get('content-type')).toContain('application/json');
    }
  });
});
