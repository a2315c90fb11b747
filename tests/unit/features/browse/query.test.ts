import { describe, expect, it } from 'vitest';
import { equals } from '../../../../src/features/browse/query.ts';

describe('equals', () => {
  it('quotes the value, so names with spaces stay one value', () => {
    expect(equals('province', 'Daerah Istimewa Yogyakarta')).toBe(
      'province = "Daerah Istimewa Yogyakarta"',
    );
    expect(equals('years', 2019)).toBe('years = "2019"');
  });

  it('escapes quotes and backslashes, so a value cannot end the filter', () => {
    expect(equals('regency', 'Kota "X" OR id = 1')).toBe('regency = "Kota \\"X\\" OR id = 1"');
    expect(equals('regency', 'a\\')).toBe('regency = "a\\\\"');
  });
});
