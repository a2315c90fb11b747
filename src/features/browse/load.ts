import { programmeSchema, type Programme } from '../../lib/schema/enums.ts';
import { slugify } from '../../lib/text/slug.ts';
import { sectors, type Sector } from '../../lib/taxonomy/sectors.ts';
import {
  and,
  equals,
  facetCounts,
  listPage,
  officialProvince,
  officialRegency,
  type ListPage,
} from './query.ts';
import type { SiteSearch } from '../../infra/meilisearch/site-engine.ts';

/**
 * What the browse pages show, as plain data: value counts from facet distributions and pages
 * of innovations, read live with the search-only key. A value nobody holds (an unknown slug, a
 * year without innovations, a page past the end) comes back undefined: the page answers 404.
 */
export type { ListPage };

export interface Count<Value> {
  value: Value;
  count: number;
}

export interface Place {
  name: string;
  slug: string;
  count: number;
}

/** How many values each way of browsing has, and how many innovations in all. */
export function loadBrowseOverview(search: SiteSearch) {
  return search.run(async ({ index }) => {
    const [{ total, counts }, official] = await Promise.all([
      facetCounts(index, ['sectors', 'years', 'programmes']),
      facetCounts(index, ['province'], officialProvince),
    ]);
    const years = Object.keys(counts.years).map(Number);
    return {
      total,
      sectors: Object.keys(counts.sectors).length,
      provinces: Object.keys(official.counts.province).length,
      firstYear: years.length > 0 ? Math.min(...years) : undefined,
      lastYear: years.length > 0 ? Math.max(...years) : undefined,
      programmes: Object.keys(counts.programmes).length,
    };
  });
}

/** Every sector of the taxonomy in its display order, with 0 for a sector nobody holds yet. */
export function loadSectors(search: SiteSearch): Promise<Count<Sector>[]> {
  return search.run(async ({ index }) => {
    const { counts } = await facetCounts(index, ['sectors']);
    return sectors.map(({ slug }) => ({ value: slug, count: counts.sectors[slug] ?? 0 }));
  });
}

/** One page of a sector's innovations (a known sector with none yet lists nothing). */
export function loadSectorPage(
  search: SiteSearch,
  sector: Sector,
  page: number,
): Promise<ListPage | undefined> {
  return search.run(({ index }) => listPage(index, equals('sectors', sector), page));
}

/** The official provinces that hold at least one innovation, by name. */
export function loadProvinces(search: SiteSearch): Promise<Place[]> {
  return search.run(async ({ index }) => {
    const { counts } = await facetCounts(index, ['province'], officialProvince);
    return places(counts.province);
  });
}

/**
 * A province found by its slug among the provinces that hold innovations, with its regencies
 * and cities that hold any (by name) and one page of its innovations.
 */
export function loadProvincePage(search: SiteSearch, slug: string, page: number) {
  return search.run(async ({ index }) => {
    const { counts } = await facetCounts(index, ['province'], officialProvince);
    const name = Object.keys(counts.province).find((province) => slugify(province) === slug);
    if (name === undefined) return undefined;
    const filter = equals('province', name);
    const [regencies, list] = await Promise.all([
      facetCounts(index, ['regency'], and(filter, officialRegency)),
      listPage(index, filter, page),
    ]);
    if (list === undefined) return undefined;
    return { name, slug, regencies: places(regencies.counts.regency), list };
  });
}

/** Every year that has innovations, newest first. */
export function loadYears(search: SiteSearch): Promise<Count<number>[]> {
  return search.run(async ({ index }) => {
    const { counts } = await facetCounts(index, ['years']);
    return Object.entries(counts.years)
      .map(([year, count]) => ({ value: Number(year), count }))
      .sort((a, b) => b.value - a.value);
  });
}

/** One page of the innovations that appear in `year`; undefined for a year with none. */
export function loadYearPage(
  search: SiteSearch,
  year: number,
  page: number,
): Promise<ListPage | undefined> {
  return search.run(async ({ index }) => {
    const list = await listPage(index, equals('years', year), page);
    return list === undefined || list.total === 0 ? undefined : list;
  });
}

/** Each programme with its innovations, in the programmes' own order. */
export function loadProgrammes(search: SiteSearch): Promise<Count<Programme>[]> {
  return search.run(async ({ index }) => {
    const { counts } = await facetCounts(index, ['programmes']);
    return programmeSchema.options.map((value) => ({
      value,
      count: counts.programmes[value] ?? 0,
    }));
  });
}

export function loadProgrammePage(search: SiteSearch, programme: Programme, page: number) {
  return search.run(({ index }) => listPage(index, equals('programmes', programme), page));
}

// --- internal ---

const byName = new Intl.Collator('id-ID');

function places(counts: Record<string, number>): Place[] {
  return Object.entries(counts)
    .map(([name, count]) => ({ name, slug: slugify(name), count }))
    .sort((a, b) => byName.compare(a.name, b.name));
}
