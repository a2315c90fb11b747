import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { innovationSchema, type Innovation } from '../../src/lib/schema/innovation.ts';
import { axeViolations, launchBrowser, newContext, saveScreenshot } from '../helpers/browser.ts';

let browser: Browser;
/** A rich innovation of the sample: two programmes, awards, a video, replication sections. */
let rich: Innovation;

beforeAll(async () => {
  browser = await launchBrowser();
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const { hits } = await client.index('innovations').search('', {
    filter: 'programmes = "kipp" AND programmes = "iga" AND awardLevels IS NOT EMPTY',
    sort: ['title:asc'],
    limit: 50,
  });
  const records = hits.map((hit) => innovationSchema.strip().parse(hit));
  const withAll = records.find(
    (record) => record.videoUrl !== undefined && record.sections.adaptability !== undefined,
  );
  const chosen = withAll ?? records[0];
  if (chosen === undefined)
    throw new Error('the sample has no innovation with KIPP and IGA awards');
  rich = chosen;
});

afterAll(() => browser.close());

describe('an innovation page', () => {
  it('shows what it is, who runs it where, whether it runs, its awards and how to replicate it', async () => {
    const page = await open(`/inovasi/${rich.id}`, 360);
    await expect(page.locator('h1').innerText()).resolves.toContain(rich.acronym ?? rich.title);
    const glance = await page.locator('.glance').innerText();
    expect(glance).toContain(rich.agency);
    if (rich.province) expect(glance).toContain(rich.province);
    await expect(page.locator('#awards tbody tr').count()).resolves.toBe(rich.awards.length);
    await expect(page.locator('#provenance tbody tr').count()).resolves.toBe(
      rich.provenance.length,
    );
    const replicate = await page.locator('#replicate').innerText();
    if (rich.sections.adaptability) expect(replicate).toContain(rich.sections.adaptability);
    expect(replicate).toContain(rich.agency);
    await expect(page.locator('#replication-activity').count()).resolves.toBe(1);
    // The narrative is one source record's, named; the others are offered whole, one each.
    const source = rich.narrativeSource;
    const programme = { kipp: 'KIPP', iga: 'IGA', inolan: 'InoLAN' }[source?.programme ?? 'kipp'];
    await expect(page.locator('.narrative-source').innerText()).resolves.toBe(
      `Narasi dari ${programme} ${String(source?.year)}`,
    );
    await expect(page.locator('#summary .lead').innerText()).resolves.toContain(
      rich.summary.slice(0, 40),
    );
    await expect(page.locator('#other-versions details').count()).resolves.toBe(
      rich.otherNarratives?.length ?? 0,
    );
    if (rich.videoUrl) {
      const video = page.locator(`a[href="${rich.videoUrl}"]`);
      await expect(video.getAttribute('rel')).resolves.toBe('noopener noreferrer');
    }
    await saveScreenshot(page, 'innovation-360');
    await page.context().close();
  });

  it('offers a citation of itself as text, BibTeX and RIS', async () => {
    const page = await open(`/en/innovation/${rich.id}`, 1280);
    const cite = page.locator('#cite');
    await expect(cite.getByRole('heading', { level: 2 }).innerText()).resolves.toBe('Cite');
    await cite.getByText('BibTeX').click();
    const bibtex = await cite.locator('details[open] pre').innerText();
    const firstYear = String(Math.min(...rich.years));
    expect(bibtex).toContain(`@misc{lumbung-${rich.id},`);
    expect(bibtex).toContain(`  year = {${firstYear}},`);
    expect(bibtex).toMatch(new RegExp(`url = \\{http://[^}]+/en/innovation/${rich.id}\\}`));
    await cite.getByText('RIS (Zotero, Mendeley, EndNote)').click();
    const ris = await cite.locator('details[open] pre').last().innerText();
    expect(ris.split('\n')[0]).toBe('TY  - ELEC');
    expect(ris).toContain(`PY  - ${firstYear}`);
    await page.context().close();
  });

  it('switches language to the same innovation', async () => {
    const page = await open(`/inovasi/${rich.id}`, 1280);
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(`**/en/innovation/${rich.id}`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toContain(rich.acronym ?? rich.title);
    await expect(page.getByRole('heading', { name: 'How to replicate' }).count()).resolves.toBe(1);
    await saveScreenshot(page, 'innovation-en-1280');
    await page.context().close();
  });

  it.each([360, 1280])('has no serious or critical axe violation at %i px', async (width) => {
    const page = await open(`/inovasi/${rich.id}`, width);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, `innovation-${width}`);
    await page.context().close();
  });

  it('ships only its own small scripts (budgets.test.ts weighs them), and tells search engines what it is', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    const response = await page.goto(`${inject('portalUrl')}/inovasi/${rich.id}`, {
      waitUntil: 'networkidle',
    });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['cache-control']).toContain('max-age=60');
    // The replication activity's live refresh and the form's helpers, from this origin only.
    expect(scripts.length).toBeLessThanOrEqual(2);
    for (const script of scripts)
      expect(script).toMatch(new RegExp(`^${inject('portalUrl')}/_astro/`));
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({ '@type': 'CreativeWork', name: rich.title });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(canonical).toBe(`${inject('portalUrl')}/inovasi/${rich.id}`);
    await context.close();
  });

  it('is a 404 page for an unknown id, in the language of the address', async () => {
    for (const [path, heading] of [
      ['/inovasi/tidak-ada-00000000', 'Halaman tidak ditemukan'],
      ['/en/innovation/NOT%20AN%20ID', 'Page not found'],
    ] as const) {
      const page = await (await newContext(browser)).newPage();
      const response = await page.goto(`${inject('portalUrl')}${path}`);
      expect(response?.status(), path).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe(heading);
      await page.context().close();
    }
  });
});

describe('the sitemap', () => {
  it('is served with the innovation chunks, and robots.txt points at it', async () => {
    const portal = inject('portalUrl');
    const robots = await (await fetch(`${portal}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${portal}/sitemap.xml`);
    const index = await fetch(`${portal}/sitemap.xml`);
    expect(index.headers.get('content-type')).toContain('xml');
    expect(await index.text()).toContain(`${portal}/sitemap-innovations-0.xml`);
    const chunk = await (await fetch(`${portal}/sitemap-innovations-0.xml`)).text();
    expect(chunk).toContain(`<loc>${portal}/inovasi/${rich.id}</loc>`);
    expect((await fetch(`${portal}/sitemap-innovations-99.xml`)).status).toBe(404);
  });
});

// --- internal ---

async function open(path: string, width: number): Promise<Page> {
  const page = await (await newContext(browser, { width })).newPage();
  const response = await page.goto(`${inject('portalUrl')}${path}`);
  expect(response?.status(), path).toBe(200);
  return page;
}
