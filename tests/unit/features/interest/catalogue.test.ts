import { describe, expect, it } from 'vitest';
import { listInnovationIds, publicationWatcher } from '../../../../src/portal/catalogue.ts';

describe('listInnovationIds', () => {
  it('reads every id in pages of ids only', async () => {
    const all = Array.from({ length: 7 }, (_, n) => ({ id: `kipp-${String(n)}` }));
    const asked: unknown[] = [];
    const client = {
      index: () => ({
        getDocuments: (query: { fields: ['id']; limit: number; offset: number }) => {
          asked.push(query);
          const results = all.slice(query.offset, query.offset + query.limit);
          return Promise.resolve({ results, total: all.length });
        },
      }),
    };
    const ids = await listInnovationIds(client, 'innovations', 3);
    expect(ids).toEqual(all.map((document) => document.id));
    expect(asked).toEqual([
      { fields: ['id'], limit: 3, offset: 0 },
      { fields: ['id'], limit: 3, offset: 3 },
      { fields: ['id'], limit: 3, offset: 6 },
    ]);
  });
});

/** What a watcher reports when the store gives `answers` (an Error: the store failed), in turn. */
async function changesSeen(
  answers: (number | undefined | Error)[],
): Promise<(number | undefined)[]> {
  const changes: (number | undefined)[] = [];
  const queue = [...answers];
  const watcher = publicationWatcher(
    () => {
      const answer = queue.shift();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
    (run) => changes.push(run),
  );
  for (let check = 0; check < answers.length; check += 1) await watcher.check();
  return changes;
}

describe('publicationWatcher', () => {
  it('tells of a newer published run, not of the first one seen nor of a store that fails', async () => {
    expect(await changesSeen([undefined, undefined, 4, new Error('down'), 4, 9])).toEqual([4, 9]);
  });

  it('tells of the first answer when the store failed before it', async () => {
    expect(await changesSeen([new Error('not open yet'), 3, 3])).toEqual([3]);
  });
});
