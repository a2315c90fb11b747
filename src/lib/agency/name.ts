import { agencyAbbreviations } from './abbreviations.ts';
import { foldAgencyName } from './fold.ts';
import { expandWords, joinWords, wordsOf, type Word } from './words.ts';

/** An agency name folded to one form: the body it belongs to and the unit it names. */
export interface AgencyName {
  /** The body: `Pemerintah Kabupaten Sleman`, `Kementerian Kesehatan`. */
  agency: string;
  /** The service unit, with its region when it has one: `Dinas Kesehatan Kabupaten Sleman`. */
  unit?: string;
  /** The region the name is of, when it names one: `Kabupaten Sleman`. */
  region?: string;
}

/**
 * One name for every spelling of an agency or unit: short forms are written out through the
 * table (`Dinkes Kab. Sleman` → `Dinas Kesehatan Kabupaten Sleman`), a region's own name alone
 * or with its government's words is the government (`Pemkab Sleman`, `Kabupaten Sleman`,
 * `Sleman` where Sleman is the place → `Pemerintah Kabupaten Sleman`), and a regional unit
 * carries its region, so `Dinas Kesehatan` of Sleman is `Dinas Kesehatan Kabupaten Sleman`.
 *
 * `place` is where the name is known to be (`Kabupaten Sleman`, `Kota Padang`, `Provinsi
 * Jawa Barat`): a name that ends in the place's own name (`Dinkes Sleman`) takes its official
 * name, one that names no region takes the place. A name that names another kind of region
 * (`Kabupaten Bogor` where the place is Kota Bogor) keeps its own. A name with no region and
 * no place is a central body or a name of its own (`Kementerian Kesehatan`).
 */
export function canonicalAgency(name: string, place?: string): AgencyName {
  const folded = _fold(name, place === undefined ? undefined : _placeOf(place));
  return {
    agency: joinWords(folded.agency),
    ...(folded.unit !== undefined && { unit: joinWords(folded.unit) }),
    ...(folded.region !== undefined && { region: joinWords(folded.region) }),
  };
}

/**
 * The key of what a name names (its unit, else its body), the same for every spelling:
 * `Dinkes Kab. Sleman` and `Dinas Kesehatan Kabupaten Sleman` are one. Words that tell nothing
 * apart go (`dan`, `Republik Indonesia`, `RI`, `(Persero)`, `Tbk`); letters of any script are
 * kept (`foldAgencyName`). A name without a letter gives ''.
 */
export function agencyIdentity(name: string, place?: string): string {
  return namedAgency(name, place).key;
}

/**
 * What a name names (its unit, else its body) in its one form, with its key: how an agency's
 * account is named and keyed (`Dinkes Kab. Sleman` → `Dinas Kesehatan Kabupaten Sleman`).
 * The form folds to itself, so naming it again gives the same key.
 */
export function namedAgency(name: string, place?: string): { name: string; key: string } {
  const folded = _fold(name, place === undefined ? undefined : _placeOf(place));
  return _named(folded.unit ?? folded.agency);
}

/** What an innovation record says of who runs it. */
export interface AgencyFields {
  agency: string;
  unit?: string | undefined;
}

/**
 * The bodies a record names, each once in its one form with its key: its agency, the unit its
 * agency field names (`Dinas Kesehatan Kota Padang` is the Pemerintah Kota Padang's), and its
 * unit, placed in the agency's region (`Dinas Kesehatan` of `Pemerintah Kabupaten Sleman` is
 * `Dinas Kesehatan Kabupaten Sleman`). A unit of a central body keeps its own name.
 */
export function agenciesOf(record: AgencyFields): { name: string; key: string }[] {
  const agency = _fold(record.agency, undefined);
  const region = agency.region === undefined ? undefined : _placeOfWords(agency.region);
  const unit = record.unit === undefined ? undefined : _fold(record.unit, region);
  const found = new Map<string, string>();
  for (const words of [agency.agency, agency.unit, unit?.unit ?? unit?.agency]) {
    if (words === undefined) continue;
    const { name, key } = _named(words);
    if (key !== '' && !found.has(key)) found.set(key, name);
  }
  return [...found].map(([key, name]) => ({ name, key }));
}

/** Raised when the folding rules (this file, `words.ts`, `fold.ts`) change what keys they make. */
const RULES_REVISION = 1;

/**
 * A fingerprint of how names fold (the table and the rules' revision): stored agency keys
 * made under another one are made again (see the portal's start).
 */
export const agencyFoldVersion = `agency-keys-${_fnv1a(JSON.stringify([RULES_REVISION, agencyAbbreviations]))}`;

