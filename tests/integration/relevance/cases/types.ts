/**
 * A relevance case: what a civil servant types, and what must come back in the top 3.
 * Expectations are written from the bundled sample (`data/samples`, its EXPECTED.md and the
 * records themselves) before the query is run, and name innovations by title or acronym,
 * never by id.
 *
 * - `inTop3`: innovations that must all be among the first three hits (title or acronym,
 *   compared whole and case-insensitively).
 * - `everyTop3`: what each of the first three hits must be about, a pattern matched against
 *   a field (`text`: title, acronym, expansion, summary, agency, unit, sections; `place`: the
 *   regency and province). Used where the sample holds dozens of equally good answers.
 * - `first`: what the first hit must also be (a place the query names comes first).
 *
 * A failing case is fixed in the query understanding, settings, synonyms or stemming, never
 * here; a weakness that cannot be fixed there is named in `knownWeakness` and its test is
 * expected to fail until it is.
 */
export type RelevanceField = 'title' | 'agency' | 'text' | 'place';

export interface FieldPattern {
  readonly in: RelevanceField;
  readonly matches: RegExp;
}

export interface RelevanceCase {
  readonly query: string;
  readonly why: string;
  readonly inTop3?: readonly string[];
  /** One pattern, or several that each hit must all match (a subject and a place). */
  readonly everyTop3?: FieldPattern | readonly FieldPattern[];
  readonly first?: FieldPattern;
  readonly knownWeakness?: string;
}

/** The kinds the relevance set is reported by. */
export const relevanceKinds = [
  'issue',
  'abbreviation',
  'morphology',
  'typo',
  'named',
  'place',
  'stop words',
  'english',
  'question',
  'spelling',
] as const;

export type RelevanceKind = (typeof relevanceKinds)[number];

export type KindedCases = Readonly<Record<RelevanceKind, readonly RelevanceCase[]>>;
