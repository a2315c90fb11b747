import { describe, expect, it } from 'vitest';
import { jsonForScript } from '../../../../src/lib/text/json-script.ts';

describe('jsonForScript', () => {
  const hostile = { name: '</script><script>alert(1)</script>', note: '<!-- x \u2028 y' };

  it('leaves no `<` that could end the element or open a comment', () => {
    const json = jsonForScript(hostile);
    expect(json).not.toContain('<');
    expect(json.toLowerCase()).not.toContain('</script');
    expect(json).not.toContain('\u2028');
  });

  it('is still the same JSON', () => {
    expect(JSON.parse(jsonForScript(hostile))).toEqual(hostile);
  });
});
