/**
 * One coherent account of an innovation: the title, every sentence and the unit that runs it
 * come from the same story, so a bus title never gets a text about damaged roads.
 */
export interface Story {
  /** True when the innovation is an app or a system: its title may say so, its text does. */
  digital: boolean;
  /** Title = head + object + tail, e.g. `Gerakan` + `Cegah Stunting` + `Berbasis Desa`. */
  heads: readonly string[];
  objects: readonly string[];
  tails: readonly string[];
  /**
   * The units of a regional government that run it (`Puskesmas` and `RSUD` get a place
   * name); the theme's when absent.
   */
  opd?: readonly string[];
  /** Told only of a regional government (village road works), never of a national agency. */
  regionalOnly?: boolean;
  /** Clauses in Indonesian without a final full stop; one of each is picked. */
  problem: readonly string[];
  goal: readonly string[];
  action: readonly string[];
  /**
   * Two results, with figures in the notation of `figures.ts` (`{a:30-90}`, `{b<a}`): the
   * first is quoted in the summary and the impact, the second in the impact and benefits.
   */
  results: readonly [string, string];
}

/**
 * A subject innovations can be about: its sector, SDGs and category labels, and the stories
 * told under it.
 */
export interface Theme {
  key: string;
  /** A sector slug of `data/taxonomy/category-sectors.csv`. */
  sector: string;
  sdgs: readonly number[];
  /** The units of a regional government that run its stories, unless a story names its own. */
  opd: readonly string[];
  /**
   * Labels of `category-sectors.csv` (any programme) an innovation of this theme is filed
   * under, best first; where a programme's year has none of them, a general label is used.
   */
  categories: readonly string[];
  stories: readonly Story[];
}
