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
import { failures } from '../../http/failure.ts';
import { failPage, pageAnswer, type PageResponse } from '../../http/page.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';
import { orEngineDown } from '../../infra/meilisearch/outcome.ts';
import { parsePage, parseProgramme, parseSector, parseYear } from './params.ts';

/**
 * Each browse page's data from its URL, as one of three results the page renders: the data,
 * "not found" (an unknown slug, year or programme, a bad or past-the-end page: 404) or "the
 * engine is down" (503, with the header and footer still there).
 */
export type PageResult<T> =
  { kind: 'ok'; value: T } | { kind: 'not-found' } | { kind: 'engine-down' };

/**
 * Sets the response's status and caching for a result: the on-demand pages follow every
 * ingest within a minute, yet a burst hits the engine once.
 */
export function respond(response: PageResponse, result: { kind: PageResult<unknown>['kind'] }) {
  if (result.kind === 'ok') pageAnswer(response, 'livePage');
  else failPage(response, result.kind === 'not-found' ? failures.notFound : failures.unavailable);
}

export const homePage = (search: SiteSearch) => result(() => loadHome(search));
export const browseOverview = (search: SiteSearch) => result(() => loadBrowseOverview(search));
export const sectorIndex = (search: SiteSearch) => result(() => loadSectors(search));
export const provinceIndex = (search: SiteSearch) => result(() => loadProvinces(search));
export const yearIndex = (search: SiteSearch) => result(() => loadYears(search));
export const programmeIndex = (search: SiteSearch) => result(() => loadProgrammes(search));

export function sectorPage(search: SiteSearch, slug: string | undefined, url: URL) {
  return listPage(parseSector(slug), url, async (sector, page) => {
    const list = await loadSectorPage(search, sector, page);
    return list && { sector, list };
  });
}

export function provincePage(search: SiteSearch, slug: string | undefined, url: URL) {
  return listPage(slug, url, (value, page) => loadProvincePage(search, value, page));
}

export function yearPage(search: SiteSearch, raw: string | undefined, url: URL) {
  return listPage(parseYear(raw), url, async (year, page) => {
    const list = await loadYearPage(search, year, page);
    return list && { year, list };
  });
}

export function programmePage(search: SiteSearch, raw: string | undefined, url: URL) {
  return listPage(parseProgramme(raw), url, async (programme, page) => {
    const list = await loadProgrammePage(search, programme, page);
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
