/**
 * What a normaliser gives back: a value (possibly `undefined` for an empty input) or the
 * reason the input could not be used. The caller adds where (file, row, field).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Quotes a source value for a message, shortened so one bad cell cannot flood a report. */
export function quote(value: unknown): string {
  // JSON.stringify gives undefined for undefined, functions and symbols, whatever its type says.
  const json: string | undefined = typeof value === 'string' ? value : JSON.stringify(value);
  const text = json ?? String(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}
