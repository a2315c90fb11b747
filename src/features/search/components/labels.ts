import {
  awardLevelNames,
  clusterNames,
  facetTitles,
  facetValueLabel,
  programmeNames,
  sdgNames,
  stageNames,
  statusNames,
} from '../../../i18n/labels.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { facetNames, type FacetName } from '../../../lib/index/facets.ts';
import { sectorSchema } from '../../../lib/taxonomy/sectors.ts';
import type { SearchLabels } from '../../../islands/search/messages.ts';

/**
 * The labels the search island needs in one language: facet titles, and every value that has
 * a label (years, provinces and regencies are shown as they are). Built on the server so the
 * browser gets a small table instead of the label module and both languages.
 */
export function searchLabels(locale: Locale): SearchLabels {
  const named: Partial<Record<FacetName, readonly string[]>> = {
    programmes: Object.keys(programmeNames),
    cluster: Object.keys(clusterNames),
    sectors: sectorSchema.options,
    sdgs: Object.keys(sdgNames),
    awardLevels: Object.keys(awardLevelNames),
    status: Object.keys(statusNames),
    stage: Object.keys(stageNames),
    digital: ['true', 'false'],
  };
  const values = Object.fromEntries(
    Object.entries(named).map(([facet, keys]) => [
      facet,
      Object.fromEntries(
        keys.map((key) => [key, facetValueLabel(facet as FacetName, key, locale)]),
      ),
    ]),
  );
  const titles = Object.fromEntries(facetNames.map((facet) => [facet, facetTitles[facet][locale]]));
  return { titles: titles as SearchLabels['titles'], values };
}
