import { describe, expect, it } from 'vitest';
import {
  awardLevelNames,
  clusterNames,
  facetTitles,
  facetValueLabel,
  programmeNames,
  sdgNames,
  stageNames,
  statusNames,
} from '../../../src/i18n/labels.ts';
import { locales } from '../../../src/i18n/locales.ts';
import {
  awardLevelSchema,
  clusterSchema,
  programmeSchema,
  stageSchema,
  statusSchema,
} from '../../../src/lib/schema/enums.ts';
import { facetNames } from '../../../src/lib/index/facets.ts';
import { sectorLabel, sectors } from '../../../src/lib/taxonomy/sectors.ts';

const tables = [
  ['programme', programmeSchema.options, programmeNames],
  ['cluster', clusterSchema.options, clusterNames],
  ['status', statusSchema.options, statusNames],
  ['stage', stageSchema.options, stageNames],
  ['award level', awardLevelSchema.options, awardLevelNames],
] as const;

describe('value labels', () => {
  it.each(tables)('name every %s of the schema in every language', (_name, values, table) => {
    expect(Object.keys(table).sort()).toEqual([...values].sort());
    for (const labels of Object.values(table) as Record<string, string>[]) {
      for (const locale of locales) expect(labels[locale]?.trim()).toBeTruthy();
    }
  });

  it('name the 17 SDGs and title every facet in every language', () => {
    expect(Object.keys(sdgNames).map(Number)).toEqual([...Array(17).keys()].map((n) => n + 1));
    expect(Object.keys(facetTitles).sort()).toEqual([...facetNames].sort());
    for (const locale of locales) {
      for (const names of [...Object.values(sdgNames), ...Object.values(facetTitles)]) {
        expect(names[locale].trim()).not.toBe('');
      }
    }
  });
});

describe('facetValueLabel', () => {
  it('labels the values Meilisearch returns as strings', () => {
    expect(facetValueLabel('sdgs', '3', 'id')).toBe(`3. ${sdgNames[3]?.id ?? ''}`);
    expect(facetValueLabel('cluster', 'kota', 'en')).toBe(clusterNames.kota.en);
    expect(facetValueLabel('digital', 'false', 'id')).toBe('Non-digital');
    const [first] = sectors;
    expect(facetValueLabel('sectors', first.slug, 'en')).toBe(sectorLabel(first.slug, 'en'));
  });

  it('shows a value without a label as it is', () => {
    expect(facetValueLabel('province', 'Jawa Barat', 'en')).toBe('Jawa Barat');
    expect(facetValueLabel('years', '2019', 'id')).toBe('2019');
    expect(facetValueLabel('sdgs', '99', 'id')).toBe('99');
    expect(facetValueLabel('sectors', 'not-a-sector', 'id')).toBe('not-a-sector');
  });
});
