import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../ingest/config.ts';

/**
 * `npm start` for this milestone: on a first start, ingest the bundled sample; then say where
 * the records are. Publishing and the portal come with the next milestones.
 */
const config = loadConfig(process.env);
const records = join(config.dataDir, 'innovations.ndjson');
const report = join(config.dataDir, 'sample-report.json');

if (!existsSync(records)) {
  console.log('First start: ingesting the bundled sample...');
  const code = await run(process.execPath, ['ingest/cli.ts', '--sample', '--report', report]);
  if (code !== 0) process.exit(code);
}
console.log(`\nPublic records: ${records}`);
if (existsSync(report)) console.log(`Sample ingest report: ${report}`);
console.log('The search index and the portal arrive with the next milestones.');

function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    spawn(command, args, { stdio: 'inherit' }).on('exit', (code) => {
      resolve(code ?? 1);
    });
  });
}
