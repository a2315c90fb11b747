import type { Province, Regency, Regions } from './regions.ts';
import type { Rng } from './rng.ts';

/**
 * The short forms agencies type for provinces. Only the common ones, listed in EXPECTED.md, so
 * the ingest can know every form the sample uses.
 */
export const provinceAbbreviations: Readonly<Record<string, string>> = {
  '12': 'Sumut',
  '13': 'Sumbar',
  '16': 'Sumsel',
  '32': 'Jabar',
  '33': 'Jateng',
  '35': 'Jatim',
  '52': 'NTB',
  '53': 'NTT',
  '61': 'Kalbar',
  '62': 'Kalteng',
  '63': 'Kalsel',
  '64': 'Kaltim',
  '71': 'Sulut',
  '72': 'Sulteng',
  '73': 'Sulsel',
  '74': 'Sultra',
};

/** Special names SOURCES.md lists for the capital and Yogyakarta. */
const specialProvinceForms: Readonly<Record<string, readonly string[]>> = {
  '31': ['DKI Jakarta', 'Jakarta', 'Prov. DKI Jakarta', 'Provinsi DKI Jakarta'],
  '34': ['DI Yogyakarta', 'D.I. Yogyakarta', 'Yogyakarta', 'Daerah Istimewa Yogyakarta'],
};

/** Every way the sample writes this province. */
export function provinceForms(province: Province): string[] {
  const special = specialProvinceForms[province.code];
  if (special) return [...special];
  const forms = [
    province.name,
    province.name.toUpperCase(),
    `Prov. ${province.name}`,
    `Provinsi ${province.name}`,
    `PROVINSI ${province.name.toUpperCase()}`,
  ];
  const abbreviation = provinceAbbreviations[province.code];
  return abbreviation ? [...forms, abbreviation] : forms;
}

/** Every way the sample writes this regency or city. */
export function regencyForms(regency: Regency, regions: Regions): string[] {
  const short = regency.kind === 'kota' ? 'Kota' : 'Kab.';
  const forms = [regency.name, regency.name.toUpperCase(), `${short} ${regency.bare}`];
  return regions.ambiguousBare.has(regency.bare) ? forms : [...forms, regency.bare];
}

/** Mostly the official name, otherwise any other form. */
export function spellProvince(rng: Rng, province: Province): string {
  return rng.chance(0.45) ? province.name : rng.pick(provinceForms(province));
}

export function spellRegency(rng: Rng, regency: Regency, regions: Regions): string {
  return rng.chance(0.45) ? regency.name : rng.pick(regencyForms(regency, regions));
}
