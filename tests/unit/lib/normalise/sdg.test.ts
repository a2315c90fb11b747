import { describe, expect, it } from 'vitest';
import { parseSdgs } from '../../../../src/lib/normalise/sdg.ts';

describe('parseSdgs', () => {
  it.each([
    [3, [3]],
    ['3', [3]],
    ['3, 5', [3, 5]],
    ['3,5', [3, 5]],
    ['TPB 3; TPB 5', [3, 5]],
    ['SDG 3', [3]],
    ['SDGs 3, 5 dan 17', [3, 5, 17]],
    ['3 - Kehidupan Sehat dan Sejahtera', [3]],
    ['TPB 3 - Kehidupan Sehat dan Sejahtera; TPB 5 - Kesetaraan Gender', [3, 5]],
    ['Tujuan 17: Kemitraan untuk Mencapai Tujuan', [17]],
    ['SDG 3.8', [3]],
    ['TPB3\nTPB4', [3, 4]],
    ['17, 3, 3, 1', [1, 3, 17]],
  ])('reads %j as %j', (input, expected) => {
    expect(parseSdgs(input)).toEqual({ ok: true, value: expected });
  });

  it('reads arrays of numbers and numeric strings', () => {
    expect(parseSdgs([5, 3])).toEqual({ ok: true, value: [3, 5] });
    expect(parseSdgs(['3', '5', 'TPB 17'])).toEqual({ ok: true, value: [3, 5, 17] });
    expect(parseSdgs([3, '3', ''])).toEqual({ ok: true, value: [3] });
  });

  it('reads arrays of {id, nama} objects', () => {
    expect(
      parseSdgs([
        { id: 4, nama: 'Pendidikan Berkualitas' },
        { id: 3, nama: 'Kehidupan Sehat dan Sejahtera' },
      ]),
    ).toEqual({ ok: true, value: [3, 4] });
    expect(parseSdgs([{ id: '11', nama: 'Kota dan Permukiman yang Berkelanjutan' }])).toEqual({
      ok: true,
      value: [11],
    });
    expect(parseSdgs([{ nama: 'TPB 6 Air Bersih dan Sanitasi Layak' }])).toEqual({
      ok: true,
      value: [6],
    });
  });

  it.each([undefined, null, '', ' ', '-', [], [null]])(
    'gives [] for the empty input %j',
    (input) => {
      expect(parseSdgs(input)).toEqual({ ok: true, value: [] });
    },
  );

  it.each([
    [18, '"18" is not an SDG number (1–17)'],
    [0, '"0" is not an SDG number (1–17)'],
    [3.5, '"3.5" is not an SDG number (1–17)'],
    ['TPB 18', '"TPB 18": 18 is not an SDG number (1–17)'],
    ['3, 5, 20', '"3, 5, 20": 20 is not an SDG number (1–17)'],
    ['0', '"0": 0 is not an SDG number (1–17)'],
    [[3, 42], '"42" is not an SDG number (1–17)'],
    [[{ id: 99, nama: 'x' }], '"99" is not an SDG number (1–17)'],
    ['Kehidupan Sehat', '"Kehidupan Sehat" has no SDG number'],
    [true, '"true" is not an SDG'],
    [[{ nama: null }], '"{\\"nama\\":null}" is not an SDG'],
  ])('refuses %j', (input, reason) => {
    expect(parseSdgs(input)).toEqual({ ok: false, reason });
  });
});
