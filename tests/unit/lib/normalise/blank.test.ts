import { describe, expect, it } from 'vitest';
import { isBlank, toKey } from '../../../../src/lib/normalise/blank.ts';

describe('isBlank', () => {
  it.each([
    undefined,
    null,
    '',
    '   ',
    '-',
    '--',
    '—',
    '–',
    '.',
    'N/A',
    'null',
    'Tidak Ada',
    'belum ada',
  ])('takes %j for an empty cell', (input) => {
    expect(isBlank(input)).toBe(true);
  });

  it.each([0, false, 'x', '-1', 'NA', 'ada', [], {}])('takes %j for a value', (input) => {
    expect(isBlank(input)).toBe(false);
  });
});

describe('toKey', () => {
  it('lower-cases and turns punctuation and spacing into single spaces', () => {
    expect(toKey('  Uji-Coba ')).toBe('uji coba');
    expect(toKey('Pemerintah Kab. Tanah  Datar')).toBe('pemerintah kab tanah datar');
    expect(toKey('PT Bank Rakyat Indonesia (Persero) Tbk')).toBe(
      'pt bank rakyat indonesia persero tbk',
    );
    expect(toKey('Top_99')).toBe('top 99');
  });
});
