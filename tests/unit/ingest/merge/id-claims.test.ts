import { describe, expect, it } from 'vitest';
import { IdClaims, IssuedIds } from '../../../../ingest/merge/id-claims.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';

const record = (sourceId: string, year: number) =>
  ({ year, provenance: { programme: 'kipp', sourceId, year } }) as SourceRecord;

describe('which group keeps an earlier id', () => {
  it('is the group holding the oldest record that carried it, whatever the order seen', () => {
    const old = record('KIPP-2019-1', 2019);
    const newer = record('KIPP-2020-2', 2020);
    const claims = new IdClaims(() => 'siap-1234abcd');
    claims.claim(newer, 7);
    claims.claim(old, 3);
    expect(claims.previousIdsOf(3)(old.provenance)).toBe('siap-1234abcd');
    expect(claims.previousIdsOf(7)(newer.provenance)).toBeUndefined();
  });

  it('leaves a record that carried no id without one', () => {
    const claims = new IdClaims(() => undefined);
    claims.claim(record('KIPP-2019-1', 2019), 1);
    expect(claims.previousIdsOf(1)(record('KIPP-2019-1', 2019).provenance)).toBeUndefined();
  });
});

describe('ids issued by one merge', () => {
  it('never gives one twice: the second gets the first free suffix, and is reported', () => {
    const ids = new IssuedIds();
    expect(ids.issue('siap-1234abcd', 'SIAP')).toBe('siap-1234abcd');
    expect(ids.issue('siap-1234abcd', 'Bank Sampah Digital')).toBe('siap-1234abcd-2');
    expect(ids.issue('siap-1234abcd', 'Ketiga')).toBe('siap-1234abcd-3');
    expect(ids.issue('lain-00000000', 'Lain')).toBe('lain-00000000');
    expect(ids.renamed).toEqual([
      { from: 'siap-1234abcd', to: 'siap-1234abcd-2', title: 'Bank Sampah Digital' },
      { from: 'siap-1234abcd', to: 'siap-1234abcd-3', title: 'Ketiga' },
    ]);
  });
});
