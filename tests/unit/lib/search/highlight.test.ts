import { describe, expect, it } from 'vitest';
import { highlightStems } from '../../../../src/lib/search/highlight.ts';

/** The marked words, for short assertions. */
function marked(text: string, query: string): string[] {
  return highlightStems(text, query)
    .filter((segment) => segment.match)
    .map((segment) => segment.text);
}

describe('highlightStems', () => {
  it('marks words that share a stem with the query', () => {
    expect(marked('Pelayanan Administrasi Kependudukan', 'layanan kependudukan')).toEqual([
      'Pelayanan',
      'Kependudukan',
    ]);
  });

  it('marks a word that starts with the last word typed', () => {
    expect(marked('Puskesmas Padang Pasir', 'puskes')).toEqual(['Puskesmas']);
  });

  it('keeps the text whole, separators and all', () => {
    const text = 'BASABA (Bapak Sayang Bayi)';
    expect(
      highlightStems(text, 'bayi')
        .map((segment) => segment.text)
        .join(''),
    ).toBe(text);
    expect(highlightStems(text, 'bayi').at(-2)).toEqual({ text: 'Bayi', match: true });
  });

  it('marks no stop word and nothing for an empty query', () => {
    expect(marked('Layanan untuk Warga', 'untuk')).toEqual([]);
    expect(marked('Layanan untuk Warga', '')).toEqual([]);
  });
});
