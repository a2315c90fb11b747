import { describe, expect, it } from 'vitest';
import { kippRegistrationSchema } from '../../../../src/lib/trends/kipp.ts';

const row = {
  year: '2019',
  count: '3156',
  measure: 'registered',
  source: 'https://menpan.go.id/site/berita-terkini/x',
  publisher: 'KemenPANRB',
  note: '',
};

describe('a row of the KIPP registrations table', () => {
  it('reads the year and the count as numbers', () => {
    expect(kippRegistrationSchema.parse(row)).toMatchObject({ year: 2019, count: 3156 });
  });

  it('has no count in a year KIPP was not held, and must have one in any other', () => {
    expect(
      kippRegistrationSchema.parse({ ...row, count: '', measure: 'not-held' }).count,
    ).toBeUndefined();
    expect(kippRegistrationSchema.safeParse({ ...row, count: '' }).success).toBe(false);
    expect(kippRegistrationSchema.safeParse({ ...row, measure: 'not-held' }).success).toBe(false);
  });

  it('refuses a source that is not a link and a measure it does not know', () => {
    expect(kippRegistrationSchema.safeParse({ ...row, source: 'KemenPANRB' }).success).toBe(false);
    expect(kippRegistrationSchema.safeParse({ ...row, measure: 'estimated' }).success).toBe(false);
  });
});
