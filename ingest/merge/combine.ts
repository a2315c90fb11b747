import { createHash } from 'node:crypto';
import { programmeSchema } from '../../src/lib/schema/enums.ts';
import type { Award, Innovation, Provenance } from '../../src/lib/schema/innovation.ts';
import { provenanceKey, type SourceRecord } from '../record.ts';
import { normaliseText } from './keys.ts';
import { chooseNarrative } from './narrative.ts';

const PROGRAMMES = programmeSchema.options;

/**
 * Joins the source records of one innovation into its public record. Records are read oldest
 * first, so "latest" means the most recent year's record. The narrative (summary and sections)
 * comes whole from one record (see narrative.ts); the latest status wins, while
 * years, awards, programmes, provenance, sectors, SDGs and innovators are the union of all.
 * An innovation published before keeps its id (see previous-ids.ts).
 */
export function combine(
  records: readonly SourceRecord[],
  updatedAt: string,
  previousId: (provenance: Provenance) => string | undefined = () => undefined,
): Innovation {
  const sorted = [...records].sort(compareRecords);
  const first = sorted[0];
  const latest = sorted.at(-1);
  if (!first || !latest) throw new Error('combine needs at least one record');
  const split = sorted.filter((record) => record.acronym && record.expansion);
  // `BASABA (…)` reads better than `Basaba (…)`: an acronym written as one wins when there is one.
  const titled =
    split.findLast((record) => /\p{Lu}/u.test(record.acronym?.slice(1) ?? '')) ??
    split.at(-1) ??
    latest;
  const located = sorted.findLast((record) => record.regencyCode ?? record.provinceCode) ?? latest;
  const provenance = unique(
    sorted.map((record) => record.provenance),
    provenanceKey,
  );
  const years = [...new Set(sorted.map((record) => record.year))].sort((a, b) => a - b);
  return {
    id: keptId(sorted, previousId) ?? idFor(titled.acronym ?? titled.title, first.provenance),
    title: titled.title,
    ...(titled.acronym && { acronym: titled.acronym }),
    ...(titled.expansion && { expansion: titled.expansion }),
    ...chooseNarrative(sorted),
    year: years[0] ?? first.year,
    years,
    agency: located.agency,
    ...(located.unit && { unit: located.unit }),
    cluster: located.cluster,
    ...pick(located, ['provinceCode', 'province', 'regencyCode', 'regency']),
    sectors: unionOf(sorted, (record) => record.sectors),
    categories: unionOf(sorted, (record) => record.categories),
    sdgs: unionOf(sorted, (record) => record.sdgs).sort((a, b) => a - b),
    ...earliestField(sorted, 'startedOn'),
    ...latestField(sorted, 'digital'),
    ...latestField(sorted, 'stage'),
    ...statusOf(sorted),
    awards: unique(
      sorted.flatMap((record) => record.awards),
      awardKey,
    ),
    programmes: PROGRAMMES.filter((programme) => provenance.some((p) => p.programme === programme)),
    provenance,
    innovators: unionOf(sorted, (record) => record.innovators),
    ...latestField(sorted, 'videoUrl'),
    interestCount: 0,
    replicationCount: 0,
    updatedAt,
  };
}

/**
 * Stable across runs on the same data: a slug of the title and a hash of the earliest source
 * record, which later years and programmes joining the innovation do not change.
 */
export function idFor(title: string, earliest: Provenance): string {
  const slug = normaliseText(title)
    .split(' ')
    .slice(0, 8)
    .join('-')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(provenanceKey(earliest)).digest('hex').slice(0, 8);
  return slug ? `${slug}-${hash}` : hash;
}

/** The id an earlier run gave this innovation, through its oldest record that had one. */
function keptId(
  sorted: readonly SourceRecord[],
  previousId: (provenance: Provenance) => string | undefined,
): string | undefined {
  for (const record of sorted) {
    const id = previousId(record.provenance);
    if (id) return id;
  }
  return undefined;
}

/** Oldest first: by year, then programme, then the id in the programme. */
export function compareRecords(
  a: Pick<SourceRecord, 'year' | 'provenance'>,
  b: Pick<SourceRecord, 'year' | 'provenance'>,
): number {
  return (
    a.year - b.year ||
    PROGRAMMES.indexOf(a.provenance.programme) - PROGRAMMES.indexOf(b.provenance.programme) ||
    a.provenance.sourceId.localeCompare(b.provenance.sourceId)
  );
}

function awardKey(award: Award): string {
  return `${award.programme}:${award.year}:${award.level}`;
}

function unique<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}

function unionOf<T>(records: readonly SourceRecord[], values: (record: SourceRecord) => T[]): T[] {
  return [...new Set(records.flatMap(values))];
}

type Optional = 'startedOn' | 'digital' | 'stage' | 'videoUrl';

function latestField(
  records: readonly SourceRecord[],
  key: Optional,
): Partial<Pick<SourceRecord, Optional>> {
  const found = records.findLast((record) => record[key] !== undefined);
  return found ? { [key]: found[key] } : {};
}

function earliestField(
  records: readonly SourceRecord[],
  key: Optional,
): Partial<Pick<SourceRecord, Optional>> {
  const values = records.map((record) => record[key]).filter((value) => value !== undefined);
  const earliest = values.map(String).sort()[0];
  return earliest ? { [key]: earliest } : {};
}

/** The status with the most recent update date wins; else the latest record that knows one. */
function statusOf(
  records: readonly SourceRecord[],
): Pick<Innovation, 'status' | 'statusUpdatedAt'> {
  const known = records.filter((record) => record.status !== 'tidak-diketahui');
  const dated = known
    .filter((record) => record.statusUpdatedAt)
    .sort((a, b) => String(a.statusUpdatedAt).localeCompare(String(b.statusUpdatedAt)))
    .at(-1);
  const chosen = dated ?? known.at(-1);
  if (!chosen) return { status: 'tidak-diketahui' };
  return {
    status: chosen.status,
    ...(chosen.statusUpdatedAt && { statusUpdatedAt: chosen.statusUpdatedAt }),
  };
}

type RegionKey = 'provinceCode' | 'province' | 'regencyCode' | 'regency';

function pick(record: SourceRecord, keys: RegionKey[]): Partial<Pick<SourceRecord, RegionKey>> {
  return Object.fromEntries(
    keys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]]),
  );
}
