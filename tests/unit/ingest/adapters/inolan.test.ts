import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inolanAdapter } from '../../../../ingest/adapters/inolan.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { startServer, type TestServer } from '../../../helpers/http-server.ts';
import { testReference } from '../../../helpers/reference.ts';
import { runAdapter, type AdapterOutcome } from '../../../helpers/run-adapter.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const located = ({ accepted, rejected }: AdapterOutcome) => ({
  accepted: accepted.map(({ page, row, record }) => [page, row, record.provenance.sourceId]),
  rejected: rejected.map(({ page, row, field }) => [page, row, field]),
});

describe('the InoLAN adapter on a base URL', () => {
  let server: TestServer;
  let calls = 0;

  beforeAll(async () => {
    const pages = [
      await readFile(fixture('inolan/page-1.json'), 'utf8'),
      await readFile(fixture('inolan/page-2.json'), 'utf8'),
    ];
    server = await startServer((url) => {
      calls += 1;
      // The first request fails: the adapter passes its retry options on to the reader.
      if (calls === 1) return { status: 502, body: 'Bad Gateway', type: 'text/plain' };
      const page = Number(url.searchParams.get('page'));
      return { status: 200, body: pages[page - 1] ?? '{"data": [], "meta": {"page": 3}}' };
    });
  });
  afterAll(async () => {
    await server.close();
  });

  it('reads URL?page=1, 2, ... as the page files read, until a page has no items', async () => {
    const outcome = await runAdapter(
      inolanAdapter,
      `${server.origin}/api/inovasi`,
      await testReference(),
      { retries: 2, minTimeout: 5 },
    );
    expect(located(outcome)).toEqual({
      accepted: [
        [1, 1, '101'],
        [1, 3, '103'],
        [2, 1, '201'],
        [2, 3, '203'],
      ],
      rejected: [
        [1, 2, 'instansi'],
        [2, 2, 'tahun'],
      ],
    });
    expect(server.requests).toEqual([
      '/api/inovasi?page=1',
      '/api/inovasi?page=1',
      '/api/inovasi?page=2',
      '/api/inovasi?page=3',
    ]);
  });

  it('says it reads URLs', () => {
    expect(inolanAdapter.readsUrls).toBe(true);
  });
});

describe('the InoLAN adapter on a page file without meta', () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir('inolan-pages');
  });
  afterAll(async () => {
    await temp.remove();
  });

  it('takes the page number from the last number in the file name', async () => {
    const page = JSON.parse(await readFile(fixture('inolan/page-2.json'), 'utf8')) as {
      data: unknown[];
    };
    const path = temp.file('inolan-2021-page-7.json');
    await writeFile(path, JSON.stringify(page.data));
    const outcome = await runAdapter(inolanAdapter, path, await testReference());
    expect(located(outcome)).toEqual({
      accepted: [
        [7, 1, '201'],
        [7, 3, '203'],
      ],
      rejected: [[7, 2, 'tahun']],
    });
  });
});
