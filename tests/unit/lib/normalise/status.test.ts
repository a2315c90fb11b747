import { describe, expect, it } from 'vitest';
import { parseStatus } from '../../../../src/lib/normalise/status.ts';

describe('parseStatus', () => {
  it.each([
    ['Berlanjut', 'berlanjut'],
    ['BERLANJUT', 'berlanjut'],
    [' berlanjut ', 'berlanjut'],
    ['Masih Berjalan', 'berlanjut'],
    ['Berlanjut dengan pengembangan', 'berkembang'],
    ['BERLANJUT DENGAN PENGEMBANGAN', 'berkembang'],
    ['Berkembang', 'berkembang'],
    ['Berhenti', 'berhenti'],
    ['berhenti', 'berhenti'],
    ['Tidak Berlanjut', 'berhenti'],
    ['Vakum', 'vakum'],
    ['VAKUM', 'vakum'],
    ['Berlanjut.', 'berlanjut'],
    ['Tidak diketahui', 'tidak-diketahui'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseStatus(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', '  ', '-'])('reads the empty input %j as unknown', (input) => {
    expect(parseStatus(input)).toEqual({ ok: true, value: 'tidak-diketahui' });
  });

  it.each([
    ['Selesai', '"Selesai" is not a sustainability status'],
    ['Berlanjut sampai 2020', '"Berlanjut sampai 2020" is not a sustainability status'],
    [1, '"1" is not a sustainability status'],
  ])('refuses %j', (input, reason) => {
    expect(parseStatus(input)).toEqual({ ok: false, reason });
  });
});
