import type { Cluster } from '../schema/enums.ts';
import { toKey } from './blank.ts';

/*
 * Rules on the agency name, lower-cased with punctuation as spaces (`pemerintah kab banyuwangi`,
 * `pt bank rakyat indonesia persero tbk`). They run in order and the first that matches wins;
 * the order is what makes them right: a regional government before its enterprises, a regional
 * enterprise (`Bank Pembangunan Daerah`) before a state one, anything of a ministry before the
 * bodies that share words with regional units (`Kantor Kementerian Agama Kota Padang`).
 */

/** `Pemerintah`, `Pemerintah Daerah`, `Pemda`, `Pem.` before the region kind. */
const governmentPrefix = /^(?:pemerintah(?: daerah(?! istimewa))?|pemda|pem) /;

/** Province governments named without the word `Provinsi`. */
const provinceNames = /^(?:daerah istimewa|di|dki) |^aceh$/;

const regionKinds: readonly (readonly [Cluster, RegExp])[] = [
  ['kabupaten', /^(?:kabupaten|kab|pemkab) /],
  ['kota', /^(?:kota|kotamadya|pemkot) /],
  ['provinsi', /^(?:provinsi|propinsi|prov|pemprov) /],
];

const regionalEnterprise = /\bperseroda\b|^(?:pdam|perumda|pd|bpd|perusahaan (?:umum )?daerah) /;
const stateEnterprise = /\bpersero\b|^(?:perum|perusahaan umum|pt) /;
const ministry = /\bkementerian\b|\bkementrian\b|^kemen\w+ /;

/** Units of a regional government, named after the region they serve. */
const regionalUnit =
  /\bdaerah\b|^(?:dinas|rsud|rumah sakit umum daerah|puskesmas|kecamatan|kelurahan|desa|bappeda|satuan polisi pamong praja|satpol pp) /;
const regionWord: readonly (readonly [Cluster, RegExp])[] = [
  ['kabupaten', /\b(?:kabupaten|kab)\b/],
  ['kota', /\bkota\b/],
  ['provinsi', /\b(?:provinsi|prov)\b/],
];

/** Central bodies that are not ministries. */
const agencyBody =
  /^(?:badan|lembaga|komisi|arsip nasional|kepolisian|mahkamah|kejaksaan|ombudsman|perpustakaan nasional|sekretariat (?:jenderal|kabinet)|otoritas|dewan|majelis|tentara nasional|pusat pelaporan|kantor staf presiden|bank indonesia|bpjs|badan penyelenggara jaminan sosial|lembaga penjamin simpanan|basarnas|bnpb|bpom|bkn|bps|lan|anri)\b/;

/**
 * A guess of the cluster from an agency name, for sources without a cluster column:
 * `Pemerintah Kabupaten Banyuwangi` is `kabupaten`, `Pemkot Padang` `kota`, `Kementerian
 * Keuangan` `kementerian`, `Badan ...` `lembaga`, `PT ... (Persero)` or any other `PT` `bumn`,
 * `PDAM ...` or `Bank ... Daerah` `bumd`. A unit that does not say its region (`Dinas
 * Kesehatan`) gives `undefined`.
 */
export function clusterFromAgency(agency: string): Cluster | undefined {
  const key = `${toKey(agency)} `;
  return (
    regionalGovernment(key) ??
    (isRegionalEnterprise(key) ? 'bumd' : undefined) ??
    (stateEnterprise.test(key) ? 'bumn' : undefined) ??
    (ministry.test(key) ? 'kementerian' : undefined) ??
    regionalUnitCluster(key)
  );
}

// --- internal ---

function regionalGovernment(key: string): Cluster | undefined {
  const rest = key.replace(governmentPrefix, '');
  const kind = regionKinds.find(([, pattern]) => pattern.test(rest));
  if (kind) return kind[0];
  return rest !== key && provinceNames.test(rest.trim()) ? 'provinsi' : undefined;
}

function isRegionalEnterprise(key: string): boolean {
  return regionalEnterprise.test(key) || (/\bbank\b/.test(key) && /\bdaerah\b/.test(key));
}

/** A regional unit takes its region's cluster; one that names no region stays unknown. */
function regionalUnitCluster(key: string): Cluster | undefined {
  if (regionalUnit.test(key)) return regionWord.find(([, pattern]) => pattern.test(key))?.[0];
  return agencyBody.test(key) ? 'lembaga' : undefined;
}
