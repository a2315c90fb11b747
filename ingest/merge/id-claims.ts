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
 * index would silently keep one. Claims are made by record index while the records are first
 * read, before the groups are final; `groupOf` gives a record's group once they are.
 */
export class IdClaims {
  /** Per id, its keeper: the record's index and just enough of it to compare ages. */
  private readonly keepers = new Map<string, { index: number; record: Age }>();
  private readonly previousId: PreviousIds;
  private readonly groupOf: (index: number) => number;

  constructor(previousId: PreviousIds, groupOf: (index: number) => number) {
    this.previousId = previousId;
    this.groupOf = groupOf;
  }

  /** Notes that `record`, the `index`-th of the merge, carried an id last time. */
  claim(record: SourceRecord, index: number): void {
    const id = this.previousId(record.provenance);
    if (id === undefined) return;
    const keeper = this.keepers.get(id);
    const age = { year: record.year, provenance: record.provenance };
    if (keeper === undefined || compareRecords(age, keeper.record) < 0) {
      this.keepers.set(id, { index, record: age });
    }
  }

  /** The earlier ids `group` may keep: those it won. */
  previousIdsOf(group: number): PreviousIds {
    return (provenance: Provenance) => {
      const id = this.previousId(provenance);
      return id !== undefined && this.keeps(id, group) ? id : undefined;
    };
  }

  /** How many groups won an earlier id: each carries one on (`combine` keeps the first won). */
  winningGroups(): number {
    const winners = new Set<number>();
    for (const { index } of this.keepers.values()) winners.add(this.groupOf(index));
    return winners.size;
  }

  /** Whether `group` won the earlier id `id`. */
  keeps(id: string, group: number): boolean {
    const keeper = this.keepers.get(id);
    return keeper !== undefined && this.groupOf(keeper.index) === group;
  }
}

/** An id given twice in one run (a new id's hash met another), and what the second became. */
export interface RenamedId {
  from: string;
  to: string;
  title: string;
}

/**
 * The ids handed out by one merge, unique by construction. An id published before is kept by
 * the one group that won it (`keep`); a new id (`issue`) that was given already, or that names
 * an innovation published before (`reserved`), gets the first free `-2`, `-3`… suffix, reported:
 * a published id never moves to another innovation, and the order groups are merged in does not
 * matter. Ids are kept as 53-bit hashes: a million cost a few MB.
 */
export class IssuedIds {
  private readonly issued = new Set<number>();
  private readonly reserved: (id: string) => boolean;
  readonly renamed: RenamedId[] = [];

  constructor(reserved: (id: string) => boolean = () => false) {
    this.reserved = reserved;
  }

  /** How many ids this merge handed out. */
  get count(): number {
    return this.issued.size;
  }

  /** Whether `id` was handed out by this merge. */
  has(id: string): boolean {
    return this.issued.has(hash53(id));
  }

  /** An earlier id, given to the group that won it (`IdClaims`): never given twice. */
  keep(id: string): string {
    this.issued.add(hash53(id));
    return id;
  }

  issue(id: string, title: string): string {
    let unique = id;
    for (let n = 2; this.issued.has(hash53(unique)) || this.reserved(unique); n++)
      unique = `${id}-${String(n)}`;
    this.issued.add(hash53(unique));
    if (unique !== id) this.renamed.push({ from: id, to: unique, title });
    return unique;
  }
}
