/**
 * A URL slug of a name: lower case ASCII words joined by `-` (`Daerah Istimewa Yogyakarta` →
 * `daerah-istimewa-yogyakarta`). Accents are dropped rather than the letters they sit on;
 * apostrophes and dots join (`Ma'ruf` → `maruf`, `D.K.I.` → `dki`); anything else that is not a
 * letter or a digit separates words, so `Kota Bau-Bau` and `Kota Bau Bau` give the same slug.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
