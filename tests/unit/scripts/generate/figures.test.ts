import { describe, expect, it } from 'vitest';
import { fillFigures } from '../../../../scripts/generate/figures.ts';
import { createRng } from '../../../../scripts/generate/rng.ts';

const numberOf = (text: string): number => Number(text.replace(/\./g, '').replace(',', '.'));

describe('fillFigures', () => {
  it('draws a fall below its start and a rise above it, within the ranges', () => {
    const rng = createRng(7);
    for (let i = 0; i < 500; i += 1) {
      const fall = /dari (\d+)% menjadi (\d+)%/.exec(
        fillFigures(rng, 'turun dari {a:18-38}% menjadi {b<a}%'),
      );
      const [from, to] = [Number(fall?.[1]), Number(fall?.[2])];
      expect(from).toBeGreaterThanOrEqual(18);
      expect(from).toBeLessThanOrEqual(38);
      expect(to).toBeLessThan(from);
      expect(to).toBeGreaterThan(0);
      const rise = /dari ([\d,]+) menjadi ([\d,]+) ton/.exec(
        fillFigures(rng, 'naik dari {a:4.2-5.4} menjadi {b>a:7.2} ton'),
      );
      const [low, high] = [numberOf(rise?.[1] ?? ''), numberOf(rise?.[2] ?? '')];
      expect(low).toBeGreaterThanOrEqual(4.2);
      expect(high).toBeGreaterThan(low);
      expect(high).toBeLessThanOrEqual(7.2);
    }
  });

  it('writes figures the Indonesian way: a dot between thousands, a comma before decimals', () => {
    const rng = createRng(8);
    expect(fillFigures(rng, '{n:12345-12345} warga')).toBe('12.345 warga');
    expect(fillFigures(rng, '{a:5.5-5.5} ton')).toBe('5,5 ton');
    expect(fillFigures(rng, '{a:999-999} hari')).toBe('999 hari');
  });

  it('refuses a figure used before it is drawn', () => {
    expect(() => fillFigures(createRng(9), 'turun menjadi {b<a}%')).toThrow(/before it is drawn/);
  });
});
