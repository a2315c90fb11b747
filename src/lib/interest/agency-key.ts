/**
 * The identity of a registering agency for one innovation: its name folded and where it is.
 * "Dinas Kesehatan" of two regencies are two agencies; the same agency typed twice is one, so
 * it never counts twice (and a second registration of it is a claim, never a takeover).
 */
export function agencyKey(agency: string, provinceCode: string, regencyCode?: string): string {
  return `${regencyCode ?? provinceCode}|${foldAgencyName(agency)}`;
}

/**
 * A name folded for comparison: case, spacing and punctuation go, accents on Latin letters go
 * (`Dinas Kesehatan Kota Padang!!` and `DINAS KESEHATAN KOTA PADANG` are one), and every other
 * letter and digit of any script is kept with its marks, so names in Javanese script or
 * Chinese never fold to one key. For an ASCII name it is the URL slug (`slugify`), so keys
 * stored before are kept. A name without a letter folds to ''.
 */
export function foldAgencyName(name: string): string {
  const folded = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/(?<=\p{Script=Latin})\p{M}+/gu, '')
    .normalize('NFC')
    .replace(/['\u2018\u2019`.]/g, '')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return hasLetter(folded) ? folded : '';
}

/** Whether a name has a letter of any script (`???` and `123` have none). */
export function hasLetter(name: string): boolean {
  return /\p{L}/u.test(name);
}
