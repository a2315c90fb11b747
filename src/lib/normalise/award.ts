import type { AwardLevel } from '../schema/enums.ts';
import { isBlank, toKey } from './blank.ts';
import { labelTable } from './label.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

const topLayers = [99, 45, 40, 35, 25, 9] as const;

/** KIPP result layers; `Top-99`, `TOP 99` and `Top99` are one label. */
const levels = labelTable<AwardLevel>([
  ...topLayers.map((n) => [`top-${n}`, [`Top ${n}`, `Top${n}`]] as const),
  ['outstanding-achievement', ['Outstanding Achievement']],
  ['top-inovasi-terpuji', ['Top Inovasi Terpuji', 'Inovasi Terpuji']],
]);

/** Words KIPP exports put in the result column of an entry that won nothing. */
const noAward = new Set(['terdaftar', 'peserta', 'tidak lolos', 'tidak masuk']);

/** Every IGA pemda award (`Kabupaten Terinovatif`, `Daerah Tertinggal Terinovatif`, ...). */
const igaAwardWord = 'terinovatif';

/**
 * The award level of a KIPP result (`Capaian`) or an IGA pemda award (`penghargaan`). A label
 * may run on after its level (`Top 99 Inovasi Pelayanan Publik`). Empty, or a word that means
 * registered only, gives `undefined`.
 */
export function parseAwardLevel(input: unknown): Parsed<AwardLevel | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (typeof input !== 'string') return fail(`${quote(input)} is not an award level`);
  const key = toKey(input);
  if (noAward.has(key)) return ok(undefined);
  if (key.split(' ').includes(igaAwardWord)) return ok('terinovatif');
  const level = levels.get(key) ?? levelAtStart(key);
  return level ? ok(level) : fail(`${quote(input)} is not a known award level`);
}

// --- internal ---

function levelAtStart(key: string): AwardLevel | undefined {
  for (const [label, level] of levels) if (key.startsWith(`${label} `)) return level;
  return undefined;
}
