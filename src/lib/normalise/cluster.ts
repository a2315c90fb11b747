import type { Cluster } from '../schema/enums.ts';
import { isBlank, toKey } from './blank.ts';
import { labelTable } from './label.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

const clusters = labelTable<Cluster>([
  ['kementerian', ['Kementerian', 'Kementrian', 'Kemenko']],
  ['lembaga', ['Lembaga', 'Lembaga Negara', 'LPNK', 'Lembaga Pemerintah Non Kementerian']],
  ['provinsi', ['Provinsi', 'Prov', 'Pemprov', 'Pemerintah Provinsi', 'Pemda Provinsi']],
  ['kabupaten', ['Kabupaten', 'Kab', 'Pemkab', 'Pemerintah Kabupaten', 'Pemda Kabupaten']],
  ['kota', ['Kota', 'Pemkot', 'Pemerintah Kota', 'Pemda Kota']],
  ['bumn', ['BUMN', 'Badan Usaha Milik Negara']],
  ['bumd', ['BUMD', 'Badan Usaha Milik Daerah']],
]);

/**
 * Labels that join two clusters. They are refused, not guessed: the agency name usually tells
 * which one it is (`clusterFromAgency`).
 */
const ambiguous = new Set(
  ['Kementerian/Lembaga', 'K/L', 'Kabupaten/Kota', 'Pemda', 'Pemerintah Daerah', 'BUMN/BUMD'].map(
    toKey,
  ),
);

/** The cluster a `Kelompok Instansi`/`Klaster` cell names, in any case. */
export function parseCluster(input: unknown): Parsed<Cluster | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (typeof input !== 'string') return fail(`${quote(input)} is not a cluster`);
  const key = toKey(input);
  if (ambiguous.has(key)) return fail(`${quote(input)} does not say which cluster`);
  const cluster = clusters.get(key);
  return cluster ? ok(cluster) : fail(`${quote(input)} is not a cluster`);
}

export { clusterFromAgency } from './agency.ts';
