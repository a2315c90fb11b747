import { describe, expect, it } from 'vitest';
import { clusterSchema, statusSchema } from '../../../../src/lib/schema/enums.ts';
import {
  countColour,
  inkOn,
  okabeIto,
  seriesColours,
} from '../../../../src/islands/trends/colours.ts';

describe('chart colours', () => {
  it('gives every cluster, programme and status its own colour', () => {
    for (const colours of Object.values(seriesColours)) {
      const values: string[] = Object.values(colours);
      expect(new Set(values).size).toBe(values.length);
    }
    expect(Object.keys(seriesColours.cluster)).toEqual(clusterSchema.options);
    expect(Object.keys(seriesColours.status)).toEqual(statusSchema.options);
  });

  it('darkens with the count, and shows none apart from a few', () => {
    const none = countColour(0, 100);
    const few = countColour(1, 100);
    const most = countColour(100, 100);
    expect(none).not.toBe(few);
    expect(inkOn(none)).toBe('#111111');
    expect(inkOn(most)).toBe('#ffffff');
  });

  it('writes dark text on light colours and white on dark ones', () => {
    expect(inkOn(okabeIto.yellow)).toBe('#111111');
    expect(inkOn(okabeIto.blue)).toBe('#ffffff');
    expect(inkOn('rgb(8, 48, 107)')).toBe('#ffffff');
  });
});
