import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import { launchBrowser } from '../../scripts/site/chromium.ts';
import { SCREENSHOT_DIR } from './portal.ts';

export { launchBrowser };

export interface ContextOptions {
  /** Viewport width in CSS pixels (height follows a phone's or a laptop's shape). */
  width?: number;
  javaScript?: boolean;
}

export function newContext(
  browser: Browser,
  options: ContextOptions = {},
): Promise<BrowserContext> {
  const width = options.width ?? 1280;
  return browser.newContext({
    viewport: { width, height: width < 600 ? 780 : 900 },
    javaScriptEnabled: options.javaScript ?? true,
    locale: 'id-ID',
  });
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * The serious and critical accessibility violations axe-core finds on the page as it is now.
 * axe is evaluated through the DevTools protocol, which the page's CSP does not govern (a
 * `<script>` tag added to the page would be refused, as it should be).
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(await axeSource());
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeApi }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  return found.filter((violation) => ['serious', 'critical'].includes(violation.impact));
}

/**
 * A page with a React island, opened and hydrated (the island answers input only once React
 * holds the page); fails on any script error or console error while loading, except a
 * resource a test made fail on purpose.
 */
export async function openHydrated(browser: Browser, url: string, width = 1280): Promise<Page> {
  const context = await newContext(browser, { width });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      problems.push(message.text());
    }
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('astro-island:not([ssr])');
  expect(problems).toEqual([]);
  return page;
}

/** A full-page screenshot at `.data/screenshots/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

// --- internal ---

interface AxeApi {
  run(
    context: Document,
    options: { resultTypes: string[] },
  ): Promise<{
    violations: {
      id: string;
      impact?: string | null;
      help: string;
      nodes: { target: string[] }[];
    }[];
  }>;
}

let axeText: string | undefined;

async function axeSource(): Promise<string> {
  axeText ??= await readFile('node_modules/axe-core/axe.min.js', 'utf8');
  return axeText;
}
