import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { pageValidators } from '../../../../src/features/innovation/validators.ts';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';
import { fixture } from '../../../helpers/fixtures.ts';

const record = innovationSchema.parse(
  JSON.parse(await readFile(fixture('site/markup-innovation.json'), 'utf8')),
);
/** Last verified on 10 March 2024 by its agency: the notice is due from 11 March 2026 on. */
const page = {
  innovation: { ...record, year: 2021, years: [2021], statusUpdatedAt: '2024-03-10' },
  similar: [],
  activity: undefined,
  spread: undefined,
};
const etagOn = (day: string) => pageValidators('boot-1', page, new Date(`${day}T12:00:00Z`)).ETag;

describe('an innovation page’s validators', () => {
  it('stay the same from one day to the next while the page shows the same', () => {
    expect(etagOn('2026-03-09')).toBe(etagOn('2026-03-10'));
    expect(etagOn('2026-03-11')).toBe(etagOn('2026-03-12'));
  });

  it('change on the day the "not verified for two years" notice appears', () => {
    expect(etagOn('2026-03-11')).not.toBe(etagOn('2026-03-10'));
  });

  it('change with a similar innovation’s notice too', () => {
    const similar = { ...page.innovation, id: 'mirip-1', statusUpdatedAt: '2025-01-01' };
    const withSimilar = {
      ...page,
      innovation: { ...page.innovation, statusUpdatedAt: '2026-01-01' },
    };
    const on = (day: string) =>
      pageValidators('boot-1', { ...withSimilar, similar: [similar] }, new Date(day)).ETag;
    expect(on('2027-01-01')).toBe(on('2026-06-01'));
    expect(on('2027-01-02')).not.toBe(on('2027-01-01'));
  });

  it('change when a replication is confirmed, and when it is gone again', () => {
    const day = new Date('2026-03-09T12:00:00Z');
    const none = { agency: record.agency, replications: [], from: [] };
    const one = {
      ...none,
      replications: [
        {
          code: 'ABCD-EFGH-JK12',
          innovationId: record.id,
          agency: 'Dinas Kesehatan Kota Padang',
          cluster: 'kota' as const,
          provinceCode: '13',
          startedOn: '2026-02-01',
          confirmedAt: '2026-03-01T00:00:00.000Z',
          onward: [],
        },
      ],
    };
    const tag = (spread: typeof none | typeof one) =>
      pageValidators('boot-1', { ...page, spread }, day).ETag;
    expect(tag(one)).not.toBe(tag(none));
    expect(tag(none)).toBe(tag({ ...none }));
    expect(tag(none)).not.toBe(etagOn('2026-03-09'));
  });
});
