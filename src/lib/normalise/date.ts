import { isBlank } from './blank.ts';
import { monthNumber, weekdayWords } from './months.ts';
import { fail, ok, quote, type Parsed } from './parsed.ts';

export interface DateOptions {
  /** XLSX only: whole numbers outside 1900–2100 are Excel serial day numbers (43541). */
  excelSerials?: boolean;
}

/** Dates outside these years are typing errors, not innovations. */
const minYear = 1900;
const maxYear = 2100;

/** Programme years (KIPP since 2014, IGA since 2018) as the public schema allows them. */
const minProgrammeYear = 2000;

/** Day 0 of Excel's serial calendar; serials above 60 count from here (its 1900 leap bug). */
const excelEpoch = Date.UTC(1899, 11, 30);
const dayMs = 86_400_000;

const isoPattern = /^(\d{4})([-/])(\d{1,2})(?:\2(\d{1,2}))?$/;
const timestampPattern =
  /^(\d{4})-(\d{2})-(\d{2})[T ](?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/i;
const dayFirstPattern = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})$/;
const numberPattern = /^\d+(?:\.\d+)?$/;

/**
 * A date at the precision the source gives, as an ISO partial date: `2019-03-17`, `2019-03` or
 * `2019`. Day-first numeric dates (`17/03/2019`) are read the Indonesian way; a timestamp keeps
 * the calendar date as written, whatever its offset; a `Date` (an XLSX date cell) is read in UTC.
 */
export function parseDate(input: unknown, options: DateOptions = {}): Parsed<string | undefined> {
  if (isBlank(input)) return ok(undefined);
  if (input instanceof Date) return fromDateObject(input);
  if (typeof input === 'number') return fromNumber(input, String(input), options);
  if (typeof input !== 'string') return fail(`${quote(input)} is not a date`);
  return fromText(input.trim(), options);
}

/**
 * A date that must name its day (the status update date). A month or a year alone is refused
 * rather than padded: inventing a day would claim a precision the source does not have.
 */
export function parseIsoDate(
  input: unknown,
  options: DateOptions = {},
): Parsed<string | undefined> {
  const parsed = parseDate(input, options);
  if (!parsed.ok || parsed.value === undefined || parsed.value.length === 10) return parsed;
  return fail(`${quote(input)} has no day; a full date is needed`);
}

/** A programme year, 2000–2100, from a number or a numeric string. */
export function parseYear(input: unknown): Parsed<number | undefined> {
  if (isBlank(input)) return ok(undefined);
  const year = yearNumber(input);
  if (!Number.isInteger(year) || year < 1000 || year > 9999) {
    return fail(`${quote(input)} is not a year`);
  }
  if (year < minProgrammeYear || year > maxYear) {
    return fail(`${quote(input)} is not a year between ${minProgrammeYear} and ${maxYear}`);
  }
  return ok(year);
}

// --- internal ---

function yearNumber(input: unknown): number {
  if (typeof input === 'number') return input;
  if (typeof input === 'string' && /^\d+$/.test(input.trim())) return Number(input.trim());
  return NaN;
}

function fromText(text: string, options: DateOptions): Parsed<string | undefined> {
  if (numberPattern.test(text)) return fromNumber(Number(text), text, options);
  const iso = isoPattern.exec(text);
  if (iso) return calendarDate(text, Number(iso[1]), Number(iso[3]), optionalNumber(iso[4]));
  const timestamp = timestampPattern.exec(text);
  if (timestamp) {
    return calendarDate(text, Number(timestamp[1]), Number(timestamp[2]), Number(timestamp[3]));
  }
  const dayFirst = dayFirstPattern.exec(text);
  if (dayFirst) {
    return calendarDate(text, Number(dayFirst[4]), Number(dayFirst[3]), Number(dayFirst[1]));
  }
  return fromWords(text);
}

/** `17 Maret 2019`, `Maret 2019`, `17-Mar-2019`, `March 17, 2019`, `Senin, 17 Maret 2019`. */
function fromWords(text: string): Parsed<string> {
  const words = text
    .toLowerCase()
    .split(/[\s,./-]+/)
    .filter((word) => word !== '' && !weekdayWords.has(word));
  const [first = '', second = '', third] = words;
  const isYear = (word: string | undefined) => word !== undefined && /^\d{4}$/.test(word);
  const isDay = (word: string) => /^\d{1,2}$/.test(word);
  const month = (word: string) => monthNumber(word) ?? NaN;
  if (words.length === 2 && isYear(second) && monthNumber(first)) {
    return calendarDate(text, Number(second), month(first));
  }
  if (words.length === 3 && isYear(third) && isDay(first) && monthNumber(second)) {
    return calendarDate(text, Number(third), month(second), Number(first));
  }
  if (words.length === 3 && isYear(third) && isDay(second) && monthNumber(first)) {
    return calendarDate(text, Number(third), month(first), Number(second));
  }
  return fail(`${quote(text)} is not a date`);
}

function fromNumber(value: number, raw: unknown, options: DateOptions): Parsed<string> {
  if (Number.isInteger(value) && value >= minYear && value <= maxYear) return ok(String(value));
  if (options.excelSerials && value > maxYear) {
    return fromDateObject(new Date(excelEpoch + Math.floor(value) * dayMs), raw);
  }
  if (Number.isInteger(value) && value >= 1000 && value <= 9999) return calendarDate(raw, value);
  return fail(`${quote(raw)} is not a date`);
}

function fromDateObject(date: Date, raw: unknown = date): Parsed<string> {
  if (Number.isNaN(date.getTime())) return fail('the date cell holds an invalid date');
  return calendarDate(raw, date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

function optionalNumber(text: string | undefined): number | undefined {
  return text === undefined ? undefined : Number(text);
}

/** The ISO partial date, once year, month and day are checked against the calendar. */
function calendarDate(raw: unknown, year: number, month?: number, day?: number): Parsed<string> {
  if (year < minYear || year > maxYear) {
    return fail(`${quote(raw)} is outside the years ${minYear}–${maxYear}`);
  }
  const yyyy = String(year);
  if (month === undefined) return ok(yyyy);
  if (!(month >= 1 && month <= 12)) return fail(`${quote(raw)} is not a valid calendar date`);
  const mm = `${yyyy}-${String(month).padStart(2, '0')}`;
  if (day === undefined) return ok(mm);
  if (day < 1 || day > daysInMonth(year, month)) {
    return fail(`${quote(raw)} is not a valid calendar date`);
  }
  return ok(`${mm}-${String(day).padStart(2, '0')}`);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
