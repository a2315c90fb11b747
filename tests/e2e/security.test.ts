import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { innovationSchema } from '../../src/lib/schema/innovation.ts';
import { toSearchDocument } from '../../src/lib/index/document.ts';
import { indexSettings } from '../../src/lib/index/settings.ts';
import { launchBrowser, newContext } from '../helpers/browser.ts';
import { fixture } from '../helpers/fixtures.ts';
import { E2E_BUILD_DIR, startSiteServer, type SiteServer } from '../helpers/portal.ts';
import { makeTempDir, type TempDir } from '../helpers/temp.ts';

const XSS_INDEX = 'markup-fixture';
const markup = innovationSchema.parse(
  JSON.parse(await readFile(fixture('site/markup-innovation.json'), 'utf8')),
);

let browser: Browser;
let server: SiteServer;
let data: TempDir;

beforeAll(async () => {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  await client.createIndex(XSS_INDEX, { primaryKey: 'id' }).waitTask();
  await client.index(XSS_INDEX).updateSettings(indexSettings).waitTask();
  await client
    .index(XSS_INDEX)
    .addDocuments([toSearchDocument(markup)])
    .waitTask();
  data = await makeTempDir('portal-markup');
  const engine = { meiliUrl: inject('meiliUrl'), masterKey: inject('masterKey') };
  [server, browser] = await Promise.all([
    startSiteServer({ ...engine, dataDir: data.path, indexUid: XSS_INDEX }),
    launchBrowser(),
  ]);
});

afterAll(async () => {
  await Promise.all([browser.close(), server.stop()]);
  await data.remove();
});

describe('the master key', () => {
  it('is in no file of the built site, client or server', async () => {
    const keys = [inject('masterKey'), ...(await developerKeys())];
    const files = await listFiles(E2E_BUILD_DIR);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await readFile(file, 'latin1');
      for (const key of keys) expect(text.includes(key), `${file} holds a master key`).toBe(false);
    }
  });

  it('is in no page or API answer', async () => {
    const portal = inject('portalUrl');
    const paths = ['/', '/en/', '/cari?q=stunting', '/api/search?q=stunting', '/jelajah'];
    for (const path of paths) {
      const body = await (await fetch(`${portal}${path}`)).text();
      expect(body.includes(inject('masterKey')), path).toBe(false);
    }
  });
});

describe('the Content-Security-Policy', () => {
  it('allows no inline script it did not hash, and nothing breaks it on the search page', async () => {
    const page = await openWatched(`${inject('portalUrl')}/cari?q=puskesmas`);
    const response = await fetch(`${inject('portalUrl')}/cari?q=puskesmas`);
    const policy = response.headers.get('content-security-policy');
    const scriptSrc = /script-src([^;]*)/.exec(policy ?? '')?.[1] ?? '';
    expect(policy).toContain("default-src 'self'");
    expect(scriptSrc).not.toContain('unsafe-inline');
    expect(scriptSrc).not.toContain('unsafe-eval');
    expect(scriptSrc).toContain("'sha256-");
    expect(policy).toContain("frame-ancestors 'none'");
    await page.locator('main a[href*="/inovasi/"]').first().waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('markup from a source', () => {
  it.each([
    ['the innovation page', `/inovasi/${markup.id}`],
    ['the search page', '/cari?q=sigap'],
  ])('shows as inert text on %s', async (_name, path) => {
    const page = await openWatched(`${server.url}${path}`);
    await page.getByText('SIGAP', { exact: false }).first().waitFor();
    const text = await page.locator('main').innerText();
    expect(text).toContain('<script>');
    expect(text).toContain('onerror');
    const injected = await page.evaluate(() => ({
      flag: (window as unknown as { __xss?: string }).__xss,
      handlers: document.querySelectorAll('main [onerror], main [onload], main [onmouseover]')
        .length,
      frames: document.querySelectorAll('main iframe, main svg[onload]').length,
    }));
    expect(injected).toEqual({ flag: undefined, handlers: 0, frames: 0 });
    await page.context().close();
  });
});

// --- internal ---

async function openWatched(url: string): Promise<Page> {
  const page = await (await newContext(browser)).newPage();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
  await page.goto(url);
  return page;
}

function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
}

async function developerKeys(): Promise<string[]> {
  const keys = [process.env.MEILI_MASTER_KEY].filter((key): key is string => Boolean(key));
  try {
    keys.push((await readFile('.data/meili-master-key', 'utf8')).trim());
  } catch {
    // No embedded engine was ever started on this machine: nothing to look for.
  }
  return keys;
}

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}
