import type { Quality, QualityField, ReviewItem } from '../../src/lib/ingest-report.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';
import {
  BareAcronymJoins,
  neighbourTitles,
  reviewedOf,
  similarTitles,
  type Reviewed,
} from '../merge/review.ts';
import { hash53 } from '../merge/groups.ts';
import { provenanceKey, type SourceRecord } from '../record.ts';
import { readLines } from '../spool.ts';

/** The review list keeps this many entries (the dashboard's page); the total is counted. */
const REVIEW_SHOWN = 300;

/**
 * The data's quality after a merge: per programme and year how many source records fill each
 * field, the share of records whose status is unknown, and the review list (innovations the
 * rule may have joined or left apart wrongly). Read from the stores and the merged records;
 * innovations are held as a few strings each, records only as hashes.
 */
export async function assessQuality(
  stores: readonly string[],
  innovationsFile: string,
): Promise<Quality> {
  const innovations: Reviewed[] = [];
  const innovationOf = new Map<number, number>();
  for await (const line of readLines(innovationsFile)) {
    const innovation = JSON.parse(line) as Innovation;
    for (const p of innovation.provenance)
      innovationOf.set(hash53(provenanceKey(p)), innovations.length);
    innovations.push(reviewedOf(innovation));
  }
  const completeness = new Completeness();
  const bare = new BareAcronymJoins(innovations);
  for (const store of stores) {
    for await (const line of readLines(store)) {
      const record = JSON.parse(line) as SourceRecord;
      completeness.add(record);
      const at = innovationOf.get(hash53(provenanceKey(record.provenance)));
      bare.add(record, at === undefined ? undefined : innovations[at]);
    }
  }
  const review: ReviewItem[] = [
    ...bare.items(),
    ...similarTitles(innovations),
    ...neighbourTitles(innovations),
  ];
  return {
    completeness: completeness.rows(),
    unknownStatus: completeness.status,
    review: review.slice(0, REVIEW_SHOWN),
    reviewTotal: review.length,
  };
}

// --- internal ---

type Row = Quality['completeness'][number];

/** Whether a source record fills each field of the dashboard. */
const filled: Record<QualityField, (record: SourceRecord) => boolean> = {
  summary: (r) => r.summary.trim() !== '',
  sections: (r) => Object.keys(r.sections).length > 0,
  unit: (r) => r.unit !== undefined,
  province: (r) => r.provinceCode !== undefined,
  regency: (r) => r.regencyCode !== undefined,
  categories: (r) => r.categories.length > 0,
  sectors: (r) => r.sectors.length > 0,
  sdgs: (r) => r.sdgs.length > 0,
  startedOn: (r) => r.startedOn !== undefined,
  digital: (r) => r.digital !== undefined,
  stage: (r) => r.stage !== undefined,
  status: (r) => r.status !== 'tidak-diketahui',
  statusUpdatedAt: (r) => r.statusUpdatedAt !== undefined,
  awards: (r) => r.awards.length > 0,
  innovators: (r) => r.innovators.length > 0,
  videoUrl: (r) => r.videoUrl !== undefined,
};

class Completeness {
  private readonly byKey = new Map<string, Row>();
  readonly status = { records: 0, unknown: 0 };

  add(record: SourceRecord): void {
    const { programme, year } = record.provenance;
    const key = `${programme}:${String(year)}`;
    const row = this.byKey.get(key) ?? { programme, year, records: 0, filled: {} };
    this.byKey.set(key, row);
    row.records += 1;
    for (const [field, test] of Object.entries(filled) as [
      QualityField,
      (r: SourceRecord) => boolean,
    ][]) {
      if (test(record)) row.filled[field] = (row.filled[field] ?? 0) + 1;
    }
    this.status.records += 1;
    if (record.status === 'tidak-diketahui') this.status.unknown += 1;
  }

  rows(): Row[] {
    return [...this.byKey.values()].sort(
      (a, b) => a.programme.localeCompare(b.programme) || a.year - b.year,
    );
  }
}
