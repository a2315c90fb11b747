import { synonymCases } from './abbreviations.ts';
import { englishCases } from './english.ts';
import { issueCases } from './issue3.ts';
import { issue15Cases } from './issue15.ts';
import { stemmingCases } from './morphology.ts';
import { namedCases } from './named.ts';
import { placeCases } from './places.ts';
import { questionCases } from './questions.ts';
import { spellingCases } from './spelling.ts';
import { stopWordCases } from './stopwords.ts';
import { typoCases } from './typos.ts';
import {
  relevanceKinds,
  type KindedCases,
  type RelevanceCase,
  type RelevanceKind,
} from './types.ts';

export { issueCases } from './issue3.ts';
export { issue15Cases } from './issue15.ts';
export * from './types.ts';

const byKind: Record<RelevanceKind, readonly RelevanceCase[]> = {
  issue: issueCases,
  abbreviation: synonymCases,
  morphology: stemmingCases,
  typo: typoCases,
  named: namedCases,
  place: placeCases,
  'stop words': stopWordCases,
  english: englishCases,
  question: questionCases,
  spelling: spellingCases,
};

/** The whole relevance set by kind, issue 15's list included under its kinds. */
export const relevanceSet: KindedCases = Object.fromEntries(
  relevanceKinds.map((kind) => [
    kind,
    [
      ...byKind[kind],
      ...issue15Cases.filter((entry) => entry.kind === kind).map((entry) => entry.case),
    ],
  ]),
) as unknown as KindedCases;
