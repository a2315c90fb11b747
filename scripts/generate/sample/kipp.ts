import type { Concept } from '../concepts.ts';
import { markup, rejection, warning, type Note, type Planted } from '../expect.ts';
import { fieldName, type KippCells, type KippColumn } from '../kipp/columns.ts';
import { kippRegNo } from '../kipp/entries.ts';
import { kippSheetRows } from '../kipp/layout.ts';
import { drawUpdate, kippCells, type KippContext, type KippEntry } from '../kipp/row.ts';
import { hostileSnippets } from '../mess.ts';
import {
  badSdgs,
  badVideos,
  editRecord,
  fictionalAgency,
  insertRecord,
  unknownCategories,
} from '../plant.ts';
import type { Rng } from '../rng.ts';
import { writeCsv } from '../write/csv.ts';
import { writeXlsx } from '../write/xlsx.ts';
import { book, type SampleContext } from './context.ts';
import { kippFiles, leadingSheets, type KippFileSpec } from './kipp-files.ts';

type Records = Planted<KippCells>[];

/** Sets one cell and says what the ingest must report about it. */
const setCell =
  (column: KippColumn, value: string, note: (field: string) => Note) =>
  (cells: KippCells): Note => {
    cells[column] = value;
    return note(fieldName(column));
  };

const appendHostile =
  (column: 'summary' | 'background', snippet: string) =>
  (cells: KippCells): Note => {
    cells[column] = `${String(cells[column] ?? '')} ${snippet}`.trim();
    return markup(fieldName(column), snippet);
  };

/** What each file carries besides its ordinary records. */
interface KippPlan {
  edits?: ((cells: KippCells) => Note)[];
  /** Records that must be rejected, made from a fresh innovation with one field broken. */
  bad?: ('no-title' | 'no-agency' | 'bad-year')[];
  /** A record of a regional government no gazetteer knows. */
  unresolvable?: { name: string; like: string; column: 'province' | 'regency' };
}

const [badVideo1, badVideo2, badVideo3, badVideo4] = badVideos.kipp;
const [unknown1, unknown2, unknown3] = unknownCategories.kipp;
const [script, img, link] = hostileSnippets;
const videoWarning = (field: string): Note => warning(field, 'not an http(s) URL');
const sdgWarning = (field: string): Note => warning(field, 'no SDG number 1-17');
const categoryWarning = (field: string): Note => warning(field, 'unknown category label');

const plans: Readonly<Record<string, KippPlan>> = {
  'kipp/kipp-2014-2015.xlsx': {
    edits: [appendHostile('summary', script), setCell('sdgs', badSdgs[0], sdgWarning)],
  },
  'kipp/kipp-2016.csv': {
    edits: [
      setCell('category', unknown1, categoryWarning),
      setCell('video', badVideo1, videoWarning),
    ],
  },
  'kipp/kipp-2017.xlsx': { edits: [appendHostile('background', img)] },
  'kipp/kipp-2018.csv': {
    bad: ['no-agency'],
    unresolvable: { name: 'Pemerintah Kabupaten Sukamaju', like: '32.04', column: 'regency' },
    edits: [setCell('video', badVideo2, videoWarning)],
  },
  'kipp/kipp-2019.xlsx': { bad: ['bad-year'], edits: [setCell('sdgs', badSdgs[1], sdgWarning)] },
  'kipp/kipp-2020-2021.csv': {
    edits: [
      appendHostile('summary', link),
      setCell('category', unknown2, categoryWarning),
      setCell('video', badVideo3, videoWarning),
    ],
  },
  'kipp/kipp-2022.xlsx': {
    edits: [
      setCell('category', unknown3, categoryWarning),
      setCell('sdgs', badSdgs[2], sdgWarning),
    ],
  },
  'kipp/kipp-2023.csv': {
    bad: ['no-title'],
    unresolvable: { name: 'Pemerintah Provinsi Sumatera Tengah', like: '13', column: 'province' },
  },
  'kipp/kipp-2025.xlsx': {
    edits: [setCell('video', badVideo4, videoWarning), appendHostile('summary', script)],
  },
};

