import type { Cluster } from '../../src/lib/schema/enums.ts';
import type { Rng } from './rng.ts';

/**
 * The mess of SOURCES.md, one small function per kind. Each returns a value the ingest must
 * accept; planted errors live in `bad.ts`.
 */

/** A header as typed: odd case and surrounding spaces now and then. */
export function messHeader(rng: Rng, header: string): string {
  return rng.weighted([
    [header, 8],
    [header.toUpperCase(), 1],
    [header.toLowerCase(), 1],
    [` ${header} `, 1],
    [`${header} `, 1],
  ]);
}

const clusterLabels: Readonly<Record<Cluster, readonly string[]>> = {
  kementerian: ['Kementerian', 'KEMENTERIAN', 'kementerian'],
  lembaga: ['Lembaga', 'LEMBAGA', 'lembaga'],
  provinsi: ['Provinsi', 'PROVINSI', 'Pemprov', 'provinsi'],
  kabupaten: ['Kabupaten', 'KABUPATEN', 'Pemkab', 'kabupaten'],
  kota: ['Kota', 'KOTA', 'Pemkot', 'kota'],
  bumn: ['BUMN', 'Bumn'],
  bumd: ['BUMD', 'Bumd'],
};

/** `Kelompok Instansi` as typed: mostly the clean label, otherwise any case or `Pemkab`. */
export function clusterLabel(rng: Rng, cluster: Cluster): string {
  const labels = clusterLabels[cluster];
  return rng.chance(0.6) ? (labels[0] ?? cluster) : rng.pick(labels);
}

/** Indonesian SDG (TPB) names without commas, so `N - name` never splits. */
const sdgNames: Readonly<Record<number, string>> = {
  1: 'Tanpa Kemiskinan',
  2: 'Tanpa Kelaparan',
  3: 'Kehidupan Sehat dan Sejahtera',
  4: 'Pendidikan Berkualitas',
  5: 'Kesetaraan Gender',
  6: 'Air Bersih dan Sanitasi Layak',
  7: 'Energi Bersih dan Terjangkau',
  8: 'Pekerjaan Layak dan Pertumbuhan Ekonomi',
  10: 'Berkurangnya Kesenjangan',
  11: 'Kota dan Permukiman yang Berkelanjutan',
  12: 'Konsumsi dan Produksi yang Bertanggung Jawab',
  13: 'Penanganan Perubahan Iklim',
  14: 'Ekosistem Lautan',
  15: 'Ekosistem Daratan',
  17: 'Kemitraan untuk Mencapai Tujuan',
};

export function sdgName(goal: number): string {
  return sdgNames[goal] ?? `Tujuan ${String(goal)}`;
}

/** A KIPP `TPB/SDGs` cell: `3`, `3, 5`, `TPB 3; TPB 5`, `SDG 3`, `3 - Kehidupan Sehat ...`. */
export function sdgCell(rng: Rng, goals: readonly number[]): string {
  if (goals.length === 0) return '';
  const first = goals[0] ?? 1;
  const named = goals.length === 1 && first in sdgNames;
  return rng.weighted([
    [goals.join(', '), 4],
    [goals.join(','), 1],
    [goals.map((goal) => `TPB ${String(goal)}`).join('; '), 2],
    [goals.map((goal) => `SDG ${String(goal)}`).join(', '), 2],
    [named ? `${String(first)} - ${sdgName(first)}` : goals.join(', '), 2],
  ]);
}

const videoIdAlphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/** A working YouTube link in one of its shapes. */
export function youtubeLink(rng: Rng): string {
  const id = Array.from({ length: 11 }, () =>
    videoIdAlphabet.charAt(rng.int(0, videoIdAlphabet.length - 1)),
  ).join('');
  return rng.weighted([
    [`https://www.youtube.com/watch?v=${id}`, 5],
    [`https://youtu.be/${id}`, 3],
    [`http://youtube.com/watch?v=${id}&feature=share`, 1],
  ]);
}

/** Plain text → text with the markup of a web editor; reads the same once cleaned. */
export function htmlify(rng: Rng, text: string, emphasis?: string): string {
  const style = rng.weighted([
    ['plain', 40],
    ['paragraphs', 25],
    ['breaks', 12],
    ['emphasis', 12],
    ['entities', 11],
  ] as const);
  const sentences = text.split(/(?<=\.) /);
  switch (style) {
    case 'plain':
      return text;
    case 'paragraphs':
      return sentences.map((sentence) => `<p>${sentence}</p>`).join('');
    case 'breaks':
      return sentences.join(rng.pick(['<br>', '<br/>', '<br />\n']));
    case 'emphasis': {
      const tag = rng.pick(['b', 'strong']);
      const target = emphasis && text.includes(emphasis) ? emphasis : (sentences[0] ?? text);
      return `<p>${text.replace(target, `<${tag}>${target}</${tag}>`)}</p>`;
    }
    case 'entities':
      return text.replaceAll(' dan ', ' &amp; ').replace(/ /, '&nbsp;');
  }
}

/** A list of steps as an editor writes it. */
export function htmlList(items: readonly string[]): string {
  return `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
}

/** Hostile markup anyone can type: it must come out as inert text or not at all. */
export const hostileSnippets = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">klik di sini</a>',
] as const;

/** Innovator names joined by `;` or newlines. */
export function joinNames(rng: Rng, names: readonly string[]): string {
  return names.join(rng.pick(['; ', ';', '\n', '\r\n']));
}
