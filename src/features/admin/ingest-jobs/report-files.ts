import { defineEndpoint, refused, type Outcome } from '../../../http/endpoint.ts';
import { failures } from '../../../http/failure.ts';
import { localiseReason } from '../../../i18n/ingest-reasons.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { localeOfPath } from '../../../i18n/paths.ts';
import { translator } from '../../../i18n/t.ts';
import { csvByteOrderMark, csvLine } from '../../../lib/text/csv.ts';
import type { IngestReport, LocatedIssue } from '../../../lib/ingest-report.ts';
import type { Portal } from '../../../portal/types.ts';
import { adminOf } from '../auth.ts';
import { adminHeaders } from '../gate.ts';
import { runById } from '../runs.ts';

/**
 * `GET /admin/pemuatan/<id>/laporan.json` and `.csv`: a run's report as a file, for an
 * administrator (401 otherwise). The JSON is what `npm run ingest -- --report` writes, each
 * issue with its reason also in the path's language (`message`); the CSV has one rejected row or
 * warning a line, its reason in the path's language.
 */
export function runReportEndpoint(format: 'json' | 'csv') {
  return defineEndpoint<Portal>({
    name: `admin run report ${format}`,
    headers: adminHeaders,
    async GET({ portal, request, clientAddress, params, url }) {
      const check = await adminOf(portal, { request, clientAddress });
      if (!check.ok) return refused(check.failure ?? failures.unauthorized);
      const view = await runById(portal, params.id);
      if (view?.report === undefined) return refused(failures.notFound);
      const locale = localeOfPath(url.pathname);
      const name = `pemuatan-${String(view.run.id)}`;
      return format === 'json'
        ? download(
            jsonReport(view.report, locale),
            'application/json; charset=utf-8',
            `${name}.json`,
          )
        : download(csvReport(view.report, locale), 'text/csv; charset=utf-8', `${name}.csv`);
    },
  });
}

/** The report with each issue's reason also in the language asked for. */
export function jsonReport(report: IngestReport, locale: Locale): string {
  const localised = (issue: LocatedIssue) => ({
    ...issue,
    message: localiseReason(issue.reason, locale),
  });
  return `${JSON.stringify(
    {
      ...report,
      rejected: report.rejected.map(localised),
      warnings: report.warnings.map(localised),
    },
    null,
    2,
  )}\n`;
}

/** Every rejection, then every warning: kind, file, page, row, field, reason. */
export function csvReport(report: IngestReport, locale: Locale): string {
  const t = translator(locale);
  const header = ['kind', 'file', 'page', 'row', 'field', 'reason'] as const;
  const line = (kind: string) => (issue: LocatedIssue) =>
    csvLine([
      kind,
      issue.file,
      issue.page,
      issue.row,
      issue.field,
      localiseReason(issue.reason, locale),
    ]);
  return [
    csvByteOrderMark,
    csvLine(header.map((column) => t(`ingest.csv.${column}`))),
    ...report.rejected.map(line(t('ingest.csv.rejected'))),
    ...report.warnings.map(line(t('ingest.csv.warning'))),
  ].join('');
}

// --- internal ---

function download(text: string, contentType: string, filename: string): Outcome {
  const body = new Blob([text]).stream();
  return { kind: 'download', body, contentType, filename };
}
