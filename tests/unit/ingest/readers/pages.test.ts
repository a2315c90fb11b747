import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageUrl, readPagedUrl, readPageFile } from '../../../../ingest/readers/pages.ts';
import { InputError, silentProgress, type ReadEvent } from '../../../../ingest/readers/types.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { pageReply, startServer, type TestServer } from '../../../helpers/http-server.ts';
import { recordProgress, toArray } from '../../../helpers/iterate.ts';

/** Each event as `page/row id` for an item, `page/row broken: reason` for a broken one. */
function summary(events: ReadEvent[]): string[] {
  return events.map((event) =>
    event.kind === 'item'
      ? `${event.item.page ?? '-'}/${event.item.row} ${String(event.item.fields.id)}`
      : `${event.broken.page ?? '-'}/${event.broken.row} broken: ${event.broken.reason}`,
  );
}

describe('pageUrl', () => {
  it('sets the page parameter and keeps the others', () => {
    expect(pageUrl('https://inolan.lan.go.id/api/inovasi?tahun=2021', 2)).toBe(
      'https://inolan.lan.go.id/api/inovasi?tahun=2021&page=2',
    );
    expect(pageUrl('https://inolan.lan.go.id/api/inovasi?page=9', 3)).toBe(
      'https://inolan.lan.go.id/api/inovasi?page=3',
    );
  });
});

describe('readPageFile', () => {
  it('numbers items from 1 within the page its meta names', async () => {
    const events = await toArray(readPageFile(fixture('inolan/page-2.json'), 7, silentProgress));
    expect(summary(events)).toEqual(['2/1 201', '2/2 202', '2/3 203']);
  });

  it('reports a page that is not JSON with the page number it was given', async () => {
    const events = await toArray(
      readPageFile(fixture('inolan/bad-page-3.json'), 3, silentProgress),
    );
    expect(events).toEqual([
      { kind: 'broken', broken: { row: 0, page: 3, reason: 'the page is not valid JSON' } },
    ]);
  });

  it('rejects a missing file as an input error', async () => {
    await expect(
      toArray(readPageFile(fixture('inolan/page-99.json'), 99, silentProgress)),
    ).rejects.toThrow(InputError);
  });
});

describe('readPagedUrl against a local HTTP server', () => {
  let server: TestServer;
  const failures = new Map<string, number>();

  beforeAll(async () => {
    server = await startServer((url) => {
      const page = Number(url.searchParams.get('page'));
      const key = `${url.pathname} ${page}`;
      switch (url.pathname) {
        case '/inovasi': {
          // Page 2 answers 503 twice before it works.
          const failed = failures.get(key) ?? 0;
          if (page === 2 && failed < 2) {
            failures.set(key, failed + 1);
            return { status: 503, body: 'Service Unavailable', type: 'text/plain' };
          }
          if (page > 3) return pageReply(page, [], 6);
          return pageReply(page, [{ id: page * 100 + 1 }, { id: page * 100 + 2 }], 6);
        }
        case '/html-on-page-2':
          if (page === 1) return pageReply(1, [{ id: 1 }], 3);
          return { status: 200, body: '<html>Gateway Timeout</html>', type: 'text/html' };
        case '/always-500':
          return { status: 500, body: 'Internal Server Error', type: 'text/plain' };
        case '/not-found':
          return { status: 404, body: 'Not Found', type: 'text/plain' };
        case '/scalars':
          return page === 1 ? pageReply(1, [{ id: 1 }, 'teks', 7], 3) : pageReply(page, [], 3);
        default:
          return { status: 404, body: '' };
      }
    });
  });
  afterAll(async () => {
    await server.close();
  });

  const read = (path: string, progress = silentProgress) =>
    toArray(readPagedUrl(`${server.origin}${path}`, progress, { retries: 3, minTimeout: 5 }));

  it('reads pages 1, 2 and 3, retries the 503s of page 2 and stops at the empty page 4', async () => {
    const progress = recordProgress();
    const events = await read('/inovasi', progress);
    expect(summary(events)).toEqual([
      '1/1 101',
      '1/2 102',
      '2/1 201',
      '2/2 202',
      '3/1 301',
      '3/2 302',
    ]);
    expect(server.requests.filter((request) => request.startsWith('/inovasi'))).toEqual([
      '/inovasi?page=1',
      '/inovasi?page=2',
      '/inovasi?page=2',
      '/inovasi?page=2',
      '/inovasi?page=3',
      '/inovasi?page=4',
    ]);
    expect(progress.totals).toEqual([6]);
    expect(progress.advanced).toBe(6);
  });

  it('reports a page that is not JSON with its page number and stops there', async () => {
    const events = await read('/html-on-page-2');
    expect(summary(events)).toEqual(['1/1 1', '2/0 broken: the page is not valid JSON']);
    expect(server.requests).not.toContain('/html-on-page-2?page=3');
  });

  it('gives up on a page that keeps failing after the retries and reports it', async () => {
    const events = await read('/always-500');
    expect(summary(events)).toEqual(['1/0 broken: the page could not be fetched (HTTP 500)']);
    expect(server.requests.filter((request) => request.startsWith('/always-500'))).toHaveLength(4);
  });

  it('does not retry a client error', async () => {
    const events = await read('/not-found');
    expect(summary(events)).toEqual(['1/0 broken: the page could not be fetched (HTTP 404)']);
    expect(server.requests.filter((request) => request.startsWith('/not-found'))).toHaveLength(1);
  });

  it('reports a server that cannot be reached', async () => {
    const closed = await startServer(() => ({ status: 200, body: '[]' }));
    await closed.close();
    const events = await toArray(
      readPagedUrl(`${closed.origin}/inovasi`, silentProgress, { retries: 1, minTimeout: 5 }),
    );
    expect(events).toMatchObject([
      {
        kind: 'broken',
        broken: {
          row: 0,
          page: 1,
          reason: expect.stringMatching(/^the page could not be fetched \(/) as unknown,
        },
      },
    ]);
  });

  it('reports items that are not objects and keeps the others', async () => {
    const events = await read('/scalars');
    expect(summary(events)).toEqual([
      '1/1 1',
      '1/2 broken: the item is not a JSON object',
      '1/3 broken: the item is not a JSON object',
    ]);
  });
});
