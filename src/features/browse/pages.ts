import {
  loadBrowseOverview,
  loadProgrammePage,
  loadProgrammes,
  loadProvincePage,
  loadProvinces,
  loadSectorPage,
  loadSectors,
  loadYearPage,
  loadYears,
} from './load.ts';
import { loadHome } from '../home/load.ts';
import { orEngineDown } from '../../infra/meilisearch/outcome.ts';
import { parsePage, parseProgramme, parseSector, parseYear } from './params.ts';

/**
 * Each browse page's data from its URL, as one of three results the page renders: the data,
 * "not found" (an unknown slug, year or programme, a bad or past-the-end page: 404) or "the
 * engine is down" (503, with the header and footer still there).
 */
export type PageResult<T> =
  { kind: 'ok'; value: T } | { kind: 'not-found' } | { kind: 'engine-down' };

/** The on-demand pages follow every ingest within a minute, yet a burst hits the engine once. */
export const liveCacheControl = 'public, max-age=60, stale-while-revalidate=600';

/** Sets the response's status and caching for a result. */
export function respond(
  response: { status?: number; readonly headers: Headers },
  result: { kind: PageResult<unknown>['kind'] },
): void {
  response.status = { ok: 200, 'not-found': 404, 'engine-down': 503 }[result.kind];
  response.headers.set(
    'Cache-Control',
    result.kind === 'engine-down' ? 'no-store' : liveCacheControl,
  );
}

export const homePage = () => result(loadHome);
export const browseOverview = () => result(loadBrowseOverview);
export const sectorIndex = () => result(loadSectors);
export const provinceIndex = () => result(loadProvinces);
export const yearIndex = () => result(loadYears);
export const programmeIndex = () => result(loadProgrammes);

export function sectorPage(slug: string | undefined, url: URL) {
  return listPage(parseSector(slug), url, async (sector, page) => {
    const list = await loadSectorPage(sector, page);
    return list && { sector, list };
  });
}

export function provincePage(slug: string | undefined, url: URL) {
  return listPage(slug, url, loadProvincePage);
}

export function yearPage(raw: string | undefined, url: URL) {
  return listPage(parseYear(raw), url, async (year, page) => {
    const list = await loadYearPage(year, page);
    return list && { year, list };
  });
}

export function programmePage(raw: string | undefined, url: URL) {
  return listPage(parseProgramme(raw), url, async (programme, page) => {
    const list = await loadProgrammePage(programme, page);
    return list && { programme, list };
  });
}

// --- internal ---

async function result<T>(load: () => Promise<T | undefined>): Promise<PageResult<T>> {
  const outcome = await orEngineDown(load);
  if (!outcome.ok) return { kind: 'engine-down' };
  return outcome.value === undefined ? { kind: 'not-found' } : { kind: 'ok', value: outcome.value };
}

/** A page of one value's list: not found when the value or the page number is not valid. */
function listPage<Value, T>(
  value: Value | undefined,
  url: URL,
  load: (value: Value, page: number) => Promise<T | undefined>,
): Promise<PageResult<T>> {
  const page = parsePage(url);
  return result(async () =>
    value === undefined || page === undefined ? undefined : load(value, page),
  );
}
