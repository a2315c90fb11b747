import { writeFile } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inolanAdapter } from '../../../../ingest/adapters/inolan.ts';
import type { FetchOptions } from '../../../../ingest/readers/fetch-page.ts';
import { readPagedUrl } from '../../../../ingest/readers/pages.ts';
import { silentProgress, type ReadEvent } from '../../../../ingest/readers/types.ts';
import { collectInput } from '../../../helpers/collect.ts';
import { pageReply, startHandlerServer, type TestServer } from '../../../helpers/http-server.ts';
import { toArray } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

/**
 * InoLAN URLs served by real local servers that misbehave: each run ends within its limits
 * with a failure reported at its page, and nothing is left waiting.
 */
const MB = 1_000_000;
let home: TestServer;
let elsewhere: TestServer;
let temp: TempDir;
/** Bytes the oversized page had sent when the client went away. */
let oversizedSent = 0;

function reply(response: ServerResponse, status: number, body: string, headers = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(body);
}

/** A page that would be 64 MB, written as fast as the client reads, until it goes away. */
function oversized(response: ServerResponse): void {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  response.writeHead(200, { 'content-type': 'application/json' });
  response.write('{"data": [{"id": 1, "deskripsi": "');
  let closed = false;
  response.on('close', () => {
    closed = true;
  });
  const pump = () => {
    while (!closed && oversizedSent < 64 * MB) {
      oversizedSent += chunk.length;
      if (!response.write(chunk)) {
        response.once('drain', pump);
        return;
      }
    }
    if (!closed) response.end('"}]}');
  };
  pump();
}

beforeAll(async () => {
  temp = await makeTempDir('hostile-fetch');
  elsewhere = await startHandlerServer((url, _request, response) => {
    const page = Number(url.searchParams.get('page'));
    const { status, body } = pageReply(page, page === 1 ? [{ id: 7 }] : [], 1);
    reply(response, status, body);
  });
  home = await startHandlerServer((url, _request, response) => {
    const page = Number(url.searchParams.get('page'));
    switch (url.pathname) {
      case '/to-elsewhere': {
        reply(response, 302, '', { location: `${elsewhere.origin}/inovasi${url.search}` });
        return;
      }
      case '/to-file': {
        reply(response, 301, '', { location: 'file:///etc/passwd' });
        return;
      }
      case '/moved': {
        reply(response, 308, '', { location: `/inovasi${url.search}` });
        return;
      }
      case '/inovasi': {
        const { status, body } = pageReply(page, page === 1 ? [{ id: 1 }] : [], 1);
        reply(response, status, body);
        return;
      }
      case '/ignores-page': {
        const { status, body } = pageReply(1, [{ id: 1 }, { id: 2 }], 2);
        reply(response, status, body);
        return;
      }
      case '/endless': {
        const { status, body } = pageReply(page, [{ id: page }], 1_000_000);
        reply(response, status, body);
        return;
      }
      case '/declared-too-big': {
        reply(response, 200, '{"data": []}', { 'content-length': String(50 * MB) });
        return;
      }
      case '/oversized': {
        oversized(response);
        return;
      }
      case '/never-answers':
        return; // The request is read and never answered; the socket stays open.
      default: {
        reply(response, 404, '');
        return;
      }
    }
  });
});
afterAll(async () => {
  await Promise.all([home.close(), elsewhere.close(), temp.remove()]);
});

const quick: FetchOptions = {
  retries: 2,
  minTimeout: 10,
  limits: { requestTimeoutMs: 300, runTimeoutMs: 5000, maxPageBytes: MB, maxPages: 5 },
};

function read(path: string, options: FetchOptions = quick): Promise<ReadEvent[]> {
  return toArray(readPagedUrl(`${home.origin}${path}`, silentProgress, options));
}

function requestsTo(server: TestServer, path: string): string[] {
  return server.requests.filter((request) => request.startsWith(path));
}

function broken(page: number, reason: string): ReadEvent {
  return { kind: 'broken', broken: { row: 0, page, reason } };
}

function item(page: number, id: number): ReadEvent {
  return { kind: 'item', item: { row: 1, page, fields: { id } } };
}

