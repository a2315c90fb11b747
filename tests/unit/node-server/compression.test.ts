import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressAssets } from '../../../src/node-server/precompressed.ts';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * The site server's compression, read with node's client (which decodes nothing, so the bytes
 * on the wire are what is checked): pages and streamed downloads compressed as the client's
 * Accept-Encoding allows, the hashed assets sent as stored at build time.
 */
let server: Server;
let origin: string;
let clientDir: string;

const page = `<!doctype html><html><body>${'<p>Inovasi pelayanan publik</p>'.repeat(2000)}</body></html>`;
const csvRows = Array.from({ length: 3000 }, (_, i) => `kipp-${String(i)},Inovasi ${String(i)}\n`);
const script = `export const words = ${JSON.stringify(Array.from({ length: 2000 }, (_, i) => `kata${String(i % 50)}`))};\n`;

beforeAll(async () => {
  clientDir = await mkdtemp(join(tmpdir(), 'compression-'));
  await mkdir(join(clientDir, '_astro'));
  await writeFile(join(clientDir, '_astro', 'app.Bx1.js'), script);
  await writeFile(join(clientDir, 'robots.txt'), 'User-agent: *\n');
  expect(await precompressAssets(clientDir)).toBe(2);
  server = createSiteServer({
    astro: (req, res) => {
      if (req.url === '/data.csv') {
        res.writeHead(200, { 'content-type': 'text/csv; charset=utf-8' });
        // A download written as it is read, never whole.
        for (const row of csvRows) res.write(row);
        res.end();
      } else if (req.url === '/raw') {
        res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-transform' });
        res.end(page);
      } else if (req.url === '/small') {
        // As the site server's own routes answer: the length known before the body.
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '11' });
        res.end('{"ok":true}');
      } else {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      }
    },
    portal: testPortal({ DATA_DIR: '/nonexistent' }),
    clientDir,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await rm(clientDir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

function get(path: string, acceptEncoding?: string, method = 'GET'): Promise<Raw> {
  return new Promise((done, fail) => {
    const headers = acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding };
    const req = request(`${origin}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

function decoded(raw: Raw): string {
  const encoding = raw.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(raw.body).toString();
  if (encoding === 'gzip') return gunzipSync(raw.body).toString();
  return raw.body.toString();
}

describe('compression by the site server', () => {
  it('sends a page in Brotli when the client takes it, a fraction of its size', async () => {
    const raw = await get('/cari', 'br, gzip');
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers.vary).toContain('Accept-Encoding');
    expect(decoded(raw)).toBe(page);
    expect(raw.body.byteLength).toBeLessThan(Buffer.byteLength(page) / 20);
  });

  it('sends gzip to a client that takes only gzip, and the page as it is to one that takes neither', async () => {
    const gzipped = await get('/cari', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipped)).toBe(page);
    const plain = await get('/cari');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(page);
  });

  it('streams a download compressed, chunk by chunk', async () => {
    const raw = await get('/data.csv', 'gzip, br');
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers['transfer-encoding']).toBe('chunked');
    expect(decoded(raw)).toBe(csvRows.join(''));
  });

  it('leaves small answers and answers marked no-transform as they are', async () => {
    const small = await get('/small', 'br, gzip');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString()).toBe('{"ok":true}');
    const raw = await get('/raw', 'br, gzip');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe(page);
  });
});

describe('the hashed assets', () => {
  it('go out as stored at build time, cached for a year, in the type of the asset', async () => {
    const stored = await readFile(join(clientDir, '_astro', 'app.Bx1.js.br'));
    const raw = await get('/_astro/app.Bx1.js', 'gzip, deflate, br');
    expect(raw.status).toBe(200);
    expect(raw.headers['content-encoding']).toBe('br');
    expect(raw.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(raw.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(raw.headers.vary).toBe('Accept-Encoding');
    expect(raw.body.equals(stored)).toBe(true);
    expect(decoded(raw)).toBe(script);
  });

  it('go out in gzip, or as they are, to clients that take no Brotli', async () => {
    const gzipped = await get('/_astro/app.Bx1.js', 'gzip');
    expect(gzipped.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzipped)).toBe(script);
    const plain = await get('/_astro/app.Bx1.js', 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers.vary).toBe('Accept-Encoding');
    expect(plain.body.toString()).toBe(script);
    const head = await get('/_astro/app.Bx1.js', 'br', 'HEAD');
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.byteLength).toBe(0);
  });

  it('leave a small file outside the assets as it is', async () => {
    const raw = await get('/robots.txt', 'br');
    expect(raw.headers['content-encoding']).toBeUndefined();
    expect(raw.body.toString()).toBe('User-agent: *\n');
  });
});
