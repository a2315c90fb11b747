import { describe, expect, it } from 'vitest';
import { layerFields } from '../../../../src/lib/agency/layer.ts';
import {
  neverVerifiedFilter,
  notVerifiedWithinFilter,
  verifiedDayOf,
  verifiedLongAgo,
  verifiedSince,
  verifiedWithin,
  verifiedWithinFilter,
} from '../../../../src/lib/agency/verified.ts';

const now = new Date('2026-12-07T15:00:00Z');
// 2025-12-07 and 2024-12-07 as days since 1970, counted by hand from Date.UTC.
const day2025 = Date.UTC(2025, 11, 7) / 86_400_000;
const day2024 = Date.UTC(2024, 11, 7) / 86_400_000;

describe('the one definition of verified', () => {
  it('is the date of the newest dated status statement, and nothing without one', () => {
    expect(verifiedDayOf('2025-12-07')).toBe(day2025);
    expect(verifiedDayOf(undefined)).toBeNull();
  });

  it('counts a window from the same calendar day 12 or 24 months back, that day included', () => {
    expect(verifiedSince(now, 12)).toBe('2025-12-07');
    expect(verifiedWithin('2025-12-07', 12, now)).toBe(true);
    expect(verifiedWithin('2025-12-06', 12, now)).toBe(false);
    expect(verifiedWithin('2025-12-06', 24, now)).toBe(true);
    expect(verifiedWithin(undefined, 24, now)).toBe(false);
  });

  it('says plainly when a record was not verified for two years, or never', () => {
    expect(verifiedLongAgo('2024-12-07', now)).toBe(false);
    expect(verifiedLongAgo('2024-12-06', now)).toBe(true);
    expect(verifiedLongAgo(undefined, now)).toBe(true);
  });

  it('gives the engine the same windows as filters on verifiedDay', () => {
    expect(verifiedWithinFilter(12, now)).toBe(`verifiedDay >= ${String(day2025)}`);
    expect(verifiedWithinFilter(24, now)).toBe(`verifiedDay >= ${String(day2024)}`);
    expect(notVerifiedWithinFilter(12, now)).toBe(`NOT verifiedDay >= ${String(day2025)}`);
    expect(neverVerifiedFilter).toBe('verifiedDay IS NULL OR verifiedDay NOT EXISTS');
  });

  it("lays the agency's statement over the index with the same day", () => {
    const fields = layerFields(
      {
        programme: { status: 'tidak-diketahui' },
        updatedAt: '2025-01-02T03:00:00.000Z',
        cohortStatus: [],
      },
      {
        status: 'berlanjut',
        asOf: '2025-12-07',
        whatChanged: 'Masih berjalan.',
        replication: { contact: { officePhone: '+62 751 123456' }, documents: [] },
        visibleSince: '2026-01-01T00:00:00.000Z',
      },
      [],
    );
    expect(fields.verifiedDay).toBe(day2025);
  });
});
