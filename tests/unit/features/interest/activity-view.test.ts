import { describe, expect, it } from 'vitest';
import { publicFieldsOnly } from '../../../../src/features/interest/activity-view.ts';

describe('publicFieldsOnly', () => {
  it('leaves behind whatever a store row carries beyond the public fields', () => {
    const entry = {
      agency: 'Dinas Kesehatan Kota Padang',
      cluster: 'kota',
      provinceCode: '13',
      regencyCode: '13.71',
      stage: 'berminat',
      stageChangedAt: '2026-01-02T03:04:05.000Z',
    } as const;
    const leaky = {
      innovationId: 'kipp-1',
      counts: { berminat: 1, berkomunikasi: 0, mereplikasi: 0, tereplikasi: 0, batal: 0 },
      confirmedCounts: { mereplikasi: 0, tereplikasi: 0 },
      interestCount: 1,
      replicationCount: 0,
      entries: [{ ...entry, email: 'rina@padang.go.id', phone: '0812', tokenHash: 'ab' }],
      adminNote: 'x',
    };
    // Not a fresh literal where it is passed: extra fields type-check, as a store row's would.
    const shown = publicFieldsOnly(leaky);
    expect(shown).toEqual({ ...leaky, adminNote: undefined, entries: [entry] });
    expect(JSON.stringify(shown)).not.toMatch(/rina|0812|tokenHash|adminNote/);
  });
});
