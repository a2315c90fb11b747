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
} from '../browse.ts';
import { loadHome } from '../home.ts';
import { orEngineDown } from '../outcome.ts';
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
  const sector = parseSector(slug);
  const page = parsePage(url);
  return result(async () => {
    if (sector === undefined || page === undefined) return undefined;
    const list = await loadSectorPage(sector, page);
    return list && { sector, list };
  });
}

export function provincePage(slug: string | undefined, url: URL) {
  const page = parsePage(url);
  return result(async () => {
    if (slug === undefined || page === undefined) return undefined;
    return loadProvincePage(slug, page);
  });
}

export function yearPage(raw: string | undefined, url: URL) {
  const year = parseYear(raw);
  const page = parsePage(url);
  return result(async () => {
    if (year === undefined || page === undefined) return undefined;
    const list = await loadYearPage(year, page);
    return list && { year, list };
  });
}

export function programmePage(raw: string | undefined, url: URL) {
  const programme = parseProgramme(raw);
  const page = parsePage(url);
  return result(async () => {
    if (programme === undefined || page === undefined) return undefined;
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
