import type { Concept } from '../concepts.ts';
import type { Regions } from '../regions.ts';
import { htmlify, sdgName } from '../mess.ts';
import type { Rng } from '../rng.ts';
import type { Taxonomy } from '../taxonomy.ts';

/** One InoLAN laboratory item. */
export interface InolanEntry {
  concept: Concept;
  year: number;
  title: string;
  id: number;
}

export type InolanItem = Record<string, unknown>;

const stages = [
  ['drum-up', 'Drum Up', 'DRUM UP', 'Drum-Up'],
  ['diagnose', 'Diagnose', 'DIAGNOSE'],
  ['design', 'Design', 'DESIGN'],
  ['deliver', 'Deliver', 'DELIVER'],
  ['display', 'Display', 'DISPLAY'],
] as const;

export function inolanItem(
  rng: Rng,
  entry: InolanEntry,
  taxonomy: Taxonomy,
  regions: Regions,
): InolanItem {
  const { concept, year } = entry;
  const { agency } = concept;
  return {
    id: entry.id,
    judul_inovasi: entry.title,
    tahun: rng.chance(0.3) ? String(year) : year,
    inovator: rng.chance(0.8) ? (concept.innovators[0] ?? null) : null,
    kld: concept.opd,
    instansi: { agency_name: agency.name, agency_id_panrb: agency.panrbId },
    wilayah: wilayah(rng, concept, regions, year),
    deskripsi: htmlify(rng, concept.narrative.summary, concept.title.acronym),
    tahapan_5d: rng.pick(rng.weighted(stages.map((forms, i) => [forms, i + 2] as const))),
    sdgs: rng.chance(0.1)
      ? [...concept.sdgs]
      : concept.sdgs.map((id) => ({ id, nama: sdgName(id) })),
    kategori: taxonomy.pick(rng, 'inolan', concept.theme.categories),
    updated_at: timestamp(rng, year),
  };
}

/**
 * The region block: the code as in the laboratory's year, the names as today's (what the
 * ingest reads names by); central agencies have none, and any field may be null.
 */
function wilayah(
  rng: Rng,
  concept: Concept,
  regions: Regions,
  year: number,
): Record<string, string | null> | null {
  const { province, regency } = concept.agency;
  if (!province)
    return rng.chance(0.5) ? null : { id_kabkot: null, nama_provinsi: null, nama_kabkot: null };
  const keep = <T>(value: T): T | null => (rng.chance(0.12) ? null : value);
  return {
    id_kabkot: regency ? keep(regions.codeIn(regency.code, year)) : null,
    nama_provinsi: keep(province.name),
    nama_kabkot: regency ? keep(regency.name) : null,
  };
}

/** ISO 8601 in Western Indonesian Time, as the API writes it. */
export function timestamp(rng: Rng, year: number): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  const y = Math.min(year + rng.int(0, 2), 2025);
  return `${String(y)}-${pad(rng.int(1, 12))}-${pad(rng.int(1, 28))}T${pad(rng.int(7, 17))}:${pad(rng.int(0, 59))}:${pad(rng.int(0, 59))}+07:00`;
}
