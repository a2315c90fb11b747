import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planCuration } from '../../../../ingest/merge/curation.ts';
import { loadPreviousCatalogue } from '../../../../ingest/merge/previous-ids.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';
import { groupRecords } from '../../../../ingest/stages/merge.ts';
import type { CurationDecision } from '../../../../src/lib/curation/decision.ts';
import type { Innovation } from '../../../../src/lib/schema/innovation.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const SLEMAN = {
  provinceCode: '34',
  province: 'DI Yogyakarta',
  regencyCode: '34.04',
  regency: 'Kabupaten Sleman',
};

function record(sourceId: string, year: number, title: string): SourceRecord {
  const [acronym, expansion] = /^(\S+) \((.+)\)$/.exec(title)?.slice(1) ?? [];
  return {
    title,
    ...(acronym && expansion && { acronym, expansion }),
    summary: `Ringkasan ${title}.`,
    sections: {},
    year,
    agency: 'Pemerintah Kabupaten Sleman',
    cluster: 'kabupaten',
    ...SLEMAN,
    sectors: ['kesehatan'],
    categories: [],
    sdgs: [],
    status: 'tidak-diketahui',
    awards: [],
    innovators: [],
    provenance: { programme: 'kipp', sourceId, year },
  };
}

const siapAntrian = record('K-2019-1', 2019, 'SIAP (Sistem Informasi Antrian Pasien)');
const antrianOnline = record('K-2020-7', 2020, 'Antrian Pasien Daring');
const siapSekolah = record('K-2021-3', 2021, 'SIAP (Sekolah Inklusi Anak Pesisir)');
const siapBare = record('K-2022-4', 2022, 'SIAP');

let temp: TempDir;
let round = 0;

beforeAll(async () => {
  temp = await makeTempDir('curation');
});
afterAll(async () => {
  await temp.remove();
});

const decided = (decision: Partial<CurationDecision> & Pick<CurationDecision, 'kind'>) =>
  ({
    reason: 'checked',
    actor: 'admin-token',
    at: '2026-01-01T00:00:00.000Z',
    ...decision,
  }) as CurationDecision;

/**
 * One merge as a publishing run makes it, with last run's files in `dir` as the previous
 * catalogue, and its output moved there for the next.
 */
async function merge(dir: string, records: SourceRecord[], decisions: CurationDecision[] = []) {
  round += 1;
  const work = temp.file(`work-${String(round)}`);
  await mkdir(work, { recursive: true });
  await mkdir(dir, { recursive: true });
  const store = `${work}/store.ndjson`;
  await writeFile(store, records.map((r) => `${JSON.stringify(r)}\n`).join(''));
  const live = { innovations: `${dir}/innovations.ndjson`, catalogue: `${dir}/catalogue.ndjson` };
  const previous = await loadPreviousCatalogue(live, { reuse: true });
  const grouped = await groupRecords([store], work, previous, planCuration(decisions));
  const out = { innovations: `${work}/out.ndjson`, catalogue: `${work}/out-catalogue.ndjson` };
  const built = await grouped.build(out, '2026-01-01T00:00:00.000Z');
  await built.assemble();
  await rename(out.innovations, live.innovations);
  await rename(out.catalogue, live.catalogue);
  const text = await readFile(live.innovations, 'utf8');
  const innovations = text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Innovation);
  return { innovations, ids: built.ids };
}

const sourcesOf = (innovation: Innovation | undefined) =>
  innovation?.provenance.map((p) => p.sourceId).sort();

