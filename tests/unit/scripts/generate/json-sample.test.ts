import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { igaRecords, inolanPageNames, samplesDir, type Item } from './read-sample.ts';

const iga = igaRecords(samplesDir).map(({ record }) => record);
const values = (key: string): unknown[] => iga.map((record) => record[key]);
const pemda = iga
  .map((record) => record.pemda as { kode: string; nama: string } | null)
  .filter((p) => p !== null);

describe('the IGA sample files', () => {
  it('are a JSON array, a {"data": [...]} with a BOM, an NDJSON and a CRLF JSONL file', () => {
    const raw = (file: string) => readFileSync(join(samplesDir, file), 'utf8');
    expect(raw('iga/iga-2018-2019.json').startsWith('[')).toBe(true);
    expect(raw('iga/iga-2020-2021.json').startsWith('\uFEFF{"data": [')).toBe(true);
    expect(raw('iga/iga-2022-2023.ndjson')).not.toContain('\r\n');
    expect(raw('iga/iga-2024-2025.jsonl')).toContain('}\r\n{');
  });

  it('cover the assessment years 2018–2025, as numbers and as strings', () => {
    const years = new Set(values('tahun_penilaian').map(String));
    expect([...years].filter((year) => year !== 'abc').sort()).toEqual([
      '2018',
      '2019',
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
    expect(values('tahun_penilaian').some((year) => typeof year === 'number')).toBe(true);
    expect(values('tahun_penilaian').some((year) => typeof year === 'string')).toBe(true);
  });

  it('are mostly regencies and cities, with codes with and without the dot and two-digit provinces', () => {
    const kode = pemda.map((p) => p.kode);
    expect(kode.some((code) => /^\d{2}\.\d{2}$/.test(code))).toBe(true);
    expect(kode.some((code) => /^\d{4}$/.test(code))).toBe(true);
    const provinces = kode.filter((code) => /^\d{2}$/.test(code)).length;
    expect(provinces).toBeGreaterThan(0);
    expect(provinces / kode.length).toBeLessThan(0.2);
  });

  it('write urusan, covid19, skor_inovasi, jenis and tahapan in every shape', () => {
    expect(values('urusan').some(Array.isArray)).toBe(true);
    expect(
      values('urusan').some((urusan) => typeof urusan === 'string' && urusan.includes(', ')),
    ).toBe(true);
    const covid = new Set(
      iga.map((record) => ('covid19' in record ? JSON.stringify(record.covid19) : 'absent')),
    );
    expect([...covid].sort()).toEqual(['"tidak"', '"ya"', 'absent', 'false', 'true']);
    expect(values('skor_inovasi').some((score) => typeof score === 'number')).toBe(true);
    expect(
      values('skor_inovasi').some((score) => typeof score === 'string' && /^\d+,\d$/.test(score)),
    ).toBe(true);
    const jenis = new Set(values('jenis'));
    for (const form of ['Digital', 'Non Digital', 'Non-Digital', 'DIGITAL'])
      expect(jenis, form).toContain(form);
    const tahapan = new Set(values('tahapan'));
    for (const form of ['Penerapan', 'PENERAPAN', 'uji coba', 'Inisiatif'])
      expect(tahapan, form).toContain(form);
  });

  it('carry pemda awards on some records, and null or link videos', () => {
    expect(values('penghargaan').filter((award) => award !== null).length).toBeGreaterThan(5);
    expect(values('video')).toContain(null);
    expect(
      values('video').some((video) => typeof video === 'string' && video.startsWith('https://')),
    ).toBe(true);
  });

  it('use both numeric and IID-... string ids', () => {
    expect(values('id').some((id) => typeof id === 'number')).toBe(true);
    expect(
      values('id').some((id) => typeof id === 'string' && /^IID-\d{4}-\d{2,4}-\d{5}$/.test(id)),
    ).toBe(true);
  });
});

describe('the InoLAN sample pages', () => {
  const pages = inolanPageNames(samplesDir);
  const documents = pages.map(
    (file) =>
      JSON.parse(readFileSync(join(samplesDir, file), 'utf8')) as {
        data: Item[];
        meta: Record<string, number>;
      },
  );
  const items = documents.flatMap((document) => document.data);

  it('are page-1.json ... with 100 items a page and the total in meta', () => {
    expect(pages.slice(0, 2)).toEqual(['inolan/page-1.json', 'inolan/page-2.json']);
    documents.forEach((document, i) => {
      expect(document.meta).toEqual({ page: i + 1, per_page: 100, total: items.length });
      if (i < documents.length - 1) expect(document.data).toHaveLength(100);
    });
  });

  it('write tahapan_5d in its variants and updated_at with +07:00', () => {
    const stages = new Set(items.map((item) => item.tahapan_5d));
    for (const stage of ['drum-up', 'Drum Up', 'DELIVER', 'diagnose', 'design', 'display'])
      expect(stages, stage).toContain(stage);
    expect(
      items.every((item) =>
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/.test(String(item.updated_at)),
      ),
    ).toBe(true);
  });

  it('leave wilayah null for central agencies and single fields null elsewhere', () => {
    const regions = items.map((item) => item.wilayah as Record<string, unknown> | null);
    expect(regions).toContain(null);
    expect(
      regions.some(
        (region) => region !== null && region.id_kabkot === null && region.nama_provinsi !== null,
      ),
    ).toBe(true);
  });

  it('write SDGs as {id, nama} objects and, now and then, bare numbers', () => {
    const sdgs = items.flatMap((item) => item.sdgs as unknown[]);
    expect(sdgs).toContainEqual({ id: 3, nama: 'Kehidupan Sehat dan Sejahtera' });
    expect(sdgs.some((sdg) => typeof sdg === 'number')).toBe(true);
  });

  it('write tahun as numbers and strings', () => {
    expect(items.some((item) => typeof item.tahun === 'number')).toBe(true);
    expect(items.some((item) => typeof item.tahun === 'string')).toBe(true);
  });
});
