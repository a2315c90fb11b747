import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/infra/database/types.ts';
import type { OpenedStore } from './store-contract.ts';

const nine = '2026-12-07T09:00:00.000Z';
const ten = '2026-12-07T10:00:00.000Z';

/** Curation decisions and what became of ids no longer published, on every database. */
export function describeCurationContract(name: string, open: () => Promise<OpenedStore>) {
  describe(`Curation contract: ${name}`, () => {
    let opened: OpenedStore;
    let store: Database;
    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });
    afterEach(() => opened.cleanup());

    it('keeps decisions in the order they were made, with who made them and why', async () => {
      const join = await store.addCurationDecision({
        kind: 'join',
        survivor: 'siap-1a2b3c4d',
        absorbed: 'antrian-5e6f7a8b',
        records: ['kipp:2019:K-1', 'iga:2021:77'],
        reason: 'Satu inovasi, dua judul.',
        actor: 'admin@kemenpan.go.id',
        at: nine,
      });
      const split = await store.addCurationDecision({
        kind: 'split',
        from: 'siap-1a2b3c4d',
        records: ['iga:2021:77'],
        reason: 'Ternyata berbeda.',
        actor: 'admin-token',
        at: ten,
      });
      expect(split.id).toBeGreaterThan(join.id);
      expect(await store.curationDecisions()).toEqual([
        {
          id: join.id,
          kind: 'join',
          survivor: 'siap-1a2b3c4d',
          absorbed: 'antrian-5e6f7a8b',
          records: ['kipp:2019:K-1', 'iga:2021:77'],
          reason: 'Satu inovasi, dua judul.',
          actor: 'admin@kemenpan.go.id',
          at: nine,
        },
        {
          id: split.id,
          kind: 'split',
          from: 'siap-1a2b3c4d',
          records: ['iga:2021:77'],
          reason: 'Ternyata berbeda.',
          actor: 'admin-token',
          at: ten,
        },
      ]);
    });

    it('points a moved id at its innovation, follows chains, forgets an id published again', async () => {
      await store.recordIdChanges({ moved: [['a-1', 'b-2']], gone: ['c-3'], added: [] }, nine);
      expect(await store.idFate('a-1')).toEqual({
        id: 'a-1',
        fate: 'moved',
        target: 'b-2',
        at: nine,
      });
      expect(await store.idFate('c-3')).toEqual({ id: 'c-3', fate: 'gone', at: nine });
      expect(await store.idFate('b-2')).toBeUndefined();
      // b-2 joins d-4: a-1 goes straight to d-4, never through b-2.
      await store.recordIdChanges({ moved: [['b-2', 'd-4']], gone: [], added: [] }, ten);
      expect(await store.idFate('a-1')).toMatchObject({ fate: 'moved', target: 'd-4' });
      expect(await store.idFate('b-2')).toMatchObject({ fate: 'moved', target: 'd-4' });
      // d-4 is removed: whatever pointed at it is gone too.
      await store.recordIdChanges({ moved: [], gone: ['d-4'], added: [] }, ten);
      expect(await store.idFate('a-1')).toMatchObject({ fate: 'gone' });
      // A split brings a-1 back: it is live again.
      await store.recordIdChanges({ moved: [], gone: [], added: ['a-1', 'e-5'] }, ten);
      expect(await store.idFate('a-1')).toBeUndefined();
      expect(await store.idFate('c-3')).toMatchObject({ fate: 'gone' });
    });
  });
}
