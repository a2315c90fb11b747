import { describe, expect, it } from 'vitest';
import { slugify } from '../../../../src/lib/text/slug.ts';

describe('slugify', () => {
  it.each([
    ['Kepulauan Bangka Belitung', 'kepulauan-bangka-belitung'],
    ['Daerah Istimewa Yogyakarta', 'daerah-istimewa-yogyakarta'],
    ['Kabupaten Kepulauan Seribu', 'kabupaten-kepulauan-seribu'],
    ['DKI Jakarta', 'dki-jakarta'],
    ['D.K.I. Jakarta', 'dki-jakarta'],
    ['Kota Bau-Bau', 'kota-bau-bau'],
    ['Kabupaten Toba Samosir ', 'kabupaten-toba-samosir'],
    ['Papua Barat Daya', 'papua-barat-daya'],
    ["Ma'ruf", 'maruf'],
    ['Kesehatan, Gizi & Sanitasi', 'kesehatan-gizi-sanitasi'],
    ['Pemerintah Kota Pangkalpinang (2024)', 'pemerintah-kota-pangkalpinang-2024'],
    ['Café Sehat', 'cafe-sehat'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('gives URL-safe slugs only', () => {
    for (const name of ['  --Aceh--  ', 'Nusa Tenggara Timur', 'Ñ/ß ö']) {
      expect(slugify(name)).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
    }
  });

  it('is idempotent', () => {
    const once = slugify('Kepulauan Bangka Belitung');
    expect(slugify(once)).toBe(once);
  });
});
