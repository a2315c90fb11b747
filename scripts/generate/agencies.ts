import type { Cluster } from '../../src/lib/schema/enums.ts';
import type { Province, Regency, Regions } from './regions.ts';
import type { Rng } from './rng.ts';
import { centralAgencies, provincialBumd, type CentralAgency } from './vocab/central-agencies.ts';
import { centralThemes } from './vocab/themes-central.ts';
import { regionalThemes } from './vocab/themes-regional.ts';
import type { Theme } from './vocab/theme.ts';

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
  themes: readonly Theme[];
  /** Central service units; regional units are made from the theme's OPD. */
  units: readonly string[];
  /** The rule that anchors its innovations, e.g. `Peraturan Bupati`. */
  regulation: string;
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
  /** An agency for KIPP or InoLAN, by cluster weight. */
  pick(rng: Rng, weights: Readonly<Record<Cluster, number>>): Agency;
  /** The regional government of a region code (`13`, `13.75`). */
  pemda(code: string): Agency;
  byName(name: string): Agency;
}

export function buildAgencies(regions: Regions): AgencyPool {
  const regionalPool = regionalThemes.filter((theme) => theme.key !== 'air-minum');
  const themesByKey = new Map([...regionalThemes, ...centralThemes].map((t) => [t.key, t]));
  const themesOf = (keys: readonly string[]): Theme[] =>
    keys.map((key) => {
      const theme = themesByKey.get(key);
      if (!theme) throw new Error(`unknown theme ${key}`);
      return theme;
    });
  const all: Agency[] = [];
  const add = (agency: Omit<Agency, 'panrbId'>): void => {
    all.push({ ...agency, panrbId: `A${String(all.length + 1).padStart(4, '0')}` });
  };
  for (const province of regions.provinces) {
    const short = province.code === '31' ? 'DKI Jakarta' : province.name;
    add({
      name: `Pemerintah Provinsi ${short}`,
      cluster: 'provinsi',
      province,
      scope: `pemda:${province.code}`,
      domain: `${slug(short)}prov.go.id`,
      themes: regionalPool,
      units: [],
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
      themes: regionalPool,
      units: [],
      regulation: kota ? 'Peraturan Wali Kota' : 'Peraturan Bupati',
    });
    add({
      name: `Perumda Air Minum Tirta ${regency.bare}`,
      cluster: 'bumd',
      province,
      regency,
      scope: `agency:pdam-${regency.code}`,
      domain: `pdam${slug(regency.bare)}.co.id`,
      themes: themesOf(['air-minum']),
      units: [],
      regulation: 'Keputusan Direksi',
    });
  }
  for (const central of [...centralAgencies, ...provincialBumd]) add(fromCentral(central));

  function fromCentral(central: CentralAgency): Omit<Agency, 'panrbId'> {
    const province = central.provinceCode ? regions.province(central.provinceCode) : undefined;
    const company = central.cluster === 'bumn' || central.cluster === 'bumd';
    return {
      name: central.name,
      cluster: central.cluster,
      ...(province ? { province } : {}),
      scope: `agency:${central.name}`,
      domain: `${slug(central.name).slice(0, 12)}.${company ? 'co.id' : 'go.id'}`,
      themes: themesOf(central.themes),
      units: central.units,
      regulation: company ? 'Keputusan Direksi' : 'Peraturan Menteri',
    };
  }

  const byCluster = new Map<Cluster, Agency[]>();
  for (const agency of all)
    byCluster.set(agency.cluster, [...(byCluster.get(agency.cluster) ?? []), agency]);
  const frequent = all.filter(
    (agency) => frequentRegencies.includes(agency.regency?.name ?? '') && agency.cluster !== 'bumd',
  );
  const find = (predicate: (agency: Agency) => boolean, what: string): Agency => {
    const agency = all.find(predicate);
    if (!agency) throw new Error(`no agency ${what}`);
    return agency;
  };

  return {
    all,
    pick: (rng, weights) => {
      const cluster = rng.weighted(Object.entries(weights) as [Cluster, number][]);
      const regional = cluster === 'kabupaten' || cluster === 'kota';
      const pool =
        regional && rng.chance(0.3)
          ? frequent.filter((a) => a.cluster === cluster)
          : (byCluster.get(cluster) ?? []);
      // Provincial BUMD are rarer than the 500 water utilities would make them.
      if (cluster === 'bumd' && rng.chance(0.4)) return rng.pick(pool.filter((a) => !a.regency));
      return rng.pick(pool);
    },
    pemda: (code) => find((agency) => agency.scope === `pemda:${code}`, `for ${code}`),
    byName: (name) => find((agency) => agency.name === name, name),
  };
}
