import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import type { Programme } from '../../src/lib/schema/enums.ts';
import type { AgencyPool } from './agencies.ts';
import type { Concept, ConceptFactory } from './concepts.ts';
import type { Rng } from './rng.ts';
import { fixedSpecs, type FixedSpec } from './vocab/fixed-specs.ts';
import { realTexts } from './vocab/real-texts.ts';
import type { Story, Theme } from './vocab/theme.ts';
import { themeOf } from './vocab/themes.ts';

/** One planted appearance of a fixed innovation in one programme and year. */
export interface FixedAppearance {
  concept: Concept;
  programme: Programme;
  year: number;
  /** KIPP Capaian; empty elsewhere. */
  result: string;
  /** The title as this record writes it. */
  title: string;
  /** KIPP `Provinsi` as the source writes it, for a regional agency. */
  province?: string;
}

/** What EXPECTED.md says about a fixed innovation and why it is there. */
export interface FixedInnovation {
  concept: Concept;
  why: string;
  appearances: FixedAppearance[];
}

/** A row of `data/real/innovations.tsv`. */
export interface RealRow {
  title: string;
  agency: string;
  unit_upp: string;
  province: string;
  year: string;
  award: string;
  programme: string;
  jippnas_id: string;
  source: string;
}

export const realInnovationsPath = fileURLToPath(
  new URL('../../data/real/innovations.tsv', import.meta.url),
);

export function readRealInnovations(path = realInnovationsPath): RealRow[] {
  return parse(readFileSync(path, 'utf8'), {
    columns: true,
    delimiter: '\t',
    quote: false,
    skip_empty_lines: true,
  });
}

/**
 * The real innovations of `data/real/innovations.tsv` first, then the older fixed ones and
 * the near-misses of `fixed-specs.ts`.
 */
export function fixedInnovations(
  rng: Rng,
  factory: ConceptFactory,
  agencies: AgencyPool,
): FixedInnovation[] {
  const specs = [...readRealInnovations().map(realSpec), ...fixedSpecs];
  return specs.map((spec) => {
    const theme = themeOf(spec.theme);
    const concept = factory.fixed(rng, {
      agency: agencies.byName(spec.agency),
      theme,
      ...(spec.story !== undefined && { story: storyTelling(theme, spec.story) }),
      title: spec.title,
      unit: spec.unit,
      opd: spec.opd ?? (spec.unit || spec.agency),
      summary: spec.summary,
      ...(spec.started && {
        startedOn: { year: spec.started[0], month: spec.started[1], day: spec.started[2] },
      }),
      sdgs: spec.sdgs,
      digital: spec.digital,
    });
    const appearances = spec.seen.map(([programme, year, result, title]) => ({
      concept,
      programme,
      year,
      result,
      title,
      ...(spec.province && { province: spec.province }),
    }));
    return { concept, why: spec.why, appearances };
  });
}

/**
 * Where the sample files a real innovation: the KIPP year of its award; a UNPSA or JIPPNas
 * one as a registration without award, in the KIPP of its year (2025 for 2024, when KIPP did
 * not run) or, with no year given, in 2023.
 */
export function realAppearance(row: RealRow): { year: number; result: string } {
  if (row.programme === 'KIPP') return { year: Number(row.year), result: kippResult(row.award) };
  if (row.year === '') return { year: 2023, result: '' };
  return { year: row.year === '2024' ? 2025 : Number(row.year), result: '' };
}

// --- internal ---

function realSpec(row: RealRow): FixedSpec {
  const text = realTexts[row.title];
  if (!text) throw new Error(`no text for the real innovation ${row.title}`);
  const { year, result } = realAppearance(row);
  return {
    why: whyOf(row, year),
    agency: row.agency,
    theme: text.theme,
    title: { text: row.title, shape: 'plain' },
    unit: row.unit_upp,
    summary: text.summary,
    sdgs: [...text.sdgs],
    digital: text.digital,
    seen: [['kipp', year, result, row.title]],
    province: row.province,
  };
}

/**
 * A KIPP award as the Capaian column writes its layer (SOURCES.md): `Top 40 Inovasi Pelayanan
 * Publik` is `Top 40`; the Terpuji distinction of 2022 is `Top Inovasi Terpuji`.
 */
function kippResult(award: string): string {
  const layer = /^Top \d+/.exec(award)?.[0];
  if (layer) return layer;
  if (/terpuji/i.test(award)) return 'Top Inovasi Terpuji';
  throw new Error(`no KIPP layer for the award ${award}`);
}

function whyOf(row: RealRow, year: number): string {
  const source = `source: ${row.source}`;
  if (row.programme === 'KIPP') return `real: KIPP ${row.year}, ${row.award}; ${source}`;
  if (row.programme === 'UNPSA')
    return `real: ${row.award}, not a programme award; a KIPP ${String(year)} registration here; ${source}`;
  return `real: ${row.award} (JIPPNas ${row.jippnas_id}), no year stated; a KIPP ${String(year)} registration here (the year is the sample's choice); ${source}`;
}

/** The story of a theme that tells `object`; a name no story has is a mistake in a spec. */
function storyTelling(theme: Theme, object: string): Story {
  const story = theme.stories.find((candidate) => candidate.objects.includes(object));
  if (!story) throw new Error(`theme ${theme.key} has no story about ${object}`);
  return story;
}
