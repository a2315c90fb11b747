import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import {
  acceptedSampleRecords,
  ingestSample,
  type SampleRun,
} from '../../helpers/sample-ingest.ts';
import { generalSectors, saysSomething, titleSectors, topicsOf, unitSectors } from './readers.ts';

/** What the bundled sample says, read as a civil servant would read the published records. */

let temp: TempDir;
let run: SampleRun;
/** Category label → the sectors `data/taxonomy/category-sectors.csv` maps it to. */
const labelSectors = new Map<string, Set<string>>();

beforeAll(async () => {
  temp = await makeTempDir('sample-truth');
  run = await ingestSample(temp.path);
  const rows: Record<string, string>[] = parse(
    await readFile('data/taxonomy/category-sectors.csv', 'utf8'),
    { columns: true, skip_empty_lines: true },
  );
  for (const row of rows) {
    const known = labelSectors.get(row.label ?? '') ?? new Set<string>();
    for (const sector of (row.sectors ?? '').split('|')) known.add(sector);
    labelSectors.set(row.label ?? '', known);
  }
}, 120_000);

afterAll(async () => {
  await temp.remove();
});

const realTitles = async (): Promise<Set<string>> => {
  const rows: Record<string, string>[] = parse(
    await readFile('data/real/innovations.tsv', 'utf8'),
    { columns: true, delimiter: '\t', quote: false },
  );
  return new Set(rows.map((row) => row.title ?? ''));
};

