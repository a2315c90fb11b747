import type { MultiSearchResponse } from 'meilisearch';
import { describe, expect, it } from 'vitest';
import { buildSearchPlan } from '../../../../../src/lib/search/ui/request.ts';
import {
  marked,
  toFacetView,
  toSearchView,
  withTopFacetValues,
} from '../../../../../src/lib/search/ui/map.ts';
import { emptySearchState, type SearchState } from '../../../../../src/lib/search/ui/state.ts';
import { searchViewSchema } from '../../../../../src/lib/search/ui/view.ts';

describe('marked', () => {
  it('marks words sharing a stem with the query, as joined segments', () => {
    expect(marked('Pelayanan Perizinan Terpadu', 'layanan izin')).toEqual([
      { text: 'Pelayanan', match: true },
      { text: ' ', match: false },
      { text: 'Perizinan', match: true },
      { text: ' Terpadu', match: false },
    ]);
  });

  it('is one plain segment without a query, and keeps markup as text', () => {
    expect(marked('<b>Sehat</b> & Cepat', '')).toEqual([
      { text: '<b>Sehat</b> & Cepat', match: false },
    ]);
  });
});

describe('toFacetView', () => {
  it('lists years newest first', () => {
    const view = toFacetView('years', { '2018': 50, '2020': 3, '2019': 9 }, []);
    expect(view.values.map((value) => value.value)).toEqual(['2020', '2019', '2018']);
  });

  it('lists other facets by count, and keeps a selected value the engine no longer counts', () => {
    const view = toFacetView('status', { berlanjut: 3, berhenti: 9 }, ['vakum', 'berlanjut']);
    expect(view.values).toEqual([
      { value: 'berhenti', count: 9, selected: false },
      { value: 'berlanjut', count: 3, selected: true },
      { value: 'vakum', count: 0, selected: true },
    ]);
  });
});

describe('withTopFacetValues', () => {
  const regencies = Object.fromEntries(
    Array.from({ length: 30 }, (_, at) => [`Kota ${String(at).padStart(2, '0')}`, 100 - at]),
  );
  const view = (selected: string[]) =>
    searchViewSchema.parse({
      state: emptySearchState,
      total: 0,
      totalPages: 0,
      hits: [],
      facets: [
        toFacetView('regency', regencies, selected),
        toFacetView('status', { berlanjut: 3, berhenti: 9 }, []),
      ],
      relaxed: [],
      unrecognisedPlaces: 0,
    });

  it('keeps a long facet’s six most frequent values and the selected ones, and counts the rest', () => {
    const [regency, status] = withTopFacetValues(view(['Kota 25'])).facets;
    expect(regency?.values.map((entry) => entry.value)).toEqual([
      'Kota 00',
      'Kota 01',
      'Kota 02',
      'Kota 03',
      'Kota 04',
      'Kota 05',
      'Kota 25',
    ]);
    expect(regency?.hidden).toBe(23);
    expect(status?.values).toHaveLength(2);
    expect(status?.hidden).toBe(0);
  });

  it('leaves whole the facet the page was asked to list whole', () => {
    const [regency] = withTopFacetValues(view([]), 'regency').facets;
    expect(regency?.values).toHaveLength(30);
    expect(regency?.hidden).toBe(0);
  });

  it('the JSON of a view shrinks with it', () => {
    const whole = JSON.stringify(view([])).length;
    expect(JSON.stringify(withTopFacetValues(view([]))).length).toBeLessThan(whole / 2);
  });
});

describe('toSearchView', () => {
  const state: SearchState = {
    ...emptySearchState,
    q: 'puskesmas',
    filters: { ...emptySearchState.filters, years: ['2019'] },
  };
  const plan = buildSearchPlan(state, 'innovations');
  const hit = {
    id: 'sehat-1',
    title: 'Puskesmas Keliling',
    agency: 'Dinas Kesehatan Kota Padang',
    regency: 'Kota Padang',
    province: 'Sumatera Barat',
    year: 2017,
    years: [2017, 2019],
    programmes: ['kipp'],
    status: 'berlanjut',
    interestCount: 2,
    replicationCount: 0,
    summary: 'Puskesmas keliling mendatangi desa. Panjang sekali.',
    _formatted: { summary: 'Puskesmas keliling mendatangi desa…' },
  };
  const response = {
    results: [
      {
        indexUid: 'innovations',
        hits: [hit],
        totalHits: 41,
        totalPages: 3,
        facetDistribution: { status: { berlanjut: 30, berhenti: 11 } },
      },
      {
        indexUid: 'innovations',
        hits: [],
        totalHits: 77,
        totalPages: 0,
        facetDistribution: { years: { '2019': 41, '2020': 36 } },
      },
    ],
  } as unknown as MultiSearchResponse;
  const view = toSearchView(state, plan, response);

  it('is a valid view model', () => {
    expect(searchViewSchema.parse(view)).toEqual(view);
  });

  it('maps a hit: marked title and cropped summary, place, first and last year', () => {
    expect(view.hits[0]).toMatchObject({
      id: 'sehat-1',
      title: [
        { text: 'Puskesmas', match: true },
        { text: ' Keliling', match: false },
      ],
      place: 'Kota Padang',
      firstYear: 2017,
      lastYear: 2019,
    });
    expect(view.hits[0]?.snippet.map((segment) => segment.text).join('')).toBe(
      'Puskesmas keliling mendatangi desa…',
    );
  });

  it('takes a filtered facet’s counts from its own query and the rest from the main one', () => {
    const counts = (name: string) => view.facets.find((facet) => facet.name === name)?.values;
    expect(counts('years')).toEqual([
      { value: '2020', count: 36, selected: false },
      { value: '2019', count: 41, selected: true },
    ]);
    expect(counts('status')?.map((value) => value.count)).toEqual([30, 11]);
    expect(counts('regency')).toEqual([]);
  });

  it('says how many results each filtered facet’s removal would give', () => {
    expect(view.total).toBe(41);
    expect(view.relaxed).toEqual([{ facet: 'years', total: 77 }]);
  });

  it('refuses an engine answer of the wrong shape', () => {
    const broken = { results: [{ hits: [{ id: 3 }], totalHits: 1, totalPages: 1 }] };
    expect(() => toSearchView(state, plan, broken as unknown as MultiSearchResponse)).toThrow();
  });
});
