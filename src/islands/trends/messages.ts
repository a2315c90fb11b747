import type { trends } from '../../i18n/id/trends.ts';
import { format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

export type TrendsMessageKey = keyof typeof trends;

/** The trends messages of ONE language: all the island is sent besides the search's. */
export type TrendsMessages = Record<TrendsMessageKey, string>;

export type TrendsT = (key: TrendsMessageKey, values?: Record<string, string | number>) => string;

export function trendsTranslator(messages: TrendsMessages, locale: Locale): TrendsT {
  return (key, values) => format(messages[key], values, locale);
}
