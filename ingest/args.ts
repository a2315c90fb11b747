import { parseArgs } from 'node:util';
import { programmeSchema } from '../src/lib/schema/enums.ts';
import type { InputGroup } from './pipeline.ts';

export const USAGE = `Usage: npm run ingest -- <kipp|iga|inolan> <file|dir|url>... [more groups] [options]
       npm run ingest -- --sample [options]
       npm run ingest -- --stores [options]

Options:
  --sample          ingest the bundled sample of all three programmes (data/samples)
  --stores          read no input: merge the stored records again (curation decisions) and publish
  --dry-run         read, normalise, validate and merge-count; write nothing but the report
  --replace         the inputs replace everything ingested earlier from their programmes
  --no-publish      write the records under DATA_DIR but leave the search index alone
  --full            build a new index even when few records changed (see INCREMENTAL_MAX_SHARE)
  --report <path>   write the run's report as JSON
  --strict          exit 1 when any record was rejected
  --wait            when another ingest is running (the CLI, a site process, the admin
                    area), wait for it to end; without it the run says who runs and since
                    when, and stops with exit code 1
  --help            show this help`;

export interface CliOptions {
  groups: InputGroup[];
  dryRun: boolean;
  replace: boolean;
  /** Build a new index whatever changed. */
  full: boolean;
  publish: boolean;
  strict: boolean;
  /** Wait for another run's lease instead of stopping. */
  wait: boolean;
  report?: string;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseCli(argv: string[], samplesDir: string): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      sample: { type: 'boolean', default: false },
      stores: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      replace: { type: 'boolean', default: false },
      full: { type: 'boolean', default: false },
      'no-publish': { type: 'boolean', default: false },
      report: { type: 'string' },
      strict: { type: 'boolean', default: false },
      wait: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const groups = groupPositionals(positionals);
  if (values.sample) {
    for (const programme of programmeSchema.options) {
      groups.push({ programme, inputs: [`${samplesDir}/${programme}`] });
    }
  }
  if (groups.length === 0 && !values.help && !values.stores)
    throw new UsageError('name a programme and its inputs, or --sample, or --stores');
  if (groups.length > 0 && values.stores)
    throw new UsageError('--stores reads no input: name no programme with it');
  return {
    groups,
    dryRun: values['dry-run'],
    replace: values.replace,
    full: values.full,
    publish: !values['dry-run'] && !values['no-publish'],
    strict: values.strict,
    wait: values.wait,
    help: values.help,
    ...(values.report && { report: values.report }),
  };
}

/** `kipp a.csv b.xlsx iga c.json` → two groups; inputs before any programme are an error. */
function groupPositionals(positionals: string[]): InputGroup[] {
  const groups: InputGroup[] = [];
  for (const word of positionals) {
    const programme = programmeSchema.safeParse(word.toLowerCase());
    if (programme.success) groups.push({ programme: programme.data, inputs: [] });
    else if (groups.length === 0)
      throw new UsageError(`${JSON.stringify(word)} is not a programme (kipp, iga, inolan)`);
    else groups.at(-1)?.inputs.push(word);
  }
  const empty = groups.find((group) => group.inputs.length === 0);
  if (empty) throw new UsageError(`${empty.programme} needs at least one file, folder or URL`);
  return groups;
}
