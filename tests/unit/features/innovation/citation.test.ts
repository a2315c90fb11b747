import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { citeDataset, citeInnovation } from '../../../../src/features/innovation/citation.ts';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';
import { fixture } from '../../../helpers/fixtures.ts';

const record = innovationSchema.parse(
  JSON.parse(await readFile(fixture('site/markup-innovation.json'), 'utf8')),
);
const url = 'https://lumbung.example.go.id/inovasi/siap-2019';
const cited = {
  ...record,
  id: 'siap-2019',
  title: 'SIAP 100% {Antrian} & Rujukan_#1',
  agency: 'Dinas Kesehatan\nKota Padang',
  years: [2021, 2019],
  updatedAt: '2026-03-03T04:05:06.000Z',
};

describe('citeInnovation', () => {
  const citation = citeInnovation(cited, url);

  it('names the agency, the first year, the title, the portal, the page and its version', () => {
    expect(citation.text).toBe(
      'Dinas Kesehatan Kota Padang (2019). SIAP 100% {Antrian} & Rujukan_#1. Lumbung Inovasi. ' +
        'https://lumbung.example.go.id/inovasi/siap-2019 (2026-03-03).',
    );
  });

  it('writes BibTeX whose special characters are escaped and whose author is one body', () => {
    expect(citation.bibtex).toBe(
      [
        '@misc{lumbung-siap-2019,',
        '  author = {{Dinas Kesehatan Kota Padang}},',
        '  title = {{SIAP 100\\% \\{Antrian\\} \\& Rujukan\\_\\#1}},',
        '  year = {2019},',
        '  howpublished = {Lumbung Inovasi},',
        '  url = {https://lumbung.example.go.id/inovasi/siap-2019},',
        '  note = {Version of 2026-03-03},',
        '}',
      ].join('\n'),
    );
  });

  it('writes RIS one tag a line, ending with ER', () => {
    expect(citation.ris.split('\n')).toEqual([
      'TY  - ELEC',
      'AU  - Dinas Kesehatan Kota Padang',
      'TI  - SIAP 100% {Antrian} & Rujukan_#1',
      'PY  - 2019',
      'PB  - Lumbung Inovasi',
      'UR  - https://lumbung.example.go.id/inovasi/siap-2019',
      'Y2  - 2026/03/03',
      'ER  - ',
    ]);
  });
});

describe('citeDataset', () => {
  const citation = citeDataset(
    'https://lumbung.example.go.id/data-terbuka',
    new Date('2026-12-07T10:00:00Z'),
  );

  it('cites the portal as author of a dated, licensed dataset', () => {
    expect(citation.text).toBe(
      'Lumbung Inovasi (2026). Lumbung Inovasi: public-service innovations of KIPP, IGA and ' +
        'InoLAN [dataset, CC BY 4.0]. https://lumbung.example.go.id/data-terbuka (2026-12-07).',
    );
    expect(citation.bibtex.split('\n')[0]).toBe('@misc{lumbung-inovasi-2026-12-07,');
    expect(citation.ris.split('\n')).toEqual([
      'TY  - DATA',
      'AU  - Lumbung Inovasi',
      'TI  - Lumbung Inovasi: public-service innovations of KIPP, IGA and InoLAN',
      'PY  - 2026',
      'PB  - Lumbung Inovasi',
      'UR  - https://lumbung.example.go.id/data-terbuka',
      'Y2  - 2026/12/07',
      'ER  - ',
    ]);
  });
});
