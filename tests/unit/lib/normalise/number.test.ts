import { describe, expect, it } from 'vitest';
import { parseNumber } from '../../../../src/lib/normalise/number.ts';

describe('parseNumber', () => {
  it.each([
    [87.5, 87.5],
    [0, 0],
    [-3, -3],
    ['87', 87],
    ['87,5', 87.5],
    [' 87,5 ', 87.5],
    ['87.5', 87.5],
    ['0,125', 0.125],
    ['0.125', 0.125],
    [',5', 0.5],
    ['1.234,5', 1234.5],
    ['1.234.567,89', 1234567.89],
    ['1.234', 1234],
    ['12.500', 12500],
    ['1.234.567', 1234567],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1 234,5', 1234.5],
    ['-87,5', -87.5],
    ['+12', 12],
  ])('reads %j as %j', (input, expected) => {
    expect(parseNumber(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', '  ', '-', 'N/A'])(
    'gives no value for the empty input %j',
    (input) => {
      expect(parseNumber(input)).toEqual({ ok: true, value: undefined });
    },
  );

  it.each([
    ['delapan puluh', '"delapan puluh" is not a number'],
    ['87,5%', '"87,5%" is not a number'],
    ['1.23.4', '"1.23.4" is not a number'],
    ['1,2,3', '"1,2,3" is not a number'],
    ['1.234,5,6', '"1.234,5,6" is not a number'],
    ['12,34.5', '"12,34.5" is not a number'],
    ['1e3', '"1e3" is not a number'],
    ['0x10', '"0x10" is not a number'],
    ['--5', '"--5" is not a number'],
    [Number.NaN, '"NaN" is not a number'],
    [Number.POSITIVE_INFINITY, '"Infinity" is not a number'],
    [true, '"true" is not a number'],
    [[1], '"[1]" is not a number'],
  ])('refuses %j', (input, reason) => {
    expect(parseNumber(input)).toEqual({ ok: false, reason });
  });
});
