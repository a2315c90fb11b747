import { createContext, useContext } from 'react';
import type { Locale } from '../../i18n/locales.ts';
import type { FacetName } from '../../lib/index/facets.ts';
import type { TrendsT } from './messages.ts';

/** What every chart widget reads: the language, its messages and labels, its numbers. */
export interface TrendsContextValue {
  locale: Locale;
  t: TrendsT;
  /** A facet value's label (`kota` → `Pemerintah kota`); years and provinces as they are. */
  label: (facet: FacetName, value: string) => string;
  /** A facet's title (`Tahun`). */
  title: (facet: FacetName) => string;
  number: (value: number) => string;
}

export const TrendsContext = createContext<TrendsContextValue | null>(null);

export function useTrends(): TrendsContextValue {
  const value = useContext(TrendsContext);
  if (value === null) throw new Error('a chart widget is outside <TrendsApp>');
  return value;
}
