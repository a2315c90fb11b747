/**
 * What a normaliser gives back: a value (possibly `undefined` for an empty input) or the
 * reason the input could not be used. The caller adds where (file, row, field).
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

export const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });

export const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

/** Quotes a source value for a message, shortened so one bad cell cannot flood a report. */
export function quote(value: unknown): string {
  const text = typeof value === 'string' ? value : jsonOrString(value);
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);
}

/** JSON.stringify gives no text for undefined, functions and symbols: those get String(). */
function jsonOrString(value: unknown): string {
  const plain =
    typeof value === 'undefined' || typeof value === 'function' || typeof value === 'symbol';
  return plain ? String(value) : JSON.stringify(value);
}
