import type { InterestStage } from '../lib/interest/schema.ts';
import type { FacetName } from '../lib/index/facets.ts';
import type { AwardLevel, Cluster, Programme, Stage, Status } from '../lib/schema/enums.ts';
import { sectorLabel, sectorSchema } from '../lib/taxonomy/sectors.ts';
import type { Locale } from './locales.ts';

/**
 * How the portal names the values of its enums and facets, in each language: one table for
 * search facets, chips, innovation pages, browse pages and charts. Years, provinces and
 * regencies are shown as they are.
 */
type Named<Value extends string> = Record<Value, Record<Locale, string>>;

export const facetTitles: Named<FacetName> = {
  programmes: { id: 'Program', en: 'Programme' },
  years: { id: 'Tahun', en: 'Year' },
  cluster: { id: 'Klaster instansi', en: 'Agency cluster' },
  province: { id: 'Provinsi', en: 'Province' },
  regency: { id: 'Kabupaten/kota', en: 'Regency/city' },
  sectors: { id: 'Sektor', en: 'Sector' },
  sdgs: { id: 'SDG', en: 'SDG' },
  awardLevels: { id: 'Penghargaan', en: 'Award' },
  status: { id: 'Status', en: 'Status' },
  stage: { id: 'Tahapan', en: 'Stage' },
  digital: { id: 'Digital', en: 'Digital' },
};

export const programmeNames: Named<Programme> = {
  kipp: { id: 'KIPP', en: 'KIPP' },
  iga: { id: 'IGA', en: 'IGA' },
  inolan: { id: 'InoLAN', en: 'InoLAN' },
};

/** The programmes' full names and the body that runs each. */
export const programmeLongNames: Named<Programme> = {
  kipp: {
    id: 'Kompetisi Inovasi Pelayanan Publik (KemenPANRB)',
    en: 'Public Service Innovation Competition (KemenPANRB)',
  },
  iga: {
    id: 'Innovative Government Award (Kemendagri)',
    en: 'Innovative Government Award (Ministry of Home Affairs)',
  },
  inolan: {
    id: 'Laboratorium Inovasi (LAN)',
    en: 'Innovation Laboratory (National Institute of Public Administration)',
  },
};

export const clusterNames: Named<Cluster> = {
  kementerian: { id: 'Kementerian', en: 'Ministry' },
  lembaga: { id: 'Lembaga', en: 'Government agency' },
  provinsi: { id: 'Pemerintah provinsi', en: 'Provincial government' },
  kabupaten: { id: 'Pemerintah kabupaten', en: 'Regency government' },
  kota: { id: 'Pemerintah kota', en: 'City government' },
  bumn: { id: 'BUMN', en: 'State-owned enterprise' },
  bumd: { id: 'BUMD', en: 'Regional-owned enterprise' },
};

export const statusNames: Named<Status> = {
  berlanjut: { id: 'Berlanjut', en: 'Continuing' },
  berkembang: { id: 'Berkembang', en: 'Growing' },
  berhenti: { id: 'Berhenti', en: 'Stopped' },
  vakum: { id: 'Vakum', en: 'Dormant' },
  'tidak-diketahui': { id: 'Tidak diketahui', en: 'Unknown' },
};

export const stageNames: Named<Stage> = {
  inisiatif: { id: 'Inisiatif', en: 'Initiative' },
  'uji-coba': { id: 'Uji coba', en: 'Trial' },
  penerapan: { id: 'Penerapan', en: 'Implementation' },
  // LAN's Laboratorium Inovasi names its 5D stages in English; the Indonesian page says what
  // each means, keeping the programme's word for those who know it.
  'drum-up': { id: 'Penggalangan (Drum-up)', en: 'Drum-up' },
  diagnose: { id: 'Diagnosis (Diagnose)', en: 'Diagnose' },
  design: { id: 'Perancangan (Design)', en: 'Design' },
  deliver: { id: 'Pelaksanaan (Deliver)', en: 'Deliver' },
  display: { id: 'Penyebarluasan (Display)', en: 'Display' },
};

