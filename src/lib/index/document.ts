import { z } from 'zod';
import { awardLevelSchema, statusSchema } from '../schema/enums.ts';
import { verifiedDayOf } from '../agency/verified.ts';
import { agenciesOf } from '../agency/name.ts';
import {
  innovationSchema,
  publicFields,
  sectionKeys,
  type Innovation,
} from '../schema/innovation.ts';
import { officialPlaces } from './places.ts';
import { trendFieldValues } from './trend-fields.ts';
import { changedStems, stemText, stemWords, words } from '../language/stem.ts';
import { stemFixes, wordStems } from '../language/stem-fixes.ts';
import { synonymExpander } from '../language/synonym-expansion.ts';
import { publicServiceSynonyms } from '../language/synonyms.ts';

/**
 * Shadow lines, searched but never displayed: texts stemmed without stop words (`Pelayanan
 * Administrasi Kependudukan` → `layan administrasi duduk`), and the abbreviations or
 * spelled-out forms that should find them (`Puskesmas` gains `pusat kesehatan masyarakat`).
 * The query is stemmed the same way (`stemQuery`), so `layanan` finds `Pelayanan …` and
 * `pencegahan stunting` finds `Cegah Stunting`.
 */
const shadowText = z.array(z.string());

/**
 * What goes into the index: the public record, plus fields that exist only for search. The
 * public part is the strict innovation schema, so no PRIVATE field can be added here by
 * accident; the extra fields are derived from public ones.
 */
export const searchDocumentSchema = innovationSchema.extend({
  /** Every award level the innovation holds, once each: the `awardLevels` facet. */
  awardLevels: z.array(awardLevelSchema),
  /**
   * The most recent year the innovation appears in any programme: the portal's "newest" sort.
   * (`year` is the first year; sorting on the `years` array would lean on how Meilisearch
   * orders arrays, which it does not document.)
   */
  latestYear: z.int(),
  /** Shadow of what the innovation is called: title, acronym, expansion. */
  stemmedTitle: shadowText,
  /** Shadow of who runs it and where: agency, unit, regency, province. */
  stemmedAgency: shadowText,
  /** Shadow of what it is about: summary, categories, sections. */
  stemmedText: shadowText,
  /**
   * Who runs it in the one form of each name (`agenciesOf`): the agency, and the unit in its
   * region (`Dinas Kesehatan Kabupaten Sleman` for IGA's `Dinas Kesehatan` of Sleman). What
   * the registration form's suggestions search; every document has one at least.
   */
  agencies: z.array(z.string()).min(1),
  /** Their keys: an agency account's innovations are those with its key here. */
  agencyKeys: z.array(z.string()),
  /** Pairs of facet values for the trends page's cross tables (see `trends/fields.ts`). */
  yearClusters: z.array(z.string()),
  yearProgrammes: z.array(z.string()),
  yearSectors: z.array(z.string()),
  cohortStatus: z.array(z.string()),
  /** An awarded innovation's changes of state after its award (`trends/survival.ts`). */
  survivalChanges: z.array(z.string()),
  /**
   * A province or regency the ingest could not resolve, as the source wrote it: searchable and
   * shown, never a facet value (`province` and `regency` hold only official names).
   */
  provinceAsWritten: z.string().min(1).optional(),
  regencyAsWritten: z.string().min(1).optional(),
  /** Whether a place is not recognised: counted as one bucket, never listed as a place. */
  placeUnrecognised: z.boolean(),
  /**
   * The programmes' own status statement, kept beside `status` (which an agency's approved
   * update may overrule): what the agency layer weighs the agency's statement against.
   */
  programmeStatus: statusSchema,
  programmeStatusUpdatedAt: z.iso.date().optional(),
  /**
   * The day (since 1970-01-01) the record was last verified (`verifiedDayOf`, null: never): the
   * search's "last verified" order and its "verified within 12 months" filter.
   */
  verifiedDay: z.int().nullable(),
});

export type SearchDocument = z.output<typeof searchDocumentSchema>;

