import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Page } from 'playwright-core';
import { buildSearchPlan } from '../src/lib/search/ui/request.ts';
import { parseSearchState } from '../src/lib/search/ui/state.ts';
import { loadConfig } from '../src/infra/config.ts';
import { findBinary } from '../src/infra/meilisearch/binary.ts';
import { startEmbedded } from '../src/infra/meilisearch/embedded.ts';
import { freePort } from '../src/infra/meilisearch/port.ts';
import { buildSite } from '../scripts/site/build.ts';
import { launchBrowser } from '../scripts/site/chromium.ts';
import { startSiteServer } from '../scripts/site/serve.ts';
import { runMeasured } from './child.ts';
import { benchCsv, printTable } from './dataset.ts';
import { latencyCells, percentile } from './percentiles.ts';
import { searchCases, type SearchCase } from './search-cases.ts';
import { answerSizes, printSizes } from './search-sizes.ts';
import { benchWorkDir } from './work-dir.ts';

/**
 * `npm run bench -- search [--count N]`: the built site in headless Chromium, on the sample and
 * on N generated records (default 100,000). For each of 50 fixed queries typed on a page that
 * already has filters, the time from the last keystroke to its results painted; then, in the
 * same run, the very same requests through our `/api/search` route and the search page's
 * Meilisearch multi-search sent raw (master key, from Node), and the size of what the route
 * and the page answer.
 */
