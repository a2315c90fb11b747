import type { FacetName } from '../../lib/index/facets.ts';
import type { search } from '../../i18n/id/search.ts';
import { format } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';

export type SearchMessageKey = keyof typeof search;

/** The search messages of ONE language: all the island is sent. */
export type SearchMessages = Record<SearchMessageKey, string>;

export type SearchT = (key: SearchMessageKey, values?: Record<string, string | number>) => string;

/** The island's `t`: the shared placeholder filling over the one language it was sent. */
export function searchTranslator(messages: SearchMessages, locale: Locale): SearchT {
  return (key, values) => format(messages[key], values, locale);
}

/** Facet titles and value labels of one language, for the values that have a label. */
export interface SearchLabels {
  titles: Record<FacetName, string>;
  values: Partial<Record<FacetName, Record<string, string>>>;
}

export function labelOf(labels: SearchLabels, facet: FacetName, value: string): string {
  return labels.values[facet]?.[value] ?? value;
}
