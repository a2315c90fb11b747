import type { RelevanceCase } from './types.ts';

/** The queries of issue 3. */
export const issueCases: readonly RelevanceCase[] = [
  {
    query: 'stunting',
    why: 'the subject word itself',
    everyTop3: { in: 'title', matches: /stunting/i },
  },
  {
    query: 'puskesmas',
    why: 'an abbreviation used as a word',
    everyTop3: { in: 'title', matches: /puskesmas/i },
  },
  {
    query: 'pusat kesehatan masyarakat',
    why: 'the spelled-out form finds the abbreviation (no sample text spells it out)',
    everyTop3: { in: 'text', matches: /puskesmas/i },
  },
  {
    query: 'layanan kependudukan',
    why: 'population services, whether the title says layanan or pelayanan',
    everyTop3: { in: 'title', matches: /layanan.*(kependudukan|adminduk)/i },
  },
  {
    query: 'basaba',
    why: 'an acronym two innovations share',
    inTop3: ['Basaba (Bapak Sayang Bayi)', 'BASABA (Bersama Sahabat Baca)'],
  },
  {
    query: 'bapak sayang bayi',
    why: 'the expansion of an acronym title',
    inTop3: ['Basaba (Bapak Sayang Bayi)'],
  },
  {
    query: 'padi umkm',
    why: 'a brand-like name of two words at the head of a long title',
    inTop3: [
      'PaDi UMKM (Pasar Digital Usaha Mikro Kecil dan Menengah) dari BUMN untuk UMKM Indonesia',
    ],
  },
];
