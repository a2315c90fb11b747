import type { Agency } from '../agencies.ts';
import type { Concept } from '../concepts.ts';
import { formatDate, randomDay, textDateForms, type Day } from '../dates.ts';
import { htmlify } from '../mess.ts';
import type { Regions } from '../regions.ts';
import type { Rng } from '../rng.ts';
import { provinceForms, regencyForms } from '../spellings.ts';
import type { Taxonomy } from '../taxonomy.ts';

/** One IGA assessment of an innovation of a regional government. */
export interface IgaEntry {
  concept: Concept;
  year: number;
  title: string;
  /** Running number of the record in its year. */
  seq: number;
}

export interface IgaContext {
  regions: Regions;
  taxonomy: Taxonomy;
  /** Source ids as numbers (older exports) or `IID-...` strings. */
  numericIds: boolean;
  /** Chance `tahun_penilaian` is a string. */
  yearAsString: number;
}

export type IgaRecord = Record<string, unknown>;

/**
 * `pemda.kode` as typed: with the dot, without it; a province is two digits. The code is the
 * one of the assessment year (Papua was renumbered in 2022).
 */
export function pemdaOf(
  rng: Rng,
  agency: Agency,
  regions: Regions,
  year: number,
): { kode: string; nama: string } {
  if (agency.regency) {
    const code = regions.codeIn(agency.regency.code, year);
    return {
      kode: rng.chance(0.65) ? code : code.replace('.', ''),
      nama: rng.pick(regencyForms(agency.regency, regions)),
    };
  }
  const province = agency.province;
  if (!province) throw new Error(`${agency.name} is not a regional government`);
  return { kode: regions.codeIn(province.code, year), nama: rng.pick(provinceForms(province)) };
}

const stages = ['Inisiatif', 'Uji Coba', 'Penerapan'] as const;
const initiators = [
  ['Kepala Daerah', 3],
  ['Anggota DPRD', 1],
  ['OPD', 6],
  ['ASN', 4],
  ['Masyarakat', 2],
] as const;
const forms = [
  ['Inovasi Pelayanan Publik', 6],
  ['Inovasi Tata Kelola Pemerintahan Daerah', 3],
  ['Inovasi Daerah Lainnya Sesuai Urusan', 2],
] as const;
const predicates = [
  'Sangat Inovatif',
  'Inovatif',
  'Kurang Inovatif',
  'Tidak Dapat Dinilai',
] as const;

export function igaRecord(rng: Rng, entry: IgaEntry, context: IgaContext): IgaRecord {
  const { concept, year } = entry;
  const { agency, narrative: text } = concept;
  const pemda = pemdaOf(rng, agency, context.regions, year);
  const stage = rng.weighted([
    [0, 1],
    [1, 2],
    [2, 7],
  ] as const);
  const score = rng.int(300, 1000) / 10;
  return {
    id: context.numericIds
      ? year * 100_000 + entry.seq
      : `IID-${String(year)}-${pemda.kode.replace('.', '')}-${String(entry.seq).padStart(5, '0')}`,
    tahun_penilaian: rng.chance(context.yearAsString) ? String(year) : year,
    pemda,
    opd: concept.opd,
    nama_inovasi: entry.title,
    tahapan: caseOf(rng, stages[stage]),
    inisiator: rng.weighted(initiators),
    jenis: concept.digital
      ? caseOf(rng, 'Digital')
      : caseOf(rng, rng.pick(['Non Digital', 'Non-Digital'])),
    bentuk: rng.weighted(forms),
    urusan: urusan(rng, concept, context.taxonomy),
    ...covid(rng, year),
    ...trialDates(rng, concept.startedOn, stage, year),
    // The summary already tells what is done: the design adds only when it started.
    rancang_bangun: htmlify(
      rng,
      [text.summary, firstSentence(text.implementation)].filter(Boolean).join(' '),
      concept.title.acronym,
    ),
    tujuan: optional(rng, text.goals, 0.8),
    manfaat: optional(rng, text.benefits, 0.7),
    hasil: optional(rng, text.impact, 0.6),
    skor_inovasi: rng.chance(0.3) ? String(score).replace('.', ',') : score,
    predikat_daerah: rng.fork(`predikat:${agency.scope}:${String(year)}`).pick(predicates),
    penghargaan: award(rng, agency, year),
    video: concept.video === '' ? null : concept.video,
    kontak: concept.contact,
  };
}

const firstSentence = (text: string): string => text.split(/(?<=\.) /)[0] ?? '';

/** A section as the export holds it, or null; never an empty one for a real innovation. */
function optional(rng: Rng, text: string, chance: number): string | null {
  return text !== '' && rng.chance(chance) ? htmlify(rng, text) : null;
}

/** Trial and roll-out dates by stage; none where the start is not known. */
function trialDates(
  rng: Rng,
  startedOn: Day | undefined,
  stage: number,
  year: number,
): { waktu_uji_coba: string | null; waktu_penerapan: string | null } {
  if (!startedOn) return { waktu_uji_coba: null, waktu_penerapan: null };
  return {
    waktu_uji_coba: stage >= 1 ? igaDate(rng, startedOn) : null,
    waktu_penerapan: stage === 2 ? igaDate(rng, later(rng, startedOn, year)) : null,
  };
}

/** Values typed in any case: `Penerapan`, `PENERAPAN`, `penerapan`. */
function caseOf(rng: Rng, value: string): string {
  return rng.weighted([
    [value, 6],
    [value.toUpperCase(), 2],
    [value.toLowerCase(), 2],
  ]);
}

/** An array, or one string joined with `,` (only when no label holds a comma itself). */
function urusan(rng: Rng, concept: Concept, taxonomy: Taxonomy): string[] | string {
  const labels = [taxonomy.pick(rng, 'iga', concept.theme.categories)];
  // A digital innovation is often filed under communications and informatics as well.
  if (concept.digital && rng.chance(0.35)) labels.push('Komunikasi dan Informatika');
  const unique = [...new Set(labels)];
  return rng.chance(0.4) && unique.every((label) => !label.includes(','))
    ? unique.join(', ')
    : unique;
}

/** `covid19` as a boolean, `"ya"`/`"tidak"`, or absent (mostly before 2020). */
function covid(rng: Rng, year: number): { covid19?: boolean | string } {
  if (year < 2020 ? rng.chance(0.9) : rng.chance(0.2)) return {};
  const related = year <= 2022 && rng.chance(0.3);
  return { covid19: rng.chance(0.6) ? related : related ? 'ya' : 'tidak' };
}

function igaDate(rng: Rng, day: Day): string {
  return formatDate(rng, day, rng.pick(textDateForms));
}

function later(rng: Rng, start: Day, year: number): Day {
  return randomDay(rng, Math.min(start.year + 1, year), year);
}

const awardsByCluster: Readonly<Record<string, readonly string[]>> = {
  kabupaten: [
    'Kabupaten Terinovatif',
    'Daerah Perbatasan Terinovatif',
    'Daerah Tertinggal Terinovatif',
  ],
  kota: ['Kota Terinovatif'],
  provinsi: ['Provinsi Terinovatif'],
};

/** The pemda's award that year, the same on every record of that pemda and year. */
function award(rng: Rng, agency: Agency, year: number): string | null {
  const draw = rng.fork(`award:${agency.scope}:${String(year)}`);
  if (!draw.chance(0.05)) return null;
  return draw.pick(awardsByCluster[agency.cluster] ?? ['Kabupaten Terinovatif']);
}
