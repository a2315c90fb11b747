import { describe, expect, it } from 'vitest';
import { createInnovationLookup } from '../../../../src/portal/innovation-lookup.ts';

function counting(known: readonly string[]) {
  const asked: string[] = [];
  const lookup = (id: string) => {
    asked.push(id);
    return Promise.resolve(known.includes(id));
  };
  return { asked, lookup };
}

describe('createInnovationLookup', () => {
  it('never asks about a malformed id', async () => {
    const { asked, lookup } = counting([]);
    const { exists } = createInnovationLookup({ lookup });
    for (const id of ['', 'A-B', 'a"b', 'a b', '../x', 'x-']) expect(await exists(id)).toBe(false);
    expect(asked).toEqual([]);
  });

  it('remembers an innovation found until its time runs out', async () => {
    let now = 0;
    const { asked, lookup } = counting(['kipp-1']);
    const { exists } = createInnovationLookup({ lookup, ttlMs: 1_000, now: () => now });
    expect(await exists('kipp-1')).toBe(true);
    now = 999;
    expect(await exists('kipp-1')).toBe(true);
    now = 1_001;
    expect(await exists('kipp-1')).toBe(true);
    expect(asked).toEqual(['kipp-1', 'kipp-1']);
  });

  it('remembers an innovation found for ten minutes unless told otherwise', async () => {
    let now = 0;
    const { asked, lookup } = counting(['kipp-1']);
    const { exists } = createInnovationLookup({ lookup, now: () => now });
    await exists('kipp-1');
    now = 9 * 60_000;
    await exists('kipp-1');
    expect(asked).toHaveLength(1);
    now = 11 * 60_000;
    await exists('kipp-1');
    expect(asked).toHaveLength(2);
  });

  it('asks again about an id not found (it may be ingested any moment)', async () => {
    const { asked, lookup } = counting([]);
    const { exists } = createInnovationLookup({ lookup });
    expect(await exists('kipp-2')).toBe(false);
    expect(await exists('kipp-2')).toBe(false);
    expect(asked).toHaveLength(2);
  });

  it('asks once for concurrent questions about one id', async () => {
    const { asked, lookup } = counting(['kipp-3']);
    const { exists } = createInnovationLookup({ lookup });
    const answers = await Promise.all(Array.from({ length: 50 }, () => exists('kipp-3')));
    expect(answers.every(Boolean)).toBe(true);
    expect(asked).toEqual(['kipp-3']);
  });

  it('lets an engine failure through, and asks again next time', async () => {
    let fail = true;
    const { exists } = createInnovationLookup({
      lookup: () => (fail ? Promise.reject(new Error('down')) : Promise.resolve(true)),
    });
    await expect(exists('kipp-4')).rejects.toThrow('down');
    fail = false;
    expect(await exists('kipp-4')).toBe(true);
  });

  it('knows the ids it was given without asking, for as long as one it found', async () => {
    let now = 0;
    const { asked, lookup } = counting(['kipp-5', 'kipp-6']);
    const { exists, remember } = createInnovationLookup({ lookup, ttlMs: 1_000, now: () => now });
    remember(['kipp-5', 'kipp-6']);
    expect(await exists('kipp-5')).toBe(true);
    expect(await exists('kipp-6')).toBe(true);
    expect(asked).toEqual([]);
    now = 1_001;
    expect(await exists('kipp-5')).toBe(true);
    expect(asked).toEqual(['kipp-5']);
  });

  it('keeps at most maxEntries ids, forgetting the least recently found', async () => {
    const { asked, lookup } = counting(['kipp-7', 'kipp-8', 'kipp-9']);
    const { exists, remember } = createInnovationLookup({ lookup, maxEntries: 2 });
    remember(['kipp-7', 'kipp-8', 'kipp-9']);
    expect(await exists('kipp-9')).toBe(true);
    expect(await exists('kipp-8')).toBe(true);
    expect(asked).toEqual([]);
    expect(await exists('kipp-7')).toBe(true);
    expect(asked).toEqual(['kipp-7']);
  });

  it('asks again about every id once told to forget (a re-ingest published)', async () => {
    const { asked, lookup } = counting(['kipp-10']);
    const { exists, remember, forget } = createInnovationLookup({ lookup });
    remember(['kipp-10', 'kipp-11']);
    forget();
    expect(await exists('kipp-10')).toBe(true);
    expect(await exists('kipp-11')).toBe(false);
    expect(asked).toEqual(['kipp-10', 'kipp-11']);
  });

  it('remembers titles until told to forget, keeping at most as many as ids', () => {
    const { titleOf, rememberTitle, forget } = createInnovationLookup({
      lookup: () => Promise.resolve(true),
      maxEntries: 2,
    });
    expect(titleOf('kipp-1')).toBeUndefined();
    rememberTitle('kipp-1', 'SIAP');
    rememberTitle('kipp-2', 'PUKEKE');
    rememberTitle('kipp-3', 'BASABA');
    expect([titleOf('kipp-1'), titleOf('kipp-2'), titleOf('kipp-3')]).toEqual([
      undefined,
      'PUKEKE',
      'BASABA',
    ]);
    forget();
    expect(titleOf('kipp-3')).toBeUndefined();
  });
});
