import { readLines } from '../spool.ts';
import { createPublisher, type PublisherOptions } from './index.ts';

/**
 * Publishes the records an earlier run wrote (`innovations.ndjson`) into a fresh index, the way
 * a run publishes the records its merge reused: each record's search document with the store's
 * interest counts, then the count checked, the swap, the counts once more and the search-only
 * key. So the documents are those the run published. `npm run restore` rebuilds the index so.
 */
export async function republishRecords(
  records: string,
  options: Omit<PublisherOptions, 'incremental'>,
): Promise<number> {
  const total = await countLines(records);
  // Without `incremental` the publisher always builds a new index: the plan's figures are moot.
  const session = await createPublisher(options).begin({ previousTotal: 0, atMostChanged: total });
  try {
    await session.finish({
      innovations: records,
      assembled: Promise.resolve(),
      reused: () => readLines(records),
      // Read only by an update in place, which a new index never is.
      changes: records,
      total,
      changed: 0,
      previousTotal: 0,
      removed: [],
    });
  } catch (error) {
    await session.abort();
    throw error;
  }
  return total;
}

async function countLines(file: string): Promise<number> {
  const lines = readLines(file);
  let count = 0;
  while (!(await lines.next()).done) count += 1;
  return count;
}
