import { agencyIdentity } from '../agency/name.ts';
import type { RegionFound } from '../regions/index.ts';
import type { Cluster } from '../schema/enums.ts';

/**
 * The identity of a registering agency for one innovation: where it is and the one key of
 * its name (`agencyIdentity`). "Dinas Kesehatan" of two regencies are two agencies; the same
 * agency however written (`Dinkes Kab. Sleman`, `Dinas Kesehatan Kabupaten Sleman`, or
 * `Dinkes` registered for Sleman) is one, so it never counts twice (and a second registration
 * of it is a claim, never a takeover). `place` is the official name of where it registered
 * (`placeName`), given for a regional agency only: a ministry registering from a province is
 * not that province's unit.
 */
export function agencyKey(
  agency: string,
  provinceCode: string,
  regencyCode?: string,
  place?: string,
): string {
  return `${regencyCode ?? provinceCode}|${agencyIdentity(agency, place)}`;
}

/** What a registration (or a stored entry) says of the agency and where it is. */
export interface RegisteredAgency {
  agency: string;
  cluster: Cluster;
  provinceCode: string;
  regencyCode?: string | undefined;
}

/**
 * The key of a registration: `agencyKey` with its place (the regency's official name, else
 * the province's, from `placeOf`) when its cluster is a regional one.
 */
export function registrationKey(
  entry: RegisteredAgency,
  placeOf: (code: string) => string | undefined,
): string {
  const place = isRegionalCluster(entry.cluster)
    ? placeOf(entry.regencyCode ?? entry.provinceCode)
    : undefined;
  return agencyKey(entry.agency, entry.provinceCode, entry.regencyCode, place);
}

/** The clusters whose agencies belong to the region they registered from. */
export function isRegionalCluster(cluster: Cluster): boolean {
  return cluster !== 'kementerian' && cluster !== 'lembaga' && cluster !== 'bumn';
}

/** A region as an agency's name carries it: `Kabupaten Sleman`, `Provinsi Jawa Barat`. */
export function placeName(region: RegionFound): string {
  return 'kind' in region ? region.name : `Provinsi ${region.name}`;
}