describe('fetching an InoLAN URL with manners', () => {
  it('follows a redirect within the origin', async () => {
    expect(await read('/moved')).toEqual([item(1, 1)]);
  });

  it('refuses a redirect to another origin unless the configuration allows it', async () => {
    expect(await read('/to-elsewhere')).toEqual([
      broken(
        1,
        `the page could not be fetched (redirected to another origin (${elsewhere.origin}), which is not allowed)`,
      ),
    ]);
    expect(requestsTo(elsewhere, '/inovasi')).toEqual([]);
    expect(requestsTo(home, '/to-elsewhere')).toHaveLength(1);
    const allowed = { ...quick, limits: { ...quick.limits, redirectOrigins: [elsewhere.origin] } };
    expect(await read('/to-elsewhere', allowed)).toEqual([item(1, 7)]);
  });

  it('refuses a redirect to anything but http(s), and a URL that is not http(s)', async () => {
    expect(await read('/to-file')).toEqual([
      broken(
        1,
        'the page could not be fetched (redirected to file: (only http and https are fetched))',
      ),
    ]);
    const ftp = await toArray(readPagedUrl('ftp://127.0.0.1/inovasi', silentProgress, quick));
    expect(ftp).toEqual([broken(1, 'only http and https are fetched')]);
  });

  it('stops at the page that repeats the one before, with two requests', async () => {
    const { stats, rejected, records } = await collectInput(
      inolanAdapter,
      `${home.origin}/ignores-page`,
      temp,
      quick,
    );
    expect(requestsTo(home, '/ignores-page')).toEqual([
      '/ignores-page?page=1',
      '/ignores-page?page=2',
    ]);
    // Page 1's two items (read once, rejected for having no title) and the repeated page 2.
    expect(stats).toMatchObject({ read: 2, accepted: 0, rejected: 3 });
    expect(records).toHaveLength(0);
    expect(rejected.filter(({ field }) => field === '(record)')).toEqual([
      {
        file: `${home.origin}/ignores-page`,
        row: 0,
        page: 2,
        field: '(record)',
        reason: 'the page repeats page 1 (the server ignores ?page): paging stopped',
      },
    ]);
  });

  it('reads no more than the cap of pages', async () => {
    const events = await read('/endless');
    expect(events).toEqual([
      item(1, 1),
      item(2, 2),
      item(3, 3),
      item(4, 4),
      item(5, 5),
      broken(6, 'the cap of 5 pages is reached: paging stopped'),
    ]);
    expect(requestsTo(home, '/endless')).toHaveLength(5);
  });

  it('gives up on a server that never answers after the retries, each within its timeout', async () => {
    const started = performance.now();
    expect(await read('/never-answers')).toEqual([
      broken(1, 'the page could not be fetched (no answer within 0.3 s)'),
    ]);
    const elapsed = performance.now() - started;
    console.log(`never answers: 3 requests of 0.3 s gave up after ${elapsed.toFixed(0)} ms`);
    expect(requestsTo(home, '/never-answers')).toHaveLength(3);
    expect(elapsed).toBeLessThan(3000);
  });

  it('ends the URL at its run timeout, whatever retries are left', async () => {
    const before = requestsTo(home, '/never-answers').length;
    const started = performance.now();
    const patient = {
      retries: 1000,
      minTimeout: 10,
      limits: { ...quick.limits, runTimeoutMs: 1000 },
    };
    expect(await read('/never-answers', patient)).toEqual([
      broken(1, "the page could not be fetched (the URL's pages took longer than 1 s)"),
    ]);
    const elapsed = performance.now() - started;
    console.log(`run timeout of 1 s: ended after ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(2500);
    expect(requestsTo(home, '/never-answers').length - before).toBeLessThanOrEqual(4);
  });

  it('aborts a page bigger than the cap as it streams in, and does not fetch it again', async () => {
    const memoryBefore = process.memoryUsage().rss;
    expect(await read('/oversized')).toEqual([
      broken(1, 'the page could not be fetched (the page is larger than 1000000 bytes)'),
    ]);
    const grown = (process.memoryUsage().rss - memoryBefore) / MB;
    console.log(
      `oversized page: ${(oversizedSent / MB).toFixed(1)} MB sent of 64 MB before the abort; rss grew ${grown.toFixed(1)} MB`,
    );
    expect(requestsTo(home, '/oversized')).toHaveLength(1);
    expect(oversizedSent).toBeLessThan(16 * MB);
    expect(await read('/declared-too-big')).toEqual([
      broken(1, 'the page could not be fetched (the page is larger than 1000000 bytes)'),
    ]);
  });

  it('rejects a saved page file bigger than a fetched page may be, unread', async () => {
    const items = Array.from({ length: 40 }, (_, index) => ({ id: index, judul_inovasi: 'Judul' }));
    const path = temp.file('page-7.json');
    await writeFile(path, JSON.stringify({ data: items, meta: { page: 7 } }));
    const { stats, rejected } = await collectInput(inolanAdapter, path, temp, {
      limits: { maxPageBytes: 1024 },
    });
    expect(stats).toMatchObject({ read: 0, rejected: 1 });
    expect(rejected).toEqual([
      {
        file: path,
        row: 0,
        page: 7,
        field: '(record)',
        reason: 'the page is larger than 1024 bytes',
      },
    ]);
  });
});
