import { describe, expect, it } from 'vitest';
import { median, replicationStats } from '../../../../src/lib/replication/stats.ts';

describe('replicationStats', () => {
  it('counts confirmations per year without gaps and takes the median time', () => {
    const stats = replicationStats([
      // 10 days, confirmed in 2024.
      { registeredAt: '2024-01-01T00:00:00.000Z', confirmedAt: '2024-01-11T00:00:00.000Z' },
      // 30 days, in 2026.
      { registeredAt: '2026-01-01T00:00:00.000Z', confirmedAt: '2026-01-31T00:00:00.000Z' },
      // 20 days; 31 December 20:00 UTC is already 2027 in Jakarta.
      { registeredAt: '2026-12-11T20:00:00.000Z', confirmedAt: '2026-12-31T20:00:00.000Z' },
    ]);
    expect(stats).toEqual({
      total: 3,
      perYear: [
        { year: 2024, count: 1 },
        { year: 2025, count: 0 },
        { year: 2026, count: 1 },
        { year: 2027, count: 1 },
      ],
      medianDays: 20,
    });
  });

  it('has no years and no median without confirmations', () => {
    expect(replicationStats([])).toEqual({ total: 0, perYear: [], medianDays: undefined });
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
});
