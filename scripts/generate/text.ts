import { monthName, type Day } from './dates.ts';
import type { Rng } from './rng.ts';
import type { Title } from './titles.ts';
import type { Theme } from './vocab/theme.ts';

/** What the sentences of one innovation are made of. */
export interface Subject {
  title: Title;
  theme: Theme;
  /** Who runs it, e.g. `Dinas Kesehatan Kabupaten Banyuwangi`. */
  runner: string;
  /** Where, e.g. `Kabupaten Banyuwangi`; empty for central agencies. */
  place: string;
  startedOn: Day;
  /** The kind of rule that anchors it, e.g. `Peraturan Bupati`. */
  regulation: string;
}

/** Plain-text narrative sections, keyed as the public record keys them. */
export interface Narrative {
  summary: string;
  background: string;
  novelty: string;
  implementation: string;
  impact: string;
  adaptability: string;
  resources: string;
  sustainability: string;
  goals: string;
  benefits: string;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Fills `{a}`, `{b}` (b < a), `{n}` (a count of people or places) and `{k}` (a few). */
function fill(rng: Rng, clause: string): string {
  const a = rng.int(30, 95);
  return clause
    .replaceAll('{a}', String(a))
    .replaceAll('{b}', String(rng.int(3, a - 5)))
    .replaceAll('{n}', String(rng.int(12, 4800)))
    .replaceAll('{k}', String(rng.int(3, 60)));
}

/** The name the text calls the innovation by: `BASABA (Bapak Sayang Bayi)` or its title. */
export function spokenName(title: Title): string {
  return title.acronym && title.expansion ? `${title.acronym} (${title.expansion})` : title.text;
}

export function narrative(rng: Rng, subject: Subject): Narrative {
  const { theme, runner, place, startedOn } = subject;
  const name = spokenName(subject.title);
  const where = place ? ` di ${place}` : '';
  // The clause lists of a theme run in parallel: one story per index.
  const story = rng.int(0, 1);
  const clause = (clauses: readonly string[], offset = 0): string =>
    fill(rng, clauses[(story + offset) % clauses.length] ?? '');
  const sentence = (clauses: readonly string[], offset = 0): string =>
    `${capitalise(clause(clauses, offset))}.`;
  const goal = clause(theme.goal);
  return {
    summary: [
      `${name} ${rng.pick(['adalah', 'merupakan'])} inovasi ${runner} untuk ${goal}${where}.`,
      sentence(theme.action),
      sentence(theme.result),
    ].join(' '),
    background: `Sebelum inovasi ini, ${clause(theme.problem)}. ${rng.pick(backgroundTails)}`,
    novelty: `${name} ${rng.pick(noveltyClauses)}${where}.`,
    implementation: `Inovasi dimulai pada ${monthName(startedOn.month)} ${String(startedOn.year)}. ${sentence(theme.action)}`,
    impact: `${sentence(theme.result)} ${sentence(theme.result, 1)}`,
    adaptability: fill(rng, rng.pick(adaptabilityClauses)),
    resources: fill(rng, rng.pick(resourceClauses)),
    sustainability: `Inovasi ini dikukuhkan dengan ${subject.regulation} Nomor ${String(rng.int(1, 80))} Tahun ${String(startedOn.year + rng.int(0, 2))} dan masuk dalam rencana kerja tahunan.`,
    goals: `${capitalise(goal)}.`,
    benefits: sentence(theme.result, 1),
  };
}

const backgroundTails = [
  'Kondisi ini banyak dikeluhkan warga dalam survei kepuasan masyarakat.',
  'Keluhan ini berulang kali masuk ke kanal pengaduan.',
  'Masalah ini menjadi prioritas dalam rencana pembangunan daerah.',
];

const noveltyClauses = [
  'adalah yang pertama memadukan layanan jemput bola dengan data digital',
  'melibatkan masyarakat sejak perencanaan sampai evaluasi',
  'memangkas prosedur dari beberapa meja menjadi satu langkah',
  'menggabungkan kerja beberapa perangkat dalam satu alur layanan',
];

const adaptabilityClauses = [
  'Inovasi ini telah direplikasi oleh {k} unit layanan lain.',
  'Sudah diadopsi oleh beberapa daerah tetangga setelah studi tiru.',
  'Mudah ditiru karena tidak memerlukan biaya besar dan perangkat khusus.',
];

const resourceClauses = [
  'Dijalankan oleh {k} petugas dan kader dengan anggaran Rp{a} juta per tahun.',
  'Memakai anggaran rutin dan dukungan dana CSR sebesar Rp{a} juta.',
  'Didukung {k} relawan serta sarana yang sudah dimiliki unit.',
];
