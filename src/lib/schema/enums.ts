import { z } from 'zod';

/** The three national programmes that feed the portal. */
export const programmeSchema = z.enum(['kipp', 'iga', 'inolan']);
export type Programme = z.output<typeof programmeSchema>;

/** Kelompok instansi: the kind of agency that runs an innovation. */
export const clusterSchema = z.enum([
  'kementerian',
  'lembaga',
  'provinsi',
  'kabupaten',
  'kota',
  'bumn',
  'bumd',
]);
export type Cluster = z.output<typeof clusterSchema>;

/** Result of the sustainability update (pemutakhiran data). */
export const statusSchema = z.enum([
  'berlanjut',
  'berkembang',
  'berhenti',
  'vakum',
  'tidak-diketahui',
]);
export type Status = z.output<typeof statusSchema>;

/** IGA tahapan, then the InoLAN 5D laboratory stages. */
export const stageSchema = z.enum([
  'inisiatif',
  'uji-coba',
  'penerapan',
  'drum-up',
  'diagnose',
  'design',
  'deliver',
  'display',
]);
export type Stage = z.output<typeof stageSchema>;

/** KIPP result layers, and the IGA regional-government award. */
export const awardLevelSchema = z.enum([
  'top-99',
  'top-45',
  'top-40',
  'top-35',
  'top-25',
  'top-9',
  'outstanding-achievement',
  'top-inovasi-terpuji',
  'terinovatif',
]);
export type AwardLevel = z.output<typeof awardLevelSchema>;
