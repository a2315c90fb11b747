/**
 * Words that only hold a question together (`cara mengurus akta kelahiran`, `bagaimana
 * membuat KTP`): no innovation is about them, yet Meilisearch would demand them. They are
 * dropped from a query that has other words, and kept when they are all it has, so a search
 * is never emptied by them. Function words proper are `language/stopwords.ts` (dropped
 * everywhere, the index too); these carry meaning in a title (`Cara Cerdas …`) and stay
 * searchable there.
 */
export const questionGlueWords: ReadonlySet<string> = new Set([
  // what every record is: an innovation, a programme
  'inovasi',
  'program',
  'cara',
  'caranya',
  'bagaimana',
  'gimana',
  'gmn',
  'apa',
  'apakah',
  'mengapa',
  'kenapa',
  'dimana',
  'mana',
  'kapan',
  'siapa',
  'berapa',
  'mengurus',
  'urus',
  'ngurus',
  'contoh',
  'tentang',
  'mohon',
  'tolong',
  'tahu',
  'mau',
  'ingin',
  // English question glue, for queries typed in English
  'how',
  'to',
  'what',
  'where',
  'the',
  'a',
  'an',
  'of',
  'for',
  'in',
  'and',
  'get',
  'my',
  'is',
  'find',
]);

/**
 * Verbs that are glue only right after a question word or other glue (`cara daftar …`,
 * `bagaimana membuat KTP`): alone they can be the subject (`daftar tanah`, `pembuatan`).
 */
export const questionVerbs: ReadonlySet<string> = new Set([
  'daftar',
  'mendaftar',
  'membuat',
  'bikin',
  'mendapatkan',
  'memperoleh',
  'dapatkan',
  'mencari',
  'cari',
  'menggunakan',
  'pakai',
  'get',
  'apply',
  'make',
  'register',
]);
