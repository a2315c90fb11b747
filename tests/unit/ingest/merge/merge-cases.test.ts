import { describe, expect, it } from 'vitest';
import { combine } from '../../../../ingest/merge/combine.ts';
import { MergeGroups } from '../../../../ingest/merge/groups.ts';
import { mergeKeysOf } from '../../../../ingest/merge/keys.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';
import type { Innovation } from '../../../../src/lib/schema/innovation.ts';

const BUKITTINGGI = {
  provinceCode: '13',
  province: 'Sumatera Barat',
  regencyCode: '13.75',
  regency: 'Kota Bukittinggi',
};
const PADANG = {
  provinceCode: '13',
  province: 'Sumatera Barat',
  regencyCode: '13.71',
  regency: 'Kota Padang',
};

function record(overrides: Partial<SourceRecord> & { sourceId: string }): SourceRecord {
  const { sourceId, ...rest } = overrides;
  const year = rest.year ?? 2018;
  const programme = rest.provenance?.programme ?? 'kipp';
  return {
    title: 'BASABA (Bapak Sayang Bayi)',
    acronym: 'BASABA',
    expansion: 'Bapak Sayang Bayi',
    summary: 'Ayah dilibatkan dalam perawatan bayi baru lahir.',
    sections: {},
    year,
    agency: 'Pemerintah Kota Bukittinggi',
    unit: 'RSUD Dr. Achmad Mochtar Bukittinggi',
    cluster: 'kota',
    ...BUKITTINGGI,
    sectors: ['kesehatan'],
    categories: ['Kesehatan'],
    sdgs: [3],
    status: 'tidak-diketahui',
    awards: [],
    innovators: [],
    ...rest,
    provenance: { programme, sourceId, year },
  };
}

/** Runs the merge as the pipeline does: group by keys, then combine each group. */
function mergeAll(records: SourceRecord[]): Innovation[] {
  const groups = new MergeGroups();
  for (const r of records) groups.add(mergeKeysOf(r));
  const byGroup = new Map<number, SourceRecord[]>();
  records.forEach((r, index) => {
    const group = groups.groupOf(index);
    byGroup.set(group, [...(byGroup.get(group) ?? []), r]);
  });
  return [...byGroup.values()].map((members) => combine(members, '2026-01-01T00:00:00.000Z'));
}

