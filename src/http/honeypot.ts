/**
 * The form field people never see (hidden by CSS, `tabindex="-1"`, `autocomplete="off"`) and
 * bots fill in: a submission with it filled is answered like an accepted one and dropped.
 */
export const HONEYPOT_FIELD = 'website';

export function isHoneypotFilled(data: Readonly<Record<string, unknown>>): boolean {
  const value = data[HONEYPOT_FIELD];
  if (value === undefined || value === null || value === false) return false;
  return typeof value !== 'string' || value.trim() !== '';
}
