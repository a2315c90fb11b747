import { describe, expect, it } from 'vitest';
import { listInnovationIds } from '../../../../src/portal/catalogue.ts';

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
