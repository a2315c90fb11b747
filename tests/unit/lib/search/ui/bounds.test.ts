import { describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../../../../../src/infra/reference/regions.ts';
import { placeValues } from '../../../../../src/lib/search/ui/place-values.ts';
import {
  maxFilterValues,
  maxValuesPerFacet,
  parseSearchState,
  parseSearchStateStrict,
} from '../../../../../src/lib/search/ui/state.ts';

const known = placeValues(loadRegionIndex());
const repeated = (param: string, values: readonly string[]) =>
  new URLSearchParams(values.map((value) => [param, value]));
const numbers = (count: number) => Array.from({ length: count }, (_, at) => String(at));

describe('the filters of a URL are bounded', () => {
  it('a page drops provinces and regencies that do not exist', () => {
    const state = parseSearchState(repeated('provinsi', numbers(1200)), known);
    expect(state.filters.province).toEqual([]);
    const real = parseSearchState(
      new URLSearchParams('provinsi=Bali&provinsi=Atlantis&kabupaten=Kota+Padang'),
      known,
    );
    expect(real.filters.province).toEqual(['Bali']);
    expect(real.filters.regency).toEqual(['Kota Padang']);
  });

  it('a page keeps at most the cap per facet and in all', () => {
    const regencies = [...(known.regency ?? [])];
    expect(parseSearchState(repeated('kabupaten', regencies), known).filters.regency).toHaveLength(
      maxValuesPerFacet,
    );
    const params = new URLSearchParams([
      ...regencies.slice(0, 20).map((name) => ['kabupaten', name]),
      ...numbers(17).map((at) => ['sdg', String(Number(at) + 1)]),
      ...['kipp', 'iga', 'inolan'].map((programme) => ['program', programme]),
      ['status', 'berlanjut'],
    ]);
    const state = parseSearchState(params, known);
    const count = Object.values(state.filters).reduce((sum, values) => sum + values.length, 0);
    expect(count).toBe(maxFilterValues);
    expect(state.filters.status).toEqual([]);
  });

  it('the API refuses, by parameter, a place that does not exist and values past a bound', () => {
    expect(parseSearchStateStrict(new URLSearchParams('provinsi=0'), known)).toEqual({
      success: false,
      problems: { provinsi: 'invalid' },
    });
    const many = parseSearchStateStrict(
      repeated(
        'tahun',
        numbers(21).map((at) => `20${at.padStart(2, '0')}`),
      ),
    );
    expect(many).toEqual({ success: false, problems: { tahun: 'too-big' } });
  });
});
