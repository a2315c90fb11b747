import { parseArgs } from 'node:util';
import { benchNormalise } from './normalise.ts';

const USAGE = `Usage: npm run bench -- normalise [--count N]`;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: { count: { type: 'string', default: '1000000' } },
});
const count = Number(values.count);
const [which] = positionals;

if (which === 'normalise' && Number.isInteger(count) && count > 0) {
  await benchNormalise(count);
} else {
  console.error(USAGE);
  process.exitCode = 2;
}
