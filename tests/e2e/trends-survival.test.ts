import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Meilisearch } from 'meilisearch';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openHydrated } from '../helpers/browser.ts';
import { SCREENSHOT_DIR } from '../helpers/portal.ts';
import { countByHand, matchingDocuments, type HandCount } from '../helpers/survival-count.ts';

/*
 * The survival chart of the trends page in Chromium: its table, its CSV and /api/v1/trends
 * hold, for two award years, the numbers counted by hand from the index's documents.
 */
let browser: Browser;
const url = (path: string) => `${inject('portalUrl')}${path}`;
const chartId = '#tren-bertahan';
const thisYear = new Date().getUTCFullYear();
const awardYears = [2019, 2022];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(() => browser.close());

describe('the survival chart', () => {
  it('shows in its table, for two award years, the counts taken by hand from the index', async () => {
    const page = await open('/tren');
    const table = await tableOf(page.locator(chartId));
    expect(table[0]).toEqual([
      'Tahun penghargaan pertama',
      'Tahun setelah penghargaan',
      'Akhir tahun',
      'Inovasi',
      'Berlanjut atau berkembang',
      'Berhenti atau vakum',
      'Tidak diketahui',
      'Masih berjalan (%)',
    ]);
    const documents = await matchingDocuments(engine());
    for (const awardYear of awardYears) {
      const hand = countByHand(documents, awardYear, thisYear);
      expect(hand.awarded).toBeGreaterThan(0);
      expect(rowsOf(table, awardYear)).toEqual(handRows(awardYear, hand));
    }
    await page.context().close();
  });

  it('answers the same numbers in /api/v1/trends, and follows a filter', async () => {
    for (const [query, filter] of [
      ['', ''],
      ['?klaster=kota', 'cluster = "kota"'],
    ] as const) {
      const answer = await fetch(url(`/api/v1/trends${query}`));
      expect(answer.status).toBe(200);
      const { survival } = (await answer.json()) as { survival: ApiSurvival };
      expect(survival.lastYear).toBe(thisYear);
      const documents = await matchingDocuments(engine(), filter);
      for (const awardYear of awardYears) {
        const cohort = survival.cohorts.find((entry) => entry.awardYear === awardYear);
        const hand = countByHand(documents, awardYear, thisYear);
        expect(cohort?.awarded, `${query} ${String(awardYear)}`).toBe(hand.awarded);
        expect(
          cohort?.points.map(({ running, stopped, unknown }) => ({ running, stopped, unknown })),
        ).toEqual(hand.points);
      }
    }
    const page = await open('/tren?klaster=kota');
    const table = await tableOf(page.locator(chartId));
    const documents = await matchingDocuments(engine(), 'cluster = "kota"');
    expect(rowsOf(table, 2022)).toEqual(handRows(2022, countByHand(documents, 2022, thisYear)));
    await page.context().close();
  });

  it('draws a bar per award year and year after it, read with the arrow keys, and downloads its table', async () => {
    const page = await open('/tren');
    const chart = page.locator(chartId);
    const table = await tableOf(chart);
    const cohorts = [...new Set(table.slice(1).map((row) => row[0]))];
    const longest = Math.max(...cohorts.map((year) => thisYear - Number(year)));
    const marks = chart.locator('svg .mark');
    expect(await marks.count()).toBe(cohorts.length * longest);
    const first = await marks.first().getAttribute('aria-label');
    expect(first).toMatch(
      new RegExp(`^${cohorts[0] ?? ''}, 1 tahun kemudian .*dari [\\d.]+ inovasi$`),
    );
    await marks.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.ariaLabel ?? '')).toMatch(
      new RegExp(`^${cohorts[1] ?? ''}, 1 tahun kemudian`),
    );
    expect(await chart.locator('svg .tooltip').count()).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      chart.getByRole('button', { name: 'Unduh CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('tren-bertahan.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const rows = csv
      .slice(1)
      .trimEnd()
      .split('\r\n')
      .map((line) => line.split(','));
    expect(rows).toEqual(table.map((row) => row.map((cell) => cell.replaceAll('.', ''))));
    await page.context().close();
  });

  it('fits a phone, and reads in English', async () => {
    for (const width of [360, 1280]) {
      const page = await open('/tren', width);
      const chart = page.locator(chartId);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      const svg = await chart.locator('svg.chart__svg').boundingBox();
      const box = await chart.locator('.chart__box').boundingBox();
      expect(svg && box && svg.width <= box.width).toBe(true);
      await chart.screenshot({
        path: join(SCREENSHOT_DIR, `trends-survival-${String(width)}.png`),
      });
      await page.context().close();
    }
    const page = await open('/en/trends');
    const chart = page.locator(chartId);
    expect(await chart.locator('h3').innerText()).toBe('Still running after the award');
    expect(await chart.locator('.chart__reading').innerText()).toMatch(
      /^Of the [\d,]+ innovations first awarded in \d{4}, by \d{4} \d+% are continuing or growing/,
    );
    expect(
      await chart
        .getByRole('button', { name: 'Unknown', exact: true })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.context().close();
  });
});

// --- internal ---

interface ApiSurvival {
  lastYear: number;
  cohorts: {
    awardYear: number;
    awarded: number;
    points: { after: number; year: number; running: number; stopped: number; unknown: number }[];
  }[];
}

function open(path: string, width = 1280): Promise<Page> {
  return openHydrated(browser, url(path), width);
}

async function tableOf(chart: Locator): Promise<string[][]> {
  await chart.getByText('Tampilkan sebagai tabel').click();
  return chart
    .locator('table tr')
    .evaluateAll((rows) =>
      rows.map((row) => [...row.children].map((cell) => (cell as HTMLElement).innerText)),
    );
}

function rowsOf(table: string[][], awardYear: number): string[][] {
  return table.filter((row) => row[0] === String(awardYear));
}

/** The table rows the hand count gives, as the Indonesian page writes numbers. */
function handRows(awardYear: number, hand: HandCount): string[][] {
  return hand.points.map((point, index) => [
    String(awardYear),
    id(index + 1),
    String(awardYear + index + 1),
    id(hand.awarded),
    id(point.running),
    id(point.stopped),
    id(point.unknown),
    id(Math.round((100 * point.running) / hand.awarded)),
  ]);
}

function engine() {
  return new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') }).index(
    'innovations',
  );
}

function id(value: number): string {
  return value.toLocaleString('id-ID');
}
