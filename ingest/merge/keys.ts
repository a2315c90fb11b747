import { agencyIdentity } from '../../src/lib/agency/name.ts';
import { titleSides } from '../../src/lib/normalise/title.ts';
import type { SourceRecord } from '../record.ts';

/** Lower case, no diacritics, no punctuation, single spaces: `BASABA!` and `Basaba` agree. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * Where an innovation lives: its regency, else its province, for regional agencies; the agency
 * itself for central ones (and regional ones whose region did not resolve), by the one key of
 * every spelling of its name (`Kemenkes RI` and `Kementerian Kesehatan` are one, see
 * `agencyIdentity`). Two records can only be one innovation when their anchors agree, so the
 * same acronym in two regencies never merges.
 */
export function anchorOf(
  record: Pick<SourceRecord, 'cluster' | 'regencyCode' | 'provinceCode' | 'agency'>,
): string {
  const regional = !['kementerian', 'lembaga', 'bumn'].includes(record.cluster);
  if (regional && record.regencyCode) return `r${record.regencyCode}`;
  if (regional && record.provinceCode && record.cluster === 'provinsi')
    return `p${record.provinceCode}`;
  return `a${agencyIdentity(record.agency)}`;
}

export interface MergeKeys {
  /** The acronym (or whole title when it has none), and the expansion, each under the anchor. */
  keys: string[];
  /** The normalised expansion, when the title has one: two different expansions never merge. */
  expansion?: string;
}

/** Titles with a short head before a bracket or dash: `Sipandu (…)`, whatever its case. */
const MAX_HEAD_WORDS = 4;

export function mergeKeysOf(
  record: Pick<
    SourceRecord,
    'cluster' | 'regencyCode' | 'provinceCode' | 'agency' | 'acronym' | 'expansion' | 'title'
  >,
): MergeKeys {
  const anchor = anchorOf(record);
  const [head, tail] =
    record.acronym && record.expansion
      ? [record.acronym, record.expansion]
      : loosePair(record.title);
  const primary = normaliseText(head);
  const expansion = tail ? normaliseText(tail) : undefined;
  const keys = [`${anchor}|${primary}`];
  if (expansion && expansion !== primary) keys.push(`${anchor}|${expansion}`);
  return { keys, ...(expansion && { expansion }) };
}

/**
 * Display keeps a strict acronym rule (splitTitle); matching is looser, so that a title whose
 * short head is written in another case or shape still meets its other spellings.
 */
function loosePair(title: string): [string, string | undefined] {
  const sides = titleSides(title);
  if (!sides) return [title, undefined];
  const [head, tail] = sides;
  const short =
    head.split(' ').length <= MAX_HEAD_WORDS && head.length < tail.length ? head : undefined;
  return short ? [short, tail] : [title, undefined];
}
