import type { MessageKey } from '../../i18n/t.ts';

/** What a visitor typed, by field name, kept to fill the form again after an error. */
export type FormValues = Partial<Record<string, string>>;

/** A message per field that needs correcting (`interest.error.<field>`). */
export type FieldErrors = Partial<Record<string, MessageKey>>;
