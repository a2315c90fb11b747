import type { Cluster } from '../../src/lib/schema/enums.ts';
import type { Province, Regency, Regions } from './regions.ts';
import type { Rng } from './rng.ts';
import {
  centralAgencies,
  provincialBumd,
  realOnlyAgencies,
  type CentralAgency,
} from './vocab/central-agencies.ts';
import type { Theme } from './vocab/theme.ts';
import { themeOf } from './vocab/themes.ts';
import { regionalThemes } from './vocab/themes-regional.ts';

/** A theme an agency innovates in, and the service units of a national agency that do. */
export interface AgencyWork {
  theme: Theme;
  /** Empty for regional governments: their units come from the story (`Dinas Kesehatan`). */
  units: readonly string[];
}

/** An agency that submits innovations, with everything the exports say about it. */
export interface Agency {
  /** As the exports write it, e.g. `Pemerintah Kabupaten Banyuwangi`. */
  name: string;
  cluster: Cluster;
  province?: Province;
  regency?: Regency;
  /** Who owns a title: two innovations of one scope never share a title. */
  scope: string;
  /** InoLAN's `agency_id_panrb`. */
  panrbId: string;
  /** Mail domain of its staff. */
  domain: string;
  work: readonly AgencyWork[];
  /** The rule that anchors its innovations, e.g. `Peraturan Bupati`. */
  regulation: string;
  /** The first year it could submit: the provinces formed in 2022 had no government before. */
  since?: number;
}

/** Regencies that appear often in the real lists, so the sample has repeat regions too. */
const frequentRegencies = [
  'Kabupaten Banyuwangi',
  'Kota Surabaya',
  'Kabupaten Bantaeng',
  'Kabupaten Kulon Progo',
  'Kabupaten Sumedang',
  'Kota Bukittinggi',
  'Kota Padang',
  'Kota Payakumbuh',
  'Kabupaten Tanah Datar',
  'Kabupaten Sleman',
  'Kota Bandung',
  'Kota Semarang',
  'Kota Makassar',
  'Kabupaten Badung',
  'Kabupaten Siak',
  'Kabupaten Trenggalek',
  'Kabupaten Lamongan',
  'Kabupaten Sidoarjo',
  'Kota Denpasar',
  'Kota Tangerang',
  'Kota Yogyakarta',
  'Kabupaten Bojonegoro',
  'Kota Balikpapan',
  'Kabupaten Boyolali',
  'Kota Pekalongan',
  'Kabupaten Gorontalo',
  'Kabupaten Agam',
];

const slug = (text: string): string => text.toLowerCase().replace(/[^a-z]+/g, '');

export interface AgencyPool {
  all: readonly Agency[];
  /** An agency that existed in `year`, by cluster weight. */
  pick(rng: Rng, weights: Readonly<Record<Cluster, number>>, year: number): Agency;
  /** The regional government of a region code (`13`, `13.75`). */
  pemda(code: string): Agency;
  byName(name: string): Agency;
}

export function buildAgencies(regions: Regions): AgencyPool {
  // Water is the water utilities' own theme.
  const regionalWork = regionalThemes
    .filter((theme) => theme.key !== 'air-minum')
    .map((theme) => ({ theme, units: [] }));
  const all: Agency[] = [];
  const add = (agency: Omit<Agency, 'panrbId'>): void => {
    all.push({ ...agency, panrbId: `A${String(all.length + 1).padStart(4, '0')}` });
  };
  for (const province of regions.provinces) {
    const short = province.code === '31' ? 'DKI Jakarta' : province.name;
    const formed = firstYearOf(regions, province.code);
    add({
      ...(formed !== undefined && { since: formed }),
      name: `Pemerintah Provinsi ${short}`,
      cluster: 'provinsi',
      province,
      scope: `pemda:${province.code}`,
      domain: `${slug(short)}prov.go.id`,
      work: regionalWork,
      regulation: 'Peraturan Gubernur',
    });
  }
  // Jakarta's cities are administrative, not autonomous: they submit nothing of their own.
  for (const regency of regions.regencies.filter((r) => r.provinceCode !== '31')) {
    const province = regions.province(regency.provinceCode);
    const kota = regency.kind === 'kota';
    add({
      name: `Pemerintah ${regency.name}`,
      cluster: regency.kind,
      province,
      regency,
      scope: `pemda:${regency.code}`,
      domain: `${slug(regency.bare)}${kota ? 'kota' : 'kab'}.go.id`,
      work: regionalWork,
      regulation: kota ? 'Peraturan Wali Kota' : 'Peraturan Bupati',
    });
    add({
      name: `Perumda Air Minum Tirta ${regency.bare}`,
      cluster: 'bumd',
      province,
      regency,
      scope: `agency:pdam-${regency.code}`,
      domain: `pdam${slug(regency.bare)}.co.id`,
      work: [{ theme: themeOf('air-minum'), units: [] }],
      regulation: 'Keputusan Direksi',
    });
  }
  for (const central of [...centralAgencies, ...provincialBumd]) add(fromCentral(central));
  const pickable = [...all];
  for (const central of realOnlyAgencies) add(fromCentral(central));

  function fromCentral(central: CentralAgency): Omit<Agency, 'panrbId'> {
    const province = central.provinceCode ? regions.province(central.provinceCode) : undefined;
    const company = central.cluster === 'bumn' || central.cluster === 'bumd';
    return {
      name: central.name,
      cluster: central.cluster,
      ...(province ? { province } : {}),
      scope: `agency:${central.name}`,
      domain: `${slug(central.name).slice(0, 12)}.${company ? 'co.id' : 'go.id'}`,
      work: central.work.map(({ theme, units }) => ({ theme: themeOf(theme), units })),
      regulation: central.regulation,
    };
  }

  const byCluster = new Map<Cluster, Agency[]>();
  for (const agency of pickable)
    byCluster.set(agency.cluster, [...(byCluster.get(agency.cluster) ?? []), agency]);
  const frequent = pickable.filter(
    (agency) => frequentRegencies.includes(agency.regency?.name ?? '') && agency.cluster !== 'bumd',
  );
  const find = (predicate: (agency: Agency) => boolean, what: string): Agency => {
    const agency = all.find(predicate);
    if (!agency) throw new Error(`no agency ${what}`);
    return agency;
  };

  return {
    all,
    pick: (rng, weights, year) => {
      const cluster = rng.weighted(Object.entries(weights) as [Cluster, number][]);
      const regional = cluster === 'kabupaten' || cluster === 'kota';
      const pool = (
        regional && rng.chance(0.3)
          ? frequent.filter((a) => a.cluster === cluster)
          : (byCluster.get(cluster) ?? [])
      ).filter((agency) => (agency.since ?? 0) <= year);
      // Provincial BUMD are rarer than the 500 water utilities would make them.
      if (cluster === 'bumd' && rng.chance(0.4)) return rng.pick(pool.filter((a) => !a.regency));
      return rng.pick(pool);
    },
    pemda: (code) => find((agency) => agency.scope === `pemda:${code}`, `for ${code}`),
    byName: (name) => find((agency) => agency.name === name, name),
  };
}

/** The first year a province existed, when it was formed after the oldest year of the sample. */
function firstYearOf(regions: Regions, provinceCode: string): number | undefined {
  const oldest = 2014;
  if (regions.existedIn(provinceCode, oldest)) return undefined;
  let year = oldest;
  while (year < 2100 && !regions.existedIn(provinceCode, year)) year += 1;
  return year;
}
