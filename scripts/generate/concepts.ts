import type { Agency, AgencyWork } from './agencies.ts';
import { randomDay, type Day } from './dates.ts';
import type { Regions } from './regions.ts';
import type { Rng } from './rng.ts';
import { narrative, summaryOnly, type Narrative } from './text.ts';
import { makeTitle, titleKeys, type Title } from './titles.ts';
import { youtubeLink } from './mess.ts';
import { contact, person } from './vocab/people.ts';
import type { Story, Theme } from './vocab/theme.ts';

/** One innovation: what every source record of it is written from. */
export interface Concept {
  /** Ground-truth identity: records of one concept are one innovation after merging. */
  id: number;
  agency: Agency;
  theme: Theme;
  title: Title;
  /** KIPP `Unit Penyelenggara`: the unit with its place, or empty. */
  unit: string;
  /** IGA `opd` / InoLAN `kld`: the unit as a regional government names it. */
  opd: string;
  narrative: Narrative;
  /** Unknown for the real innovations: no source gives the day. */
  startedOn?: Day;
  digital: boolean;
  sdgs: readonly number[];
  innovators: readonly string[];
  contact: string;
  /** A working link, or empty. */
  video: string;
}

/**
 * Facts of an innovation that must be exactly so (real ones, near-misses). With a story, the
 * sections are told from it around the given summary; without one, the summary is all the
 * text there is, and nobody is named as its innovator.
 */
export interface FixedFacts {
  agency: Agency;
  theme: Theme;
  story?: Story;
  title: Title;
  unit: string;
  opd: string;
  summary: string;
  startedOn?: Day;
  sdgs: readonly number[];
  digital: boolean;
}

export interface ConceptFactory {
  /** A new innovation of `agency`, first submitted in `firstYear`, with a title no other of its scope has. */
  make(rng: Rng, agency: Agency, firstYear: number): Concept;
  fixed(rng: Rng, facts: FixedFacts): Concept;
  /** How many concepts exist: the merged total when every one appears in a valid record. */
  count(): number;
}

const regionalClusters = new Set(['provinsi', 'kabupaten', 'kota', 'bumd']);
const regionalGovernments = new Set(['provinsi', 'kabupaten', 'kota']);

/**
 * `unique: false` drops the title registry, which grows with every concept: benchmark sets of
 * a million records are generated in small memory and accept the odd accidental twin.
 */
export function createConceptFactory(regions: Regions, options = { unique: true }): ConceptFactory {
  const titlesByScope = new Map<string, Set<string>>();
  let next = 0;

  const claim = (scope: string, title: Title, force: boolean): boolean => {
    if (!options.unique) return true;
    const taken = titlesByScope.get(scope) ?? new Set<string>();
    const keys = titleKeys(title);
    if (!force && keys.some((key) => taken.has(key))) return false;
    for (const key of keys) taken.add(key);
    titlesByScope.set(scope, taken);
    return true;
  };

  const people = (rng: Rng, theme: Theme) => {
    const healthUnit = theme.sector === 'kesehatan';
    const count = rng.weighted([
      [1, 4],
      [2, 3],
      [3, 2],
      [4, 1],
    ]);
    return Array.from({ length: count }, () => person(rng, healthUnit));
  };

  const build = (
    rng: Rng,
    facts: Omit<FixedFacts, 'summary' | 'story' | 'startedOn'>,
    story: Story,
    startedOn: Day,
  ): Concept => {
    const { agency, unit } = facts;
    const place =
      agency.regency?.name ?? (agency.province ? `Provinsi ${agency.province.name}` : '');
    const regional = regionalClusters.has(agency.cluster);
    const text = narrative(rng, {
      title: facts.title,
      story,
      runner: unit || agency.name,
      place: regional ? place : '',
      regional,
      startedOn,
      regulation: agency.regulation,
    });
    const innovators = people(rng, facts.theme);
    next += 1;
    return {
      ...facts,
      id: next,
      narrative: text,
      startedOn,
      innovators: innovators.map((someone) => someone.name),
      contact: contact(rng, innovators[0] ?? person(rng, false), agency.domain),
      video: rng.chance(0.55) ? youtubeLink(rng) : '',
    };
  };

  return {
    make: (rng, agency, firstYear) => {
      const regionalGovernment = regionalGovernments.has(agency.cluster);
      const storiesOf = (theme: Theme): readonly Story[] =>
        regionalGovernment ? theme.stories : theme.stories.filter((s) => !s.regionalOnly);
      let work = rng.pick(agency.work);
      let story = rng.pick(storiesOf(work.theme));
      let title = makeTitle(rng, story);
      for (let attempt = 0; !claim(agency.scope, title, false); attempt += 1) {
        if (attempt > 50) throw new Error(`no free title left for ${agency.name}`);
        work = rng.pick(agency.work);
        story = rng.pick(storiesOf(work.theme));
        title = makeTitle(rng, story);
      }
      const { theme } = work;
      const { unit, opd } = unitOf(rng, agency, work, story, regions);
      const sdgs = rng.shuffle(theme.sdgs).slice(0, rng.int(1, theme.sdgs.length));
      return build(
        rng,
        {
          agency,
          theme,
          title,
          unit,
          opd,
          sdgs: rng.chance(0.15) ? [...sdgs, 17] : sdgs,
          digital: story.digital,
        },
        story,
        randomDay(rng, Math.max(2008, firstYear - 4), firstYear - 1),
      );
    },
    fixed: (rng, facts) => {
      claim(facts.agency.scope, facts.title, true);
      const { story, startedOn, summary, ...known } = facts;
      if (story && startedOn) {
        const concept = build(rng, known, story, startedOn);
        return { ...concept, narrative: { ...concept.narrative, summary } };
      }
      next += 1;
      return {
        ...known,
        id: next,
        narrative: summaryOnly(summary),
        innovators: [],
        contact: contact(rng, person(rng, false), facts.agency.domain),
        video: '',
      };
    },
    count: () => next,
  };
}

/** The unit running a story in an agency: `Puskesmas Sempu`, `Dinas Kesehatan Kota Padang`. */
function unitOf(
  rng: Rng,
  agency: Agency,
  work: AgencyWork,
  story: Story,
  regions: Regions,
): { unit: string; opd: string } {
  if (
    agency.cluster !== 'kabupaten' &&
    agency.cluster !== 'kota' &&
    agency.cluster !== 'provinsi'
  ) {
    const unit = work.units.length > 0 && rng.chance(0.85) ? rng.pick(work.units) : '';
    return { unit, opd: unit || agency.name };
  }
  const { regency, province } = agency;
  const place = regency ? regency.name : `Provinsi ${province?.name ?? ''}`;
  const picked = rng.pick(story.opd ?? work.theme.opd);
  // A province runs no Puskesmas: its health office does.
  const opd = picked === 'Puskesmas' && !regency ? 'Dinas Kesehatan' : picked;
  const districts = regency ? regions.districtsOf(regency.code) : [];
  if (opd === 'Puskesmas' && districts.length > 0) {
    const unit = `Puskesmas ${rng.pick(districts)}`;
    return { unit, opd: unit };
  }
  if (opd === 'RSUD' || opd === 'Puskesmas') {
    const unit = regency ? `RSUD ${regency.bare}` : `RSUD ${place}`;
    return { unit, opd: unit };
  }
  return { unit: `${opd} ${place}`, opd };
}