// --- internal ---

const LEVELS = new Set(['kabupaten', 'kota', 'provinsi']);
/** Words between a level and the region's name (`Kota Administrasi Jakarta Selatan`). */
const FILLERS = new Set(['administrasi', 'adm']);
const GOVERNMENT = new Set(['pemerintah', 'daerah']);
const PEMERINTAH: Word = { text: 'Pemerintah', key: 'pemerintah' };
const CONNECTORS = new Set(['dan', 'di', 'ke', 'dari', 'untuk', 'pada', 'yang', 'dengan', 'atau']);
const NOISE = new Set(['dan', 'ri', 'persero', 'tbk']);
/** The longest official region name, in words, and a word more for one typed apart. */
const LONGEST_PLACE = 6;

interface Place {
  level: string | undefined;
  /** The name's words without the level and fillers, joined without spaces (`gunungkidul`). */
  compact: string;
  words: Word[];
}

interface Folded {
  agency: Word[];
  unit?: Word[];
  region?: Word[];
}

/** `canonicalAgency` on words: what the public functions share. */
function _fold(name: string, known: Place | undefined): Folded {
  const words = expandWords(wordsOf(name)).map(_capitalised);
  const start = known === undefined ? undefined : _placeStart(words, known);
  if (known !== undefined && start !== undefined) {
    return _regional(words.slice(0, start), known.words);
  }
  const own = _ownRegionStart(words);
  if (own !== undefined) return _regional(words.slice(0, own), words.slice(own));
  if (known !== undefined) return _regional(words, known.words);
  return { agency: words };
}

function _placeOf(place: string): Place {
  return _placeOfWords(expandWords(wordsOf(place)).map(_capitalised));
}

function _placeOfWords(words: Word[]): Place {
  const level = LEVELS.has(words[0]?.key ?? '') ? words[0]?.key : undefined;
  return { level, compact: _compact(words.slice(level === undefined ? 0 : 1)), words };
}

function _compact(words: readonly Word[]): string {
  return words
    .filter((word) => !FILLERS.has(word.key))
    .map((word) => word.key)
    .join('');
}

/**
 * Where the place starts at the end of the name (with its level word and fillers before it),
 * or undefined when the name does not end in it or names another kind of region there.
 */
function _placeStart(words: readonly Word[], place: Place): number | undefined {
  for (let length = 1; length <= Math.min(LONGEST_PLACE, words.length); length++) {
    let start = words.length - length;
    if (_compact(words.slice(start)) !== place.compact) continue;
    while (start > 0 && FILLERS.has(words[start - 1]?.key ?? '')) start -= 1;
    const before = words[start - 1]?.key;
    if (before === undefined || !LEVELS.has(before)) return start;
    return before === place.level || place.level === undefined ? start - 1 : undefined;
  }
  return undefined;
}

/** The last level word with a name after it (`… Kota Padang`), never `Kota dan …`. */
function _ownRegionStart(words: readonly Word[]): number | undefined {
  for (let at = words.length - 2; at >= 0; at--) {
    const next = words[at + 1]?.key ?? '';
    if (LEVELS.has(words[at]?.key ?? '') && !CONNECTORS.has(next)) return at;
  }
  return undefined;
}

/** A name split at its region: the government alone, or a unit of it. */
function _regional(head: readonly Word[], region: readonly Word[]): Folded {
  const agency = [PEMERINTAH, ...region];
  if (head.every((word) => GOVERNMENT.has(word.key))) return { agency, region: [...region] };
  return { agency, unit: [...head, ...region], region: [...region] };
}

function _named(words: readonly Word[]): { name: string; key: string } {
  return { name: joinWords(words), key: _keyOf(words) };
}

function _keyOf(words: readonly Word[]): string {
  const kept = words.filter(
    (word, i) =>
      !NOISE.has(word.key) &&
      !(word.key === 'republik' && words[i + 1]?.key === 'indonesia') &&
      !(word.key === 'indonesia' && words[i - 1]?.key === 'republik'),
  );
  return foldAgencyName(kept.map((word) => word.key).join(' '));
}

/** A word typed all in lower case starts with a capital, but for the small joining words. */
function _capitalised(word: Word): Word {
  if (word.text !== word.text.toLowerCase() || CONNECTORS.has(word.key)) return word;
  return { ...word, text: word.text.charAt(0).toUpperCase() + word.text.slice(1) };
}

/** FNV-1a, 32 bits, in hex: a short fingerprint that needs no crypto (src/lib runs anywhere). */
function _fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}
