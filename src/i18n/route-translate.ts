import type { Locale } from './locales.ts';
import { browseKinds, words, type Word } from './route-words.ts';

/**
 * The words of `segments` (a path without its language prefix, split on `/`) translated from
 * one language to another: the first segment, the one after `browse`, and `minat` after an
 * innovation's id. Anything else (an
 * id, a slug, a year) stays as it is.
 */
export function translateSegments(segments: readonly string[], from: Locale, to: Locale): string[] {
  const first = wordOf(segments[0], from, Object.keys(words) as Word[]);
  return segments.map((segment, index) => {
    if (index === 0) return first ? words[first][to] : segment;
    if (index === 1 && first === 'browse') {
      const kind = wordOf(segment, from, browseKinds);
      return kind ? words[kind][to] : segment;
    }
    if (index === 1 && first === 'agencyArea' && segment === words.innovation[from]) {
      return words.innovation[to];
    }
    if (first === 'admin' && isIngestJobPath(segments, from)) {
      return translateIngestJobSegment(segment, index, from, to);
    }
    if (index === 2 && first === 'innovation' && segment === words.interest[from]) {
      return words.interest[to];
    }
    if (index === 2 && first === 'interest' && segment === words.evidence[from]) {
      return words.evidence[to];
    }
    return segment;
  });
}

// --- internal ---

/**
 * `admin/pemuatan/baru`, `admin/pemuatan/panen`, `admin/pemuatan/tugas/<id>[/progres]` (not a
 * run: `pemuatan/<id>`).
 */
function isIngestJobPath(segments: readonly string[], from: Locale): boolean {
  if (segments[1] !== words.ingest[from]) return false;
  return ingestPages.some((word) => segments[2] === words[word][from]);
}

const ingestPages = ['newJob', 'jobs', 'harvests'] as const;

function translateIngestJobSegment(
  segment: string,
  index: number,
  from: Locale,
  to: Locale,
): string {
  const key =
    index === 1
      ? 'ingest'
      : index === 2
        ? wordOf(segment, from, ingestPages)
        : index === 4
          ? wordOf(segment, from, ['progress'])
          : undefined;
  return key === undefined ? segment : words[key][to];
}

function wordOf<W extends Word>(segment: string | undefined, locale: Locale, among: readonly W[]) {
  return among.find((key) => (words[key][locale] as string) === segment);
}
