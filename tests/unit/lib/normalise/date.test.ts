import { describe, expect, it } from 'vitest';
import { parseDate, parseIsoDate, parseYear } from '../../../../src/lib/normalise/date.ts';

describe('parseDate', () => {
  it.each([
    ['2019-03-17', '2019-03-17'],
    ['2019-3-7', '2019-03-07'],
    ['2019/03/17', '2019-03-17'],
    ['2019-03', '2019-03'],
    ['17/03/2019', '2019-03-17'],
    ['17-03-2019', '2019-03-17'],
    ['17.03.2019', '2019-03-17'],
    ['7/3/2019', '2019-03-07'],
    ['17 Maret 2019', '2019-03-17'],
    ['17 MARET 2019', '2019-03-17'],
    ['17 maret 2019', '2019-03-17'],
    ['17 Mar 2019', '2019-03-17'],
    ['17-Mar-2019', '2019-03-17'],
    ['17 Maret, 2019', '2019-03-17'],
    ['Senin, 17 Maret 2019', '2019-03-17'],
    ["Jum'at, 1 Februari 2019", '2019-02-01'],
    ['Maret 2019', '2019-03'],
    ['Mar. 2019', '2019-03'],
    ['March 17, 2019', '2019-03-17'],
    ['2019', '2019'],
    ['  2019  ', '2019'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['1 Januari 2020', '2020-01-01'],
    ['1 Jan 2020', '2020-01-01'],
    ['2 Februari 2020', '2020-02-02'],
    ['2 Feb 2020', '2020-02-02'],
    ['2 Pebruari 2020', '2020-02-02'],
    ['3 April 2020', '2020-04-03'],
    ['3 Apr 2020', '2020-04-03'],
    ['4 Mei 2020', '2020-05-04'],
    ['5 Juni 2020', '2020-06-05'],
    ['5 Jun 2020', '2020-06-05'],
    ['6 Juli 2020', '2020-07-06'],
    ['6 Jul 2020', '2020-07-06'],
    ['7 Agustus 2020', '2020-08-07'],
    ['7 Agu 2020', '2020-08-07'],
    ['7 Agt 2020', '2020-08-07'],
    ['7 Ags 2020', '2020-08-07'],
    ['8 September 2020', '2020-09-08'],
    ['8 Sep 2020', '2020-09-08'],
    ['8 Sept 2020', '2020-09-08'],
    ['9 Oktober 2020', '2020-10-09'],
    ['9 Okt 2020', '2020-10-09'],
    ['10 November 2020', '2020-11-10'],
    ['10 Nopember 2020', '2020-11-10'],
    ['10 Nov 2020', '2020-11-10'],
    ['11 Desember 2020', '2020-12-11'],
    ['11 Des 2020', '2020-12-11'],
    ['11 December 2020', '2020-12-11'],
    ['4 May 2020', '2020-05-04'],
    ['9 October 2020', '2020-10-09'],
  ])('knows the month in %j', (input, expected) => {
    expect(parseDate(input)).toEqual({ ok: true, value: expected });
  });

  it('reads a bare year given as a number', () => {
    expect(parseDate(2019)).toEqual({ ok: true, value: '2019' });
  });

  it('reads a Date from an XLSX cell by its UTC parts', () => {
    expect(parseDate(new Date(Date.UTC(2019, 2, 17)))).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseDate(new Date('2019-03-17T23:30:00Z'))).toEqual({ ok: true, value: '2019-03-17' });
  });

  it('keeps the calendar date of a timestamp as written, whatever its offset', () => {
    expect(parseDate('2023-05-02T10:11:12+07:00')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseDate('2023-05-02T01:00:00+07:00')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseDate('2023-05-02T23:59:59.123Z')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseDate('2023-05-02T10:11:12+0700')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseDate('2023-05-02 10:11:12')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseDate('2023-05-02T10:11')).toEqual({ ok: true, value: '2023-05-02' });
  });

  it('reads Excel serial numbers only when asked to', () => {
    expect(parseDate(43541, { excelSerials: true })).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseDate('43541', { excelSerials: true })).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseDate(43541.75, { excelSerials: true })).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseDate(44927, { excelSerials: true })).toEqual({ ok: true, value: '2023-01-01' });
    expect(parseDate(43541)).toEqual({ ok: false, reason: '"43541" is not a date' });
  });

  it('takes numbers 1900–2100 as years even when serials are allowed', () => {
    expect(parseDate(2019, { excelSerials: true })).toEqual({ ok: true, value: '2019' });
    expect(parseDate('2100', { excelSerials: true })).toEqual({ ok: true, value: '2100' });
  });

  it.each([undefined, null, '', '   ', '-', '—', 'N/A', 'tidak ada'])(
    'gives no value for the empty input %j',
    (input) => {
      expect(parseDate(input)).toEqual({ ok: true, value: undefined });
    },
  );

  it.each([
    ['31/02/2019', '"31/02/2019" is not a valid calendar date'],
    ['2019-02-29', '"2019-02-29" is not a valid calendar date'],
    ['2019-13', '"2019-13" is not a valid calendar date'],
    ['2019-00-10', '"2019-00-10" is not a valid calendar date'],
    ['00/03/2019', '"00/03/2019" is not a valid calendar date'],
    ['03/17/2019', '"03/17/2019" is not a valid calendar date'],
    ['32 Maret 2019', '"32 Maret 2019" is not a valid calendar date'],
    ['1850', '"1850" is outside the years 1900–2100'],
    ['20019', '"20019" is not a date'],
    ['17/03/1850', '"17/03/1850" is outside the years 1900–2100'],
    ['Maret 2201', '"Maret 2201" is outside the years 1900–2100'],
    ['kemarin', '"kemarin" is not a date'],
    ['17 Marett 2019', '"17 Marett 2019" is not a date'],
    ['17/03/19', '"17/03/19" is not a date'],
    ['2019.5', '"2019.5" is not a date'],
    ['2023-05-02T25:00:00+07:00', '"2023-05-02T25:00:00+07:00" is not a date'],
    ['Maret', '"Maret" is not a date'],
  ])('refuses %j', (input, reason) => {
    expect(parseDate(input)).toEqual({ ok: false, reason });
  });

  it('refuses a number that is neither a year nor a serial', () => {
    expect(parseDate(3000)).toEqual({
      ok: false,
      reason: '"3000" is outside the years 1900–2100',
    });
    expect(parseDate(3000, { excelSerials: true })).toEqual({ ok: true, value: '1908-03-18' });
    expect(parseDate(12)).toEqual({ ok: false, reason: '"12" is not a date' });
    expect(parseDate(12, { excelSerials: true })).toEqual({
      ok: false,
      reason: '"12" is not a date',
    });
    expect(parseDate(2019.5)).toEqual({ ok: false, reason: '"2019.5" is not a date' });
    expect(parseDate(Number.NaN)).toEqual({ ok: false, reason: '"NaN" is not a date' });
    expect(parseDate(999999, { excelSerials: true })).toEqual({
      ok: false,
      reason: '"999999" is outside the years 1900–2100',
    });
  });

  it('refuses values of other types and invalid Date cells', () => {
    expect(parseDate(true)).toEqual({ ok: false, reason: '"true" is not a date' });
    expect(parseDate({ y: 2019 })).toEqual({ ok: false, reason: '"{\\"y\\":2019}" is not a date' });
    expect(parseDate(new Date('nope'))).toEqual({
      ok: false,
      reason: 'the date cell holds an invalid date',
    });
  });
});

