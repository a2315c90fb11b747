/**
 * A name folded for comparison: case, spacing and punctuation go, accents on Latin letters go
 * (`Dinas Kesehatan Kota Padang!!` and `DINAS KESEHATAN KOTA PADANG` are one), and every other
 * letter and digit of any script is kept with its marks, so names in Javanese script or
 * Chinese never fold to one key. For an ASCII name it is the URL slug (`slugify`). A name
 * without a letter folds to ''.
 */
export function foldAgencyName(name: string): string {
  const folded = foldText(name);
  return hasLetter(folded) ? folded : '';
}

/** The fold of `foldAgencyName` whether or not there is a letter (`2` → `2`). */
export function foldText(name: string): string {
  // Most names are plain ASCII: the same fold without the Unicode passes (3× faster).
  if (PRINTABLE_ASCII.test(name)) {
    return name
      .toLowerCase()
      .replace(/['`.]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  }
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/['\u2018\u2019`.]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Whether a name has a letter of any script (`???` and `123` have none). */
export function hasLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}
