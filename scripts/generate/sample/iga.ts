import { markup, rejection, warning, type Note, type Planted } from '../expect.ts';
import { igaRecord, type IgaContext, type IgaEntry, type IgaRecord } from '../iga/record.ts';
import { hostileSnippets } from '../mess.ts';
import {
  badVideos,
  editRecord,
  fictionalAgency,
  insertRecord,
  unknownCategories,
} from '../plant.ts';
import type { Rng } from '../rng.ts';
import { writeJsonArray, writeLines } from '../write/json.ts';
import { book, type SampleContext } from './context.ts';

/** A record, or (NDJSON only) a raw line that is not JSON. */
type Line = IgaRecord | string;
type Records = Planted<Line>[];

interface IgaFileSpec {
  file: string;
  years: readonly number[];
  shape: 'array' | 'data' | 'lines';
  bom: boolean;
  eol: '\n' | '\r\n';
  numericIds: boolean;
  yearAsString: number;
  edits: ((record: IgaRecord) => Note)[];
  bad: ('no-title' | 'no-pemda' | 'bad-year' | 'broken-line')[];
  unresolvable: boolean;
}

const [script, img] = hostileSnippets;

const hostile =
  (snippet: string) =>
  (record: IgaRecord): Note => {
    record.rancang_bangun = `${String(record.rancang_bangun)} ${snippet}`;
    return markup('rancang_bangun', snippet);
  };

const unknownUrusan = (record: IgaRecord): Note => {
  record.urusan = [unknownCategories.iga];
  return warning('urusan', 'unknown category label');
};

const badVideo = (record: IgaRecord): Note => {
  record.video = badVideos.iga[0];
  return warning('video', 'not an http(s) URL');
};

const igaFiles: readonly IgaFileSpec[] = [
  {
    file: 'iga/iga-2018-2019.json',
    years: [2018, 2019],
    shape: 'array',
    bom: false,
    eol: '\n',
    numericIds: true,
    yearAsString: 0.1,
    edits: [unknownUrusan, hostile(script)],
    bad: ['no-title'],
    unresolvable: false,
  },
  {
    file: 'iga/iga-2020-2021.json',
    years: [2020, 2021],
    shape: 'data',
    bom: true,
    eol: '\n',
    numericIds: false,
    yearAsString: 0.4,
    edits: [badVideo],
    bad: ['no-pemda'],
    unresolvable: true,
  },
  {
    file: 'iga/iga-2022-2023.ndjson',
    years: [2022, 2023],
    shape: 'lines',
    bom: false,
    eol: '\n',
    numericIds: false,
    yearAsString: 0.3,
    edits: [hostile(img)],
    bad: ['broken-line'],
    unresolvable: false,
  },
  {
    file: 'iga/iga-2024-2025.jsonl',
    years: [2024, 2025],
    shape: 'lines',
    bom: false,
    eol: '\r\n',
    numericIds: false,
    yearAsString: 0.3,
    edits: [],
    bad: ['bad-year'],
    unresolvable: false,
  },
];

export async function writeIgaSample(
  context: SampleContext,
  entries: readonly IgaEntry[],
): Promise<void> {
  for (const spec of igaFiles) {
    const rng = context.rng.fork(spec.file);
    const igaContext: IgaContext = {
      regions: context.regions,
      taxonomy: context.taxonomy,
      numericIds: spec.numericIds,
      yearAsString: spec.yearAsString,
    };
    const records: Records = entries
      .filter((entry) => spec.years.includes(entry.year))
      .map((entry) => ({
        value: igaRecord(rng, entry, igaContext),
        conceptId: entry.concept.id,
        notes: [],
      }));
    plant(rng, context, spec, igaContext, records);
    records.forEach((record, i) => {
      book(context.ledger, spec.file, i + 1, record);
    });
    const path = `${context.out}/${spec.file}`;
    if (spec.shape === 'lines') {
      await writeLines(path, lines(records), spec.eol);
    } else {
      await writeJsonArray(
        path,
        records.map((record) => record.value),
        { wrapInData: spec.shape === 'data', bom: spec.bom },
      );
    }
  }
}

function* lines(records: Records): Generator<string> {
  for (const { value } of records) yield typeof value === 'string' ? value : JSON.stringify(value);
}

function plant(
  rng: Rng,
  context: SampleContext,
  spec: IgaFileSpec,
  igaContext: IgaContext,
  records: Records,
): void {
  const objects = records as Planted<IgaRecord>[];
  for (const edit of spec.edits) editRecord(rng, objects, context.fixedIds, edit);
  const year = spec.years[1] ?? 2025;
  const fresh = (
    agency = context.agencies.pick(
      rng,
      {
        kabupaten: 3,
        kota: 1,
        provinsi: 0,
        kementerian: 0,
        lembaga: 0,
        bumn: 0,
        bumd: 0,
      },
      year,
    ),
  ) => {
    const concept = context.factory.make(rng, agency, year);
    return {
      concept,
      record: igaRecord(
        rng,
        { concept, year, title: concept.title.text, seq: rng.int(900, 999) },
        igaContext,
      ),
    };
  };
  for (const kind of spec.bad) {
    const { record } = fresh();
    const { value, note } = breakRecord(record, kind);
    insertRecord(rng, records, { value, conceptId: undefined, notes: [note] });
  }
  if (spec.unresolvable) {
    const { concept, record } = fresh(
      fictionalAgency(context.agencies, 'Pemerintah Kabupaten Sukamaju', '32.04'),
    );
    record.pemda = { kode: '32.99', nama: 'Kabupaten Sukamaju' };
    insertRecord(rng, records, {
      value: record,
      conceptId: concept.id,
      notes: [
        warning('pemda.kode', '"32.99" is not a Kemendagri code'),
        warning('pemda.nama', 'region "Kabupaten Sukamaju" cannot be resolved'),
      ],
    });
  }
}

function breakRecord(
  record: IgaRecord,
  kind: IgaFileSpec['bad'][number],
): { value: Line; note: Note } {
  switch (kind) {
    case 'no-title': {
      const value = { ...record };
      delete value.nama_inovasi;
      return { value, note: rejection('nama_inovasi', 'no title') };
    }
    case 'no-pemda':
      return { value: { ...record, pemda: null }, note: rejection('pemda', 'no pemda') };
    case 'bad-year':
      return {
        value: { ...record, tahun_penilaian: 'abc' },
        note: rejection('tahun_penilaian', '"abc" is not a year'),
      };
    case 'broken-line': {
      const json = JSON.stringify(record);
      return {
        value: json.slice(0, Math.floor(json.length / 3)),
        note: rejection('(record)', 'line is not JSON (cut off)'),
      };
    }
  }
}
