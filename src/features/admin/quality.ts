import { ingestReportSchema, type LocatedIssue, type Quality } from '../../lib/ingest-report.ts';
import type { IngestRunRecord } from '../../infra/database/types.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { RequestContext } from '../../http/limits.ts';
import type { Portal } from '../../portal/types.ts';
import { adminGate, adminHeaders } from './gate.ts';

/** One unresolved place or unknown category: how often, and where (file and row). */
export interface IssueCount {
  value: string;
  count: number;
  where: Pick<LocatedIssue, 'file' | 'row' | 'page'>[];
}

/** What the data-quality dashboard shows. */
export interface QualityData {
  /** The newest publishing run that measured the quality, and what it measured. */
  run: Pick<IngestRunRecord, 'id' | 'startedAt'> | undefined;
  quality: Quality | undefined;
  places: IssueCount[];
  categories: IssueCount[];
}

/**
 * The dashboard's route: administrators only (others go to the login page); it takes no input,
 * so anything but GET is answered 405.
 */
export async function qualityRoute(
  portal: Portal,
  context: RequestContext & { response: { headers: Headers } },
  locale: Locale,
): Promise<Response | QualityData> {
  const gate = await adminGate(portal, context, locale);
  if (gate instanceof Response) return gate;
  const method = context.request.method;
  if (method !== 'GET' && method !== 'HEAD') {
    return new Response(null, { status: 405, headers: { ...adminHeaders, Allow: 'GET, HEAD' } });
  }
  return qualityData(portal);
}

/** How many runs back the dashboard looks for each file's latest warnings. */
const RUNS_READ = 100;

/**
 * The dashboard's figures from the run history: the quality the newest publishing run measured,
 * and for each file the warnings of the newest run that read it (a run that ingested IGA alone
 * leaves the KIPP files' warnings as the run before found them).
 */
export async function qualityData(portal: Pick<Portal, 'database'>): Promise<QualityData> {
  const store = await portal.database();
  const runs = (await store.ingestRuns(RUNS_READ)).filter(
    (run) => run.status === 'ok' && !run.dryRun,
  );
  const seen = new Set<string>();
  const warnings: LocatedIssue[] = [];
  let measured: QualityData['run'];
  let quality: Quality | undefined;
  for (const run of runs) {
    const report = ingestReportSchema.safeParse(run.report);
    if (!report.success) continue;
    if (quality === undefined && report.data.quality !== undefined) {
      quality = report.data.quality;
      measured = { id: run.id, startedAt: run.startedAt };
    }
    const fresh = report.data.files.map((file) => file.file).filter((file) => !seen.has(file));
    for (const file of fresh) seen.add(file);
    const files = new Set(fresh);
    warnings.push(...report.data.warnings.filter((warning) => files.has(warning.file)));
  }
  return {
    run: measured,
    quality,
    places: countIssues(warnings, / is not a known region; kept as written$/),
    categories: countIssues(warnings, / is not in the sector mapping$/),
  };
}

// --- internal ---

/** Warnings whose reason is `"<value>"<ending>`, counted per value, most frequent first. */
function countIssues(warnings: readonly LocatedIssue[], ending: RegExp): IssueCount[] {
  const counts = new Map<string, IssueCount>();
  for (const warning of warnings) {
    if (!ending.test(warning.reason)) continue;
    const value = quoted(warning.reason.replace(ending, ''));
    const entry = counts.get(value) ?? { value, count: 0, where: [] };
    counts.set(value, entry);
    entry.count += 1;
    entry.where.push({
      file: warning.file,
      row: warning.row,
      ...(warning.page && { page: warning.page }),
    });
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

function quoted(text: string): string {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'string' ? value : text;
  } catch {
    return text;
  }
}
