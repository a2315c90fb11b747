import type { FacetName } from '../../lib/search/facets.ts';
import type { search } from '../../i18n/id/search.ts';
import type { Locale } from '../../i18n/locales.ts';

export type SearchMessageKey = keyof typeof search;

/** The search messages of ONE language: all the island is sent. */
export type SearchMessages = Record<SearchMessageKey, string>;

export type SearchT = (key: SearchMessageKey, values?: Record<string, string | number>) => string;

/** Fills `{name}` placeholders, numbers written the way the language writes them. */
export function searchTranslator(messages: SearchMessages, locale: Locale): SearchT {
  const numbers = new Intl.NumberFormat(locale === 'id' ? 'id-ID' : 'en-GB');
  return (key, values) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = values?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
}

/** Facet titles and value labels of one language, for the values that have a label. */
export interface SearchLabels {
  titles: Record<FacetName, string>;
  values: Partial<Record<FacetName, Record<string, string>>>;
}

export function labelOf(labels: SearchLabels, facet: FacetName, value: string): string {
  return labels.values[facet]?.[value] ?? value;
}
