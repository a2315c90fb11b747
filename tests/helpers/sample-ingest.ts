import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { adapters } from '../../ingest/adapters/index.ts';
import { expandInputs } from '../../ingest/inputs.ts';
import type { SourceRecord } from '../../ingest/record.ts';
import { ingestReportSchema, type IngestReport } from '../../src/lib/ingest-report.ts';
import { programmeSchema } from '../../src/lib/schema/enums.ts';
import { innovationSchema, type Innovation } from '../../src/lib/schema/innovation.ts';
import { testReference } from './reference.ts';
import { runAdapter } from './run-adapter.ts';
import { runScript } from './run-cli.ts';

export interface SampleRun {
  code: number;
  stdout: string;
  report: IngestReport;
  records: Innovation[];
  lines: string[];
}

/** `npm run ingest -- --sample --no-publish --report r.json` into the data folder `dataDir`. */
export async function ingestSample(dataDir: string): Promise<SampleRun> {
  const reportPath = join(dataDir, 'r.json');
  const run = await runScript(
    'ingest/cli.ts',
    ['--sample', '--no-publish', '--report', reportPath],
    { DATA_DIR: dataDir },
  );
  const report = ingestReportSchema.parse(JSON.parse(await readFile(reportPath, 'utf8')));
  const lines = (await readFile(join(dataDir, 'innovations.ndjson'), 'utf8')).trim().split('\n');
  const records = lines.map((line) => innovationSchema.parse(JSON.parse(line)));
  return { code: run.code, stdout: run.stdout, report, records, lines };
}

/** Every accepted sample record as the adapters alone give it, with its file and row. */
export async function* acceptedSampleRecords(): AsyncGenerator<{
  file: string;
  row: number;
  record: SourceRecord;
}> {
  const reference = await testReference();
  for (const programme of programmeSchema.options) {
    const adapter = adapters[programme];
    for (const file of await expandInputs(adapter, [`data/samples/${programme}`])) {
      for (const { row, record } of (await runAdapter(adapter, file, reference)).accepted) {
        yield { file, row, record };
      }
    }
  }
}
