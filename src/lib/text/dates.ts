/** Languages the portal writes dates in (the site's locales). */
export type DateLanguage = 'id' | 'en';

/**
 * A date of the public record written for a reader at the precision it has: `2016` → `2016`,
 * `2016-03` → `Maret 2016` / `March 2016`, `2016-03-17` → `17 Maret 2016` / `17 March 2016`.
 * Anything else is returned unchanged rather than guessed at.
 */
export function formatPartialDate(value: string, language: DateLanguage): string {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  if (month === undefined) return String(year);
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const parts: Intl.DateTimeFormatOptions =
    day === undefined ? { month: 'long', year: 'numeric' } : { ...fullDate };
  return new Intl.DateTimeFormat(tags[language], { ...parts, timeZone: 'UTC' }).format(date);
}

/**
 * An instant (`updatedAt`) as the day it was in Indonesia's western time zone (WIB), where
 * the portal's editors and most readers are: `2026-11-21T20:00:00Z` → `22 November 2026`.
 */
export function formatInstant(iso: string, language: DateLanguage): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(tags[language], { ...fullDate, timeZone: 'Asia/Jakarta' }).format(
    date,
  );
}

// --- internal ---

// en-GB writes day before month, as Indonesian does: `17 March 2016`.
const tags: Record<DateLanguage, string> = { id: 'id-ID', en: 'en-GB' };

const fullDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };
