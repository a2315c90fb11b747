import type { Locale } from './locales.ts';
import { translator, type MessageKey } from './t.ts';

/**
 * The reasons the ingest writes (in English, into its report and the history) read back into
 * a message of the page's language: each known shape of reason with the values it carries
 * (a quoted value, a row, a limit), which the message puts back in place. A reason of no known
 * shape is shown as the ingest wrote it.
 */
export function localiseReason(reason: string, locale: Locale): string {
  if (locale === 'en') return reason;
  for (const [pattern, key, names] of shapes) {
    const found = pattern.exec(reason);
    if (found === null) continue;
    const values = Object.fromEntries(names.map((name, index) => [name, found[index + 1] ?? '']));
    return translator(locale)(key, values);
  }
  return reason;
}

// --- internal ---

/** A quoted value as the normalisers quote it (`"20019"`, JSON escapes included). */
const quoted = '("(?:[^"\\\\]|\\\\.)*")';

function shape(source: string, key: MessageKey, names: readonly string[] = []) {
  return [new RegExp(`^${source.replaceAll('VALUE', quoted)}$`, 's'), key, names] as const;
}

/** Longer shapes before the shorter ones they begin like (`… is not a year between …`). */
const shapes = [
  shape('is missing', 'reason.missing'),
  shape('is empty', 'reason.empty'),
  shape('VALUE is not a year between (\\d+) and (\\d+)', 'reason.yearBetween', [
    'value',
    'min',
    'max',
  ]),
  shape('VALUE is not a year', 'reason.notYear', ['value']),
  shape('VALUE has no day; a full date is needed', 'reason.noDay', ['value']),
  shape('the date cell holds an invalid date', 'reason.invalidDateCell'),
  shape('VALUE is outside the years (\\d+)–(\\d+)', 'reason.outsideYears', ['value', 'min', 'max']),
  shape('VALUE is not a valid calendar date', 'reason.notCalendarDate', ['value']),
  shape('VALUE is not a date', 'reason.notDate', ['value']),
  shape('VALUE is not an http\\(s\\) link', 'reason.notHttpLink', ['value']),
  shape('VALUE is not a link', 'reason.notLink', ['value']),
  shape('VALUE has no SDG number', 'reason.noSdg', ['value']),
  shape('(.+) is not an SDG number \\((\\d+)–(\\d+)\\)', 'reason.notSdgNumber', [
    'value',
    'min',
    'max',
  ]),
  shape('VALUE is not an SDG', 'reason.notSdg', ['value']),
  shape('VALUE does not say which cluster', 'reason.ambiguousCluster', ['value']),
  shape('VALUE is not a cluster', 'reason.notCluster', ['value']),
  shape('cannot be told for VALUE; taken as lembaga', 'reason.clusterFallback', ['agency']),
  shape('VALUE is not a number', 'reason.notNumber', ['value']),
  shape('VALUE is not (?:a known|an) award level', 'reason.notAward', ['value']),
  shape('VALUE is not a stage', 'reason.notStage', ['value']),
  shape('VALUE is not a sustainability status', 'reason.notStatus', ['value']),
  shape('VALUE is not digital or non-digital', 'reason.notDigital', ['value']),
  shape('VALUE is not a known region; kept as written', 'reason.unknownRegion', ['value']),
  shape('VALUE is not a Kemendagri code in (\\d+)', 'reason.notRegionCodeIn', ['value', 'year']),
  shape('VALUE is not a Kemendagri code', 'reason.notRegionCode', ['value']),
  shape(
    'VALUE is (.+) in the coding of (\\d+), but VALUE is (.+); taken by the name',
    'reason.regionConflictIn',
    ['code', 'coded', 'year', 'names', 'named'],
  ),
  shape('VALUE is (.+), but VALUE is (.+); taken by the name', 'reason.regionConflict', [
    'code',
    'coded',
    'names',
    'named',
  ]),
  shape('VALUE is not in the sector mapping', 'reason.notInSectors', ['value']),
  shape('the file could not be read after row (\\d+) \\((.*)\\)', 'reason.fileBroken', [
    'row',
    'why',
  ]),
  shape('the line is not valid JSON', 'reason.lineNotJson'),
  shape('the line is not a JSON object', 'reason.lineNotObject'),
  shape('the item is not a JSON object', 'reason.itemNotObject'),
  shape('invalid JSON \\((.*)\\)', 'reason.invalidJson', ['why']),
  shape('no header row with (.+) found', 'reason.noHeader', ['marker']),
  shape('has (\\d+) columns, more than the limit of (\\d+)', 'reason.tooManyColumns', [
    'count',
    'limit',
  ]),
  shape('column (\\d+) holds more than (\\d+) characters, the limit', 'reason.cellTooLong', [
    'column',
    'limit',
  ]),
  shape('has a cell beyond column (\\d+), the limit', 'reason.cellBeyond', ['limit']),
  shape('the row number (.+) is not a whole number from 1 to (\\d+)', 'reason.badRowNumber', [
    'value',
    'max',
  ]),
  shape('the line is longer than (\\d+) bytes, the limit', 'reason.lineTooLong', ['limit']),
  shape('nests deeper than (\\d+) levels, the limit', 'reason.tooDeep', ['limit']),
  shape('the shared-string table has more than (\\d+) entries, the limit', 'reason.sharedStrings', [
    'limit',
  ]),
  shape('the page is larger than (\\d+) bytes', 'reason.pageTooLarge', ['limit']),
  shape('the page is not valid JSON', 'reason.pageNotJson'),
  shape('the page has no "data" array', 'reason.pageNoData'),
  shape(
    'the page repeats page (\\d+) \\(the server ignores \\?page\\): paging stopped',
    'reason.pageRepeats',
    ['page'],
  ),
  shape('the cap of (\\d+) pages is reached: paging stopped', 'reason.pageCap', ['limit']),
  shape('only http and https are fetched', 'reason.httpOnly'),
  shape('the page could not be fetched \\((.*)\\)', 'reason.pageNotFetched', ['why']),
  shape("the URL's pages took longer than (.+) s", 'reason.urlTimeout', ['seconds']),
  shape('is not valid UTF-8: the bytes that are not were lost \\(U\\+FFFD\\)', 'reason.notUtf8'),
  shape('control characters removed \\((\\d+)\\)', 'reason.controlsRemoved', ['count']),
  shape('bidirectional override characters removed \\((\\d+)\\)', 'reason.bidiRemoved', ['count']),
  shape('is a symbolic link: not followed, not read', 'reason.symlink'),
  shape('is not a regular file: not read', 'reason.notRegular'),
  shape('is not a (.+) file: not read', 'reason.otherKind', ['endings']),
];

/** A harvest's last error (`page 3: <reason>`, or a job's error) in the page's language. */
export function localiseHarvestError(error: string, locale: Locale): string {
  const found = /^page (\d+): (.*)$/s.exec(error);
  if (found === null) return localiseReason(error, locale);
  const [, page = '', reason = ''] = found;
  return translator(locale)('ingest.harvest.pageError', {
    page,
    reason: localiseReason(reason, locale),
  });
}
