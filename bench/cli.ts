import { parseArgs } from 'node:util';
import { benchIngest } from './ingest.ts';
import { benchInterest } from './interest.ts';
import { variantKeys } from './interest-serve.ts';
import { benchNormalise } from './normalise.ts';
import { benchRelevance } from './relevance.ts';
import { benchSearch } from './search.ts';
import { benchTrends } from './trends.ts';

const USAGE = `Usage: npm run bench -- <normalise|ingest|search|trends|interest|relevance> [--count N]
       npm run bench -- interest [--writes N] [--reads N] [--seconds N] [--only 1|2|nginx]
  normalise   ingest --dry-run of an N-row KIPP CSV vs raw csv-parse (default N = 1,000,000)
  ingest      the whole ingest into Meilisearch vs a raw import of the same documents (default N = 100,000)
  relevance   the relevance set (170 queries by kind) on the sample: ours vs raw Meilisearch, top-1, top-3, nDCG@10
  search      keystroke → results painted in Chromium on the built site, /api/search and raw Meilisearch,
              answer sizes, on the sample and on N generated records (default N = 100,000)
  trends      every chart of the trends page for 20 searches vs the same queries raw, on the sample
              and on N generated records (default N = 100,000)
  interest    the built server under 1,000 registrations/s + 250 reads/s paced over 200 connections for 30 s
              (latency from each request's scheduled time), the store checked; its closed-loop capacity;
              then the paced load again with a SIGKILL mid-load; --only: that one way of serving, no fault run`;

const benches = {
  normalise: [benchNormalise, 1_000_000],
  ingest: [benchIngest, 100_000],
  trends: [benchTrends, 100_000],
  search: [benchSearch, 100_000],
} as const;

const { positionals, values } = parseArgs({
  args: process.argv.slice(2),
  allowPositionals: true,
  options: {
    count: { type: 'string' },
    writes: { type: 'string', default: '1000' },
    reads: { type: 'string', default: '250' },
    seconds: { type: 'string', default: '30' },
    only: { type: 'string' },
  },
});
const [which] = positionals;
const bench =
  which === 'normalise' || which === 'ingest' || which === 'trends' || which === 'search'
    ? benches[which]
    : undefined;
const count = Number(values.count ?? bench?.[1]);
const offered = {
  writes: Number(values.writes),
  reads: Number(values.reads),
  seconds: Number(values.seconds),
};
const only = values.only === undefined ? undefined : variantKeys.get(values.only);
const offeredValid =
  (values.only === undefined || only !== undefined) &&
  offered.writes > 0 &&
  offered.reads >= 0 &&
  Number.isInteger(offered.seconds) &&
  offered.seconds >= 3;

if (which === 'relevance') {
  await benchRelevance();
} else if (which === 'interest' && offeredValid) {
  await benchInterest(offered, only);
} else if (bench && Number.isInteger(count) && count > 0) {
  await bench[0](count);
} else {
  console.error(USAGE);
  process.exitCode = 2;
}
