import type { Locale } from '../../../i18n/locales.ts';
import { formatNumber } from '../../../i18n/t.ts';
import { percentOf } from '../../../lib/agency/freshness.ts';

/** An instant as a date and time in WIB, for administrators. */
export function dateTime(iso: string, locale: Locale): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Asia/Jakarta',
  }).format(date);
}

/** How long a run took: `42 s`, `3 min 5 s`. */
export function duration(startedAt: string, finishedAt: string): string {
  const seconds = Math.max(0, Math.round((Date.parse(finishedAt) - Date.parse(startedAt)) / 1000));
  if (!Number.isFinite(seconds)) return '';
  if (seconds < 60) return `${String(seconds)} s`;
  return `${String(Math.floor(seconds / 60))} min ${String(seconds % 60)} s`;
}

/** A size in decimal megabytes as administrators read it: `50 MB`, `1,5 MB`. */
export function megabytes(bytes: number, locale: Locale): string {
  const value = bytes / 1_000_000;
  const digits = value < 10 && !Number.isInteger(value) ? 1 : 0;
  return `${value.toLocaleString(locale === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: digits })} MB`;
}

/**
 * Who ran a run: the administrator who started it from the admin area, else what its lease
 * holder names (`cli`, `start`), else nothing (runs recorded before either was kept).
 */
export function runBy(run: { startedBy?: string; holder?: string }): string {
  return run.startedBy ?? run.holder?.split(' on ')[0] ?? '';
}

/** A share in whole per cent (`34 %`), or `–` of nothing. */
export function percent(part: number, whole: number, locale: Locale): string {
  const share = percentOf(part, whole);
  return share === undefined ? '–' : `${formatNumber(share, locale)}\u00a0%`;
}
