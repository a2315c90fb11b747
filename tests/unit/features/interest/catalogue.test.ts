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

describe('publicationWatcher', () => {
  it('tells of a newer published run, not of the first one seen nor of a store that fails', async () => {
    const answers: (number | undefined | Error)[] = [
      undefined,
      undefined,
      4,
      new Error('down'),
      4,
      9,
    ];
    const changes: (number | undefined)[] = [];
    const watcher = publicationWatcher(
      () => {
        const answer = answers.shift();
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      (run) => changes.push(run),
    );
    for (let check = 0; check < 6; check += 1) await watcher.check();
    expect(changes).toEqual([4, 9]);
  });

  it('tells of the first answer when the store failed before it', async () => {
    const answers: (number | Error)[] = [new Error('not open yet'), 3, 3];
    const changes: (number | undefined)[] = [];
    const watcher = publicationWatcher(
      () => {
        const answer = answers.shift();
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      },
      (run) => changes.push(run),
    );
    for (let check = 0; check < 3; check += 1) await watcher.check();
    expect(changes).toEqual([3]);
  });
});
