import type { MessageKey } from '../../../i18n/t.ts';
import type { FieldErrors, FormValues } from '../form-state.ts';

export type { FieldErrors, FormValues };

/** The id of a field's control; its hint and error are `<id>-hint` and `<id>-error`. */
export function fieldId(name: string): string {
  return `f-${name}`;
}

/**
 * The attributes that tie a control to its label, hint and error: screen readers announce
 * the error first, then the hint, and the control is marked invalid while it has an error.
 */
export function controlAttrs(
  name: string,
  state: { hint?: boolean; error?: MessageKey | undefined },
): Record<string, string> {
  const id = fieldId(name);
  const describedBy = [
    state.error === undefined ? undefined : `${id}-error`,
    state.hint === true ? `${id}-hint` : undefined,
  ].filter((part) => part !== undefined);
  return {
    id,
    name,
    ...(state.error === undefined ? {} : { 'aria-invalid': 'true' }),
    ...(describedBy.length === 0 ? {} : { 'aria-describedby': describedBy.join(' ') }),
  };
}
