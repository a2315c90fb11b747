import type { Innovation } from '../../../src/lib/schema/innovation.ts';
import type { FieldPattern, RelevanceCase, RelevanceField } from './cases/types.ts';

/**
 * How a case is judged, the same in the test and in `npm run bench -- relevance`: a hit is
 * relevant when it is one of the innovations named, or about what the case says (and, for
 * the first hit of a case that says so, of the right place).
 */
export function isRelevant(relevanceCase: RelevanceCase, hit: Innovation): boolean {
  const { inTop3, everyTop3 } = relevanceCase;
  if (inTop3 !== undefined) return inTop3.some((name) => isNamed(hit, name));
  if (everyTop3 === undefined) return false;
  const patterns: readonly FieldPattern[] = 'in' in everyTop3 ? [everyTop3] : everyTop3;
  return patterns.every((pattern) => pattern.matches.test(fieldOf(hit, pattern.in)));
}

/** The first hit is relevant and, where the case names one, of the expected first kind. */
export function firstIsRight(relevanceCase: RelevanceCase, hits: readonly Innovation[]): boolean {
  const [first] = hits;
  if (first === undefined || !isRelevant(relevanceCase, first)) return false;
  const expected = relevanceCase.first;
  return expected === undefined || expected.matches.test(fieldOf(first, expected.in));
}

/** What is wrong with the top 3, if anything: `[]` when the case passes. */
export function top3Problems(relevanceCase: RelevanceCase, hits: readonly Innovation[]): string[] {
  const top = hits.slice(0, 3);
  const problems: string[] = [];
  if (relevanceCase.inTop3 !== undefined) {
    const left = [...top];
    for (const name of relevanceCase.inTop3) {
      const at = left.findIndex((hit) => isNamed(hit, name));
      if (at >= 0) left.splice(at, 1);
      else problems.push(`missing ${name}`);
    }
  } else {
    if (top.length < 3) problems.push(`only ${String(top.length)} hits`);
    for (const hit of top) {
      if (!isRelevant(relevanceCase, hit)) problems.push(`off topic: ${describeHit(hit)}`);
    }
  }
  if (relevanceCase.first !== undefined && !firstIsRight(relevanceCase, hits)) {
    problems.push(`first: ${top[0] === undefined ? 'none' : describeHit(top[0])}`);
  }
  return problems;
}

/** nDCG@10 with binary gains; the ideal ranking has every relevant record of the sample. */
export function ndcgAt10(
  relevanceCase: RelevanceCase,
  hits: readonly Innovation[],
  records: Iterable<Innovation>,
): number {
  const gains = hits.slice(0, 10).map((hit) => (isRelevant(relevanceCase, hit) ? 1 : 0));
  const dcg = gains.reduce<number>((sum, gain, at) => sum + gain / Math.log2(at + 2), 0);
  let relevant = 0;
  for (const record of records) if (isRelevant(relevanceCase, record)) relevant += 1;
  const ideal = Array.from({ length: Math.min(10, relevant) }, (_, at) => 1 / Math.log2(at + 2));
  const idcg = ideal.reduce((sum, gain) => sum + gain, 0);
  return idcg === 0 ? 0 : dcg / idcg;
}

export function describeHit(hit: Innovation): string {
  return `${hit.title} (${hit.agency})`;
}

// --- internal ---

function isNamed(hit: Innovation, name: string): boolean {
  const wanted = name.toLowerCase();
  return [hit.title, hit.acronym, hit.expansion].some((value) => value?.toLowerCase() === wanted);
}

function fieldOf(hit: Innovation, field: RelevanceField): string {
  switch (field) {
    case 'title':
    case 'agency':
      return hit[field];
    case 'place':
      return [hit.regency, hit.province].filter((part) => part !== undefined).join('\n');
    case 'text': {
      const { title, acronym, expansion, summary, agency, unit, sections } = hit;
      return [title, acronym, expansion, summary, agency, unit, ...Object.values(sections)]
        .filter((part) => part !== undefined)
        .join('\n');
    }
  }
}
