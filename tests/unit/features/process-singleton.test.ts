import { describe, expect, it } from 'vitest';
import { processSingleton } from '../../../src/server/process-singleton.ts';

describe('processSingleton', () => {
  it('creates a value once per key, and another for another key', () => {
    let created = 0;
    const make = () => ({ serial: (created += 1) });
    const first = processSingleton('test:one', make);
    expect(processSingleton('test:one', make)).toBe(first);
    expect(processSingleton('test:two', make)).not.toBe(first);
    expect(created).toBe(2);
  });

  it('is shared by a second copy of the module, as a second module graph loads it', async () => {
    const url = new URL('../../../src/server/process-singleton.ts', import.meta.url);
    url.search = '?copy';
    const copy = (await import(url.href)) as { processSingleton: typeof processSingleton };
    expect(copy.processSingleton).not.toBe(processSingleton);
    const value = processSingleton('test:shared', () => ({ kept: true }));
    expect(copy.processSingleton('test:shared', () => ({ kept: false }))).toBe(value);
  });

  it('keeps an undefined value as the one value', () => {
    let created = 0;
    const make = () => {
      created += 1;
      return undefined;
    };
    processSingleton('test:undefined', make);
    processSingleton('test:undefined', make);
    expect(created).toBe(1);
  });
});
