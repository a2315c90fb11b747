import { publicRecordSchema, type Innovation } from '../schema/innovation.ts';

/**
 * A place the ingest could not resolve (`Sumatera Tengah`, `Kota Antah Berantah`) stays on the
 * public record as written, but in the index it lives in `provinceAsWritten` /
 * `regencyAsWritten`: searchable and shown, never a value of the `province` or `regency` facet,
 * a browse page or a chart row. `placeUnrecognised` counts such innovations as one bucket.
 */
export const placeAsWrittenFields = ['provinceAsWritten', 'regencyAsWritten'] as const;

export interface IndexedPlaces {
  province?: string | undefined;
  regency?: string | undefined;
  provinceAsWritten?: string | undefined;
  regencyAsWritten?: string | undefined;
}

/** The index fields of a record's places: official names apart from names kept as written. */
export function officialPlaces(innovation: Innovation): IndexedPlaces & {
  placeUnrecognised: boolean;
} {
  const { province, provinceCode, regency, regencyCode } = innovation;
  // A resolved place always has its code; a name without one is kept as the source wrote it.
  const provinceAsWritten = provinceCode === undefined ? province : undefined;
  const regencyAsWritten = regencyCode === undefined ? regency : undefined;
  return {
    province: provinceAsWritten === undefined ? province : undefined,
    regency: regencyAsWritten === undefined ? regency : undefined,
    ...(provinceAsWritten !== undefined && { provinceAsWritten }),
    ...(regencyAsWritten !== undefined && { regencyAsWritten }),
    placeUnrecognised: provinceAsWritten !== undefined || regencyAsWritten !== undefined,
  };
}

/** A hit's province and regency as the record has them: official, else as written. */
export function placesOfHit(hit: IndexedPlaces): { province?: string; regency?: string } {
  const province = hit.province ?? hit.provinceAsWritten;
  const regency = hit.regency ?? hit.regencyAsWritten;
  return {
    ...(province !== undefined && { province }),
    ...(regency !== undefined && { regency }),
  };
}

/** The public record of a hit: a place kept as written goes back where the record had it. */
export function publicRecordOfHit(hit: IndexedPlaces): Innovation {
  return publicRecordSchema.parse({ ...hit, ...placesOfHit(hit) });
}
