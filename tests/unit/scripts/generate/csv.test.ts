import { describe, expect, it } from 'vitest';
import { csvField, type CsvOptions } from '../../../../scripts/generate/write/csv.ts';

const semicolon: CsvOptions = { delimiter: ';', bom: false, eol: '\n', quoteAll: false };

describe('csvField', () => {
  it('leaves a plain field alone', () => {
    expect(csvField('Pemerintah Kota Padang', semicolon)).toBe('Pemerintah Kota Padang');
  });

  it('quotes a field holding the delimiter, a quote or a line break', () => {
    expect(csvField('Budi; Siti', semicolon)).toBe('"Budi; Siti"');
    expect(csvField('Inovasi "Sehat"', semicolon)).toBe('"Inovasi ""Sehat"""');
    expect(csvField('Budi\nSiti', semicolon)).toBe('"Budi\nSiti"');
  });

  it('does not quote a comma in a ;-delimited file, but does in a ,-delimited one', () => {
    expect(csvField('3, 5', semicolon)).toBe('3, 5');
    expect(csvField('3, 5', { ...semicolon, delimiter: ',' })).toBe('"3, 5"');
  });

  it('quotes everything when asked', () => {
    expect(csvField('2019', { ...semicolon, quoteAll: true })).toBe('"2019"');
  });
});
