import type { MergeKeys } from './keys.ts';

/**
 * Groups records that share a merge key (union-find), refusing to join two groups whose titles
 * carry different expansions. Keys are kept as 53-bit hashes so that a million records fit in
 * little memory; a collision needs two keys equal in 53 bits and under the same anchor.
 */
export class MergeGroups {
  private parent: Int32Array = new Int32Array(1024);
  private expansion: Float64Array = new Float64Array(1024);
  private readonly firstHolder = new Map<number, number>();
  private size = 0;

  /** Registers the next record (indices are given in order 0, 1, 2, ...). */
  add(keys: MergeKeys): number {
    const index = this.size;
    this.grow(index + 1);
    this.parent[index] = index;
    this.expansion[index] = keys.expansion ? hash53(keys.expansion) : 0;
    this.size += 1;
    for (const key of keys.keys) {
      const hashed = hash53(key);
      const holder = this.firstHolder.get(hashed);
      if (holder === undefined) this.firstHolder.set(hashed, index);
      else this.union(holder, index);
    }
    return index;
  }

  /** The group of a record: the index of its group's representative. */
  groupOf(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    let node = index;
    while (node !== root) {
      const next = this.parent[node] ?? root;
      this.parent[node] = root;
      node = next;
    }
    return root;
  }

  get records(): number {
    return this.size;
  }

  /** How many distinct innovations the records form. */
  countGroups(): number {
    let groups = 0;
    for (let index = 0; index < this.size; index += 1)
      if (this.groupOf(index) === index) groups += 1;
    return groups;
  }

  /**
   * Joins the groups of two records whatever their expansions: an administrator's decision
   * (`curation.ts`), which the rule does not overrule.
   */
  force(a: number, b: number): void {
    this.union(a, b, true);
  }

  private union(a: number, b: number, forced = false): void {
    const rootA = this.groupOf(a);
    const rootB = this.groupOf(b);
    if (rootA === rootB) return;
    const expA = this.expansion[rootA] ?? 0;
    const expB = this.expansion[rootB] ?? 0;
    if (!forced && expA !== 0 && expB !== 0 && expA !== expB) return;
    // The earlier record stays the representative, so groups do not depend on arrival order.
    const [root, child] = rootA < rootB ? [rootA, rootB] : [rootB, rootA];
    this.parent[child] = root;
    if ((this.expansion[root] ?? 0) === 0) this.expansion[root] = expA || expB;
  }

  private grow(needed: number): void {
    if (needed <= this.parent.length) return;
    const capacity = Math.max(needed, this.parent.length * 2);
    const parent = new Int32Array(capacity);
    parent.set(this.parent);
    const expansion = new Float64Array(capacity);
    expansion.set(this.expansion);
    this.parent = parent;
    this.expansion = expansion;
  }
}

/** cyrb53: a fast, well-spread 53-bit string hash (public domain). */
export function hash53(text: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
