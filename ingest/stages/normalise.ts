import type { Normalised, Reference } from '../adapters/adapter.ts';
import { adapters } from '../adapters/index.ts';
import type { SourceItem } from '../readers/types.ts';
import { sourceRecordSchema } from '../record.ts';
import { cleanInvisible } from '../../src/lib/normalise/invisible.ts';
import type { Programme } from '../../src/lib/schema/enums.ts';

/**
 * Normalise → validate for chunks of items, in their order: in this thread
 * (`inProcessNormaliser`) or on worker threads (`startNormalisePool`).
 */
export interface Normaliser {
  normalise: (programme: Programme, items: readonly SourceItem[]) => Promise<Normalised[]>;
  close: () => Promise<void>;
}

export function inProcessNormaliser(reference: Reference): Normaliser {
  return {
    normalise: (programme, items) =>
      Promise.resolve(items.map((item) => normaliseItem(programme, item, reference))),
    close: () => Promise.resolve(),
  };
}

export function normaliseItem(
  programme: Programme,
  item: SourceItem,
  reference: Reference,
): Normalised {
  // Cleaned before the adapter reads anything, so no field's check can see what is removed.
  const { fields, issues } = cleanInvisible(item.fields);
  const normalised = validate(adapters[programme].normalise({ ...item, fields }, reference));
  if (issues.length === 0) return normalised;
  return { ...normalised, warnings: [...issues, ...normalised.warnings] };
}

/** The validate stage: a record the schema refuses is rejected with the path it names. */
function validate(normalised: Normalised): Normalised {
  if (!normalised.record) return normalised;
  const result = sourceRecordSchema.safeParse(normalised.record);
  if (result.success) return { ...normalised, record: result.data };
  const errors = result.error.issues.map((issue) => ({
    field: issue.path.join('.') || '(record)',
    reason: issue.message,
  }));
  return { errors, warnings: normalised.warnings };
}
