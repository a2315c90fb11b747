import type { Agency } from './agencies.ts';
import { randomDay, type Day } from './dates.ts';
import type { Regions } from './regions.ts';
import type { Rng } from './rng.ts';
import { narrative, type Narrative } from './text.ts';
import { makeTitle, titleKeys, type Title } from './titles.ts';
import { youtubeLink } from './mess.ts';
import { contact, person } from './vocab/people.ts';
import type { Theme } from './vocab/theme.ts';

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
  startedOn: Day;
  digital: boolean;
  sdgs: readonly number[];
  innovators: readonly string[];
  contact: string;
  /** A working link, or empty. */
  video: string;
}

/** Facts of an innovation that must be exactly so (real ones, near-misses). */
export interface FixedFacts {
  agency: Agency;
  theme: Theme;
  title: Title;
  unit: string;
  opd: string;
  summary: string;
  startedOn: Day;
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

  const build = (rng: Rng, facts: Omit<FixedFacts, 'summary'>): Concept => {
    const { agency, theme, title, unit, startedOn } = facts;
    const place =
      agency.regency?.name ?? (agency.province ? `Provinsi ${agency.province.name}` : '');
    const text = narrative(rng, {
      title,
      theme,
      runner: unit || agency.name,
      place:
        agency.cluster === 'bumd' || agency.cluster === 'provinsi' || agency.regency ? place : '',
      startedOn,
      regulation: agency.regulation,
    });
    const healthUnit = theme.sector === 'kesehatan';
    const people = Array.from(
      {
        length: rng.weighted([
          [1, 4],
          [2, 3],
          [3, 2],
          [4, 1],
        ]),
      },
      () => person(rng, healthUnit),
    );
    next += 1;
    return {
      ...facts,
      id: next,
      narrative: text,
      innovators: people.map((someone) => someone.name),
      contact: contact(rng, people[0] ?? person(rng, healthUnit), agency.domain),
      video: rng.chance(0.55) ? youtubeLink(rng) : '',
    };
  };

  return {
    make: (rng, agency, firstYear) => {
      let theme = rng.pick(agency.themes);
      let title = makeTitle(rng, theme);
      for (let attempt = 0; !claim(agency.scope, title, false); attempt += 1) {
        if (attempt > 50) throw new Error(`no free title left for ${agency.name}`);
        theme = rng.pick(agency.themes);
        title = makeTitle(rng, theme);
      }
      const { unit, opd } = unitOf(rng, agency, theme, regions);
      const sdgs = rng.shuffle(theme.sdgs).slice(0, rng.int(1, theme.sdgs.length));
      return build(rng, {
        agency,
        theme,
        title,
        unit,
        opd,
        startedOn: randomDay(rng, Math.max(2008, firstYear - 4), firstYear - 1),
        sdgs: rng.chance(0.15) ? [...sdgs, 17] : sdgs,
        digital: rng.chance(theme.digital),
      });
    },
    fixed: (rng, facts) => {
      claim(facts.agency.scope, facts.title, true);
      const concept = build(rng, facts);
      return { ...concept, narrative: { ...concept.narrative, summary: facts.summary } };
    },
    count: () => next,
  };
}

/** The unit running a theme in an agency: `Puskesmas Sempu`, `Dinas Kesehatan Kota Padang`. */
function unitOf(
  rng: Rng,
  agency: Agency,
  theme: Theme,
  regions: Regions,
): { unit: string; opd: string } {
  if (
    agency.cluster !== 'kabupaten' &&
    agency.cluster !== 'kota' &&
    agency.cluster !== 'provinsi'
  ) {
    const unit = agency.units.length > 0 && rng.chance(0.85) ? rng.pick(agency.units) : '';
    return { unit, opd: unit || agency.name };
  }
  const { regency, province } = agency;
  const place = regency ? regency.name : `Provinsi ${province?.name ?? ''}`;
  const opd = rng.pick(theme.opd);
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
