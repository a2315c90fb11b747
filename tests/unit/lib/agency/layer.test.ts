import { describe, expect, it } from 'vitest';
import { layerFields, type ApprovedUpdate } from '../../../../src/lib/agency/layer.ts';

const live: ApprovedUpdate = {
  status: 'berkembang',
  asOf: '2026-03-03',
  whatChanged: 'Diperluas ke 24 puskesmas.',
  replication: { contact: { officePhone: '+62 751 123456' }, documents: [] },
  visibleSince: '2026-03-10T02:00:00.000Z',
};
const current = {
  programme: { status: 'berlanjut' as const, statusUpdatedAt: '2024-06-30' },
  updatedAt: '2025-01-02T03:00:00.000Z',
  cohortStatus: ['2019|berlanjut'],
};

describe('the agency layer', () => {
  it("gives the agency's newer dated statement, keeping the programme's in the history", () => {
    const fields = layerFields(current, live, []);
    expect(fields).toMatchObject({
      status: 'berkembang',
      statusUpdatedAt: '2026-03-03',
      statusSource: 'agency',
      updatedAt: live.visibleSince,
      cohortStatus: ['2019|berkembang'],
      verifiedDay: Date.UTC(2026, 2, 3) / 86_400_000,
    });
    expect(fields.statusHistory).toEqual([
      { status: 'berkembang', asOf: '2026-03-03', source: 'agency', change: live.whatChanged },
      { status: 'berlanjut', asOf: '2024-06-30', source: 'programme' },
    ]);
  });

  it("lets a programme's newer dated statement win, with both kept", () => {
    const newer = {
      ...current,
      programme: { status: 'berhenti' as const, statusUpdatedAt: '2026-09-01' },
    };
    const fields = layerFields(newer, live, []);
    expect(fields).toMatchObject({
      status: 'berhenti',
      statusUpdatedAt: '2026-09-01',
      statusSource: 'programme',
    });
    expect(fields.statusHistory.map((statement) => statement.source)).toEqual([
      'programme',
      'agency',
    ]);
    // What the agency published about replicating stays.
    expect(fields.replication).toEqual(live.replication);
  });

  it('never moves updatedAt back, and lists earlier approved statements', () => {
    const later = { ...current, updatedAt: '2026-12-01T00:00:00.000Z' };
    const earlier: ApprovedUpdate = { ...live, status: 'vakum', asOf: '2025-01-01' };
    const fields = layerFields(later, live, [earlier]);
    expect(fields.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect(fields.statusHistory.map((statement) => statement.asOf)).toEqual([
      '2026-03-03',
      '2025-01-01',
      '2024-06-30',
    ]);
  });

  it('indexes the survival changes of the whole history, under the year of the first award', () => {
    expect(layerFields(current, live, []).survivalChanges).toEqual(['2019|5|unknown>running']);
    const earlier: ApprovedUpdate = { ...live, status: 'vakum', asOf: '2025-01-01' };
    expect(layerFields(current, live, [earlier]).survivalChanges).toEqual([
      '2019|5|unknown>running',
      '2019|6|running>stopped',
      '2019|7|stopped>running',
    ]);
    expect(layerFields({ ...current, cohortStatus: [] }, live, []).survivalChanges).toEqual([]);
  });

  it('on one date, the agency spoke later', () => {
    const same = {
      ...current,
      programme: { status: 'vakum' as const, statusUpdatedAt: '2026-03-03' },
    };
    expect(layerFields(same, live, []).statusSource).toBe('agency');
  });
});
