import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillFigures } from '../../../../scripts/generate/figures.ts';
import { createRng } from '../../../../scripts/generate/rng.ts';
import { loadTaxonomy } from '../../../../scripts/generate/taxonomy.ts';
import { centralAgencies } from '../../../../scripts/generate/vocab/central-agencies.ts';
import { generalLabels } from '../../../../scripts/generate/vocab/categories.ts';
import { allThemes, themeOf } from '../../../../scripts/generate/vocab/themes.ts';

const taxonomy = loadTaxonomy(
  join(import.meta.dirname, '../../../../data/taxonomy/category-sectors.csv'),
);

describe('the generator’s vocabulary', () => {
  it('names only category labels the taxonomy knows', () => {
    const labels = [...allThemes.flatMap((theme) => theme.categories), ...generalLabels];
    expect(labels.filter((label) => !taxonomy.knows(label))).toEqual([]);
  });

  it('gives every theme stories with titles, sentences and two results whose figures draw', () => {
    const rng = createRng(3);
    for (const theme of allThemes) {
      expect(theme.stories.length, theme.key).toBeGreaterThan(0);
      for (const story of theme.stories) {
        for (const part of [story.heads, story.objects, story.problem, story.goal, story.action])
          expect(part.length, theme.key).toBeGreaterThan(0);
        for (const result of story.results)
          expect(fillFigures(rng, result), result).not.toMatch(/[{}]/);
      }
    }
  });

  it('lets national agencies work only in themes that exist', () => {
    const keys = centralAgencies.flatMap((agency) => agency.work.map((work) => work.theme));
    expect(() => keys.map(themeOf)).not.toThrow();
  });
});