describe('merging the same innovation', () => {
  it('joins one innovation across KIPP years, keeping every year, award and provenance', () => {
    const [merged, ...rest] = mergeAll([
      record({
        sourceId: 'KIPP-2018-00042',
        year: 2018,
        awards: [{ programme: 'kipp', year: 2018, level: 'top-99', label: 'Top 99' }],
      }),
      record({
        sourceId: 'KIPP-2019-00007',
        year: 2019,
        awards: [{ programme: 'kipp', year: 2019, level: 'top-40', label: 'Top 40' }],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(merged?.years).toEqual([2018, 2019]);
    expect(merged?.year).toBe(2018);
    expect(merged?.awards.map((a) => `${a.year} ${a.level}`)).toEqual([
      '2018 top-99',
      '2019 top-40',
    ]);
    expect(merged?.provenance.map((p) => p.sourceId)).toEqual([
      'KIPP-2018-00042',
      'KIPP-2019-00007',
    ]);
  });

  it('joins titles that differ in case, punctuation, spacing and an added or removed expansion', () => {
    const merged = mergeAll([
      record({ sourceId: 'a', title: 'BASABA', acronym: undefined, expansion: undefined }),
      record({
        sourceId: 'b',
        year: 2019,
        title: 'Basaba  (Bapak sayang bayi).',
        acronym: 'Basaba',
        expansion: 'Bapak sayang bayi.',
      }),
      record({
        sourceId: 'c',
        year: 2020,
        title: 'Bapak Sayang Bayi',
        acronym: undefined,
        expansion: undefined,
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.years).toEqual([2018, 2019, 2020]);
    expect(merged[0]?.acronym).toBe('Basaba');
  });

  it('shows the acronym as written in capitals when another record writes it in title case', () => {
    const merged = mergeAll([
      record({ sourceId: 'kipp' }),
      record({
        sourceId: 'iga',
        title: 'Basaba (Bapak Sayang Bayi)',
        acronym: 'Basaba',
        provenance: { programme: 'iga', sourceId: 'x', year: 2018 },
      }),
    ]);
    expect(merged.map((m) => m.title)).toEqual(['BASABA (Bapak Sayang Bayi)']);
  });

  it('joins a title-case short head and a trailing full stop with the upper-case acronym', () => {
    const sipandu = { acronym: undefined, expansion: undefined };
    const merged = mergeAll([
      record({
        sourceId: 'a',
        title: 'SIPANDU (Sistem Pelayanan Terpadu)',
        acronym: 'SIPANDU',
        expansion: 'Sistem Pelayanan Terpadu',
      }),
      record({
        sourceId: 'b',
        year: 2019,
        title: 'Sipandu (Sistem Pelayanan Terpadu).',
        ...sipandu,
      }),
      record({
        sourceId: 'c',
        year: 2020,
        title: 'Sipandu - Sistem Pelayanan Terpadu',
        ...sipandu,
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.years).toEqual([2018, 2019, 2020]);
  });

  it('joins a KIPP entry and an IGA entry of the same regency into one record with both programmes', () => {
    const merged = mergeAll([
      record({ sourceId: 'KIPP-2018-00042' }),
      record({
        sourceId: 'IID-2021-1375-00003',
        year: 2021,
        title: 'BASABA',
        acronym: undefined,
        expansion: undefined,
        agency: 'Pemerintah Kota Bukittinggi',
        unit: 'Dinas Kesehatan',
        provenance: { programme: 'iga', sourceId: 'x', year: 2021 },
        stage: 'penerapan',
        digital: false,
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.programmes).toEqual(['kipp', 'iga']);
    expect(merged[0]?.provenance.map((p) => p.programme)).toEqual(['kipp', 'iga']);
    expect(merged[0]?.stage).toBe('penerapan');
    expect(merged[0]?.title).toBe('BASABA (Bapak Sayang Bayi)');
  });

  it('joins a central agency written with and without "Republik Indonesia"', () => {
    const central = {
      cluster: 'kementerian' as const,
      provinceCode: undefined,
      province: undefined,
      regencyCode: undefined,
      regency: undefined,
    };
    const merged = mergeAll([
      record({
        sourceId: 'k1',
        ...central,
        title: 'PaDi UMKM (Pasar Digital UMKM)',
        acronym: 'PaDi UMKM',
        expansion: 'Pasar Digital UMKM',
        agency: 'Kementerian BUMN',
      }),
      record({
        sourceId: 'k2',
        ...central,
        year: 2023,
        title: 'PADI UMKM',
        acronym: undefined,
        expansion: undefined,
        agency: 'Kementerian BUMN Republik Indonesia',
      }),
    ]);
    expect(merged).toHaveLength(1);
  });

  it('joins a central agency written in its short form and in full (the abbreviation table)', () => {
    const central = {
      cluster: 'kementerian' as const,
      provinceCode: undefined,
      province: undefined,
      regencyCode: undefined,
      regency: undefined,
    };
    const title = { title: 'SATUSEHAT', acronym: undefined, expansion: undefined };
    const merged = mergeAll([
      record({ sourceId: 'k1', ...central, ...title, agency: 'Kemenkes RI' }),
      record({ sourceId: 'k2', ...central, ...title, year: 2023, agency: 'Kementerian Kesehatan' }),
      record({ sourceId: 'k3', ...central, ...title, year: 2023, agency: 'Kementerian Keuangan' }),
    ]);
    expect(merged.map((m) => m.provenance.map((p) => p.sourceId))).toEqual([['k1', 'k2'], ['k3']]);
  });

  it('joins a regional unit whose region did not resolve, however its name is shortened', () => {
    const unresolved = {
      provinceCode: undefined,
      province: undefined,
      regencyCode: undefined,
      regency: 'Kab. Sukamaju',
    };
    const merged = mergeAll([
      record({
        sourceId: 'a',
        ...unresolved,
        agency: 'Dinkes Kab. Sukamaju',
        cluster: 'kabupaten',
      }),
      record({
        sourceId: 'b',
        ...unresolved,
        year: 2019,
        agency: 'Dinas Kesehatan Kabupaten Sukamaju',
        cluster: 'kabupaten',
      }),
    ]);
    expect(merged).toHaveLength(1);
  });
});

describe('near-misses that must stay apart', () => {
  it('keeps the same acronym in two different regencies apart', () => {
    const merged = mergeAll([
      record({
        sourceId: 'bkt',
        title: 'SIMPEL (Sistem Pelayanan Elektronik)',
        acronym: 'SIMPEL',
        expansion: 'Sistem Pelayanan Elektronik',
      }),
      record({
        sourceId: 'pdg',
        title: 'SIMPEL (Sistem Pelayanan Elektronik)',
        acronym: 'SIMPEL',
        expansion: 'Sistem Pelayanan Elektronik',
        agency: 'Pemerintah Kota Padang',
        ...PADANG,
      }),
    ]);
    expect(merged).toHaveLength(2);
    expect(merged.map((m) => m.regency).sort()).toEqual(['Kota Bukittinggi', 'Kota Padang']);
  });

  it('keeps the same acronym with two different expansions in one regency apart', () => {
    const merged = mergeAll([
      record({
        sourceId: 'a',
        title: 'SIAP (Sistem Informasi Antrian Pasien)',
        acronym: 'SIAP',
        expansion: 'Sistem Informasi Antrian Pasien',
      }),
      record({
        sourceId: 'b',
        title: 'SIAP (Sekolah Inklusi Anak Pesisir)',
        acronym: 'SIAP',
        expansion: 'Sekolah Inklusi Anak Pesisir',
      }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('keeps two central agencies with the same title apart', () => {
    const central = {
      cluster: 'kementerian' as const,
      provinceCode: undefined,
      province: undefined,
      regencyCode: undefined,
      regency: undefined,
    };
    const merged = mergeAll([
      record({
        sourceId: 'a',
        ...central,
        title: 'E-Office',
        acronym: undefined,
        expansion: undefined,
        agency: 'Kementerian Keuangan',
      }),
      record({
        sourceId: 'b',
        ...central,
        title: 'E-Office',
        acronym: undefined,
        expansion: undefined,
        agency: 'Kementerian Pertanian',
      }),
    ]);
    expect(merged).toHaveLength(2);
  });
});

describe('ids', () => {
  const inputs = [
    record({ sourceId: 'KIPP-2018-00042' }),
    record({ sourceId: 'KIPP-2019-00007', year: 2019 }),
    record({
      sourceId: 'other',
      title: 'Klinik Berhenti Merokok',
      acronym: undefined,
      expansion: undefined,
    }),
  ];

  it('are URL-safe and start with the title', () => {
    const ids = mergeAll(inputs).map((m) => m.id);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(ids.some((id) => id.startsWith('basaba-'))).toBe(true);
    expect(ids.some((id) => id.startsWith('klinik-berhenti-merokok-'))).toBe(true);
  });

  it('are the same on every run and in any input order', () => {
    const once = mergeAll(inputs)
      .map((m) => m.id)
      .sort();
    const reversed = mergeAll([...inputs].reverse())
      .map((m) => m.id)
      .sort();
    expect(reversed).toEqual(once);
  });

  it('keep the id an earlier run gave, even when an older record joins later', () => {
    const later = record({ sourceId: 'KIPP-2021-00001', year: 2021 });
    const published = combine([later], '2026-01-01T00:00:00.000Z').id;
    const older = record({
      sourceId: 'IID-2019-1',
      year: 2019,
      provenance: { programme: 'iga', sourceId: 'x', year: 2019 },
    });
    const previousId = (p: { sourceId: string }) =>
      p.sourceId === 'KIPP-2021-00001' ? published : undefined;
    expect(combine([older, later], '2026-01-02T00:00:00.000Z', previousId).id).toBe(published);
    expect(combine([older, later], '2026-01-02T00:00:00.000Z').id).not.toBe(published);
  });

  it('do not change when a later year joins the innovation', () => {
    const before = mergeAll([record({ sourceId: 'KIPP-2018-00042' })])[0]?.id;
    const after = mergeAll([
      record({ sourceId: 'KIPP-2018-00042' }),
      record({ sourceId: 'KIPP-2021-00001', year: 2021 }),
    ])[0]?.id;
    expect(after).toBe(before);
  });
});
