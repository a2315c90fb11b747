import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facetNames } from '../../../../../src/lib/index/facets.ts';
import {
  facetOrder,
  facetParams,
  searchQueryString,
  toSearchParams,
} from '../../../../../src/lib/search/ui/params.ts';
import {
  emptySearchState,
  parseSearchState,
  parseSearchStateStrict,
  type SearchState,
} from '../../../../../src/lib/search/ui/state.ts';
import { filterOf, sortRules } from '../../../../../src/lib/search/ui/request.ts';

const url = (query: string) => new URLSearchParams(query);

describe('search state in the URL', () => {
  it('shows the facets in the order of facetNames, each under its own parameter', () => {
    expect(facetOrder).toEqual([...facetNames]);
    expect(new Set(Object.values(facetParams)).size).toBe(facetNames.length);
  });

  it('writes readable Indonesian parameters, repeated for several values', () => {
    const state: SearchState = {
      q: 'stunting',
      filters: { ...emptySearchState.filters, years: ['2019', '2020'], province: ['Jawa Barat'] },
      sort: 'newest',
      page: 2,
    };
    expect(searchQueryString(state)).toBe(
      '?q=stunting&tahun=2019&tahun=2020&provinsi=Jawa+Barat&urut=terbaru&halaman=2',
    );
  });

  it('leaves the defaults out', () => {
    expect(searchQueryString(emptySearchState)).toBe('');
  });

  it('reads back every state it writes, on the page and in the API', () => {
    fc.assert(
      fc.property(stateArbitrary, (state) => {
        const params = toSearchParams(state);
        expect(parseSearchState(params)).toEqual(state);
        expect(parseSearchStateStrict(params)).toEqual({ success: true, state });
      }),
    );
  });
});

describe('the page reads any link leniently', () => {
  it('drops values that are not values of their facet and keeps the rest', () => {
    const state = parseSearchState(
      url('tahun=2019&tahun=20x9&tahun=1850&sdg=3&sdg=18&digital=ya&digital=false&status=hilang'),
    );
    expect(state.filters.years).toEqual(['2019']);
    expect(state.filters.sdgs).toEqual(['3']);
    expect(state.filters.digital).toEqual(['false']);
    expect(state.filters.status).toEqual([]);
  });

  it('falls back to relevance and page 1, ignores unknown parameters, drops repeats', () => {
    expect(
      parseSearchState(url('urut=acak&halaman=-3&utm_source=wa&tahun=2019&tahun=2019')),
    ).toEqual({ ...emptySearchState, filters: { ...emptySearchState.filters, years: ['2019'] } });
    expect(parseSearchState(url('halaman=2.5')).page).toBe(1);
  });

  it('trims the query and cuts one that is far too long', () => {
    expect(parseSearchState(url(`q=${encodeURIComponent('  ktp  ')}`)).q).toBe('ktp');
    expect(parseSearchState(url(`q=${'a'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('never throws, whatever the parameters', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(paramName, fc.string())), (pairs) => {
        const state = parseSearchState(new URLSearchParams(pairs));
        expect(parseSearchStateStrict(toSearchParams(state)).success).toBe(true);
      }),
    );
  });
});

describe('the API reads strictly', () => {
  it('names each bad parameter with what is wrong', () => {
    const result = parseSearchStateStrict(url('tahun=20x9&urut=acak&halaman=0&status=berlanjut'));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(Object.keys(result.problems).sort()).toEqual(['halaman', 'tahun', 'urut']);
    expect(result.problems.tahun).toBe('invalid');
  });
});

// --- internal ---

const paramName = fc.constantFrom('q', 'urut', 'halaman', 'x', ...Object.values(facetParams));

const valuesOf: Record<(typeof facetNames)[number], fc.Arbitrary<string>> = {
  programmes: fc.constantFrom('kipp', 'iga', 'inolan'),
  years: fc.integer({ min: 2000, max: 2100 }).map(String),
  cluster: fc.constantFrom('kementerian', 'kota', 'bumd'),
  province: fc.string({ minLength: 1 }).filter((value) => value.trim() === value),
  regency: fc.constantFrom('Kota Padang', 'Kabupaten "Aneh" \\ & = ?', 'Kota Bandung'),
  sectors: fc.constantFrom('kesehatan', 'pendidikan'),
  sdgs: fc.integer({ min: 1, max: 17 }).map(String),
  awardLevels: fc.constantFrom('top-99', 'outstanding-achievement'),
  status: fc.constantFrom('berlanjut', 'tidak-diketahui'),
  stage: fc.constantFrom('uji-coba', 'deliver'),
  digital: fc.constantFrom('true', 'false'),
};

const stateArbitrary: fc.Arbitrary<SearchState> = fc.record({
  q: fc.string({ maxLength: 200 }).map((text) => text.trim()),
  filters: fc.record(
    Object.fromEntries(
      facetNames.map((facet) => [facet, fc.uniqueArray(valuesOf[facet], { maxLength: 3 })]),
    ) as { [F in (typeof facetNames)[number]]: fc.Arbitrary<string[]> },
  ),
  sort: fc.constantFrom('relevance', 'newest', 'interest', 'title'),
  page: fc.integer({ min: 1, max: 50_000 }),
});

describe('the confirmed-replications filter and order', () => {
  it('reads and writes replikasi=terkonfirmasi and urut=replikasi', () => {
    const params = new URLSearchParams('replikasi=terkonfirmasi&urut=replikasi');
    const state = parseSearchState(params);
    expect(state).toMatchObject({ replicated: true, sort: 'replications' });
    expect(toSearchParams(state).toString()).toBe('replikasi=terkonfirmasi&urut=replikasi');
    expect(filterOf(state)).toEqual([['replicationCount > 0']]);
    expect(sortRules[state.sort][0]).toBe('replicationCount:desc');
  });

  it('drops another value on the page and refuses it in the API', () => {
    const params = new URLSearchParams('replikasi=semua');
    expect(parseSearchState(params).replicated).toBeUndefined();
    expect(parseSearchStateStrict(params)).toEqual({
      success: false,
      problems: { replikasi: 'invalid' },
    });
  });
});
