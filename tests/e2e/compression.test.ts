import { readdir, readFile } from 'node:fs/promises';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { E2E_BUILD_DIR } from '../helpers/portal.ts';

/**
 * What the built site sends on the wire to a client that takes Brotli and gzip, read with
 * node's client (which decodes nothing): pages, JSON and downloads compressed by the site
 * server, the hashed assets as stored at build time. The search and trends pages' HTML stay
 * under 60 kB compressed.
 */
const KB = 1024;

interface Wire {
  status: number;
  headers: IncomingHttpHeaders;
  /** Bytes as sent. */
  sent: number;
  /** Bytes once decoded. */
  decoded: number;
}

function fetchRaw(path: string, acceptEncoding: string): Promise<Wire> {
  return new Promise((done, fail) => {
    const headers = { 'accept-encoding': acceptEncoding };
    const req = request(`${inject('portalUrl')}${path}`, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        const plain = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(body) : body;
        done({
          status: res.statusCode ?? 0,
          headers: res.headers,
          sent: body.byteLength,
          decoded: plain.byteLength,
        });
      });
    });
    req.on('error', fail);
    req.end();
  });
}

describe('compression on the built site', () => {
  it.each([
    ['the search page', '/cari?q=sampah', 'text/html'],
    ['the trends page', '/tren', 'text/html'],
    ['the search route', '/api/search?q=sampah', 'application/json'],
    ['the CSV download', '/api/v1/innovations.csv', 'text/csv'],
    ['the sitemap', '/sitemap-pages.xml', 'application/xml'],
  ])('sends %s in Brotli, far smaller than it is', async (_name, path, type) => {
    const wire = await fetchRaw(path, 'br, gzip');
    expect(wire.status).toBe(200);
    expect(wire.headers['content-type']).toContain(type);
    expect(wire.headers['content-encoding']).toBe('br');
    expect(wire.headers.vary).toContain('Accept-Encoding');
    expect(wire.sent).toBeLessThan(wire.decoded / 3);
    console.log(`${path}: ${String(wire.decoded)} → ${String(wire.sent)} bytes (br)`);
  });

  it('keeps the search and trends pages under 60 kB compressed', async () => {
    for (const path of ['/cari?q=sampah', '/tren', '/en/search', '/en/trends']) {
      expect((await fetchRaw(path, 'br, gzip')).sent).toBeLessThan(60 * KB);
    }
  });

  it('sends every hashed script and style as stored at build time, cached for good', async () => {
    const dir = join(E2E_BUILD_DIR, 'client', '_astro');
    const assets = (await readdir(dir)).filter((name) => /\.(js|css)$/.test(name));
    expect(assets.length).toBeGreaterThan(0);
    let compressed = 0;
    for (const name of assets) {
      const wire = await fetchRaw(`/_astro/${name}`, 'gzip, br');
      expect(wire.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(wire.headers['content-type']).toMatch(/^(text\/javascript|text\/css)/);
      // Brotli whenever it makes the file smaller; a file of a few dozen bytes that it would
      // make larger is sent as it is.
      const data = await readFile(join(dir, name));
      const worthIt = brotliCompressSync(data).byteLength < data.byteLength;
      expect(wire.headers['content-encoding'], name).toBe(worthIt ? 'br' : undefined);
      if (worthIt) compressed += 1;
    }
    expect(compressed).toBeGreaterThan(assets.length / 2);
  });
});
