import { describe, expect, it } from 'vitest';
import { createRng } from '../../../../scripts/generate/rng.ts';
import {
  makeAcronym,
  titleKey,
  titleVariant,
  withShape,
} from '../../../../scripts/generate/titles.ts';

describe('withShape', () => {
  it('writes every title shape from acronym and expansion', () => {
    const text = (shape: Parameters<typeof withShape>[0]) =>
      withShape(shape, 'BASABA', 'Bapak Sayang Bayi').text;
    expect(text('acronym-paren')).toBe('BASABA (Bapak Sayang Bayi)');
    expect(text('acronym-dash')).toBe('BASABA - Bapak Sayang Bayi');
    expect(text('acronym-colon')).toBe('BASABA: Bapak Sayang Bayi');
    expect(text('expansion-paren')).toBe('Bapak Sayang Bayi (BASABA)');
    expect(text('acronym-only')).toBe('BASABA');
    expect(text('plain')).toBe('Bapak Sayang Bayi');
  });
});

describe('titleKey', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(titleKey(' Basaba  (Bapak Sayang Bayi). ')).toBe('basababapaksayangbayi');
    expect(titleKey('BASABA - BAPAK SAYANG BAYI')).toBe('basababapaksayangbayi');
  });
});

describe('titleVariant', () => {
  it('respells BASABA (Bapak Sayang Bayi) only in ways that keep it the same innovation', () => {
    const title = withShape('acronym-paren', 'BASABA', 'Bapak Sayang Bayi');
    const allowed = [
      'BASABA (BAPAK SAYANG BAYI)',
      'BASABA (Bapak Sayang Bayi).',
      'BASABA  (Bapak Sayang Bayi)',
      ' BASABA (Bapak Sayang Bayi) ',
      'BASABA',
      'Basaba (Bapak Sayang Bayi)',
      'BASABA (bapak sayang bayi)',
      'BASABA ( Bapak Sayang Bayi )',
    ];
    const rng = createRng(11);
    const seen = new Set(Array.from({ length: 200 }, () => titleVariant(rng, title)));
    expect([...seen].sort()).toEqual([...allowed].sort());
  });

  it('respells a plain title by case, spacing and a trailing full stop only', () => {
    const rng = createRng(12);
    const seen = new Set(
      Array.from({ length: 100 }, () =>
        titleVariant(rng, { text: 'Klinik Berhenti Merokok', shape: 'plain' }),
      ),
    );
    expect([...seen].sort()).toEqual(
      [
        'KLINIK BERHENTI MEROKOK',
        'Klinik Berhenti Merokok.',
        'Klinik  Berhenti Merokok',
        ' Klinik Berhenti Merokok ',
      ].sort(),
    );
  });
});

describe('makeAcronym', () => {
  it('builds an upper-case acronym of 3 to 8 letters from the words, skipping dan/di/ke', () => {
    const rng = createRng(13);
    for (const expansion of [
      'Bapak Sayang Bayi',
      'Gerakan Cegah Stunting Berbasis Desa',
      'Layanan Adminduk di Desa dan Kelurahan',
    ]) {
      for (let i = 0; i < 20; i += 1) expect(makeAcronym(rng, expansion)).toMatch(/^[A-Z]{3,8}$/);
    }
  });
});