export async function writeKippSample(
  context: SampleContext,
  entries: readonly KippEntry[],
): Promise<void> {
  for (const spec of kippFiles) {
    const rng = context.rng.fork(spec.file);
    const kippContext: KippContext = {
      format: spec.xlsx ? 'xlsx' : 'csv',
      regions: context.regions,
      taxonomy: context.taxonomy,
      lean: false,
    };
    const records: Records = entries
      .filter((entry) => spec.years.includes(entry.year))
      .map((entry) => ({
        value: kippCells(rng, entry, kippContext),
        conceptId: entry.concept.id,
        notes: [],
      }));
    plant(rng, context, spec, kippContext, records);
    await writeKippFile(rng, context, spec, records);
  }
}

function plant(
  rng: Rng,
  context: SampleContext,
  spec: KippFileSpec,
  kippContext: KippContext,
  records: Records,
): void {
  const plan = plans[spec.file] ?? {};
  for (const edit of plan.edits ?? []) editRecord(rng, records, context.fixedIds, edit);
  const year = spec.years[0] ?? 2014;
  const fresh = (concept: Concept): KippCells =>
    kippCells(
      rng,
      {
        concept,
        year,
        result: '',
        title: concept.title.text,
        regNo: kippRegNo(year, rng.int(9000, 9999)),
        group: 'Umum',
        update: drawUpdate(rng, year),
      },
      kippContext,
    );
  for (const kind of plan.bad ?? []) {
    const cells = fresh(
      context.factory.make(
        rng,
        context.agencies.pick(
          rng,
          {
            kabupaten: 1,
            kota: 1,
            provinsi: 0,
            kementerian: 1,
            lembaga: 0,
            bumn: 0,
            bumd: 0,
          },
          year,
        ),
        year,
      ),
    );
    const note = breakRecord(cells, kind);
    insertRecord(rng, records, { value: cells, conceptId: undefined, notes: [note] });
  }
  if (plan.unresolvable) {
    const { name, like, column } = plan.unresolvable;
    const agency = fictionalAgency(context.agencies, name, like);
    const concept = context.factory.make(rng, agency, year);
    const cells = fresh(concept);
    const place = name.replace(/^Pemerintah (Provinsi )?/, '');
    cells[column] = place;
    const note = warning(fieldName(column), `region "${place}" cannot be resolved`);
    insertRecord(rng, records, { value: cells, conceptId: concept.id, notes: [note] });
  }
}

function breakRecord(cells: KippCells, kind: 'no-title' | 'no-agency' | 'bad-year'): Note {
  switch (kind) {
    case 'no-title':
      cells.title = '';
      return rejection(fieldName('title'), 'no title');
    case 'no-agency':
      cells.agency = '';
      return rejection(fieldName('agency'), 'no agency');
    case 'bad-year':
      cells.year = '20019';
      return rejection(fieldName('year'), '"20019" is not a year');
  }
}

async function writeKippFile(
  rng: Rng,
  context: SampleContext,
  spec: KippFileSpec,
  records: Records,
): Promise<void> {
  const rows = kippSheetRows(rng, spec.style, records, (row, record) => {
    book(context.ledger, spec.file, row, record);
  });
  const path = `${context.out}/${spec.file}`;
  if (spec.csv) {
    await writeCsv(
      path,
      mapRows(rows, (cell) => (cell instanceof Date ? cell.toISOString() : String(cell))),
      spec.csv,
    );
    return;
  }
  const sheet = spec.xlsx?.sheet ?? 'Sheet1';
  const before = spec.xlsx?.before;
  const leading = before ? [{ name: before, rows: leadingSheets[before] }] : [];
  await writeXlsx(path, [...leading, { name: sheet, rows }], spec.exportedOn);
}

function* mapRows<T, U>(rows: Iterable<readonly T[]>, map: (cell: T) => U): Generator<U[]> {
  for (const row of rows) yield row.map(map);
}
