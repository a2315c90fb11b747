import type { Provenance } from '../../src/lib/schema/innovation.ts';
import type { SourceRecord } from '../record.ts';
import { compareRecords } from './combine.ts';
import { hash53 } from './groups.ts';
import type { PreviousIds } from './previous-ids.ts';

/** Enough of a source record to say which of two is older. */
type Age = Pick<SourceRecord, 'year' | 'provenance'>;

/**
 * Which merge group keeps each id an earlier run gave. When a changed source record splits an
 * innovation in two (one of two `SIAP` rows retitled), both groups hold records that carried
 * the old id: the group with the oldest such record keeps it, the other falls back to another id
 * of its own records or to a new one. Without this, two documents would share one id and the
 * index would silently keep one.
 */
export class IdClaims {
  /** Per id, its keeper: the group and just enough of the record to compare ages. */
  private readonly keepers = new Map<string, { group: number; record: Age }>();
  private readonly previousId: PreviousIds;

  constructor(previousId: PreviousIds) {
    this.previousId = previousId;
  }

  /** Notes that `record`, of merge group `group`, carried an id last time. */
  claim(record: SourceRecord, group: number): void {
    const id = this.previousId(record.provenance);
    if (id === undefined) return;
    const keeper = this.keepers.get(id);
    const age = { year: record.year, provenance: record.provenance };
    if (keeper === undefined || compareRecords(age, keeper.record) < 0) {
      this.keepers.set(id, { group, record: age });
    }
  }

  /** The earlier ids `group` may keep: those it won. */
  previousIdsOf(group: number): PreviousIds {
    return (provenance: Provenance) => {
      const id = this.previousId(provenance);
      return id !== undefined && this.keepers.get(id)?.group === group ? id : undefined;
    };
  }
}

/** An id given twice in one run (a new id's hash met another), and what the second became. */
export interface RenamedId {
  from: string;
  to: string;
  title: string;
}

/**
 * The ids handed out by one merge, unique by construction: an id already given gets the first
 * free `-2`, `-3`… suffix, reported. Ids are kept as 53-bit hashes: a million cost a few MB.
 */
export class IssuedIds {
  private readonly issued = new Set<number>();
  readonly renamed: RenamedId[] = [];

  /** Whether `id` was handed out by this merge. */
  has(id: string): boolean {
    return this.issued.has(hash53(id));
  }

  issue(id: string, title: string): string {
    let unique = id;
    for (let n = 2; this.issued.has(hash53(unique)); n++) unique = `${id}-${String(n)}`;
    this.issued.add(hash53(unique));
    if (unique !== id) this.renamed.push({ from: id, to: unique, title });
    return unique;
  }
}
