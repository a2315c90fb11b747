import { describe, expect, it } from 'vitest';
import { HONEYPOT_FIELD, isHoneypotFilled } from '../../../src/http/honeypot.ts';

describe('isHoneypotFilled', () => {
  it('is the field named website', () => {
    expect(HONEYPOT_FIELD).toBe('website');
  });

  it.each([
    [{}],
    [{ website: '' }],
    [{ website: '   ' }],
    [{ website: null }],
    [{ website: false }],
  ])('is empty for %j', (data) => {
    expect(isHoneypotFilled(data)).toBe(false);
  });

  it.each([[{ website: 'http://spam.example' }], [{ website: 1 }], [{ website: ['x'] }]])(
    'is filled for %j',
    (data) => {
      expect(isHoneypotFilled(data)).toBe(true);
    },
  );
});
