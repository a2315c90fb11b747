import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceTiles, tileGrid } from '../../../../src/lib/trends/tiles.ts';

const csv = readFileSync(
  new URL('../../../../data/regions/provinces.csv', import.meta.url),
  'utf8',
);
const provinces = csv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [code = '', name = ''] = line.trim().split(',');
    return { code, name };
  });

describe('the province tile grid', () => {
  it('has one tile for each of the 38 provinces, named exactly as provinces.csv names it', () => {
    expect(provinces).toHaveLength(38);
    const tiles = provinceTiles.map(({ code, name }) => ({ code, name }));
    expect(tiles.sort(byCode)).toEqual([...provinces].sort(byCode));
  });

  it('puts every tile on its own square of the grid', () => {
    const squares = new Set(provinceTiles.map(({ column, row }) => `${column},${row}`));
    expect(squares.size).toBe(38);
    for (const { column, row } of provinceTiles) {
      expect(column).toBeLessThan(tileGrid.columns);
      expect(row).toBeLessThan(tileGrid.rows);
    }
  });

  it('gives every tile its own two-letter label', () => {
    const labels = provinceTiles.map(({ label }) => label);
    expect(new Set(labels).size).toBe(38);
    expect(labels.every((label) => /^[A-Z]{2}$/.test(label))).toBe(true);
  });

  it('lays the islands out west to east: Aceh first, Papua last, Java south of Kalimantan', () => {
    const at = (name: string) => provinceTiles.find((tile) => tile.name === name);
    const columns = provinceTiles.map(({ column }) => column);
    expect(at('Aceh')?.column).toBe(Math.min(...columns));
    expect(at('Papua')?.column).toBe(Math.max(...columns));
    expect(at('Jawa Tengah')?.row).toBeGreaterThan(at('Kalimantan Tengah')?.row ?? Infinity);
  });
});

function byCode(a: { code: string }, b: { code: string }): number {
  return a.code.localeCompare(b.code);
}
