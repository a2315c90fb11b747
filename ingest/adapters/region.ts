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
  province?: unknown;
  regency?: unknown;
  cluster?: Cluster;
  /** Searched for a region name when the source gives none (e.g. `Pemerintah Kota Padang`). */
  agency?: string;
  fields: { province: string; regency: string; code?: string };
}

/**
 * Resolves a record's region to official codes and names. A name that cannot be resolved is a
 * warning and keeps its original text; a regency also gives its province.
 */
export function resolveRegion(
  reference: Reference,
  input: RegionInput,
  issues: IssueCollector,
): RegionFields {
  const byCode = resolveCode(reference, input, issues);
  if (byCode) return byCode;
  const provinceText = cleanLine(input.province);
  const regencyText = cleanLine(input.regency);
  const province = provinceText ? reference.regions.province(provinceText) : undefined;
  if (provinceText && !province) issues.warn(input.fields.province, unresolved(provinceText));
  const hint =
    input.cluster === 'kota' || input.cluster === 'kabupaten' ? input.cluster : undefined;
  const regency = regencyText
    ? reference.regions.regency(regencyText, province?.code, hint)
    : undefined;
  if (regencyText && !regency) issues.warn(input.fields.regency, unresolved(regencyText));
  if (regency) return regencyFields(reference, regency.code);
  // A regional agency's own name (`Pemerintah Kabupaten Puncak`) may say what the fields omit.
  const named =
    !regencyText && input.agency && isRegional(input.cluster)
      ? fromAgency(reference, input.agency)
      : {};
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
): RegionFields | undefined {
  const code = cleanLine(input.code);
  if (!code) return undefined;
  const found = reference.regions.byCode(code);
  if (found) return regencyFields(reference, found.code);
  issues.warn(
    input.fields.code ?? input.fields.regency,
    `${JSON.stringify(code)} is not a Kemendagri code`,
  );
  return undefined;
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

function fromAgency(reference: Reference, agency: string): RegionFields {
  const found = reference.regions.regionInText(agency);
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
