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
});
