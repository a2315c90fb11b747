import { monthName, type Day } from './dates.ts';
import { fillFigures } from './figures.ts';
import type { Rng } from './rng.ts';
import type { Title } from './titles.ts';
import type { Story } from './vocab/theme.ts';

/** What the sentences of one innovation are made of. */
export interface Subject {
  title: Title;
  story: Story;
  /** Who runs it, e.g. `Dinas Kesehatan Kabupaten Banyuwangi`. */
  runner: string;
  /** Where, e.g. `Kabupaten Banyuwangi`; empty for central agencies. */
  place: string;
  /** A regional government (or its enterprise): neighbours can copy it, kader help run it. */
  regional: boolean;
  startedOn: Day;
  /** The kind of rule that anchors it, e.g. `Peraturan Bupati`. */
  regulation: string;
}

/** Plain-text narrative sections, keyed as the public record keys them; empty when unknown. */
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

/** A narrative of a summary only: what is known of a real innovation without inventing more. */
export function summaryOnly(summary: string): Narrative {
  return {
    summary,
    background: '',
    novelty: '',
    implementation: '',
    impact: '',
    adaptability: '',
    resources: '',
    sustainability: '',
    goals: '',
    benefits: '',
  };
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const sentence = (clause: string): string => `${capitalise(clause)}.`;

/** The name the text calls the innovation by: `BASABA (Bapak Sayang Bayi)` or its title. */
export function spokenName(title: Title): string {
  return title.acronym && title.expansion ? `${title.acronym} (${title.expansion})` : title.text;
}

/**
 * Every section told from one story. Each result is drawn once, so the summary, the impact
 * and the benefits quote the same figures.
 */
export function narrative(rng: Rng, subject: Subject): Narrative {
  const { story, runner, place, startedOn, regional } = subject;
  const name = spokenName(subject.title);
  const where = place ? ` di ${place}` : '';
  const goal = rng.pick(story.goal);
  const action = sentence(rng.pick(story.action));
  const first = sentence(fillFigures(rng, story.results[0]));
  const second = sentence(fillFigures(rng, story.results[1]));
  const novelty = story.digital ? digitalNovelty : fieldNovelty;
  const resources = [
    ...commonResources,
    ...(story.digital ? digitalResources : []),
    ...(regional && !story.digital ? volunteerResources : []),
  ];
  return {
    summary: [
      `${name} ${rng.pick(['adalah', 'merupakan'])} inovasi ${runner} untuk ${goal}${where}.`,
      action,
      first,
    ].join(' '),
    background: `Sebelum inovasi ini, ${rng.pick(story.problem)}. ${rng.pick(regional ? regionalBackground : centralBackground)}`,
    novelty: `${name} ${rng.pick(novelty)}.`,
    implementation: [
      `Inovasi dimulai pada ${monthName(startedOn.month)} ${String(startedOn.year)} sebagai uji coba di satu lokasi.`,
      action,
      regional
        ? 'Setelah dievaluasi, inovasi diperluas ke seluruh wilayah.'
        : 'Setelah dievaluasi, inovasi diperluas ke unit kerja lain.',
    ].join(' '),
    impact: `${first} ${second}`,
    adaptability: fillFigures(rng, rng.pick(regional ? regionalAdaptability : centralAdaptability)),
    resources: fillFigures(rng, rng.pick(resources)),
    sustainability: `Inovasi ini dikukuhkan dengan ${subject.regulation} Nomor ${String(rng.int(1, 80))} Tahun ${String(startedOn.year + rng.int(0, 2))} dan masuk dalam rencana kerja tahunan.`,
    goals: sentence(goal),
    benefits: second,
  };
}

// --- internal ---

const regionalBackground = [
  'Kondisi ini banyak dikeluhkan warga dalam survei kepuasan masyarakat.',
  'Keluhan ini berulang kali masuk ke kanal pengaduan.',
  'Masalah ini menjadi prioritas dalam rencana pembangunan daerah.',
];

const centralBackground = [
  'Kondisi ini banyak dikeluhkan pengguna layanan dalam survei kepuasan masyarakat.',
  'Keluhan ini berulang kali masuk ke kanal pengaduan.',
  'Masalah ini menjadi prioritas dalam rencana strategis instansi.',
];

const digitalNovelty = [
  'menyatukan pendaftaran, pemantauan dan pelaporan layanan dalam satu aplikasi',
  'dapat diakses dari ponsel sehingga warga tidak perlu datang ke kantor',
  'memangkas prosedur dari beberapa meja menjadi satu langkah daring',
];

const fieldNovelty = [
  'melibatkan masyarakat sejak perencanaan sampai evaluasi',
  'menggabungkan kerja beberapa unit dalam satu alur layanan',
  'menjemput bola: petugas mendatangi warga, bukan sebaliknya',
];

const regionalAdaptability = [
  'Inovasi ini telah direplikasi oleh {k:2-25} unit layanan lain.',
  'Sudah diadopsi oleh beberapa daerah tetangga setelah studi tiru.',
  'Mudah ditiru karena tidak memerlukan biaya besar dan perangkat khusus.',
];

const centralAdaptability = [
  'Inovasi ini telah diterapkan di {k:3-30} unit kerja lain.',
  'Mudah ditiru karena tidak memerlukan biaya besar dan perangkat khusus.',
];

const commonResources = [
  'Dijalankan oleh {k:3-40} petugas dengan anggaran Rp{a:25-900} juta per tahun.',
  'Memakai anggaran rutin unit tanpa tambahan biaya besar.',
];

const digitalResources = [
  'Aplikasi dikembangkan oleh tim teknologi informasi sendiri dengan anggaran Rp{a:40-750} juta.',
];

const volunteerResources = [
  'Didukung {k:5-60} kader dan relawan serta sarana yang sudah dimiliki unit.',
];