describe('each record says one thing: its title, category, sector and unit agree', () => {
  /** The title, and the expansion of a bare acronym as the summary's first words give it. */
  const titleOf = (record: Innovation): string => {
    const spelled = record.summary.startsWith(`${record.title} (`)
      ? /^[^(]*\(([^)]*)\)/.exec(record.summary)?.[1]
      : undefined;
    return [record.title, record.expansion, spelled].filter(Boolean).join(' ');
  };

  it('reads a subject in almost every title', () => {
    const silent = run.records.filter((record) => !saysSomething(titleOf(record)));
    expect(silent.length / run.records.length, silent.map((r) => r.title).join('; ')).toBeLessThan(
      0.01,
    );
  });

  it('files no record under a category of another subject than its title', () => {
    const wrong: string[] = [];
    for (const record of run.records) {
      const named = titleSectors(titleOf(record));
      if (named.size === 0) continue;
      for (const label of record.categories) {
        const sectors = labelSectors.get(label);
        if (sectors === undefined) continue; // a planted unknown label
        const fits = [...sectors].some((s) => named.has(s) || generalSectors.has(s));
        if (!fits) wrong.push(`${record.title}: ${label}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("gives every record its title's sector, unless its only categories are general ones", () => {
    const wrong: string[] = [];
    for (const record of run.records) {
      const named = titleSectors(titleOf(record));
      if (named.size === 0) continue;
      const onlyGeneral = record.categories.every((label) =>
        [...(labelSectors.get(label) ?? [])].every((sector) => generalSectors.has(sector)),
      );
      if (!onlyGeneral && !record.sectors.some((sector) => named.has(sector)))
        wrong.push(`${record.title}: ${record.sectors.join(', ')}`);
    }
    expect(wrong).toEqual([]);
  });

  it('tells in its summary what its title names', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const record of run.records) {
      const named = topicsOf(titleOf(record));
      if (named.size === 0) continue;
      checked += 1;
      // What the summary says besides the names of the innovation, its agency and its unit.
      let body = record.summary;
      for (const name of [
        record.title,
        record.acronym,
        record.expansion,
        record.unit,
        record.agency,
      ])
        if (name) body = body.replaceAll(name, ' ');
      const told = topicsOf(body);
      if (![...named].some((topic) => told.has(topic)))
        wrong.push(`${record.title}: ${record.summary}`);
    }
    expect(checked).toBeGreaterThan(2500);
    expect(wrong).toEqual([]);
  });

  it('has no ministry, agency or company speak of a regional government’s offices', () => {
    const national = new Set(['kementerian', 'lembaga', 'bumn']);
    const wrong = run.records
      .filter((record) => national.has(record.cluster))
      .filter((record) =>
        /perangkat daerah/i.test([record.summary, ...Object.values(record.sections)].join(' ')),
      )
      .map((record) => `${record.title} (${record.unit ?? record.agency})`);
    expect(wrong).toEqual([]);
  });

  it('has each record run by a unit whose kind fits its title', () => {
    const wrong: string[] = [];
    let checked = 0;
    for (const record of run.records) {
      const fits = record.unit === undefined ? undefined : unitSectors(record.unit);
      const named = titleSectors(titleOf(record));
      if (fits === undefined || named.size === 0) continue;
      checked += 1;
      if (!fits.some((sector) => named.has(sector))) wrong.push(`${record.title}: ${record.unit}`);
    }
    expect(checked).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });
});

/** `naik dari 4,6 menjadi 6,2 ton`: the direction, both figures and their units. */
const change =
  /\b(naik|turun) dari (?:Rp ?)?(\d(?:[\d.,]*\d)?)(?: ?(%|[a-z]+))? menjadi (?:Rp ?)?(\d(?:[\d.,]*\d)?)(?: ?(%|[a-z]+))?/g;
const figure = (text: string): number => Number(text.replace(/\./g, '').replace(',', '.'));

describe('figures are plausible and agree within a record', () => {
  const narratives = (record: Innovation): string[] => [
    [record.summary, ...Object.values(record.sections)].join('\n'),
    ...(record.otherNarratives ?? []).map((other) =>
      [other.summary, ...Object.values(other.sections)].join('\n'),
    ),
  ];

  it('never has a rise that goes down or a fall that goes up, nor changes its unit on the way', () => {
    const wrong: string[] = [];
    let changes = 0;
    for (const record of run.records) {
      for (const text of narratives(record)) {
        for (const [phrase, way, from = '', before, to = '', after] of text.matchAll(change)) {
          changes += 1;
          const up = figure(to) > figure(from);
          // A unit written once, after the second figure, is the unit of both.
          const sameUnit = before === undefined || after === undefined || before === after;
          if (up !== (way === 'naik') || !sameUnit) wrong.push(`${record.title}: ${phrase}`);
        }
      }
    }
    expect(changes).toBeGreaterThan(1000);
    expect(wrong).toEqual([]);
  });

  it('quotes the same figures wherever one text states the same change', () => {
    const wrong: string[] = [];
    for (const record of run.records) {
      for (const text of narratives(record)) {
        const said = new Map<string, string>();
        for (const sentence of text.split(/(?<=\.)\s+|\n/)) {
          for (const match of sentence.matchAll(change)) {
            const subject = sentence.slice(0, match.index).trim().toLowerCase();
            const figures = match.slice(2).join(' ');
            const before = said.get(subject);
            if (before !== undefined && before !== figures)
              wrong.push(`${record.title}: ${subject} ${before} / ${figures}`);
            said.set(subject, figures);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('statuses in the proportions of KemenPANRB’s 2024 data update', () => {
  const firstKippYear = (record: Innovation): number | undefined => {
    const years = record.provenance.filter((p) => p.programme === 'kipp').map((p) => p.year);
    return years.length === 0 ? undefined : Math.min(...years);
  };
  const isDated = (record: Innovation): boolean =>
    record.status !== 'tidak-diketahui' && record.statusUpdatedAt !== undefined;

  it('dates about 80 % of the KIPP innovations of 2014–2023, about 82 % of them going on', async () => {
    const real = await realTitles();
    const asked = run.records.filter((record) => {
      const year = firstKippYear(record);
      return year !== undefined && year <= 2023 && !real.has(record.title);
    });
    const dated = asked.filter(isDated);
    const goingOn = dated.filter((r) => r.status === 'berlanjut' || r.status === 'berkembang');
    expect(asked.length).toBeGreaterThan(1500);
    expect(dated.length / asked.length).toBeGreaterThan(0.76);
    expect(dated.length / asked.length).toBeLessThan(0.84);
    expect(goingOn.length / dated.length).toBeGreaterThan(0.78);
    expect(goingOn.length / dated.length).toBeLessThan(0.86);
  });

  it('dates every known status, few of 2025, none of an innovation only IGA or InoLAN hold', () => {
    const known = run.records.filter((record) => record.status !== 'tidak-diketahui');
    expect(known.every((record) => record.statusUpdatedAt !== undefined)).toBe(true);
    const of2025 = run.records.filter((record) => firstKippYear(record) === 2025);
    expect(of2025.filter(isDated).length / of2025.length).toBeLessThan(0.2);
    const noKipp = run.records.filter((record) => firstKippYear(record) === undefined);
    expect(noKipp.length).toBeGreaterThan(0);
    expect(noKipp.filter(isDated)).toEqual([]);
  });
});

describe('fictional places', () => {
  it('are only in the records planted to be warned about', async () => {
    const expected = JSON.parse(await readFile('data/samples/expected-warnings.json', 'utf8')) as {
      file: string;
      row: number;
      reason: string;
    }[];
    const warned = new Set(
      expected
        .filter((warning) => /cannot be resolved/.test(warning.reason))
        .map((warning) => `${warning.file}:${String(warning.row)}`),
    );
    const fictional = /Sukamaju|Antah Berantah|Sumatera Tengah/i;
    const found: string[] = [];
    for await (const { file, row, record } of acceptedSampleRecords()) {
      if (fictional.test(JSON.stringify(record)))
        found.push(`${relative('data/samples', file)}:${String(row)}`);
    }
    expect(found.sort()).toEqual([...warned].sort());
  });
});

describe('the 26 real innovations of data/real/innovations.tsv', () => {
  /** Where the sample files each (data/real/README.md): its KIPP year, else a registration. */
  const yearOf = (row: Record<string, string>): number => {
    if (row.programme === 'JIPPNas') return 2023;
    return row.year === '2024' ? 2025 : Number(row.year);
  };
  const levelOf = (award: string): string =>
    /terpuji/i.test(award) && !/^Top \d/.test(award)
      ? 'top-inovasi-terpuji'
      : `top-${/^Top (\d+)/.exec(award)?.[1] ?? '?'}`;

  it('are published under their agency, unit, year and award, with their text only', async () => {
    const rows: Record<string, string>[] = parse(
      await readFile('data/real/innovations.tsv', 'utf8'),
      { columns: true, delimiter: '\t', quote: false },
    );
    expect(rows).toHaveLength(26);
    for (const row of rows) {
      const title = row.title ?? '';
      const found = run.records.filter((record) => record.title === title);
      expect(found, title).toHaveLength(1);
      const [record] = found;
      expect(record?.agency, title).toBe(row.agency);
      expect(record?.unit, title).toBe(row.unit_upp || undefined);
      expect(record?.years, title).toEqual([yearOf(row)]);
      const awards = record?.awards.map((a) => `${a.programme} ${String(a.year)} ${a.level}`);
      if (row.programme === 'KIPP')
        expect(awards, title).toContain(`kipp ${row.year ?? ''} ${levelOf(row.award ?? '')}`);
      else expect(awards, title).toEqual([]);
      expect(record?.summary.length, title).toBeGreaterThan(40);
      expect(record?.sections, title).toEqual({});
      expect([record?.status, record?.innovators, record?.videoUrl], title).toEqual([
        'tidak-diketahui',
        [],
        undefined,
      ]);
    }
  });

  it('are listed in EXPECTED.md with their source', async () => {
    const expectedMd = await readFile('data/samples/EXPECTED.md', 'utf8');
    const rows: Record<string, string>[] = parse(
      await readFile('data/real/innovations.tsv', 'utf8'),
      { columns: true, delimiter: '\t', quote: false },
    );
    for (const row of rows) {
      const line = expectedMd.split('\n').find((text) => text.startsWith(`| ${row.title ?? ''} |`));
      expect(line, row.title).toContain(row.agency ?? '');
      expect(line, row.title).toContain(row.source ?? '');
    }
  });
});
