import type { Parsed } from '../../src/lib/normalise/parsed.ts';

export interface Issue {
  field: string;
  reason: string;
}

/** Gathers the errors (the record is rejected) and warnings (it goes in) of one record. */
export class IssueCollector {
  readonly errors: Issue[] = [];
  readonly warnings: Issue[] = [];

  error(field: string, reason: string): void {
    this.errors.push({ field, reason });
  }

  warn(field: string, reason: string): void {
    this.warnings.push({ field, reason });
  }

  /** What was found, for a record that could not be built. */
  result(): { errors: Issue[]; warnings: Issue[] } {
    return { errors: this.errors, warnings: this.warnings };
  }

  /** The parsed value, or undefined with a warning: the record goes in without it. */
  keep<T>(field: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    this.warn(field, parsed.reason);
    return undefined;
  }

  /** The parsed value, or undefined with an error when it is missing or unusable. */
  require<T>(field: string, parsed: Parsed<T | undefined>): T | undefined {
    if (!parsed.ok) this.error(field, parsed.reason);
    else if (parsed.value === undefined) this.error(field, 'is missing');
    else return parsed.value;
    return undefined;
  }
}

/** Case- and space-insensitive access to a record's fields, trying each name in turn. */
export function fieldsOf(fields: Record<string, unknown>): (...names: string[]) => unknown {
  const byKey = new Map<string, unknown>();
  for (const [key, value] of Object.entries(fields)) {
    const normalised = key.trim().replace(/\s+/g, ' ').toLowerCase();
    if (!byKey.has(normalised)) byKey.set(normalised, value);
  }
  return (...names) => {
    for (const name of names) {
      const value = byKey.get(name.toLowerCase());
      if (value !== undefined && value !== null && value !== '') return value;
    }
    return undefined;
  };
}
