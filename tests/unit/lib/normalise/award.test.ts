import { describe, expect, it } from 'vitest';
import { parseAwardLevel } from '../../../../src/lib/normalise/award.ts';

describe('parseAwardLevel', () => {
  it.each([
    ['Top 99', 'top-99'],
    ['TOP 99', 'top-99'],
    ['top 99', 'top-99'],
    ['Top-99', 'top-99'],
    ['Top99', 'top-99'],
    ['  Top   99 ', 'top-99'],
    ['Top 45', 'top-45'],
    ['Top 40', 'top-40'],
    ['Top 35', 'top-35'],
    ['Top 25', 'top-25'],
    ['Top 9', 'top-9'],
    ['TOP 9', 'top-9'],
    ['Top 99 Inovasi Pelayanan Publik', 'top-99'],
    ['Top 9 Inovasi Pelayanan Publik', 'top-9'],
    ['Outstanding Achievement', 'outstanding-achievement'],
    ['OUTSTANDING ACHIEVEMENT', 'outstanding-achievement'],
    ['Top Inovasi Terpuji', 'top-inovasi-terpuji'],
    ['top inovasi terpuji', 'top-inovasi-terpuji'],
    ['Kabupaten Terinovatif', 'terinovatif'],
    ['Kota Terinovatif', 'terinovatif'],
    ['Provinsi Terinovatif', 'terinovatif'],
    ['Daerah Perbatasan Terinovatif', 'terinovatif'],
    ['Daerah Tertinggal Terinovatif', 'terinovatif'],
    ['KABUPATEN TERINOVATIF', 'terinovatif'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseAwardLevel(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', '  ', '-', 'Terdaftar', 'Tidak Lolos'])(
    'gives no award for %j',
    (input) => {
      expect(parseAwardLevel(input)).toEqual({ ok: true, value: undefined });
    },
  );

  it.each([
    ['Top 50', '"Top 50" is not a known award level'],
    ['Top 999', '"Top 999" is not a known award level'],
    ['Juara 1', '"Juara 1" is not a known award level'],
    ['Sangat Inovatif', '"Sangat Inovatif" is not a known award level'],
    [99, '"99" is not an award level'],
  ])('refuses %j', (input, reason) => {
    expect(parseAwardLevel(input)).toEqual({ ok: false, reason });
  });
});
