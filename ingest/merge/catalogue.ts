import { z } from 'zod';
import { innovationSchema, type Provenance } from '../../src/lib/schema/innovation.ts';
import { provenanceKey } from '../record.ts';
import { hash53 } from './groups.ts';

/**
 * What the merge remembers of each innovation it wrote, in `<DATA_DIR>/catalogue.ndjson`, one
 * line per line of `innovations.ndjson` and in the same order: small enough to read in full
 * where `innovations.ndjson` would cost a parse of every public record.
 */
export const catalogueEntrySchema = z.tuple([
  /** The innovation's id. */
  z.string(),
  /** Its `updatedAt`. */
  z.string(),
  /** `contentHash` of the record: did it change. */
  z.number(),
  /** `groupFingerprint` of its source records: can the record be reused as it is. */
  z.number(),
  /** `provenanceHash` of each source record: which id a record had. */
  z.array(z.number()),
]);
export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/**
 * The first line: what the records were built with. A record written under another record
 * schema or merge format is never reused (`MERGE_FORMAT` goes up when `combine` changes what it
 * makes of the same source records).
 */
export const catalogueHeaderSchema = z.object({ format: z.number(), schema: z.number() });
export type CatalogueHeader = z.infer<typeof catalogueHeaderSchema>;

// 2: the narrative comes whole from one source record (narrativeSource, otherNarratives).
const MERGE_FORMAT = 2;

export function currentHeader(): CatalogueHeader {
  const schema = z.toJSONSchema(innovationSchema, { unrepresentable: 'any' });
  return { format: MERGE_FORMAT, schema: hash53(JSON.stringify(schema)) };
}

export function provenanceHash(p: Provenance): number {
  return hash53(provenanceKey(p));
}

/** What a record is, apart from when it changed: the basis of "did it change". */
export function contentHash(innovation: Readonly<Record<string, unknown>>): number {
  return hash53(JSON.stringify({ ...innovation, updatedAt: undefined }));
}

/**
 * The fingerprint of each merge group: a hash of the sum of its stored records' line hashes,
 * summed in two exact parts (21 + 32 bits), so that the same set of records gives the same
 * fingerprint in any order. Lines are hashed as they are read (`add`, in record order); sums are
 * made once the groups are final (`close`). Typed arrays: a million records cost 16 MB.
 */
export class GroupFingerprints {
  private low: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private high: Uint32Array<ArrayBuffer> = new Uint32Array(1024);
  private size = 0;
  private sums: { low: Uint32Array; high: Uint32Array; count: Uint32Array } | undefined;

  add(line: string): void {
    if (this.size === this.low.length) {
      this.low = grown(this.low);
      this.high = grown(this.high);
    }
    const hash = hash53(line);
    this.low[this.size] = hash >>> 0;
    this.high[this.size] = Math.floor(hash / 2 ** 32);
    this.size += 1;
  }

  /** Sums the records' hashes per group (`groupOf` gives a record's group, a record index). */
  close(groupOf: (index: number) => number): void {
    const sums = {
      low: new Uint32Array(this.size),
      high: new Uint32Array(this.size),
      count: new Uint32Array(this.size),
    };
    for (let index = 0; index < this.size; index += 1) {
      const group = groupOf(index);
      sums.low[group] = ((sums.low[group] ?? 0) + (this.low[index] ?? 0)) >>> 0;
      sums.high[group] = ((sums.high[group] ?? 0) + (this.high[index] ?? 0)) & 0x1f_ffff;
      sums.count[group] = (sums.count[group] ?? 0) + 1;
    }
    this.sums = sums;
  }

  of(group: number): number {
    if (this.sums === undefined) throw new Error('GroupFingerprints.of before close');
    const { low, high, count } = this.sums;
    return hash53(`${String(low[group])}.${String(high[group])}.${String(count[group])}`);
  }
}

function grown(array: Uint32Array<ArrayBuffer>): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(array.length * 2);
  next.set(array);
  return next;
}