describe('parseIsoDate', () => {
  it('accepts every form that names a day', () => {
    expect(parseIsoDate('17 Maret 2019')).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseIsoDate('17/03/2019')).toEqual({ ok: true, value: '2019-03-17' });
    expect(parseIsoDate('2023-05-02T10:11:12+07:00')).toEqual({ ok: true, value: '2023-05-02' });
    expect(parseIsoDate(43541, { excelSerials: true })).toEqual({ ok: true, value: '2019-03-17' });
  });

  it('gives no value for an empty input', () => {
    expect(parseIsoDate('')).toEqual({ ok: true, value: undefined });
    expect(parseIsoDate(null)).toEqual({ ok: true, value: undefined });
  });

  it('refuses a month or a year alone', () => {
    expect(parseIsoDate('Maret 2023')).toEqual({
      ok: false,
      reason: '"Maret 2023" has no day; a full date is needed',
    });
    expect(parseIsoDate(2023)).toEqual({
      ok: false,
      reason: '"2023" has no day; a full date is needed',
    });
  });

  it('passes on the reason of a bad date', () => {
    expect(parseIsoDate('31/02/2019')).toEqual({
      ok: false,
      reason: '"31/02/2019" is not a valid calendar date',
    });
  });
});

describe('parseYear', () => {
  it.each([
    [2019, 2019],
    ['2019', 2019],
    [' 2025 ', 2025],
    [2000, 2000],
    ['2100', 2100],
  ])('reads %j as %j', (input, expected) => {
    expect(parseYear(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', ' ', '-'])('gives no value for the empty input %j', (input) => {
    expect(parseYear(input)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['20019', '"20019" is not a year'],
    [20019, '"20019" is not a year'],
    ['19', '"19" is not a year'],
    ['2019.5', '"2019.5" is not a year'],
    [2019.5, '"2019.5" is not a year'],
    ['tahun 2019', '"tahun 2019" is not a year'],
    ['2019/2020', '"2019/2020" is not a year'],
    [true, '"true" is not a year'],
    ['1999', '"1999" is not a year between 2000 and 2100'],
    [2101, '"2101" is not a year between 2000 and 2100'],
  ])('refuses %j', (input, reason) => {
    expect(parseYear(input)).toEqual({ ok: false, reason });
  });
});
