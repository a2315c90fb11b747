import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { buildAgencies, type AgencyPool } from '../agencies.ts';
import { createConceptFactory, type ConceptFactory } from '../concepts.ts';
import type { Planted } from '../expect.ts';
import { igaClusterWeights, igaYears } from '../iga/entries.ts';
import { igaRecord } from '../iga/record.ts';
import { inolanClusterWeights, inolanYears } from '../inolan/entries.ts';
import { inolanItem } from '../inolan/item.ts';
import type { Cell, KippCells } from '../kipp/columns.ts';
import { kippRegNo } from '../kipp/entries.ts';
import { kippSheetRows, type KippSheetStyle } from '../kipp/layout.ts';
import { drawUpdate, kippCells, type KippContext } from '../kipp/row.ts';
import { kippClusterWeights, kippYears } from '../kipp/years.ts';
import { loadRegions, type Regions } from '../regions.ts';
import { createRng, type Rng } from '../rng.ts';
import { loadTaxonomy, type Taxonomy } from '../taxonomy.ts';
import { writeCsv } from '../write/csv.ts';
import { writeJson, writeLines } from '../write/json.ts';
import { writeXlsx } from '../write/xlsx.ts';
import { benchEntries } from './entries.ts';

export const benchProgrammes = ['kipp', 'iga', 'inolan'] as const;
export type BenchProgramme = (typeof benchProgrammes)[number];

export interface BenchOptions {
  seed: number;
  out: string;
  /** Records per programme. */
  count: number;
  programmes: readonly BenchProgramme[];
  taxonomyPath: string;
}

/** Excel's last row, less the preamble and header. */
const xlsxLimit = 1_048_576 - 3;
const pageSize = 1000;
const exportedOn = new Date(Date.UTC(2025, 9, 30, 9, 0));

interface Sources {
  regions: Regions;
  taxonomy: Taxonomy;
  agencies: AgencyPool;
  factory: ConceptFactory;
}

/**
 * Streams large sets for benchmarks: per programme `count` records (KIPP as CSV, and as XLSX
 * when Excel could hold it; IGA as NDJSON; InoLAN as pages of 1,000). No planted errors.
 */
export async function generateBench(options: BenchOptions): Promise<void> {
  const rng = createRng(options.seed);
  const regions = loadRegions();
  const sources: Sources = {
    regions,
    taxonomy: loadTaxonomy(options.taxonomyPath),
    agencies: buildAgencies(regions),
    factory: createConceptFactory(regions, { unique: false }),
  };
  for (const programme of options.programmes) {
    await rm(join(options.out, programme), { recursive: true, force: true });
    const write = { kipp: writeKipp, iga: writeIga, inolan: writeInolan }[programme];
    await write(rng.fork(programme), sources, options);
  }
}

const benchStyle: KippSheetStyle = {
  headers: { regNo: 'No Registrasi', cluster: 'Klaster' },
  omit: [],
  counter: false,
  remark: false,
  messyHeaders: true,
  preamble: [['KOMPETISI INOVASI PELAYANAN PUBLIK'], ['Tanggal Ekspor: 30/10/2025 09:00']],
  blankRows: 0.01,
  blankStyle: 'delimiters',
};

async function writeKipp(rng: Rng, sources: Sources, options: BenchOptions): Promise<void> {
  const years = kippYears.map(({ year, registrations }) => [year, registrations] as const);
  const rows = (format: 'csv' | 'xlsx'): Generator<Cell[]> => {
    const stream = rng.fork(format);
    const context: KippContext = {
      format,
      regions: sources.regions,
      taxonomy: sources.taxonomy,
      lean: true,
    };
    return kippSheetRows(
      stream,
      benchStyle,
      kippRecords(stream, sources, options.count, years, context),
      () => undefined,
    );
  };
  const base = join(options.out, 'kipp', `kipp-${String(options.count)}`);
  await writeCsv(`${base}.csv`, textRows(rows('csv')), {
    delimiter: ';',
    bom: true,
    eol: '\r\n',
    quoteAll: false,
  });
  if (options.count <= xlsxLimit)
    await writeXlsx(`${base}.xlsx`, [{ name: 'Proposal', rows: rows('xlsx') }], exportedOn);
}

function* kippRecords(
  rng: Rng,
  sources: Sources,
  count: number,
  years: readonly (readonly [number, number])[],
  context: KippContext,
): Generator<Planted<KippCells>> {
  const layersOf = new Map(
    kippYears.map(({ year, layers }) => [
      year,
      layers.flatMap(([label, n]) => Array<string>(n).fill(label)),
    ]),
  );
  for (const entry of benchEntries(
    rng,
    count,
    years,
    sources.factory,
    sources.agencies,
    kippClusterWeights,
  )) {
    const result = layersOf.get(entry.year)?.[entry.index] ?? '';
    const regNo = kippRegNo(entry.year, entry.index + 1);
    const update = drawUpdate(rng, entry.year);
    const cells = kippCells(rng, { ...entry, result, regNo, group: 'Umum', update }, context);
    yield { value: cells, conceptId: entry.concept.id, notes: [] };
  }
}

function* textRows(rows: Iterable<readonly Cell[]>): Generator<string[]> {
  for (const row of rows)
    yield row.map((cell) =>
      cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
    );
}

async function writeIga(rng: Rng, sources: Sources, options: BenchOptions): Promise<void> {
  const context = {
    regions: sources.regions,
    taxonomy: sources.taxonomy,
    numericIds: false,
    yearAsString: 0.3,
  };
  function* lines(): Generator<string> {
    for (const entry of benchEntries(
      rng,
      options.count,
      igaYears,
      sources.factory,
      sources.agencies,
      igaClusterWeights,
    )) {
      yield JSON.stringify(igaRecord(rng, { ...entry, seq: entry.index + 1 }, context));
    }
  }
  await writeLines(join(options.out, 'iga', `iga-${String(options.count)}.ndjson`), lines(), '\n');
}

async function writeInolan(rng: Rng, sources: Sources, options: BenchOptions): Promise<void> {
  const entries = benchEntries(
    rng,
    options.count,
    inolanYears,
    sources.factory,
    sources.agencies,
    inolanClusterWeights,
  );
  let page: unknown[] = [];
  let number = 0;
  let id = 0;
  const flush = async (): Promise<void> => {
    number += 1;
    const meta = { page: number, per_page: pageSize, total: options.count };
    await writeJson(join(options.out, 'inolan', `page-${String(number)}.json`), {
      data: page,
      meta,
    });
    page = [];
  };
  for (const entry of entries) {
    id += 1;
    page.push(inolanItem(rng, { ...entry, id }, sources.taxonomy, sources.regions));
    if (page.length === pageSize) await flush();
  }
  if (page.length > 0) await flush();
}
