import { isBlank, toKey } from './blank.ts';
import { htmlToText } from './text.ts';

/*
 * Contact data is PRIVATE: it must never reach the public record. These patterns find it in
 * free text. Phone numbers need at least nine digits, so dates (`05-04-2019`), times
 * (`08.00-16.00`) and amounts that do not start with 0 or 62 are not taken for one.
 */
const contactPatterns: readonly RegExp[] = [
  // e-mail, also written `nama [at] domain [dot] id`
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  /[\w.+-]+\s*[[(]at[\])]\s*[\w-]+(?:\s*(?:\.|[[(]dot[\])])\s*[\w-]+)+/gi,
  // +62 812 3456 7890, +62 (0)812-..., 6281234567890
  /\+\s?62[\s.-]?(?:\(0\)[\s.-]?)?[2-9](?:[\s.-]?\d){7,}/g,
  /(?<![\d.,])62[\s-]?[2-9](?:[\s-]?\d){7,}/g,
  // 0812-3456-7890, 021 555 1234, 0751.123456
  /(?<![\d.,])0[2-9](?:[\s.-]?\d){7,}/g,
  // (0751) 123456
  /\(0[2-9]\d{0,2}\)[\s.-]?\d(?:[\s.-]?\d){4,}/g,
];

/**
 * Words that label the contact data they stand before (`Telp.`, `Email:`, `HP`). `WA` only in
 * capitals: `Wa` begins names (`Wa Ode Nurhayati`).
 */
const contactLabels: readonly RegExp[] = [
  /\b(?:e-?mail|surel|telp|tlp|telepon|no\.?\s?hp|hp|whatsapp|kontak)\b\.?:?/gi,
  /\bWA\b\.?:?/g,
];

/** True when the text holds an e-mail address or an Indonesian phone number. */
export function containsContact(text: string): boolean {
  return contactPatterns.some((pattern) => {
    pattern.lastIndex = 0;
    return pattern.test(text);
  });
}

/**
 * Innovator names from a cell: split on `;` and line breaks (`<br>` too), or from an array;
 * list numbering and bullets dropped, names trimmed and deduplicated in any case. Contact data
 * in a part is removed with its label (`Budi (budi@mail.id)` keeps `Budi`); a part that was only
 * contact data is dropped.
 */
export function splitNames(input: unknown): string[] {
  const parts = (Array.isArray(input) ? (input as unknown[]) : [input]).flatMap((item) =>
    htmlToText(item).split(/[;\n]+/),
  );
  const names = new Map<string, string>();
  for (const part of parts) {
    const name = cleanName(part);
    if (name && !names.has(toKey(name))) names.set(toKey(name), name);
  }
  return [...names.values()];
}

// --- internal ---

function cleanName(part: string): string | undefined {
  const name = withoutContact(part)
    .replace(/^\s*(?:\d{1,2}[.)]|[-–•*·])\s+/, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,:/|–-]+|[\s,:/|–-]+$/g, '');
  if (isBlank(name) || !/\p{L}/u.test(name) || containsContact(name)) return undefined;
  return name;
}

function withoutContact(part: string): string {
  if (!containsContact(part)) return part;
  return [...contactPatterns, ...contactLabels].reduce(
    (text, pattern) => text.replace(pattern, ' '),
    part,
  );
}
