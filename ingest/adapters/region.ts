import type { RegencyKind, RegionFound } from '../../src/lib/regions/index.ts';
import type { Cluster } from '../../src/lib/schema/enums.ts';
import { cleanLine } from '../../src/lib/normalise/text.ts';
import type { Reference } from './adapter.ts';
import type { IssueCollector } from './collect.ts';

export interface RegionFields {
  provinceCode?: string;
  province?: string;
  regencyCode?: string;
  regency?: string;
}

export interface RegionInput {
  /** A Kemendagri code (`13`, `13.75`, `1375`) when the source gives one. */
  code?: unknown;
  /** The record's year: a code is read with the coding in force then (Papua was renumbered in 2022). */
  year?: number | undefined;
  province?: unknown;
  regency?: unknown;
  cluster?: Cluster;
  /** Searched for a region name when the source gives none (e.g. `Pemerintah Kota Padang`). */
  agency?: string;
  fields: { province: string; regency: string; code?: string };
}

/**
 * Resolves a record's region to today's official codes and names. A code is read with the
 * coding of the record's year; when the names say another region, the names decide and the
 * conflict is a warning that names both. A name that cannot be resolved is a warning and keeps
 * its original text; a regency also gives its province.
 */
export function resolveRegion(
  reference: Reference,
  input: RegionInput,
  issues: IssueCollector,
): RegionFields {
  const coded = resolveCode(reference, input, issues);
  if (!coded) return resolveNames(reference, input, issues);
  const named = namedRegion(reference, input, coded);
  if (!named || agrees(named, coded)) return regencyFields(reference, coded.code);
  issues.warn(input.fields.code ?? input.fields.regency, conflict(input, coded, named));
  // Names that give only a province (InoLAN without `nama_kabkot`): the agency's own name may
  // say the regency in it, as when there is no code.
  const inAgency = 'province' in named ? {} : regionOfAgency(reference, input);
  return inAgency.provinceCode === named.code && inAgency.regencyCode
    ? inAgency
    : regencyFields(reference, named.code);
}

function resolveNames(
  reference: Reference,
  input: RegionInput,
  issues: IssueCollector,
): RegionFields {
  const provinceText = cleanLine(input.province);
  const regencyText = cleanLine(input.regency);
  const province = provinceText ? reference.regions.province(provinceText) : undefined;
  if (provinceText && !province) issues.warn(input.fields.province, unresolved(provinceText));
  const regency = regencyText
    ? reference.regions.regency(regencyText, province?.code, kindHint(input))
    : undefined;
  if (regency) return regencyFields(reference, regency.code);
  // IGA names its pemda in one field, a province (`Provinsi Papua`) as well as a regency.
  const pemdaProvince =
    regencyText && !provinceText ? reference.regions.province(regencyText) : undefined;
  if (pemdaProvince) return regencyFields(reference, pemdaProvince.code);
  if (regencyText) issues.warn(input.fields.regency, unresolved(regencyText));
  // A regional agency's own name (`Pemerintah Kabupaten Puncak`) may say what the fields omit.
  const named = regencyText ? {} : regionOfAgency(reference, input);
  if (province) {
    if (named.regencyCode && named.provinceCode === province.code) return named;
    return { provinceCode: province.code, province: province.name, ...kept(regencyText) };
  }
  if (!provinceText && !regencyText) return named;
  return { ...(provinceText && { province: provinceText }), ...kept(regencyText) };
}

function resolveCode(
  reference: Reference,
  input: RegionInput,
  issues: IssueCollector,
): RegionFound | undefined {
  const code = cleanLine(input.code);
  if (!code) return undefined;
  const { regions } = reference;
  const found =
    input.year === undefined ? regions.byCode(code) : regions.byCodeIn(code, input.year);
  if (found) return found;
  const when = input.year !== undefined && regions.byCode(code) ? ` in ${String(input.year)}` : '';
  issues.warn(
    input.fields.code ?? input.fields.regency,
    `${JSON.stringify(code)} is not a Kemendagri code${when}`,
  );
  return undefined;
}

/**
 * The region the names say, read at the code's level first (`Bengkulu` beside code `17` is the
 * province, not the city), the code's province settling a name two provinces share. Silent:
 * a name that says nothing leaves the code to decide.
 */
function namedRegion(
  reference: Reference,
  input: RegionInput,
  coded: RegionFound,
): RegionFound | undefined {
  const { regions } = reference;
  const provinceText = cleanLine(input.province);
  const regencyText = cleanLine(input.regency);
  const province = provinceText ? regions.province(provinceText) : undefined;
  if (!regencyText) return province;
  const codedProvince = 'provinceCode' in coded ? coded.provinceCode : coded.code;
  const asProvince = province ? undefined : regions.province(regencyText);
  if (asProvince && !('provinceCode' in coded)) return asProvince;
  const hint = kindHint(input);
  return (
    regions.regency(regencyText, province?.code, hint) ??
    (province ? undefined : regions.regency(regencyText, codedProvince, hint)) ??
    asProvince ??
    province
  );
}

/** Names and code agree when they are one region, or the names only say the code's province. */
function agrees(named: RegionFound, coded: RegionFound): boolean {
  if (named.code === coded.code) return true;
  return !('provinceCode' in named) && 'provinceCode' in coded && coded.provinceCode === named.code;
}

function conflict(input: RegionInput, coded: RegionFound, named: RegionFound): string {
  const names = [cleanLine(input.regency), cleanLine(input.province)].filter(Boolean).join(', ');
  const coding = input.year === undefined ? '' : ` in the coding of ${String(input.year)}`;
  return (
    `${JSON.stringify(cleanLine(input.code))} is ${placeName(coded)}${coding}, ` +
    `but ${JSON.stringify(names)} is ${placeName(named)}; taken by the name`
  );
}

/** `Kabupaten Merauke (Papua Selatan)`, or a province's name alone. */
function placeName(region: RegionFound): string {
  return 'province' in region
    ? `${region.name} (${region.province.name})`
    : `Provinsi ${region.name}`;
}

function kindHint(input: RegionInput): RegencyKind | undefined {
  return input.cluster === 'kota' || input.cluster === 'kabupaten' ? input.cluster : undefined;
}

function regencyFields(reference: Reference, code: string): RegionFields {
  const found = reference.regions.byCode(code);
  if (!found) return {};
  if (!('provinceCode' in found)) return { provinceCode: found.code, province: found.name };
  const province = reference.regions.byCode(found.provinceCode);
  return {
    provinceCode: found.provinceCode,
    ...(province && { province: province.name }),
    regencyCode: found.code,
    regency: found.name,
  };
}

/** The region a regional agency's own name says (`Pemerintah Kota Jayapura`). */
function regionOfAgency(reference: Reference, input: RegionInput): RegionFields {
  if (!input.agency || !isRegional(input.cluster)) return {};
  const found = reference.regions.regionInText(input.agency);
  return found ? regencyFields(reference, found.code) : {};
}

function isRegional(cluster: Cluster | undefined): boolean {
  return cluster !== undefined && !['kementerian', 'lembaga', 'bumn'].includes(cluster);
}

function kept(regency: string): RegionFields {
  return regency ? { regency } : {};
}

function unresolved(name: string): string {
  return `${JSON.stringify(name)} is not a known region; kept as written`;
}