/** The stages of a replication-interest entry. */
export const interestStageNames: Named<InterestStage> = {
  berminat: { id: 'Berminat', en: 'Interested' },
  berkomunikasi: { id: 'Berkomunikasi', en: 'In contact' },
  mereplikasi: { id: 'Mereplikasi', en: 'Replicating' },
  tereplikasi: { id: 'Tereplikasi', en: 'Replicated' },
  batal: { id: 'Batal', en: 'Withdrawn' },
};

export const awardLevelNames: Named<AwardLevel> = {
  'top-99': { id: 'Top 99', en: 'Top 99' },
  'top-45': { id: 'Top 45', en: 'Top 45' },
  'top-40': { id: 'Top 40', en: 'Top 40' },
  'top-35': { id: 'Top 35', en: 'Top 35' },
  'top-25': { id: 'Top 25', en: 'Top 25' },
  'top-9': { id: 'Top 9', en: 'Top 9' },
  'outstanding-achievement': {
    id: 'Capaian Luar Biasa (Outstanding Achievement)',
    en: 'Outstanding Achievement',
  },
  'top-inovasi-terpuji': { id: 'Top Inovasi Terpuji', en: 'Top Commended Innovation' },
  terinovatif: { id: 'Pemda Terinovatif (IGA)', en: 'Most Innovative Government (IGA)' },
};

/** The 17 Sustainable Development Goals, by number, with their official short names. */
export const sdgNames: Record<number, Record<Locale, string>> = {
  1: { id: 'Tanpa Kemiskinan', en: 'No Poverty' },
  2: { id: 'Tanpa Kelaparan', en: 'Zero Hunger' },
  3: { id: 'Kehidupan Sehat dan Sejahtera', en: 'Good Health and Well-being' },
  4: { id: 'Pendidikan Berkualitas', en: 'Quality Education' },
  5: { id: 'Kesetaraan Gender', en: 'Gender Equality' },
  6: { id: 'Air Bersih dan Sanitasi Layak', en: 'Clean Water and Sanitation' },
  7: { id: 'Energi Bersih dan Terjangkau', en: 'Affordable and Clean Energy' },
  8: { id: 'Pekerjaan Layak dan Pertumbuhan Ekonomi', en: 'Decent Work and Economic Growth' },
  9: { id: 'Industri, Inovasi dan Infrastruktur', en: 'Industry, Innovation and Infrastructure' },
  10: { id: 'Berkurangnya Kesenjangan', en: 'Reduced Inequalities' },
  11: { id: 'Kota dan Permukiman Berkelanjutan', en: 'Sustainable Cities and Communities' },
  12: {
    id: 'Konsumsi dan Produksi yang Bertanggung Jawab',
    en: 'Responsible Consumption and Production',
  },
  13: { id: 'Penanganan Perubahan Iklim', en: 'Climate Action' },
  14: { id: 'Ekosistem Lautan', en: 'Life Below Water' },
  15: { id: 'Ekosistem Daratan', en: 'Life on Land' },
  16: {
    id: 'Perdamaian, Keadilan dan Kelembagaan yang Tangguh',
    en: 'Peace, Justice and Strong Institutions',
  },
  17: { id: 'Kemitraan untuk Mencapai Tujuan', en: 'Partnerships for the Goals' },
};

const digitalNames: Record<'true' | 'false', Record<Locale, string>> = {
  true: { id: 'Digital', en: 'Digital' },
  false: { id: 'Non-digital', en: 'Non-digital' },
};

/**
 * The label of one facet value as Meilisearch returns it (always a string: `"2019"`, `"3"`,
 * `"true"`). An unknown value is shown as it is rather than hidden.
 */
export function facetValueLabel(facet: FacetName, value: string, locale: Locale): string {
  const table = valueTables[facet];
  if (facet === 'sectors') {
    const sector = sectorSchema.safeParse(value);
    return sector.success ? sectorLabel(sector.data, locale) : value;
  }
  if (facet === 'sdgs') {
    const name = sdgNames[Number(value)]?.[locale];
    return name === undefined ? value : `${value}. ${name}`;
  }
  return table?.[value]?.[locale] ?? value;
}

// --- internal ---

const valueTables: Partial<Record<FacetName, Record<string, Record<Locale, string>>>> = {
  programmes: programmeNames,
  cluster: clusterNames,
  status: statusNames,
  stage: stageNames,
  awardLevels: awardLevelNames,
  digital: digitalNames,
};
