import type { MessageKey } from '../../i18n/t.ts';
import type { RegionIndex } from '../../lib/regions/index.ts';
import { problemsByField } from '../../lib/zod-issues.ts';
import {
  registrationFields,
  registrationInputSchema,
  sharedContactFields,
  type RegistrationField,
  type RegistrationInput,
} from '../../lib/interest/schema.ts';

/** What to correct, per field (the stage of a stage change included), as message keys. */
export type FieldErrors = Partial<Record<RegistrationField | 'stage', MessageKey>>;

export type ParsedRegistration =
  { ok: true; input: RegistrationInput } | { ok: false; fields: FieldErrors };

/**
 * A submitted registration, form or JSON, validated: the schema of the input (trimmed, sizes,
 * e-mail and phone shapes, consent given), then the places against the official list: the
 * province exists, and a regency, when given, exists and lies in that province. Form values
 * are normalised first: a ticked box (`consent=on`) is yes, an empty field is a missing one,
 * runs of spaces in a one-line field are one space.
 */
export function parseRegistration(
  data: Readonly<Record<string, unknown>>,
  regions: RegionIndex,
): ParsedRegistration {
  const values = normalised(data);
  const parsed = registrationInputSchema.safeParse(values);
  const fields: FieldErrors = regionErrors(values, regions);
  const problems = parsed.success ? {} : problemsByField(parsed.error.issues, registrationFieldOf);
  for (const field of registrationFields) {
    if (problems[field] !== undefined) fields[field] = fieldMessage(field);
  }
  if (!parsed.success || Object.keys(fields).length > 0) return { ok: false, fields };
  return { ok: true, input: parsed.data };
}

/** `interest.error.<field>`: one message per field saying what a valid value is. */
export function fieldMessage(field: RegistrationField | 'stage'): MessageKey {
  return `interest.error.${field}`;
}

// --- internal ---

function normalised(data: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const field of registrationFields) {
    const value = data[field];
    if (value === undefined || value === null || value === '') continue;
    values[field] = checkboxes.has(field) ? checkboxValue(value) : singleSpaced(field, value);
  }
  return values;
}

/** Names typed with doubled or odd spaces are stored as one line, single-spaced. */
function singleSpaced(field: RegistrationField, value: unknown): unknown {
  return typeof value === 'string' && field !== 'note' ? value.replace(/\s+/g, ' ') : value;
}

const checkboxes = new Set<RegistrationField>(['consent', ...sharedContactFields]);

/**
 * A ticked checkbox posts `on` (or its `value`), JSON sends `true`: both are yes. JSON's `false`
 * is no (an unticked box posts nothing); anything else is left for the schema to refuse.
 */
function checkboxValue(value: unknown): unknown {
  if (value === 'on' || value === 'true' || value === true) return true;
  return value === 'false' ? false : value;
}

/** Checked apart from the schema, so a wrong place is named even beside other mistakes. */
function regionErrors(
  values: Readonly<Record<string, unknown>>,
  regions: RegionIndex,
): FieldErrors {
  const { provinceCode, regencyCode } = values;
  if (typeof provinceCode !== 'string') return {};
  const province = regions.byCode(provinceCode);
  if (province === undefined || 'province' in province) {
    return { provinceCode: fieldMessage('provinceCode') };
  }
  if (typeof regencyCode !== 'string') return {};
  const regency = regions.byCode(regencyCode);
  const inProvince =
    regency !== undefined && 'province' in regency && regency.province.code === province.code;
  return inProvince ? {} : { regencyCode: fieldMessage('regencyCode') };
}

function registrationFieldOf(path: readonly PropertyKey[]): RegistrationField | undefined {
  const [field] = path;
  return (registrationFields as readonly unknown[]).includes(field)
    ? (field as RegistrationField)
    : undefined;
}
