import { markup, rejection, warning, type Note, type Planted } from '../expect.ts';
import { inolanItem, type InolanEntry, type InolanItem } from '../inolan/item.ts';
import { hostileSnippets } from '../mess.ts';
import { editRecord, fictionalAgency, insertRecord, unknownCategories } from '../plant.ts';
import type { Rng } from '../rng.ts';
import { writeJson } from '../write/json.ts';
import { book, type SampleContext } from './context.ts';

const perPage = 100;

const edits: ((item: InolanItem) => Note)[] = [
  (item) => {
    item.deskripsi = `${String(item.deskripsi)} ${hostileSnippets[2]}`;
    return markup('deskripsi', hostileSnippets[2]);
  },
  (item) => {
    item.kategori = unknownCategories.inolan;
    return warning('kategori', 'unknown category label');
  },
  (item) => {
    item.sdgs = [{ id: 18, nama: 'Tujuan 18' }];
    return warning('sdgs', 'no SDG number 1-17');
  },
];

/** The InoLAN API pages of the sample: `page-1.json`, ... with 100 items each. */
export async function writeInolanSample(
  context: SampleContext,
  entries: readonly InolanEntry[],
): Promise<void> {
  const rng = context.rng.fork('inolan');
  const items: Planted<InolanItem>[] = entries.map((entry) => ({
    value: inolanItem(rng, entry, context.taxonomy, context.regions),
    conceptId: entry.concept.id,
    notes: [],
  }));
  plant(rng, context, items);
  const total = items.length;
  for (let page = 1; (page - 1) * perPage < total; page += 1) {
    const file = `inolan/page-${String(page)}.json`;
    const onPage = items.slice((page - 1) * perPage, page * perPage);
    onPage.forEach((item, i) => {
      book(context.ledger, file, i + 1, item);
    });
    await writeJson(`${context.out}/${file}`, {
      data: onPage.map((item) => item.value),
      meta: { page, per_page: perPage, total },
    });
  }
}

function plant(rng: Rng, context: SampleContext, items: Planted<InolanItem>[]): void {
  for (const edit of edits) editRecord(rng, items, context.fixedIds, edit);
  const year = 2022;
  const fresh = (
    agency = context.agencies.pick(
      rng,
      {
        kabupaten: 2,
        kota: 1,
        provinsi: 1,
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
      item: inolanItem(
        rng,
        { concept, year, title: concept.title.text, id: rng.int(9000, 9999) },
        context.taxonomy,
        context.regions,
      ),
    };
  };
  const noAgency = fresh().item;
  noAgency.instansi = null;
  insertRecord(rng, items, {
    value: noAgency,
    conceptId: undefined,
    notes: [rejection('instansi', 'no agency')],
  });
  const noYear = fresh().item;
  delete noYear.tahun;
  insertRecord(rng, items, {
    value: noYear,
    conceptId: undefined,
    notes: [rejection('tahun', 'no year')],
  });
  const { concept, item } = fresh(
    fictionalAgency(context.agencies, 'Pemerintah Kota Antah Berantah', '33.74'),
  );
  item.wilayah = {
    id_kabkot: null,
    nama_provinsi: 'Jawa Tengah',
    nama_kabkot: 'Kota Antah Berantah',
  };
  insertRecord(rng, items, {
    value: item,
    conceptId: concept.id,
    notes: [warning('wilayah.nama_kabkot', 'region "Kota Antah Berantah" cannot be resolved')],
  });
}
