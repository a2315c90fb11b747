import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../src/infra/config.ts';
import { createSiteSearch, type SiteSearch } from '../../../src/infra/meilisearch/site-engine.ts';
import {
  innovationChunk,
  innovationChunkCount,
  innovationsSitemapXml,
  pagesSitemapXml,
  sitemapChunkSize,
  sitemapIndexXml,
} from '../../../src/features/sitemap/sitemap.ts';
import { INDEX, allIds } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';

const origin = 'https://lumbung.example.go.id';
let meili: TestMeili;
let config: Config;
let search: SiteSearch;

beforeAll(async () => {
  ({ meili, config } = await startSampleEngine());
  search = createSiteSearch(config);
}, 180_000);

afterAll(() => meili.stop());

describe('the innovation sitemaps', () => {
  it('list every innovation of the index once per language, as valid URLs', async () => {
    const ids = await allIds(meili.client);
    const chunks = await innovationChunkCount(search);
    expect(chunks).toBe(Math.ceil(ids.length / sitemapChunkSize));
    const xml = (
      await Promise.all(
        Array.from({ length: chunks }, async (_, n) =>
          innovationsSitemapXml(origin, await innovationChunk(search, n)),
        ),
      )
    ).join('\n');
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1] ?? '');
    expect(locs).toHaveLength(ids.length * 2);
    for (const loc of locs) expect(() => new URL(loc)).not.toThrow();
    const idPages = locs.filter((loc) => loc.startsWith(`${origin}/inovasi/`));
    expect(idPages.map((loc) => loc.split('/').pop()).sort()).toEqual(ids);
    expect(locs.filter((loc) => loc.startsWith(`${origin}/en/innovation/`))).toHaveLength(
      ids.length,
    );
  });

  it('give each innovation its last change and its other language', async () => {
    const [entry] = await innovationChunk(search, 0);
    const stored = await meili.client.index(INDEX).getDocument(entry?.id ?? '');
    const xml = innovationsSitemapXml(origin, entry ? [entry] : []);
    expect(xml).toContain(`<lastmod>${String(stored.updatedAt)}</lastmod>`);
    expect(xml).toContain(`hreflang="en" href="${origin}/en/innovation/${String(stored.id)}"`);
    expect(xml).toContain(`hreflang="x-default" href="${origin}/inovasi/${String(stored.id)}"`);
  });

  it('escape what XML reserves', () => {
    const xml = innovationsSitemapXml(origin, [{ id: 'a', updatedAt: '<&>' }]);
    expect(xml).toContain('<lastmod>&lt;&amp;&gt;</lastmod>');
  });
});

describe('the sitemap index', () => {
  it('names the pages sitemap and every innovation chunk', async () => {
    const chunks = await innovationChunkCount(search);
    const xml = sitemapIndexXml(origin, chunks);
    const locs = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((match) => match[1]);
    expect(locs).toEqual([
      `${origin}/sitemap-pages.xml`,
      ...Array.from({ length: chunks }, (_, n) => `${origin}/sitemap-innovations-${n}.xml`),
    ]);
  });

  it('lists the entry pages in both languages', () => {
    const xml = pagesSitemapXml(origin);
    const paths = [
      '/',
      '/en/',
      '/cari',
      '/en/search',
      '/jelajah',
      '/en/browse',
      '/tren',
      '/en/trends',
    ];
    const openData = ['/data-terbuka', '/en/open-data', '/kamus-data', '/en/data-dictionary'];
    for (const path of [...paths, ...openData]) {
      expect(xml).toContain(`<loc>${origin}${path}</loc>`);
    }
  });
});
