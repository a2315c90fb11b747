import type { Status } from '../schema/enums.ts';
import { labelTable, parseLabel } from './label.ts';
import { ok, type Parsed } from './parsed.ts';

const statuses = labelTable<Status>([
  ['berlanjut', ['Berlanjut', 'Masih Berlanjut', 'Lanjut', 'Masih Berjalan', 'Aktif']],
  ['berkembang', ['Berkembang', 'Berlanjut dengan Pengembangan', 'Berlanjut dan Berkembang']],
  ['berhenti', ['Berhenti', 'Tidak Berlanjut', 'Dihentikan']],
  ['vakum', ['Vakum', 'Vakum Sementara']],
  ['tidak-diketahui', ['Tidak Diketahui', 'Belum Diketahui']],
]);

/**
 * The sustainability status of the data update (`Status Keberlanjutan`). Continuing with
 * development counts as `berkembang`. An empty cell means nobody reported: `tidak-diketahui`.
 */
export function parseStatus(input: unknown): Parsed<Status> {
  const parsed = parseLabel(input, statuses, 'a sustainability status');
  return parsed.ok ? ok(parsed.value ?? 'tidak-diketahui') : parsed;
}
