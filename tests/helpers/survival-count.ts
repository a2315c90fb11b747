import type { Index } from 'meilisearch';

/**
 * The survival chart counted by hand from the index: every matching document read with the
 * master key, its first award year and its dated statements taken from the public record, and
 * the statement in force at the end of each year picked here, without the portal's code.
 */
export interface HandCount {
  awarded: number;
  /** By year after the award (1 = the first): innovations running, stopped, unknown. */
  points: { running: number; stopped: number; unknown: number }[];
}

interface Statement {
  status: string;
  asOf?: string;
  source: string;
}

export interface CountedDocument {
  id: string;
  awards: { year: number }[];
  status: string;
  statusUpdatedAt?: string;
  statusHistory?: Statement[];
}

/** Every document the filter matches (all without one), with what the count needs. */
export async function matchingDocuments(index: Index, filter = ''): Promise<CountedDocument[]> {
  const { hits } = await index.search<CountedDocument>('', {
    filter,
    limit: 100_000,
    attributesToRetrieve: ['id', 'awards', 'status', 'statusUpdatedAt', 'statusHistory'],
  });
  return hits;
}

/** The innovations first awarded in `awardYear`, each year up to `lastYear`. */
export function countByHand(
  documents: readonly CountedDocument[],
  awardYear: number,
  lastYear: number,
): HandCount {
  const cohort = documents.filter(
    (document) =>
      document.awards.length > 0 &&
      document.awards.every((award) => award.year >= awardYear) &&
      document.awards.some((award) => award.year === awardYear),
  );
  const points = [];
  for (let year = awardYear + 1; year <= lastYear; year++) {
    const point = { running: 0, stopped: 0, unknown: 0 };
    for (const document of cohort) point[stateOf(document, awardYear, year)] += 1;
    points.push(point);
  }
  return { awarded: cohort.length, points };
}

/** What a document says at the end of `year`: the latest statement dated after the award year. */
export function stateOf(
  document: CountedDocument,
  awardYear: number,
  year: number,
): 'running' | 'stopped' | 'unknown' {
  const statements: Statement[] = document.statusHistory ?? [
    { status: document.status, source: 'programme', asOf: document.statusUpdatedAt },
  ];
  const after = `${String(awardYear)}-12-31`;
  const end = `${String(year)}-12-31`;
  const inForce = statements
    .filter((statement) => statement.asOf !== undefined)
    .filter((statement) => (statement.asOf ?? '') > after && (statement.asOf ?? '') <= end)
    .sort(
      (a, b) =>
        (b.asOf ?? '').localeCompare(a.asOf ?? '') ||
        Number(b.source === 'agency') - Number(a.source === 'agency'),
    )[0];
  if (inForce === undefined) return 'unknown';
  if (['berlanjut', 'berkembang'].includes(inForce.status)) return 'running';
  if (['berhenti', 'vakum'].includes(inForce.status)) return 'stopped';
  return 'unknown';
}
