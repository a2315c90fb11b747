import { isBlank, toKey } from './blank.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

/**
 * Reads a label from a closed list: the text is matched in any case, with punctuation and
 * spacing ignored (`Uji-Coba`, `UJI COBA` and `uji coba` are one key). Empty gives `undefined`;
 * an unknown label fails with `"<label>" is not <what>`.
 */
export function parseLabel<T>(
  input: unknown,
  labels: ReadonlyMap<string, T>,
  what: string,
): Parsed<T | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (typeof input !== 'string') return fail(`${quote(input)} is not ${what}`);
  const value = labels.get(toKey(input));
  return value === undefined ? fail(`${quote(input)} is not ${what}`) : ok(value);
}

/** A label table from `[value, spellings]` pairs, keyed the way `parseLabel` looks them up. */
export function labelTable<T>(
  entries: readonly (readonly [T, readonly string[]])[],
): Map<string, T> {
  return new Map(entries.flatMap(([value, spellings]) => spellings.map((s) => [toKey(s), value])));
}