describe('curation decisions in the merge', () => {
  it('a join makes two innovations one under the survivor id, and the other id moves to it', async () => {
    const dir = temp.file('join');
    const first = await merge(dir, [siapAntrian, antrianOnline]);
    expect(first.innovations).toHaveLength(2);
    const [x, y] = [siapAntrian, antrianOnline].map(
      (r) =>
        first.innovations.find((i) => i.provenance[0]?.sourceId === r.provenance.sourceId)?.id ??
        '',
    );
    // The survivor is the younger innovation: the decision, not the age, says which id stays.
    const join = decided({
      id: 1,
      kind: 'join',
      survivor: y,
      absorbed: x,
      records: ['kipp:2019:K-2019-1', 'kipp:2020:K-2020-7'],
    });
    const joined = await merge(dir, [siapAntrian, antrianOnline], [join]);
    expect(joined.innovations.map((i) => i.id)).toEqual([y]);
    expect(sourcesOf(joined.innovations[0])).toEqual(['K-2019-1', 'K-2020-7']);
    expect(joined.ids.moved).toEqual([[x, y]]);
    expect(joined.ids.gone).toEqual([]);

    // Every later run keeps the join, a new record of the absorbed title included.
    const later = record('K-2023-9', 2023, 'Antrian Pasien Daring');
    const again = await merge(dir, [siapAntrian, antrianOnline, later], [join]);
    expect(again.innovations.map((i) => i.id)).toEqual([y]);
    expect(sourcesOf(again.innovations[0])).toEqual(['K-2019-1', 'K-2020-7', 'K-2023-9']);
    expect(again.ids.moved).toEqual([]);

    // Splitting the absorbed record back gives its innovation its own id again.
    const split = decided({ id: 2, kind: 'split', from: y, records: ['kipp:2019:K-2019-1'] });
    const apart = await merge(dir, [siapAntrian, antrianOnline, later], [join, split]);
    expect(apart.innovations.map((i) => i.id).sort()).toEqual([x, y].sort());
    expect(sourcesOf(apart.innovations.find((i) => i.id === x))).toEqual(['K-2019-1']);
    expect(sourcesOf(apart.innovations.find((i) => i.id === y))).toEqual(['K-2020-7', 'K-2023-9']);
    expect(apart.ids.added).toEqual([x]);
  });

  it('a join overrules the rule that two expansions never merge', async () => {
    const dir = temp.file('expansions');
    const first = await merge(dir, [siapAntrian, siapSekolah]);
    expect(first.innovations).toHaveLength(2);
    const [a, b] = first.innovations.map((i) => i.id);
    const join = decided({
      id: 1,
      kind: 'join',
      survivor: a ?? '',
      absorbed: b ?? '',
      records: ['kipp:2019:K-2019-1', 'kipp:2021:K-2021-3'],
    });
    const joined = await merge(dir, [siapAntrian, siapSekolah], [join]);
    expect(joined.innovations.map((i) => i.id)).toEqual([a]);
  });

  it('a split keeps records apart that the rule would join, and the rest keeps the id', async () => {
    const dir = temp.file('split');
    const first = await merge(dir, [siapAntrian, siapBare]);
    // The bare acronym joined the only expansion it met: the rule's known limit.
    expect(first.innovations).toHaveLength(1);
    const id = first.innovations[0]?.id ?? '';
    const split = decided({ id: 1, kind: 'split', from: id, records: ['kipp:2022:K-2022-4'] });
    const apart = await merge(dir, [siapAntrian, siapBare], [split]);
    expect(apart.innovations).toHaveLength(2);
    const kept = apart.innovations.find((i) => i.id === id);
    expect(sourcesOf(kept)).toEqual(['K-2019-1']);
    expect(apart.ids.moved).toEqual([]);
    expect(apart.ids.added).toHaveLength(1);
    // A run after it: still apart, ids as they were.
    const again = await merge(dir, [siapAntrian, siapBare], [split]);
    expect(again.innovations.map((i) => i.id).sort()).toEqual(
      apart.innovations.map((i) => i.id).sort(),
    );
  });

  it('an innovation whose records are all gone is gone, not moved', async () => {
    const dir = temp.file('gone');
    const first = await merge(dir, [siapAntrian, antrianOnline]);
    const gone = first.innovations.find((i) => i.provenance[0]?.sourceId === 'K-2020-7')?.id;
    const after = await merge(dir, [siapAntrian]);
    expect(after.ids.gone).toEqual([gone]);
    expect(after.ids.moved).toEqual([]);
  });
});

describe('the plan of decisions', () => {
  it('takes a later split out of an earlier join, and the later decision wins per record', () => {
    const plan = planCuration([
      decided({ id: 2, kind: 'split', from: 'a-1', records: ['kipp:2020:2'] }),
      decided({
        id: 1,
        kind: 'join',
        survivor: 'a-1',
        absorbed: 'b-2',
        records: ['kipp:2019:1', 'kipp:2020:2', 'kipp:2021:3'],
      }),
    ]);
    expect(plan.unions).toEqual([['kipp:2019:1', 'kipp:2021:3']]);
    expect(plan.previousId('kipp:2019:1', 'b-2')).toBe('a-1');
    expect(plan.previousId('kipp:2020:2', 'a-1')).toBeUndefined();
    expect(plan.previousId('kipp:2020:2', 'c-3')).toBe('c-3');
    expect(plan.keysOf('kipp:2020:2', { keys: ['r34.04|siap'] }).keys).toEqual(['r34.04|siap#s2']);
    expect(plan.keysOf('kipp:2019:1', { keys: ['r34.04|siap'] }).keys).toEqual(['r34.04|siap']);
  });
});
