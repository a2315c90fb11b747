import { describe, expect, it } from 'vitest';
import { formatInstant, formatPartialDate } from '../../../../src/lib/text/dates.ts';
import {
  englishMonths as enMonths,
  indonesianMonths as idMonths,
} from '../../../helpers/months.ts';

describe('formatPartialDate', () => {
  it('writes a year alone as the year', () => {
    expect(formatPartialDate('2016', 'id')).toBe('2016');
    expect(formatPartialDate('2016', 'en')).toBe('2016');
  });

  it.each(idMonths.map((name, index) => [index + 1, name, enMonths[index] ?? '']))(
    'writes month %i as %s / %s',
    (month, idName, enName) => {
      const iso = `2016-${String(month).padStart(2, '0')}`;
      expect(formatPartialDate(iso, 'id')).toBe(`${idName} 2016`);
      expect(formatPartialDate(iso, 'en')).toBe(`${enName} 2016`);
    },
  );

  it('writes a full date day first in both languages', () => {
    expect(formatPartialDate('2016-03-17', 'id')).toBe('17 Maret 2016');
    expect(formatPartialDate('2016-03-17', 'en')).toBe('17 March 2016');
    expect(formatPartialDate('2020-02-29', 'id')).toBe('29 Februari 2020');
    expect(formatPartialDate('2019-12-31', 'en')).toBe('31 December 2019');
  });

  it('returns what it cannot read unchanged', () => {
    expect(formatPartialDate('17/03/2016', 'id')).toBe('17/03/2016');
  });
});

describe('formatInstant', () => {
  it('gives the day in Jakarta (UTC+7)', () => {
    expect(formatInstant('2026-11-21T16:59:59Z', 'id')).toBe('21 November 2026');
    expect(formatInstant('2026-11-21T17:00:00Z', 'id')).toBe('22 November 2026');
    expect(formatInstant('2026-08-01T00:00:00+07:00', 'en')).toBe('1 August 2026');
  });

  it('returns what is not a date unchanged', () => {
    expect(formatInstant('kemarin', 'id')).toBe('kemarin');
  });
});
