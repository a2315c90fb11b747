import { describe, expect, it } from 'vitest';
import { csvCell, csvDocument, csvLine } from '../../../../src/lib/text/csv.ts';

describe('a CSV cell', () => {
  it.each([
    ['plain text', 'plain text'],
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+62 812', "'+62 812"],
    ['-1', "'-1"],
    ['@handle', "'@handle"],
    ['\tx', "'\tx"],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['=HYPERLINK("x","y")', '"\'=HYPERLINK(""x"",""y"")"'],
    ['two\nlines', '"two\nlines"'],
  ])('%j is written %j', (value, written) => {
    expect(csvCell(value)).toBe(written);
  });

  it('writes numbers, booleans and missing values', () => {
    expect(csvLine([1, true, undefined, 'x'])).toBe('1,true,,x\r\n');
  });
});

describe('a CSV document', () => {
  it('starts with a byte-order mark, ends every row with CRLF and escapes every cell', () => {
    const rows = [
      ['Provinsi', 'Inovasi'],
      ['Sosial, "kemiskinan"', 1],
      ['=HYPERLINK("x")', 20],
    ];
    expect(csvDocument(rows)).toBe(
      '\uFEFFProvinsi,Inovasi\r\n"Sosial, ""kemiskinan""",1\r\n"\'=HYPERLINK(""x"")",20\r\n',
    );
  });
});
