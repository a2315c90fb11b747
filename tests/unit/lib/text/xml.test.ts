import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { escapeXml, xmlText } from '../../../../src/lib/text/xml.ts';

describe('escapeXml', () => {
  it('writes the reserved characters as entities', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
  });
});

describe('xmlText', () => {
  it('leaves out what XML cannot hold, so the document stays readable', () => {
    const title = 'Judul\u0000 <b>\u0008SIAP\uFFFE\uD800 & \u{1F600}\tok\n';
    const document = `<t>${xmlText(title)}</t>`;
    expect(new XMLParser({ trimValues: false }).parse(document)).toEqual({
      t: 'Judul <b>SIAP & \u{1F600}\tok\n',
    });
  });
});
