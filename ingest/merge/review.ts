import type { ReviewItem } from '../../src/lib/ingest-report.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';
import { anchorOf, mergeKeysOf, normaliseText } from './keys.ts';
import type { SourceRecord } from '../record.ts';

/** What the review needs of a published innovation. */
export interface Reviewed {
  id: string;
  title: string;
  anchor: string;
  place: string;
  provinceCode: string | undefined;
  /** Normalised whole title, and normalised acronym (or whole title when it has none). */
  titleKey: string;
  primary: string;
  expansion: string | undefined;
}

export function reviewedOf(innovation: Innovation): Reviewed {
  const keys = mergeKeysOf(innovation);
  return {
    id: innovation.id,
    title: innovation.title,
    anchor: anchorOf(innovation),
    place: innovation.regency ?? innovation.province ?? innovation.agency,
    provinceCode: innovation.provinceCode,
    titleKey: normaliseText(innovation.title),
    primary: keys.keys[0]?.split('|').slice(1).join('|') ?? '',
    expansion: keys.expansion,
  };
}

/** Titles at least this alike (Dice on letter pairs) under one anchor are listed. */
export const SIMILAR_TITLES = 0.8;

/** An anchor with more innovations than this is compared on its first ones only (pairs grow fast). */
const MAX_PER_ANCHOR = 400;

/** Innovations of one anchor, titles alike but not the same key: the rule left them apart. */
export function similarTitles(innovations: readonly Reviewed[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  for (const members of byKey(innovations, (item) => item.anchor).values()) {
    const compared = members.slice(0, MAX_PER_ANCHOR).map((item) => titlePairs(item));
    for (const [a, b, similarity] of alikePairs(compared)) {
      items.push({
        kind: 'similar-titles',
        innovations: [a.item, b.item].map(({ id, title }) => ({ id, title })),
        place: a.item.place,
        similarity: Math.round(similarity * 100) / 100,
      });
    }
  }
  return items;
}

/**
 * One title in two anchors of one province. No table of which regencies border which is
 * bundled, so "neighbouring" is read as "in the same province".
 */
export function neighbourTitles(innovations: readonly Reviewed[]): ReviewItem[] {
  const items: ReviewItem[] = [];
  const provincial = innovations.filter((item) => item.provinceCode !== undefined);
  const groups = byKey(provincial, (item) => `${item.provinceCode ?? ''}|${item.titleKey}`);
  for (const members of groups.values()) {
    const anchors = new Set(members.map((item) => item.anchor));
    if (anchors.size < 2) continue;
    items.push({
      kind: 'neighbour-title',
      innovations: members.map(({ id, title }) => ({ id, title })),
      place: members.map((item) => item.place).join(', '),
    });
  }
  return items;
}

/**
 * Bare acronyms the rule joined to an expansion: a source record titled only `SIAP` in an
 * innovation titled `SIAP (…)`. Ambiguous when another innovation of the anchor has the same
 * acronym with another expansion (the rule's known limit: the bare one joined the first met).
 */
export class BareAcronymJoins {
  private readonly found = new Map<string, { bare: string; innovation: Reviewed }>();
  private readonly acronyms: Map<string, Reviewed[]>;

  constructor(innovations: readonly Reviewed[]) {
    const expanded = innovations.filter((item) => item.expansion !== undefined);
    this.acronyms = byKey(expanded, (item) => `${item.anchor}|${item.primary}`);
  }

  /** Looks at one source record and the innovation it is in. */
  add(record: SourceRecord, innovation: Reviewed | undefined): void {
    if (innovation?.expansion === undefined || this.found.has(innovation.id)) return;
    const keys = mergeKeysOf(record);
    if (keys.expansion !== undefined || keys.keys.length !== 1) return;
    const bare = normaliseText(record.title);
    if (bare !== innovation.primary || bare.includes(' ')) return;
    this.found.set(innovation.id, { bare: record.title, innovation });
  }

  /** The ambiguous ones first: those the rule may well have got wrong. */
  items(): ReviewItem[] {
    const items = [...this.found.values()].map(({ bare, innovation }): ReviewItem => {
      const others = (this.acronyms.get(`${innovation.anchor}|${innovation.primary}`) ?? []).filter(
        (item) => item.id !== innovation.id,
      );
      return {
        kind: 'bare-acronym',
        innovations: [innovation, ...others].map(({ id, title }) => ({ id, title })),
        place: innovation.place,
        bare,
        ambiguous: others.length > 0,
      };
    });
    return items.sort((a, b) => Number(b.ambiguous) - Number(a.ambiguous));
  }
}

// --- internal ---

function byKey<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const members = groups.get(k);
    if (members) members.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

interface TitlePairs {
  item: Reviewed;
  /** Its title's letter pairs, each as one number, sorted (a pair twice is there twice). */
  pairs: Uint32Array;
  /** How many pairs in all (the title's length less one). */
  size: number;
}

/** The letter pairs of a title (Dice's coefficient over them). */
function titlePairs(item: Reviewed): TitlePairs {
  const text = item.titleKey;
  const pairs = new Uint32Array(Math.max(0, text.length - 1));
  for (let i = 0; i < pairs.length; i += 1) {
    pairs[i] = text.charCodeAt(i) * 65_536 + text.charCodeAt(i + 1);
  }
  return { item, pairs: pairs.sort(), size: pairs.length };
}

/**
 * Every two of `compared` whose titles are at least SIMILAR_TITLES alike, in the order of the
 * list (first by the first one's place, then by the second's). Dice cannot exceed
 * 2·min / (sum) of the two sizes, so titles of very different lengths are never compared:
 * taken shortest first, a title is compared only with those at most 1.5 times as long.
 */
function alikePairs(compared: readonly TitlePairs[]): [TitlePairs, TitlePairs, number][] {
  const shortestFirst = [...compared.entries()].sort(([, a], [, b]) => a.size - b.size);
  const found: [number, number, number][] = [];
  for (const [at, [i, a]] of shortestFirst.entries()) {
    for (let next = at + 1; next < shortestFirst.length; next += 1) {
      const [j, b] = shortestFirst[next] ?? [i, a];
      if ((2 * a.size) / (a.size + b.size) < SIMILAR_TITLES) break;
      const similarity = dice(a, b);
      if (similarity >= SIMILAR_TITLES) found.push([Math.min(i, j), Math.max(i, j), similarity]);
    }
  }
  return found
    .sort((x, y) => x[0] - y[0] || x[1] - y[1])
    .flatMap(([i, j, similarity]) => {
      const [a, b] = [compared[i], compared[j]];
      return a && b ? [[a, b, similarity] as [TitlePairs, TitlePairs, number]] : [];
    });
}

/** Dice's coefficient: the pairs both titles have (counted as often as both have them). */
function dice(a: TitlePairs, b: TitlePairs): number {
  if (a.size + b.size === 0) return 0;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.size && j < b.size) {
    const x = a.pairs[i] ?? 0;
    const y = b.pairs[j] ?? 0;
    if (x === y) shared += 1;
    if (x <= y) i += 1;
    if (y <= x) j += 1;
  }
  return (2 * shared) / (a.size + b.size);
}
