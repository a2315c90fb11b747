import { defaultLocale, type Locale } from './locales.ts';

/**
 * The site's paths, with their words in each language (`/cari` ↔ `/en/search`): the one place
 * a link is built, and the table the language switch translates a path with.
 */
const words = {
  search: { id: 'cari', en: 'search' },
  innovation: { id: 'inovasi', en: 'innovation' },
  browse: { id: 'jelajah', en: 'browse' },
  sector: { id: 'sektor', en: 'sector' },
  province: { id: 'provinsi', en: 'province' },
  year: { id: 'tahun', en: 'year' },
  programme: { id: 'program', en: 'programme' },
  trends: { id: 'tren', en: 'trends' },
  openData: { id: 'data-terbuka', en: 'open-data' },
  dataDictionary: { id: 'kamus-data', en: 'data-dictionary' },
  interest: { id: 'minat', en: 'interest' },
  admin: { id: 'admin', en: 'admin' },
} as const satisfies Record<string, Record<Locale, string>>;

type Word = keyof typeof words;

/** Words that may follow `browse` (`/jelajah/sektor/...`). */
const browseKinds = ['sector', 'province', 'year', 'programme'] as const satisfies readonly Word[];

export type BrowseKind = (typeof browseKinds)[number];

export const routes = {
  home: (locale: Locale) => (locale === defaultLocale ? '/' : `/${locale}/`),
  search: (locale: Locale, query = '') => `${path(locale, ['search'])}${query}`,
  innovation: (locale: Locale, id: string) => path(locale, ['innovation'], id),
  browse: (locale: Locale) => path(locale, ['browse']),
  browseBy: (locale: Locale, kind: BrowseKind, value?: string | number) =>
    path(locale, ['browse', kind], value === undefined ? undefined : String(value)),
  trends: (locale: Locale, query = '') => `${path(locale, ['trends'])}${query}`,
  /** The open-data page: the API's documentation and the downloads. */
  openData: (locale: Locale) => path(locale, ['openData']),
  dataDictionary: (locale: Locale) => path(locale, ['dataDictionary']),
  /** The registration form of one innovation: `/inovasi/<id>/minat`. */
  register: (locale: Locale, id: string) =>
    `${path(locale, ['innovation'], id)}/${words.interest[locale]}`,
  /** A registrant's private page: `/minat/<token>`. */
  privateEntry: (locale: Locale, token: string) => path(locale, ['interest'], token),
  admin: (locale: Locale, rest = '') => `${path(locale, ['admin'])}${rest}`,
};

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
    if (index === 2 && first === 'innovation' && segment === words.interest[from]) {
      return words.interest[to];
    }
    return segment;
  });
}

// --- internal ---

function path(locale: Locale, keys: readonly Word[], last?: string): string {
  const prefix = locale === defaultLocale ? '' : `/${locale}`;
  const parts: string[] = keys.map((key) => words[key][locale]);
  if (last !== undefined) parts.push(encodeURIComponent(last));
  return `${prefix}/${parts.join('/')}`;
}

function wordOf<W extends Word>(segment: string | undefined, locale: Locale, among: readonly W[]) {
  return among.find((key) => (words[key][locale] as string) === segment);
}
