import type { IngestReport } from '../src/lib/ingest-report.ts';
import { formatIssue } from '../src/lib/ingest-report.ts';

const HEAD = ['file', 'programme', 'read', 'accepted', 'rejected', 'warnings'] as const;

/** The end-of-run table: one line per file, then merged and total, then what was rejected. */
export function formatSummary(report: IngestReport, listLimit = 50): string {
  const rows = report.files.map((f) => [
    f.file,
    f.programme,
    f.read,
    f.accepted,
    f.rejected,
    f.warnings,
  ]);
  const sum = (key: 'read' | 'accepted' | 'rejected' | 'warnings') =>
    report.files.reduce((total, file) => total + file[key], 0);
  rows.push(['all files', '', sum('read'), sum('accepted'), sum('rejected'), sum('warnings')]);
  const lines = table([[...HEAD], ...rows.map((row) => row.map(String))]);
  lines.push('', ...totals(report));
  if (report.renamed.length > 0) {
    lines.push(
      '',
      `ids given anew, so that no two innovations share one (${report.renamed.length}):`,
    );
    lines.push(
      ...report.renamed
        .slice(0, listLimit)
        .map(({ from, to, title }) => `  ${from} → ${to} (${title})`),
    );
  }
  if (report.rejected.length > 0) {
    lines.push('', `rejected (${report.rejected.length}):`);
    lines.push(...report.rejected.slice(0, listLimit).map((issue) => `  ${formatIssue(issue)}`));
    if (report.rejected.length > listLimit)
      lines.push(`  ... and ${report.rejected.length - listLimit} more (see --report)`);
  }
  return lines.join('\n');
}

/** A dry run merges its inputs alone; a real run merges every stored record: say which. */
function totals(report: IngestReport): string[] {
  if (report.scope === 'inputs') {
    return [
      `merged within these inputs: ${report.merged}`,
      `innovations in these inputs: ${report.total}`,
      '(a dry run merges only its inputs; a real run merges them with every stored record)',
    ];
  }
  return [`merged into other records: ${report.merged}`, `innovations: ${report.total}`];
}

function table(rows: string[][]): string[] {
  const widths =
    rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row
      .map((cell, column) =>
        column < 2 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd(),
  );
}
