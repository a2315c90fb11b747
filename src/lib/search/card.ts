import { awardLevelSchema } from '../schema/enums.ts';
import type { Award } from '../schema/innovation.ts';
import type { SearchDocument } from '../index/document.ts';

/**
 * What a list of innovations shows of each one (home, browse, similar innovations): the fields
 * asked of Meilisearch (`attributesToRetrieve`) and the type of what comes back.
 */
export const cardFields = [
  'id',
  'title',
  'acronym',
  'expansion',
  'summary',
  'agency',
  'regency',
  'province',
  'regencyAsWritten',
  'provinceAsWritten',
  'year',
  'years',
  'awards',
  'status',
  'statusUpdatedAt',
  'programmes',
  'digital',
] as const satisfies readonly (keyof SearchDocument)[];

export type CardData = Pick<SearchDocument, (typeof cardFields)[number]>;

/** A summary cut at a word boundary near `length` characters, for a card. */
export function shortSummary(summary: string, length = 220): string {
  if (summary.length <= length) return summary;
  const cut = summary.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/** The award a card shows: the highest level (the enum lists them rising), the latest year. */
export function bestAward(awards: readonly Award[]): Award | undefined {
  const rank = (award: Award) =>
    awardLevelSchema.options.indexOf(award.level) * 10_000 + award.year;
  return awards.reduce<Award | undefined>(
    (best, award) => (best === undefined || rank(award) > rank(best) ? award : best),
    undefined,
  );
}

/** `2019` or `2017–2021`: the span of years an innovation appears in. */
export function yearSpan(years: readonly number[], year: number): string {
  const first = Math.min(year, ...years);
  const last = Math.max(year, ...years);
  return first === last ? String(first) : `${first}–${last}`;
}
