import { describe, expect, it } from 'vitest';
import { GroupFingerprints } from '../../../../ingest/merge/catalogue.ts';
import { IdClaims, IssuedIds } from '../../../../ingest/merge/id-claims.ts';
import type { SourceRecord } from '../../../../ingest/record.ts';

const record = (sourceId: string, year: number) =>
  ({ year, provenance: { programme: 'kipp', sourceId, year } }) as SourceRecord;

describe('which group keeps an earlier id', () => {
  it('is the group holding the oldest record that carried it, whatever the order seen', () => {
    const old = record('KIPP-2019-1', 2019);
    const newer = record('KIPP-2020-2', 2020);
    const claims = new IdClaims(
      () => 'siap-1234abcd',
      (index) => index,
    );
    claims.claim(newer, 7);
    claims.claim(old, 3);
    expect(claims.previousIdsOf(3)(old.provenance)).toBe('siap-1234abcd');
    expect(claims.previousIdsOf(7)(newer.provenance)).toBeUndefined();
  });

  it('leaves a record that carried no id without one', () => {
    const claims = new IdClaims(
      () => undefined,
      (index) => index,
    );
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

describe('ids published before', () => {
  it('stay with the group that won them; a new id never takes one, whatever the order', () => {
    const published = new Set(['siap-1234abcd']);
    const ids = new IssuedIds((id) => published.has(id));
    // A new innovation whose title and earliest record happen to give a published id...
    expect(ids.issue('siap-1234abcd', 'SIAP baru')).toBe('siap-1234abcd-2');
    // ...does not take it from the innovation that carried it, merged after it.
    expect(ids.keep('siap-1234abcd')).toBe('siap-1234abcd');
    expect(ids.count).toBe(2);
    expect(ids.renamed).toEqual([
      { from: 'siap-1234abcd', to: 'siap-1234abcd-2', title: 'SIAP baru' },
    ]);
  });
});

describe('the fingerprint of a merge group', () => {
  function fingerprintsOf(lines: string[], groupOf: (index: number) => number) {
    const fingerprints = new GroupFingerprints();
    for (const line of lines) fingerprints.add(line);
    fingerprints.close(groupOf);
    return fingerprints;
  }

  it('depends on the set of its records, not their order', () => {
    const forward = fingerprintsOf(['a', 'b', 'c'], () => 0);
    const backward = fingerprintsOf(['c', 'a', 'b'], () => 0);
    expect(forward.of(0)).toBe(backward.of(0));
  });

  it('changes when a record changes, is added or is gone', () => {
    const of = (lines: string[]) => fingerprintsOf(lines, () => 0).of(0);
    const base = of(['{"title":"SIAP"}', '{"title":"BASABA"}']);
    expect(of(['{"title":"SIAP "}', '{"title":"BASABA"}'])).not.toBe(base);
    expect(of(['{"title":"SIAP"}', '{"title":"BASABA"}', '{"title":"X"}'])).not.toBe(base);
    expect(of(['{"title":"SIAP"}'])).not.toBe(base);
    // Two equal lines are two records: a group of one is not a group of the same line twice.
    expect(of(['{"title":"SIAP"}', '{"title":"SIAP"}'])).not.toBe(of(['{"title":"SIAP"}']));
  });

  it('is kept per group', () => {
    const fingerprints = fingerprintsOf(['a', 'b', 'a'], (index) => (index === 1 ? 1 : 0));
    expect(fingerprints.of(0)).not.toBe(fingerprints.of(1));
    expect(fingerprints.of(1)).toBe(fingerprintsOf(['b'], () => 0).of(0));
  });
});
