import type { Rng } from './rng.ts';

export interface Day {
  year: number;
  month: number;
  day: number;
}

const monthNames = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** August has three abbreviations in the wild. */
const monthAbbreviations = [
  ['Jan'],
  ['Feb'],
  ['Mar'],
  ['Apr'],
  ['Mei'],
  ['Jun'],
  ['Jul'],
  ['Agu', 'Agt', 'Ags'],
  ['Sep'],
  ['Okt'],
  ['Nov'],
  ['Des'],
] as const;

/** Every text form of SOURCES.md. */
export const textDateForms = [
  'iso',
  'iso-month',
  'dmy-slash',
  'dmy-dash',
  'day-month-name',
  'month-name',
  'month-abbr',
  'day-month-abbr',
  'year',
] as const;
export type TextDateForm = (typeof textDateForms)[number];

/** The forms that keep the day: for dates a system records, such as a status update. */
export const fullDateForms = [
  'iso',
  'dmy-slash',
  'dmy-dash',
  'day-month-name',
  'day-month-abbr',
] as const satisfies readonly TextDateForm[];

const pad = (n: number): string => String(n).padStart(2, '0');

export function formatDate(rng: Rng, date: Day, form: TextDateForm): string {
  const { year, month, day } = date;
  const name = monthNames[month - 1] ?? 'Januari';
  const abbreviation = rng.pick(monthAbbreviations[month - 1] ?? ['Jan']);
  switch (form) {
    case 'iso':
      return `${year}-${pad(month)}-${pad(day)}`;
    case 'iso-month':
      return `${year}-${pad(month)}`;
    case 'dmy-slash':
      return `${pad(day)}/${pad(month)}/${year}`;
    case 'dmy-dash':
      return `${pad(day)}-${pad(month)}-${year}`;
    case 'day-month-name':
      return `${day} ${name} ${year}`;
    case 'month-name':
      return `${name} ${year}`;
    case 'month-abbr':
      return `${abbreviation} ${year}`;
    case 'day-month-abbr':
      return `${day} ${abbreviation} ${year}`;
    case 'year':
      return String(year);
  }
}

/** A day in [fromYear, toYear]; days stop at 28 so every month is valid. */
export function randomDay(rng: Rng, fromYear: number, toYear: number): Day {
  return { year: rng.int(fromYear, toYear), month: rng.int(1, 12), day: rng.int(1, 28) };
}

/** Midnight UTC: what a spreadsheet date cell holds. */
export function toUtcDate(date: Day): Date {
  return new Date(Date.UTC(date.year, date.month - 1, date.day));
}

/** Days since 1899-12-30: the number an XLSX cell holds when it lost its date format. */
export function toExcelSerial(date: Day): number {
  return (toUtcDate(date).getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
}

export function monthName(month: number): string {
  return monthNames[month - 1] ?? 'Januari';
}