export async function benchSearch(count: number): Promise<void> {
  const work = await benchWorkDir('search');
  try {
    console.log('Building the site...');
    await buildSite({ outDir: join(work, 'build'), quiet: true });
    console.log('Built.');
    await benchOn(work, 'the sample', ['--sample']);
    await benchOn(work, `${count.toLocaleString('en')} generated records`, [
      'kipp',
      await benchCsv(count),
    ]);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

// --- internal ---

async function benchOn(work: string, name: string, ingestArgs: string[]): Promise<void> {
  const dataset = join(work, ingestArgs[0] === '--sample' ? 'sample' : 'generated');
  const config = loadConfig({
    DATA_DIR: join(dataset, 'engine'),
    MEILI_PORT: String(await freePort()),
  });
  const engine = await startEmbedded(config, { binary: await findBinary(loadConfig()) });
  try {
    const data = join(dataset, 'data');
    const env = { DATA_DIR: data, MEILI_URL: engine.url, MEILI_MASTER_KEY: engine.masterKey };
    console.log(`\nIngesting ${name}...`);
    const ingest = await runMeasured('ingest/cli.ts', ingestArgs, env, [
      '--max-old-space-size=512',
    ]);
    if (ingest.code !== 0) throw new Error(`the ingest exited ${ingest.code}`);
    const server = await startSiteServer({
      meiliUrl: engine.url,
      masterKey: engine.masterKey,
      dataDir: data,
      buildDir: join(work, 'build'),
    });
    try {
      const client = new Meilisearch({
        host: engine.url,
        apiKey: engine.masterKey,
        requestInit: { headers: { Connection: 'close' } },
      });
      const painted = await timeTyping(server.url);
      const raw = await timeEach((one) => rawSearch(client, one));
      const api = await timeEach((one) => fetch(`${server.url}/api/search?${params(one)}`));
      report(name, painted, api, raw);
      printSizes(await answerSizes(server.url, searchCases.map(params)));
    } finally {
      await server.stop();
    }
  } finally {
    await engine.stop();
  }
}

function params(one: SearchCase): string {
  return `${one.filters}&q=${encodeURIComponent(one.text)}`;
}

/**
 * Raw requests go over the same transport as ours, a connection per request: on a kept-alive
 * connection Meilisearch's reply waits ~40 ms for the client's delayed ACK, which would make
 * raw look slower than it is.
 */
async function rawSearch(client: Meilisearch, one: SearchCase): Promise<unknown> {
  const plan = buildSearchPlan(parseSearchState(new URLSearchParams(params(one))), 'innovations');
  return client.multiSearch({ queries: plan.queries });
}

/** Each case once to warm up, then once timed. */
async function timeEach(run: (one: SearchCase) => Promise<unknown>): Promise<number[]> {
  const timings: number[] = [];
  for (const one of searchCases) {
    await run(one);
    const started = performance.now();
    await run(one);
    timings.push(performance.now() - started);
  }
  return timings;
}

async function timeTyping(portal: string): Promise<Keystroke[]> {
  const browser = await launchBrowser();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    const timings: Keystroke[] = [];
    for (const one of searchCases) {
      await page.goto(`${portal}/cari?${one.filters}`);
      timings.push(await typeAndTime(page, one.text));
    }
    return timings;
  } finally {
    await browser.close();
  }
}

/** One keystroke timed, and where its time went. */
interface Keystroke {
  /** Key event → the first frame painted with its results. */
  painted: number;
  /** Key event → its `/api/search` request sent (the island's render and effect). */
  toRequest: number;
  /** The request, from sent to its answer's last byte (server and engine). */
  request: number;
  /** The answer's last byte → painted (JSON, React's render, layout and paint). */
  toPaint: number;
}

/**
 * Types all but the last character and waits for their results, then times the last
 * keystroke in the page's own clock: from the key event's timestamp to the end of the first
 * frame painted after the results of the whole text are in the DOM, split at the request's
 * resource timing.
 */
async function typeAndTime(page: Page, text: string): Promise<Keystroke> {
  const box = page.locator('input[name="q"]');
  await box.click();
  await box.pressSequentially(text.slice(0, -1));
  await resultsFor(page, text.slice(0, -1));
  // Armed (and awaited) before the key is pressed: an input event may reach the page before
  // a script sent earlier does.
  await page.evaluate((expected) => {
    const watch = window as unknown as { __painted?: Promise<Keystroke> };
    watch.__painted = new Promise<Keystroke>((done, fail) => {
      let keyAt = 0;
      document.addEventListener('keydown', (event) => (keyAt = event.timeStamp), { once: true });
      const giveUp = setTimeout(() => {
        fail(new Error(`no results painted for "${expected}" within 10 s`));
      }, 10_000);
      const finish = () => {
        const paintedAt = performance.now();
        const request = performance
          .getEntriesByType('resource')
          .find((entry) => entry.name.includes('/api/search?') && entry.startTime >= keyAt) as
          PerformanceResourceTiming | undefined;
        const sent = request?.startTime ?? keyAt;
        const answered = request?.responseEnd ?? keyAt;
        done({
          painted: paintedAt - keyAt,
          toRequest: sent - keyAt,
          request: answered - sent,
          toPaint: paintedAt - answered,
        });
      };
      // The frame after the results reach the DOM paints them; a message posted from its
      // animation-frame callback runs once that frame is painted.
      const afterPaint = () => {
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = finish;
          channel.port2.postMessage(null);
        });
      };
      const observer = new MutationObserver(() => {
        const shown = document.querySelector('[data-results-for]');
        if (keyAt > 0 && shown?.getAttribute('data-results-for') === expected) {
          observer.disconnect();
          clearTimeout(giveUp);
          afterPaint();
        }
      });
      observer.observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
        attributeFilter: ['data-results-for'],
      });
    });
  }, text);
  await page.keyboard.press(text.slice(-1) === ' ' ? 'Space' : (text.at(-1) ?? ''));
  return page.evaluate(() => (window as unknown as { __painted: Promise<Keystroke> }).__painted);
}

function resultsFor(page: Page, text: string): Promise<unknown> {
  return page.waitForSelector(`[data-results-for="${text.replaceAll('"', '\\"')}"]`);
}

function report(name: string, keystrokes: Keystroke[], api: number[], raw: number[]): void {
  const painted = keystrokes.map((one) => one.painted);
  const part = (key: keyof Keystroke) => latencyCells(keystrokes.map((one) => one[key]));
  console.log(`\n${searchCases.length} queries with filters, ${name}\n`);
  printTable([
    ['', 'p50 ms', 'p95 ms', 'max ms'],
    ['ours: keystroke → results painted (Chromium)', ...latencyCells(painted)],
    ['  of which keystroke → request sent', ...part('toRequest')],
    ['  of which the request (in Chromium)', ...part('request')],
    ['  of which answer → painted', ...part('toPaint')],
    ['ours: /api/search round trip (Node)', ...latencyCells(api)],
    ['raw Meilisearch multi-search, same queries', ...latencyCells(raw)],
  ]);
  const p95 = percentile(painted, 0.95);
  console.log(`\nkeystroke → painted p95: ${p95.toFixed(1)} ms (goal ≤ 80 ms)`);
}
