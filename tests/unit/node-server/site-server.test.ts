import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * The site server with a stand-in for Astro's handler: what it answers itself (the interest
 * API; an id that names no innovation, so no store or engine is needed) and what it hands on.
 */
let server: Server;
let origin: string;
const handedOn: string[] = [];

beforeAll(async () => {
  server = createSiteServer({
    astro: (req, res) => {
      handedOn.push(`${req.method ?? ''} ${req.url ?? ''}`);
      res.writeHead(200, { 'content-type': 'text/plain' }).end('astro');
    },
    portal: testPortal({ DATA_DIR: '/nonexistent' }),
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

const unknown = '/api/inovasi/Not-An-Id/minat';

describe('the site server', () => {
  it('hands pages, other paths and other methods to Astro', async () => {
    handedOn.length = 0;
    expect(await (await fetch(`${origin}/inovasi/kipp-1`)).text()).toBe('astro');
    expect(await (await fetch(`${origin}${unknown}`, { method: 'PUT' })).text()).toBe('astro');
    expect(await (await fetch(`${origin}${unknown}/`)).text()).toBe('astro');
    expect(handedOn).toEqual(['GET /inovasi/kipp-1', `PUT ${unknown}`, `GET ${unknown}/`]);
  });

  it('answers the interest API itself, in JSON with its length and the security headers', async () => {
    handedOn.length = 0;
    const response = await fetch(`${origin}${unknown}?lang=en`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    const body = await response.text();
    expect(response.headers.get('content-length')).toBe(String(Buffer.byteLength(body)));
    expect(JSON.parse(body)).toEqual({
      error: 'unknown-innovation',
      message: 'This innovation is not in the catalogue.',
    });
    expect(handedOn).toEqual([]);
  });

  it("keeps a route's own Referrer-Policy", async () => {
    const response = await fetch(`${origin}/api/minat/not-a-token`);
    expect(response.status).toBe(404);
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-robots-tag')).toBe('noindex');
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${origin}${unknown}`, { method: 'HEAD' });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('');
  });

  it('streams a posted body to the route, which reads it within its limit', async () => {
    const post = (body: string, type = 'application/json') =>
      fetch(`${origin}${unknown}?lang=en`, {
        method: 'POST',
        headers: { 'content-type': type },
        body,
      });
    expect((await post('{"agency":"Dinas"}')).status).toBe(404);
    expect((await post('{"agency":')).status).toBe(400);
    expect((await post('agency=x', 'text/plain')).status).toBe(415);
    expect((await post(JSON.stringify({ note: 'x'.repeat(20_000) }))).status).toBe(413);
  });

  it('refuses 400 a request it cannot make a URL of, before Astro or a route sees it', async () => {
    handedOn.length = 0;
    const { port } = server.address() as AddressInfo;
    const send = (path: string, host: string) =>
      new Promise<{ status: number | undefined; body: string }>((done, fail) => {
        const outgoing = request({ host: '127.0.0.1', port, path, headers: { host } }, (res) => {
          let body = '';
          res.on('data', (chunk: Buffer) => (body += chunk.toString()));
          res.on('end', () => {
            done({ status: res.statusCode, body });
          });
        });
        outgoing.on('error', fail);
        outgoing.end();
      });
    for (const [path, host] of [
      [unknown, 'exa mple'],
      ['/cari', 'a@b'],
      ['/', 'user:pass@portal.test'],
      ['http://x/cari', '127.0.0.1'],
      ['*', '127.0.0.1'],
      ['//evil.test/cari', '127.0.0.1'],
    ] as const) {
      const answer = await send(path, host);
      expect(answer.status, `${path} with Host ${host}`).toBe(400);
      expect(JSON.parse(answer.body)).toMatchObject({ error: 'bad-request' });
    }
    expect(handedOn).toEqual([]);
  });

  it("words that 400 in the client's language", async () => {
    const { port } = server.address() as AddressInfo;
    const body = await new Promise<string>((done, fail) => {
      const headers = { host: 'a@b', 'accept-language': 'en-GB,en;q=0.9' };
      const outgoing = request({ host: '127.0.0.1', port, path: '/cari', headers }, (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () => {
          done(text);
        });
      });
      outgoing.on('error', fail);
      outgoing.end();
    });
    expect(JSON.parse(body)).toEqual({
      error: 'bad-request',
      message: 'This request cannot be read.',
    });
  });
});
