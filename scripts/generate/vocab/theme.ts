/**
 * A subject an innovation can be about: the words its title, summary and sections are built
 * from, and the sector its category labels are picked by.
 */
export interface Theme {
  key: string;
  /** A sector slug of `data/taxonomy/category-sectors.csv`. */
  sector: string;
  sdgs: readonly number[];
  /** Chance the innovation is digital. */
  digital: number;
  /** The unit that runs it in a regional government; `Puskesmas` and `RSUD` get a place name. */
  opd: readonly string[];
  /** Title = head + object + tail, e.g. `Gerakan` + `Cegah Stunting` + `Terpadu`. */
  heads: readonly string[];
  objects: readonly string[];
  tails: readonly string[];
  /** Sentence parts, each a clause in Indonesian without a final full stop. */
  problem: readonly string[];
  goal: readonly string[];
  action: readonly string[];
  result: readonly string[];
}