/**
 * The index document of a public record. Copies only the public fields (an object carrying
 * anything more at run time loses it here), writes `updatedAt` in UTC so that it sorts and
 * compares as a string, and derives the search-only fields.
 */
export function toSearchDocument(innovation: Innovation): SearchDocument {
  const latestYear = Math.max(innovation.year, ...innovation.years);
  return {
    ...pickPublicFields(innovation),
    ...(innovation.status !== 'tidak-diketahui' && {
      statusSource: innovation.statusSource ?? 'programme',
    }),
    programmeStatus: innovation.status,
    ...(innovation.statusUpdatedAt !== undefined && {
      programmeStatusUpdatedAt: innovation.statusUpdatedAt,
    }),
    verifiedDay: verifiedDayOf(innovation.statusUpdatedAt),
    ...officialPlaces(innovation),
    updatedAt: new Date(innovation.updatedAt).toISOString(),
    awardLevels: [...new Set(innovation.awards.map((award) => award.level))],
    latestYear,
    stemmedTitle: shadow('names', [innovation.title, innovation.acronym, innovation.expansion]),
    stemmedAgency: shadow('names', [
      innovation.agency,
      innovation.unit,
      innovation.regency,
      innovation.province,
    ]),
    ...agencyFields(innovation),
    stemmedText: shadow('prose', [
      innovation.summary,
      ...innovation.categories,
      ...sectionKeys.map((key) => innovation.sections[key]),
    ]),
    ...trendFieldValues(innovation),
  };
}

/**
 * What a search document is derived with beyond the index settings: the stem corrections
 * (the synonyms and stop words are settings already). A change to them changes the shadow
 * fields of documents whose source did not change, so the ingest counts it as a change of
 * settings and rebuilds the whole index rather than updating it in place.
 */
export const documentDerivation = { wordStems, stemFixes } as const;

// --- internal ---

const expandSynonyms = synonymExpander(publicServiceSynonyms);

function agencyFields(innovation: Innovation): Pick<SearchDocument, 'agencies' | 'agencyKeys'> {
  const named = agenciesOf(innovation);
  // A name without a letter has no key; the field as written still names it.
  const agencies = named.length > 0 ? named.map(({ name }) => name) : [innovation.agency];
  return { agencies, agencyKeys: named.map(({ key }) => key) };
}

function pickPublicFields(innovation: Innovation): Innovation {
  const entries = publicFields
    .filter((field) => innovation[field] !== undefined)
    .map((field) => [field, innovation[field]]);
  // Same keys and values as the input, minus anything outside the schema.
  return Object.fromEntries(entries) as Innovation;
}

/**
 * Names (a title, an agency) are short and matched as a whole: their shadow is every stem in
 * order, plus the abbreviated form (`pemerintah kota padang` → `pemkot padang`). Prose is long:
 * its shadow is only the stems that differ from their word (`pelayanan` → `layan`), once each,
 * which halves the cost of indexing it at the price of proximity between a stemmed and an
 * unchanged word in a summary or section.
 */
type TextKind = 'names' | 'prose';

/**
 * For each text its stems, then the abbreviated form of a name and the synonyms that should
 * find the text, each as written and stemmed; every line once. An array, so that Meilisearch
 * never takes the last word of one text and the first of the next for neighbours.
 */
function shadow(kind: TextKind, texts: readonly (string | undefined)[]): string[] {
  const lines = texts.flatMap((text) => {
    if (text === undefined || text === '') return [];
    const textWords = words(text);
    const { finders, rewritten } = expandSynonyms(textWords);
    const abbreviated = kind === 'names' && rewritten !== undefined ? [rewritten] : [];
    const variants = [...abbreviated, ...finders];
    const stems = kind === 'names' ? stemWords(textWords) : changedStems(textWords);
    return [stems.join(' '), ...variants.flatMap((variant) => [variant, stemText(variant)])];
  });
  return [...new Set(lines)].filter((line) => line !== '');
}
