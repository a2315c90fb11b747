import { z } from 'zod';

/**
 * The unified sector taxonomy: one list across programmes and years, so that a KIPP category of
 * 2017, an IGA urusan and an InoLAN kategori about the same affair land in the same facet. The
 * order is the display order.
 */
export const sectors = [
  { slug: 'kesehatan', id: 'Kesehatan', en: 'Health' },
  { slug: 'pendidikan', id: 'Pendidikan', en: 'Education' },
  {
    slug: 'kependudukan',
    id: 'Kependudukan dan Pencatatan Sipil',
    en: 'Population and civil registration',
  },
  {
    slug: 'sosial-kemiskinan',
    id: 'Sosial dan Pengentasan Kemiskinan',
    en: 'Social welfare and poverty',
  },
  { slug: 'perempuan-anak', id: 'Perempuan dan Anak', en: 'Women and children' },
  {
    slug: 'ekonomi-umkm',
    id: 'Ekonomi, Perdagangan dan UMKM',
    en: 'Economy, trade and small business',
  },
  { slug: 'ketenagakerjaan', id: 'Ketenagakerjaan', en: 'Labour and employment' },
  { slug: 'perizinan-investasi', id: 'Perizinan dan Investasi', en: 'Licensing and investment' },
  { slug: 'pertanian-pangan', id: 'Pertanian dan Pangan', en: 'Agriculture and food' },
  { slug: 'kelautan-perikanan', id: 'Kelautan dan Perikanan', en: 'Marine affairs and fisheries' },
  { slug: 'lingkungan', id: 'Lingkungan Hidup dan Kehutanan', en: 'Environment and forestry' },
  { slug: 'energi', id: 'Energi dan Sumber Daya Mineral', en: 'Energy and mineral resources' },
  {
    slug: 'infrastruktur-transportasi',
    id: 'Infrastruktur, Perumahan dan Transportasi',
    en: 'Infrastructure, housing and transport',
  },
  {
    slug: 'pariwisata-budaya',
    id: 'Pariwisata, Kebudayaan dan Olahraga',
    en: 'Tourism, culture and sport',
  },
  {
    slug: 'desa-pemberdayaan',
    id: 'Desa dan Pemberdayaan Masyarakat',
    en: 'Villages and community empowerment',
  },
  { slug: 'kebencanaan', id: 'Kebencanaan', en: 'Disaster management' },
  { slug: 'keamanan-ketertiban', id: 'Keamanan dan Ketertiban', en: 'Public order and security' },
  { slug: 'hukum', id: 'Hukum dan Hak Asasi Manusia', en: 'Law and human rights' },
  {
    slug: 'keuangan-pajak',
    id: 'Keuangan, Pajak dan Pendapatan',
    en: 'Public finance and taxation',
  },
  {
    slug: 'teknologi-digital',
    id: 'Teknologi Digital dan SPBE',
    en: 'Digital government and technology',
  },
  {
    slug: 'tata-kelola',
    id: 'Tata Kelola Pemerintahan',
    en: 'Governance and public administration',
  },
] as const;

export type SectorEntry = (typeof sectors)[number];

export const sectorSchema = z.enum(
  sectors.map((sector) => sector.slug) as [SectorEntry['slug'], ...SectorEntry['slug'][]],
);
export type Sector = z.output<typeof sectorSchema>;

export type SectorLanguage = 'id' | 'en';

const sectorBySlug = new Map<Sector, SectorEntry>(sectors.map((sector) => [sector.slug, sector]));

/** The sector's label in Indonesian (`id`, the default) or English (`en`). */
export function sectorLabel(slug: Sector, lang: SectorLanguage = 'id'): string {
  const sector = sectorBySlug.get(slug);
  if (sector === undefined) throw new Error(`Unknown sector ${JSON.stringify(slug)}`);
  return sector[lang];
}
