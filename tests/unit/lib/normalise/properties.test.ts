import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../../src/lib/normalise/date.ts';
import { containsContact, splitNames } from '../../../../src/lib/normalise/people.ts';
import { htmlToText } from '../../../../src/lib/normalise/text.ts';
import { indonesianMonths } from '../../../helpers/months.ts';

const calendarDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z') })
  .filter((date) => !Number.isNaN(date.getTime()))
  .map((date) => ({
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  }));

const two = (n: number) => String(n).padStart(2, '0');

describe('normaliser properties', () => {
  it('reads every valid day the same in every written form', () => {
    fc.assert(
      fc.property(calendarDay, ({ year, month, day }) => {
        const iso = `${year}-${two(month)}-${two(day)}`;
        const monthName = indonesianMonths[month - 1] ?? '';
        for (const written of [
          iso,
          `${two(day)}/${two(month)}/${year}`,
          `${day}-${month}-${year}`,
          `${day} ${monthName} ${year}`,
          `${day} ${monthName.slice(0, 3).toUpperCase()} ${year}`,
        ]) {
          expect(parseDate(written)).toEqual({ ok: true, value: iso });
        }
      }),
    );
  });

  it('never leaves a script tag or an event handler attribute in text', () => {
    const fragment = fc.constantFrom(
      '<script>alert(1)</script>',
      '<SCRIPT SRC=//x.js></SCRIPT>',
      '&lt;script&gt;x()&lt;/script&gt;',
      '<img src=x onerror=alert(1)>',
      '<a href="javascript:alert(1)">a</a>',
      '<p>',
      '</p>',
      '<br>',
      '<ul><li>',
      '&nbsp;',
      '&amp;',
      'teks',
      ' ',
      '\n',
      '<',
      '>',
    );
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 30 }), (fragments) => {
        const text = htmlToText(fragments.join(''));
        expect(text).not.toMatch(/<script|onerror|javascript:/i);
      }),
    );
  });

  it('never gives a name that holds contact data', () => {
    const part = fc.constantFrom(
      'Budi Santoso',
      'budi@example.go.id',
      '0812-3456-7890',
      '+62 812 3456 7890',
      '(0751) 123456',
      'Telp.',
      ';',
      '\n',
      ' ',
      '(',
      ')',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 20 }), (parts) => {
        for (const name of splitNames(parts.join(''))) {
          expect(containsContact(name)).toBe(false);
        }
      }),
    );
  });
});
