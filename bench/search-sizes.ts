import { gzipSync } from 'node:zlib';
import { printTable } from './dataset.ts';

/** What the route and the page answer for the bench's searches, in bytes. */
export interface AnswerSizes {
  api: number[];
  apiGzip: number[];
  page: number[];
  pageGzip: number[];
}

/**
 * The size of `/api/search` and `/cari` for each search's parameters: the body as sent before
 * compression, and gzipped here (level 6, what a proxy would send), so sizes compare whatever
 * the server negotiates.
 */
export async function answerSizes(
  portal: string,
  searches: readonly string[],
): Promise<AnswerSizes> {
  const sizes: AnswerSizes = { api: [], apiGzip: [], page: [], pageGzip: [] };
  for (const search of searches) {
    const api = await bodyOf(`${portal}/api/search?${search}`);
    const page = await bodyOf(`${portal}/cari?${search}`);
    sizes.api.push(api.length);
    sizes.apiGzip.push(gzipSync(api).length);
    sizes.page.push(page.length);
    sizes.pageGzip.push(gzipSync(page).length);
  }
  return sizes;
}

export function printSizes(sizes: AnswerSizes): void {
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const kb = (values: number[]) =>
    [mean(values), Math.max(...values)].map((b) => (b / 1000).toFixed(1));
  console.log('');
  printTable([
    ['answer size, same searches', 'mean kB', 'max kB', 'gzip mean kB', 'gzip max kB'],
    ['/api/search JSON', ...kb(sizes.api), ...kb(sizes.apiGzip)],
    ['/cari HTML', ...kb(sizes.page), ...kb(sizes.pageGzip)],
  ]);
}

async function bodyOf(url: string): Promise<Buffer> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}
