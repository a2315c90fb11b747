import { parseArgs } from 'node:util';
import { benchProgrammes, generateBench, type BenchProgramme } from './bench/generate.ts';
import { generateSample } from './sample/generate.ts';

const usage = `Usage: npm run data:generate -- [--seed N] [--out DIR] [--count N [--only kipp,iga,inolan]]

Without --count: writes the bundled sample (KIPP, IGA, InoLAN and EXPECTED.md) to data/samples.
With --count N: streams N records per programme for benchmarks to --out (default .data/bench/N):
a KIPP CSV (and XLSX up to Excel's row limit), an IGA NDJSON and InoLAN pages of 1,000;
--only limits it to some programmes. The same seed gives the same bytes.`;

const defaultSeed = 20_140_515;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: String(defaultSeed) },
      out: { type: 'string' },
      count: { type: 'string' },
      only: { type: 'string', default: benchProgrammes.join(',') },
      taxonomy: { type: 'string', default: 'data/taxonomy/category-sectors.csv' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(usage);
    return;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed))
    throw new UsageError(`--seed must be an integer, not ${values.seed}`);
  if (values.count === undefined) {
    const out = values.out ?? 'data/samples';
    const summary = await generateSample({ seed, out, taxonomyPath: values.taxonomy });
    console.log(
      `${out}: ${String(summary.records)} records in ${String(summary.files)} files, ${String(summary.innovations)} innovations after merging`,
    );
    return;
  }
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1)
    throw new UsageError(`--count must be a positive integer, not ${values.count}`);
  const out = values.out ?? `.data/bench/${String(count)}`;
  const programmes = parseProgrammes(values.only);
  await generateBench({ seed, out, count, programmes, taxonomyPath: values.taxonomy });
  console.log(`${out}: ${String(count)} records each of ${programmes.join(', ')}`);
}

function parseProgrammes(list: string): BenchProgramme[] {
  const names = list.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(benchProgrammes as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new UsageError(`--only takes ${benchProgrammes.join(', ')}, not ${unknown.join(', ')}`);
  return names as BenchProgramme[];
}

class UsageError extends Error {}

main().catch((error: unknown) => {
  const usageError = error instanceof UsageError || isParseArgsError(error);
  console.error(error instanceof Error ? error.message : error);
  if (usageError) console.error(usage);
  process.exitCode = usageError ? 2 : 1;
});

/** `parseArgs` throws `ERR_PARSE_ARGS_*` errors for unknown or malformed options. */
function isParseArgsError(error: unknown): boolean {
  return (
    error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')
  );
}
