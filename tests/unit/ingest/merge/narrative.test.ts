import { describe, expect, it } from 'vitest';
import { combine } from '../../../../ingest/merge/combine.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';
import type { Programme } from '../../../../src/lib/schema/enums.ts';
import type { Sections } from '../../../../src/lib/schema/innovation.ts';

const KIPP_FULL: Sections = {
  background: 'Prevalensi stunting 46 %.',
  novelty: 'Kunjungan rumah oleh kader.',
  implementation: 'Seluruh desa sejak 2017.',
  impact: 'Prevalensi turun menjadi 33 %.',
  adaptability: 'Dapat ditiru kabupaten lain.',
  resources: 'Kader posyandu dan dana desa.',
  sustainability: 'Masuk peraturan bupati.',
};

function record(
  programme: Programme,
  year: number,
  summary: string,
  sections: Sections,
): SourceRecord {
  return {
    title: 'Gerakan Cegah Stunting',
    summary,
    sections,
    year,
    agency: 'Pemerintah Kabupaten Sleman',
    cluster: 'kabupaten',
    provinceCode: '34',
    province: 'Daerah Istimewa Yogyakarta',
    regencyCode: '34.04',
    regency: 'Kabupaten Sleman',
    sectors: ['kesehatan'],
    categories: ['Kesehatan'],
    sdgs: [],
    status: 'tidak-diketahui',
    awards: [],
    innovators: [],
    provenance: { programme, sourceId: `${programme}-${String(year)}`, year },
  };
}

const kipp2019 = record('kipp', 2019, 'Stunting turun dari 46 % ke 33 %.', KIPP_FULL);
const iga2021 = record('iga', 2021, 'Stunting turun dari 86 % ke 55 %.', {
  goals: 'Menurunkan stunting.',
  benefits: '2.566 anak lebih sedikit yang stunting.',
  results: '1.689 anak keluar dari stunting.',
});
const igaPartial2023 = record('iga', 2023, 'Gerakan berlanjut.', { goals: 'Menurunkan stunting.' });
const inolan2022 = record('inolan', 2022, 'Laboratorium inovasi stunting.', {});

describe('the narrative of a merged innovation', () => {
  it('comes whole from the most recent complete source record', () => {
    const merged = combine([igaPartial2023, kipp2019, iga2021], '2026-01-01T00:00:00.000Z');
    expect(merged.narrativeSource).toEqual(iga2021.provenance);
    expect(merged.summary).toBe(iga2021.summary);
    expect(merged.sections).toEqual(iga2021.sections);
  });

  it('takes no section from another record, even one the chosen record lacks', () => {
    const merged = combine([kipp2019, inolan2022], '2026-01-01T00:00:00.000Z');
    // InoLAN has a description only, so its 2022 record is complete and the most recent.
    expect(merged.narrativeSource).toEqual(inolan2022.provenance);
    expect(merged.sections).toEqual({});
  });

  it('falls back on the record that says most when none is complete', () => {
    const thin = record('kipp', 2020, 'Ringkas.', { background: 'Latar.' });
    const merged = combine(
      [kipp2019, igaPartial2023].map((r) => ({ ...r, summary: '' })).concat(thin),
      'x',
    );
    expect(merged.narrativeSource).toEqual(kipp2019.provenance);
    expect(merged.sections).toEqual(KIPP_FULL);
  });

  it('offers the other versions per source, oldest first, without repeating one', () => {
    const again = { ...kipp2019, provenance: { ...kipp2019.provenance, sourceId: 'kipp-again' } };
    const merged = combine([kipp2019, again, iga2021, igaPartial2023], '2026-01-01T00:00:00.000Z');
    expect(merged.otherNarratives).toEqual([
      { source: kipp2019.provenance, summary: kipp2019.summary, sections: KIPP_FULL },
      {
        source: igaPartial2023.provenance,
        summary: igaPartial2023.summary,
        sections: igaPartial2023.sections,
      },
    ]);
  });

  it('names its one source record and offers nothing else when there is one', () => {
    const merged = combine([kipp2019], '2026-01-01T00:00:00.000Z');
    expect(merged.narrativeSource).toEqual(kipp2019.provenance);
    expect(merged.otherNarratives).toBeUndefined();
  });
});
