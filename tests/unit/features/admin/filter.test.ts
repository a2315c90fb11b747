import { describe, expect, it } from 'vitest';
import {
  matchesQuery,
  PAGE_SIZE,
  parseAdminQuery,
  querySearch,
  storeFilter,
} from '../../../../src/features/admin/filter.ts';
import type { Registration } from '../../../../src/infra/database/types.ts';

const parse = (search: string) => parseAdminQuery(new URLSearchParams(search));

describe('the admin list query', () => {
  it('reads the filter and the page', () => {
    const query = parse(
      'inovasi=basaba-1f0c2a9e&tahapan=mereplikasi&tersembunyi=ya&q=Siti&halaman=3',
    );
    expect(storeFilter(query)).toEqual({
      innovationId: 'basaba-1f0c2a9e',
      stage: 'mereplikasi',
      hidden: true,
      text: 'Siti',
      limit: PAGE_SIZE,
      offset: 2 * PAGE_SIZE,
    });
    expect(querySearch(query)).toBe(
      '?inovasi=basaba-1f0c2a9e&tahapan=mereplikasi&tersembunyi=ya&q=Siti&halaman=3',
    );
    expect(querySearch(query, 1)).not.toContain('halaman');
  });

  it('drops values it cannot use instead of failing', () => {
    const query = parse('tahapan=selesai&tersembunyi=mungkin&halaman=-4&q=%20%20&inovasi=');
    expect(storeFilter(query)).toEqual({ limit: PAGE_SIZE, offset: 0 });
    expect(querySearch(query)).toBe('');
  });
});

describe('the CSV filter', () => {
  const entry = {
    innovationId: 'basaba-1f0c2a9e',
    stage: 'berminat',
    hidden: false,
    agency: 'Dinas Kesehatan Kota Bukittinggi',
    contactName: 'Siti Rahma',
    email: 'siti@bukittinggikota.go.id',
  } as Registration;

  it.each([
    ['', true],
    ['inovasi=basaba-1f0c2a9e', true],
    ['inovasi=other-00000000', false],
    ['tahapan=berminat', true],
    ['tahapan=batal', false],
    ['tersembunyi=tidak', true],
    ['tersembunyi=ya', false],
    ['q=SITI', true],
    ['q=bukittinggikota', true],
    ['q=padang', false],
  ])('%j keeps the entry: %s', (search, kept) => {
    expect(matchesQuery(entry, parse(search))).toBe(kept);
  });
});
