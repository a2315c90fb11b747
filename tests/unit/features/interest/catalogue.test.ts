import { describe, expect, it } from 'vitest';
import { listInnovations, publicationWatcher } from '../../../../src/portal/catalogue.ts';

describe('listInnovations', () => {
  it('reads every innovation with its title, agency and unit, in pages of those fields only', async () => {
    const all = Array.from({ length: 7 }, (_, n) => ({
      id: `kipp-${String(n)}`,
      title: `Inovasi ${String(n)}`,
      agency: 'Pemerintah Kabupaten Sleman',
      ...(n % 2 === 0 && { unit: 'Dinas Kesehatan Kabupaten Sleman' }),
    }));
    const asked: unknown[] = [];
    const client = {
      index: () => ({
        getDocuments: (query: { fields: string[]; limit: number; offset: number }) => {
          asked.push(query);
          const results = all.slice(query.offset, query.offset + query.limit);
          return Promise.resolve({ results, total: all.length });
        },
      }),
    };
    const listed = await listInnovations(client, 'innovations', 3);
    expect(listed).toEqual(
      all.map(({ id, title, agency, unit }) => ({
        id,
        title,
        agency: unit === undefined ? { agency } : { agency, unit },
      })),
    );
    const fields = ['id', 'title', 'agency', 'unit'];
    expect(asked).toEqual([
      { fields, limit: 3, offset: 0 },
      { fields, limit: 3, offset: 3 },
      { fields, limit: 3, offset: 6 },
    ]);
  });

  it('keeps an innovation whose title or agency is missing or not text, without them', async () => {
    const results = [
      { id: 'kipp-1', title: 42 },
      { id: 'kipp-2', agency: null },
      { title: 'no id' },
    ];
    const client = {
      index: () => ({
        getDocuments: () => Promise.resolve({ results, total: results.length }),
      }),
    };
    expect(await listInnovations(client, 'innovations')).toEqual([
      { id: 'kipp-1' },
      { id: 'kipp-2' },
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
