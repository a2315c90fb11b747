import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Meilisearch } from 'meilisearch';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, newContext } from '../helpers/browser.ts';
import { E2E_BUILD_DIR } from '../helpers/portal.ts';

/**
 * The JavaScript each kind of page ships, gzipped: every script file the page loads in
 * Chromium (entry, islands, their imports) mapped back to its file in the build, plus the
 * page's inline scripts (Astro's island loader; JSON-LD is data, not script), each compressed
 * with gzip's default level, as a server or CDN would send it.
 */
const KB = 1024;

let browser: Browser;
let innovationId: string;

beforeAll(async () => {
  browser = await launchBrowser();
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { hits } = await client.index('innovations').search('', { limit: 1, sort: ['title:asc'] });
  innovationId = String(hits[0]?.id);
});

afterAll(() => browser.close());

describe('JavaScript byte budgets', () => {
  it('the search page ships at most 150 kB gzip, and does ship its island', async () => {
    const bytes = await shippedJs('/cari?q=stunting&tahun=2019');
    expect(bytes.files).not.toEqual([]);
    expect(bytes.gzip).toBeLessThanOrEqual(150 * KB);
  });

  it('the trends page ships at most 120 kB gzip, its island and d3 included', async () => {
    const bytes = await shippedJs('/tren?program=kipp');
    expect(bytes.files.some((file) => /TrendsApp/.test(file))).toBe(true);
    expect(bytes.gzip).toBeLessThanOrEqual(120 * KB);
  });

  it('an innovation page ships at most 30 kB gzip', async () => {
    const bytes = await shippedJs(`/inovasi/${innovationId}`);
    expect(bytes.gzip).toBeLessThanOrEqual(30 * KB);
  });

  it.each([
    '/',
    '/en/',
    '/jelajah',
    '/jelajah/sektor',
    '/jelajah/sektor/kesehatan',
    '/jelajah/provinsi',
    '/jelajah/tahun',
    '/jelajah/tahun/2019',
    '/jelajah/program',
    '/jelajah/program/kipp',
    '/en/browse/sector/kesehatan',
  ])('%s ships no JavaScript at all', async (path) => {
    const bytes = await shippedJs(path);
    expect(bytes.files).toEqual([]);
    expect(bytes.gzip).toBe(0);
  });
});

// --- internal ---

async function shippedJs(path: string): Promise<{ files: string[]; gzip: number }> {
  const context = await newContext(browser);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  const response = await page.goto(`${inject('portalUrl')}${path}`, { waitUntil: 'networkidle' });
  expect(response?.status(), path).toBe(200);
  await context.close();
  const files = [...scripts].sort();
  const sizes = await Promise.all(
    files.map(async (file) => gzipSync(await readFile(join(E2E_BUILD_DIR, 'client', file))).length),
  );
  const inline = inlineScripts(await (await fetch(`${inject('portalUrl')}${path}`)).text());
  const inlineGzip = inline.length === 0 ? 0 : gzipSync(inline.join('')).length;
  return { files, gzip: sizes.reduce((sum, size) => sum + size, inlineGzip) };
}

/** The bodies of the page's inline `<script>` elements that are code (not JSON-LD data). */
function inlineScripts(html: string): string[] {
  const scripts = html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g);
  return [...scripts]
    .filter(([, attributes = '']) => !/type="application\/(ld\+)?json"/.test(attributes))
    .map(([, , body = '']) => body)
    .filter((body) => body.trim() !== '');
}
