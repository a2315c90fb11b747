import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adapters } from '../../ingest/adapters/index.ts';
import { expandInputs } from '../../ingest/inputs.ts';
import { DEFAULT_READ_LIMITS } from '../../ingest/readers/limits.ts';
import { silentProgress } from '../../ingest/readers/types.ts';
import { containsContact } from '../../src/lib/normalise/people.ts';
import { provenanceKey, type SourceRecord } from '../../ingest/record.ts';
import {
  acceptedSampleRecords,
  ingestSample as ingestInto,
  type SampleRun,
} from '../helpers/sample-ingest.ts';

const dirs: string[] = [];

async function ingestSample(): Promise<SampleRun> {
  const dataDir = await mkdtemp(join(tmpdir(), 'ingest-sample-'));
  dirs.push(dataDir);
  return ingestInto(dataDir);
}

/** Every Kontak / kontak value of the sample, read with our own readers. */
async function contactValues(): Promise<string[]> {
  const values: string[] = [];
  for (const programme of ['kipp', 'iga'] as const) {
    const adapter = adapters[programme];
    for (const file of await expandInputs(adapter, [`data/samples/${programme}`])) {
      for await (const event of adapter.read(file, {
        progress: silentProgress,
        limits: DEFAULT_READ_LIMITS,
      })) {
        if (event.kind !== 'item') continue;
        const entry = Object.entries(event.item.fields).find(
          ([key]) => key.trim().toLowerCase() === 'kontak',
        );
        if (typeof entry?.[1] === 'string' && entry[1].trim()) values.push(entry[1].trim());
      }
    }
  }
  return values;
}

/** `kipp/kipp-2016.csv:71` → `kipp:KIPP-2016-00071:2016`, through the adapters themselves. */
async function provenanceByPlace(): Promise<Map<string, string>> {
  const byPlace = new Map<string, string>();
  for await (const { file, row, record } of acceptedSampleRecords()) {
    const p = record.provenance;
    byPlace.set(
      `${relative('data/samples', file)}:${String(row)}`,
      `${p.programme}:${p.sourceId}:${p.year}`,
    );
  }
  return byPlace;
}

/** Every accepted sample record as the adapters give it, by `programme:year:sourceId`. */
async function sourceRecords(): Promise<Map<string, SourceRecord>> {
  const byKey = new Map<string, SourceRecord>();
  for await (const { record } of acceptedSampleRecords()) {
    byKey.set(provenanceKey(record.provenance), record);
  }
  return byKey;
}

let first: SampleRun;

beforeAll(async () => {
  first = await ingestSample();
}, 120_000);

afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe('npm run ingest -- --sample --no-publish --report r.json', () => {
  it('exits 0 and prints the summary table with merged and total', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^file\s+programme\s+read\s+accepted\s+rejected\s+warnings$/m);
    expect(first.stdout).toMatch(/^merged into other records: \d+$/m);
    expect(first.stdout).toMatch(/^innovations: \d+$/m);
  });

  it('publishes about 3,000 innovations', () => {
    expect(first.records.length).toBe(first.report.total);
    expect(first.report.total).toBeGreaterThanOrEqual(2900);
    expect(first.report.total).toBeLessThanOrEqual(3100);
  });

  it('rejects exactly the deliberately bad rows, each with its file, row and field', async () => {
    const expected = JSON.parse(
      await readFile('data/samples/expected-rejections.json', 'utf8'),
    ) as {
      file: string;
      row: number;
      field: string;
    }[];
    const found = first.report.rejected.map(({ file, row, field }) => ({
      file: file.replace(/^data\/samples\//, ''),
      row,
      field,
    }));
    expect(found).toEqual(expected);
    for (const issue of first.report.rejected) expect(issue.reason.length).toBeGreaterThan(0);
  });

  it('keeps every valid row: each accepted record is one provenance of the output', () => {
    const accepted = first.report.files.reduce((sum, file) => sum + file.accepted, 0);
    const read = first.report.files.reduce((sum, file) => sum + file.read, 0);
    expect(accepted).toBe(read - first.report.rejected.length);
    const provenances = first.records.reduce((sum, record) => sum + record.provenance.length, 0);
    expect(provenances).toBe(accepted);
    expect(first.report.merged).toBe(accepted - first.report.total);
  });

  it('writes only records that validate, with unique ids', () => {
    expect(new Set(first.records.map((record) => record.id)).size).toBe(first.records.length);
  });

  it('writes no markup, no script and no contact data', async () => {
    const contacts = await contactValues();
    expect(contacts.length).toBeGreaterThan(100);
    for (const line of first.lines) {
      expect(line).not.toMatch(/<script|onerror|javascript:/i);
      expect(containsContact(line)).toBe(false);
    }
    const everything = first.lines.join('\n');
    for (const contact of contacts) expect(everything).not.toContain(contact);
  });

  it('holds the real innovations public sources name', () => {
    const byAcronym = (acronym: string) =>
      first.records.filter((r) => (r.acronym ?? r.title).toLowerCase() === acronym.toLowerCase());
    const [basaba] = byAcronym('BASABA');
    expect(basaba?.expansion).toBe('Bapak Sayang Bayi');
    // RSUD Dr. Achmad Mochtar in Bukittinggi is the province's hospital.
    expect(basaba?.province).toBe('Sumatera Barat');
    expect(basaba?.unit).toBe('RSUD Dr. Achmad Mochtar Bukittinggi');
    expect(byAcronym('BASABA').filter((r) => r.expansion === 'Bapak Sayang Bayi')).toHaveLength(1);
    expect(basaba?.awards.map((a) => `${a.programme} ${a.year} ${a.level}`)).toEqual(
      expect.arrayContaining(['kipp 2018 top-99', 'kipp 2018 top-40']),
    );
    const oase = byAcronym('OASE').filter((r) => r.regency === 'Kabupaten Tanah Datar');
    expect(oase).toHaveLength(1);
    expect(oase[0]?.awards.map((a) => `${a.programme} ${a.year} ${a.level}`)).toContain(
      'kipp 2017 top-99',
    );
    for (const title of ['Kelas IMUD', 'Klinik Berhenti Merokok', 'SIMBARA']) {
      expect(byAcronym(title), title).toHaveLength(1);
    }
    const padi = first.records.filter((r) => r.title.startsWith('PaDi UMKM'));
    expect(padi).toHaveLength(1);
    expect(padi[0]?.agency).toBe('Kementerian Badan Usaha Milik Negara');
    expect(padi[0]?.awards.map((a) => `${a.programme} ${a.year} ${a.level}`)).toContain(
      'kipp 2023 top-45',
    );
    for (const start of ['CEISA Barang Kiriman', 'Biochar Three in One (Biotron)']) {
      expect(
        first.records.filter((r) => r.title.startsWith(start)),
        start,
      ).toHaveLength(1);
    }
  });

  it('merges across years and across programmes', () => {
    expect(first.records.filter((r) => r.years.length > 1).length).toBeGreaterThan(50);
    expect(first.records.filter((r) => r.programmes.length > 1).length).toBeGreaterThan(100);
  });

  it('merges exactly the records the generator made from one innovation', async () => {
    const truth = JSON.parse(
      await readFile('data/samples/expected-groups.json', 'utf8'),
    ) as string[][];
    const keyOfPlace = await provenanceByPlace();
    const expected = truth.map((places) => places.map((place) => keyOfPlace.get(place)).sort());
    const found = first.records
      .filter((record) => record.provenance.length > 1)
      .map((record) =>
        record.provenance.map((p) => `${p.programme}:${p.sourceId}:${p.year}`).sort(),
      );
    const asText = (groups: (string | undefined)[][]) => groups.map((g) => g.join(' + ')).sort();
    expect(asText(found)).toEqual(asText(expected));
  });

  it('never mixes the narrative of two source records: each merged record has its chosen one whole', async () => {
    const sources = await sourceRecords();
    const merged = first.records.filter((record) => record.provenance.length > 1);
    expect(merged.length).toBeGreaterThan(300);
    let mixedBefore = 0;
    for (const record of merged) {
      const keys = record.provenance.map(provenanceKey);
      const chosen = record.narrativeSource;
      expect(chosen, record.id).toBeDefined();
      if (chosen === undefined) continue;
      expect(keys, record.id).toContain(provenanceKey(chosen));
      const source = sources.get(provenanceKey(chosen));
      expect(record.summary, record.id).toBe(source?.summary);
      expect(record.sections, record.id).toEqual(source?.sections);
      for (const other of record.otherNarratives ?? []) {
        const own = sources.get(provenanceKey(other.source));
        expect(keys, record.id).toContain(provenanceKey(other.source));
        expect([other.summary, other.sections], record.id).toEqual([own?.summary, own?.sections]);
      }
      // How many pages the old rule (latest summary, sections overlaid) would have mixed.
      const members = keys.map((key) => sources.get(key));
      const withText = members.filter((member) => member && Object.keys(member.sections).length);
      if (withText.length > 1) mixedBefore += 1;
    }
    expect(mixedBefore).toBeGreaterThan(0);
  });

  it('gives the same ids and count on a second run over the same inputs', async () => {
    const second = await ingestSample();
    expect(second.records.map((r) => r.id).sort()).toEqual(first.records.map((r) => r.id).sort());
  }, 120_000);
});
