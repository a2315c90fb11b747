import { describe, expect, it } from 'vitest';
import { escapeXml } from '../../../../src/lib/text/xml.ts';

describe('escapeXml', () => {
  it('writes the reserved characters as entities', () => {
    expect(escapeXml(`a&b<c>"d"'e'`)).toBe('a&amp;b&lt;c&gt;&quot;d&quot;&apos;e&apos;');
  });
});
