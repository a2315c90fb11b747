import { en } from './en.ts';
import { id, type MessageKey, type Messages } from './id.ts';
import type { Locale } from './locales.ts';

export type { MessageKey, Messages };

export const messages: Record<Locale, Messages> = { id, en };

/** The message lookup of one language: `const t = translator('en'); t('home.heading')`. */
export function translator(locale: Locale): (key: MessageKey) => string {
  const table = messages[locale];
  return (key) => table[key];
}
