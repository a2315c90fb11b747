/** A problem found in one field of a source item, named by its path (`pemda.nama`). */
export interface FieldIssue {
  field: string;
  reason: string;
}

/**
 * Control characters (C0 but tab, line feed, vertical tab, form feed and carriage return, which
 * are whitespace the text normalisers handle; DEL; C1), the bidirectional embeddings, overrides
 * and isolates (U+202A–U+202E, U+2066–U+2069), which can make a title read backwards, and U+FFFD,
 * which a decoder writes for bytes that are not UTF-8.
 */
const suspect = /[^\P{Cc}\t\n\v\f\r]|[\u202a-\u202e\u2066-\u2069\ufffd]/u;
const control = /[^\P{Cc}\t\n\v\f\r]/gu;
const bidi = /[\u202a-\u202e\u2066-\u2069]/g;

/** Deeper than any field an adapter reads; what lies below is left as it is. */
const MAX_DEPTH = 16;

/**
 * The item's fields with control and bidirectional-override characters removed, and a warning
 * per field for each kind removed and for text that was not valid UTF-8 (kept as U+FFFD: the
 * bytes are gone, the rest of the text is not). Costs one regular-expression test per string
 * when nothing is wrong; an unchanged value is returned as it is.
 */
export function cleanInvisible(fields: Record<string, unknown>): {
  fields: Record<string, unknown>;
  issues: FieldIssue[];
} {
  const issues: FieldIssue[] = [];
  const cleaned = cleanValue(fields, '', 0, issues);
  return { fields: cleaned as Record<string, unknown>, issues };
}

function cleanValue(value: unknown, path: string, depth: number, issues: FieldIssue[]): unknown {
  if (typeof value === 'string')
    return suspect.test(value) ? cleanText(value, path, issues) : value;
  if (typeof value !== 'object' || value === null || depth >= MAX_DEPTH) return value;
  if (Array.isArray(value)) {
    const items = value.map((item: unknown, index) =>
      cleanValue(item, `${path}[${String(index)}]`, depth + 1, issues),
    );
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  let copy: Record<string, unknown> | undefined;
  for (const [key, item] of Object.entries(value)) {
    const next = cleanValue(item, path ? `${path}.${key}` : key, depth + 1, issues);
    if (next === item) continue;
    copy ??= { ...(value as Record<string, unknown>) };
    copy[key] = next;
  }
  return copy ?? value;
}

function cleanText(text: string, field: string, issues: FieldIssue[]): string {
  const controls = codePoints(text.match(control));
  const overrides = codePoints(text.match(bidi));
  if (text.includes('\ufffd')) {
    issues.push({ field, reason: 'is not valid UTF-8: the bytes that are not were lost (U+FFFD)' });
  }
  if (controls) issues.push({ field, reason: `control characters removed (${controls})` });
  if (overrides) {
    issues.push({ field, reason: `bidirectional override characters removed (${overrides})` });
  }
  return controls || overrides ? text.replace(control, '').replace(bidi, '') : text;
}

/** `U+0000, U+202E`: each distinct character once. */
function codePoints(found: RegExpMatchArray | null): string {
  if (!found) return '';
  return [...new Set(found)]
    .map((char) => `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`)
    .join(', ');
}
