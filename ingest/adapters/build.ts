import { htmlToText } from '../../src/lib/normalise/text.ts';
import { splitTitle } from '../../src/lib/normalise/title.ts';
import type { Cluster, Programme, Stage, Status } from '../../src/lib/schema/enums.ts';
import type { Award, SectionKey, Sections } from '../../src/lib/schema/innovation.ts';
import type { SourceRecord } from '../record.ts';
import type { Normalised, Reference } from './adapter.ts';
import type { IssueCollector } from './collect.ts';
import type { RegionFields } from './region.ts';

/** What an adapter has read and parsed of one item, before the shared steps. */
export interface RecordParts {
  programme: Programme;
  sourceId: string;
  year: number;
  title: unknown;
  agency: string;
  unit?: string;
  cluster: Cluster | undefined;
  clusterField: string;
  region: RegionFields;
  categories: string[];
  categoryField: string;
  summary: unknown;
  summaryField: string;
  sections: Sections;
  sdgs: number[];
  startedOn?: string;
  digital?: boolean;
  stage?: Stage;
  status: Status;
  statusUpdatedAt?: string;
  awards: Award[];
  innovators: string[];
  videoUrl?: string;
}

/**
 * The steps every programme shares: title split, plain-text summary, cluster fallback from
 * the region, and categories mapped to sectors (an unknown label is a warning, kept as is).
 */
export function buildRecord(
  reference: Reference,
  issues: IssueCollector,
  parts: RecordParts,
): Normalised {
  const cluster =
    parts.cluster ?? clusterFromRegion(parts.region) ?? centralFallback(parts, issues);
  const categories = [...new Set(parts.categories.filter(Boolean))];
  const { sectors, unknown } = reference.sectors.mapCategories(parts.programme, categories);
  for (const label of unknown) {
    issues.warn(parts.categoryField, `${JSON.stringify(label)} is not in the sector mapping`);
  }
  const summary = htmlToText(parts.summary);
  if (!summary) issues.warn(parts.summaryField, 'is empty');
  if (issues.errors.length > 0) return issues.result();
  const record: SourceRecord = {
    ...splitTitle(parts.title),
    summary,
    sections: parts.sections,
    year: parts.year,
    agency: parts.agency,
    ...(parts.unit && { unit: parts.unit }),
    cluster,
    ...parts.region,
    sectors,
    categories,
    sdgs: parts.sdgs,
    ...(parts.startedOn && { startedOn: parts.startedOn }),
    ...(parts.digital !== undefined && { digital: parts.digital }),
    ...(parts.stage && { stage: parts.stage }),
    status: parts.status,
    ...(parts.statusUpdatedAt && { statusUpdatedAt: parts.statusUpdatedAt }),
    awards: parts.awards,
    provenance: { programme: parts.programme, sourceId: parts.sourceId, year: parts.year },
    innovators: parts.innovators,
    ...(parts.videoUrl && { videoUrl: parts.videoUrl }),
  };
  return { record, errors: issues.errors, warnings: issues.warnings };
}

/** Narrative sections as plain text, from the source fields named per section. */
export function sectionsFrom(
  names: Partial<Record<SectionKey, string>>,
  get: (...names: string[]) => unknown,
): Sections {
  const sections: Sections = {};
  for (const [key, name] of Object.entries(names) as [SectionKey, string][]) {
    const text = htmlToText(get(name));
    if (text) sections[key] = text;
  }
  return sections;
}

/**
 * An agency with no region whose name tells nothing is central; ministries always say
 * `Kementerian`, so what is left is taken as a lembaga, with a warning rather than a rejection.
 */
function centralFallback(parts: RecordParts, issues: IssueCollector): Cluster {
  issues.warn(
    parts.clusterField,
    `cannot be told for ${JSON.stringify(parts.agency)}; taken as lembaga`,
  );
  return 'lembaga';
}

/** A regency (resolved or kept as written) tells kabupaten or kota; a province alone, provinsi. */
function clusterFromRegion(region: RegionFields): Cluster | undefined {
  if (region.regency) return /^kota\b/i.test(region.regency) ? 'kota' : 'kabupaten';
  return region.province ? 'provinsi' : undefined;
}
