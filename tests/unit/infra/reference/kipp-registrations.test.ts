import { describe, expect, it } from 'vitest';
import { readKippRegistrations } from '../../../../src/infra/reference/kipp-registrations.ts';

const path = new URL('../../../../data/trends/kipp-registrations.csv', import.meta.url).pathname;

describe('the KIPP registrations table in data/', () => {
  it('reads every year from 2014 in order, each with its source', () => {
    const rows = readKippRegistrations(path);
    expect(rows.map(({ year }) => year)).toEqual(
      Array.from({ length: rows.length }, (_, index) => 2014 + index),
    );
    expect(rows.find(({ year }) => year === 2014)?.count).toBe(515);
    expect(rows.find(({ year }) => year === 2023)?.count).toBe(3110);
    expect(rows.every(({ source }) => source.startsWith('https://'))).toBe(true);
  });

  it('says 2024 was not held', () => {
    const rows = readKippRegistrations(path);
    expect(rows.find(({ year }) => year === 2024)).toMatchObject({ measure: 'not-held' });
  });
});
