import { describe, expect, it } from 'vitest';
import { containsContact, splitNames } from '../../../../src/lib/normalise/people.ts';

describe('containsContact', () => {
  it.each([
    'budi@example.go.id',
    'Kontak: budi.santoso+kipp@dinkes.padang.go.id',
    'budi [at] dinkes [dot] go [dot] id',
    '0812-3456-7890',
    '081234567890',
    '0812 3456 7890',
    '0812.3456.7890',
    '+62 812 3456 7890',
    '+62-812-3456-7890',
    '+62 (0)812 3456 7890',
    '+6281234567890',
    '6281234567890',
    '(0751) 123456',
    '(021) 5551234',
    '021-5551234',
    '0751 123456',
    'WA 0812-3456-7890 (Budi)',
    'wa.me/6281234567890',
  ])('finds contact data in %j', (text) => {
    expect(containsContact(text)).toBe(true);
  });

  it.each([
    'Budi Santoso',
    'dr. Andi Saputra, Sp.A',
    'Tahun 2019',
    '17-03-2019',
    '05.04.2019',
    '2019-03-17',
    'Jam layanan 08.00-16.00 WIB',
    'KIPP-2019-00123',
    'Anggaran Rp 62.500.000.000',
    'Skor 87,5 dari 100',
    'NIP 198703122010011002',
    '35.07',
    'Top 99',
    '',
  ])('finds none in %j', (text) => {
    expect(containsContact(text)).toBe(false);
  });
});

describe('splitNames', () => {
  it('splits on semicolons and line breaks', () => {
    expect(splitNames('Budi Santoso; Ani Lestari\nCitra Dewi\r\nDedi')).toEqual([
      'Budi Santoso',
      'Ani Lestari',
      'Citra Dewi',
      'Dedi',
    ]);
  });

  it('splits on <br> and drops markup', () => {
    expect(splitNames('<p>Budi Santoso<br>Ani <b>Lestari</b></p>')).toEqual([
      'Budi Santoso',
      'Ani Lestari',
    ]);
  });

  it('keeps commas that belong to a name and its degrees', () => {
    expect(splitNames('dr. Andi Saputra, Sp.A; Ns. Rina, S.Kep')).toEqual([
      'dr. Andi Saputra, Sp.A',
      'Ns. Rina, S.Kep',
    ]);
  });

  it('reads arrays', () => {
    expect(splitNames(['Budi', 'Ani; Citra', null, ''])).toEqual(['Budi', 'Ani', 'Citra']);
  });

  it('trims, drops empty parts and list numbering, and deduplicates in any case', () => {
    expect(
      splitNames(' ; Budi  Santoso ;;\n\n1. Ani\n2) Citra\n- Dedi\n• Eka\nBUDI SANTOSO; -'),
    ).toEqual(['Budi Santoso', 'Ani', 'Citra', 'Dedi', 'Eka']);
  });

  it('drops parts that are only contact data', () => {
    expect(
      splitNames('Budi Santoso; budi@example.go.id; 0812-3456-7890; +62 812 3456 7890'),
    ).toEqual(['Budi Santoso']);
  });

  it('removes contact data inside a part and keeps the name', () => {
    expect(
      splitNames(
        'Budi Santoso (budi@example.go.id)\nAni Lestari - HP. 0812-3456-7890\nCitra, Telp: (0751) 123456',
      ),
    ).toEqual(['Budi Santoso', 'Ani Lestari', 'Citra']);
  });

  it('never lets contact data through', () => {
    const names = splitNames(
      'Budi 081234567890 Santoso; Email: ani@mail.id; WA +6281234567890; Wa Ode Nurhayati',
    );
    expect(names).toEqual(['Budi Santoso', 'Wa Ode Nurhayati']);
    for (const name of names) expect(containsContact(name)).toBe(false);
  });

  it('gives [] for empty input', () => {
    expect(splitNames(undefined)).toEqual([]);
    expect(splitNames(null)).toEqual([]);
    expect(splitNames('')).toEqual([]);
    expect(splitNames(' ; \n ')).toEqual([]);
    expect(splitNames([])).toEqual([]);
  });
});
