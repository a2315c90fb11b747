import { describe, expect, it } from 'vitest';
import { parseDigital } from '../../../../src/lib/normalise/digital.ts';

describe('parseDigital', () => {
  it.each([
    ['Digital', true],
    ['DIGITAL', true],
    [' digital ', true],
    ['Non Digital', false],
    ['Non-Digital', false],
    ['non digital', false],
    ['NON-DIGITAL', false],
    ['nondigital', false],
    ['Non_Digital', false],
    [true, true],
    [false, false],
  ])('reads %j as %j', (input, expected) => {
    expect(parseDigital(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', ' ', '-'])('gives no value for the empty input %j', (input) => {
    expect(parseDigital(input)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['Digital dan Non Digital', '"Digital dan Non Digital" is not digital or non-digital'],
    ['Aplikasi', '"Aplikasi" is not digital or non-digital'],
    [1, '"1" is not digital or non-digital'],
  ])('refuses %j', (input, reason) => {
    expect(parseDigital(input)).toEqual({ ok: false, reason });
  });
});
