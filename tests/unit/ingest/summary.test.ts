import { describe, expect, it } from 'vitest';
import { formatSummary } from '../../../ingest/summary.ts';
import { ingestReportSchema } from '../../../src/lib/ingest-report.ts';

const report = (scope: 'inputs' | 'catalogue') =>
  ingestReportSchema.parse({
    files: [
      { file: 'kipp.csv', programme: 'kipp', read: 3, accepted: 3, rejected: 0, warnings: 0 },
    ],
    rejected: [],
    warnings: [],
    merged: 1,
    total: 2,
    scope,
    renamed: [{ from: 'siap-1', to: 'siap-1-2', title: 'Bank Sampah Digital' }],
  });

describe('the end-of-run summary', () => {
  it('says a dry run merged its inputs alone', () => {
    const text = formatSummary(report('inputs'));
    expect(text).toContain('merged within these inputs: 1');
    expect(text).toContain('innovations in these inputs: 2');
    expect(text).toContain('a real run merges them with every stored record');
  });

  it('says what a real run counts, and each id it gave anew', () => {
    const text = formatSummary(report('catalogue'));
    expect(text).toContain('merged into other records: 1');
    expect(text).toContain('innovations: 2');
    expect(text).toContain('siap-1 → siap-1-2 (Bank Sampah Digital)');
  });

  it('reads reports stored before these fields existed', () => {
    const old = ingestReportSchema.parse({
      files: [],
      rejected: [],
      warnings: [],
      merged: 0,
      total: 0,
    });
    expect(old).toMatchObject({ scope: 'catalogue', renamed: [] });
  });
});
