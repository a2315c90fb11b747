import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { startTestMeili, isProcessGone } from '../../helpers/meili.ts';

describe('startTestMeili', () => {
  it('starts a real engine quickly, each with its own port, key and folder', async () => {
    const started = Date.now();
    const [one, two] = await Promise.all([startTestMeili(), startTestMeili()]);
    try {
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(one.url).not.toBe(two.url);
      expect(one.masterKey).not.toBe(two.masterKey);
      expect(one.dataDir).not.toBe(two.dataDir);
      await one.client.createIndex('only-in-one').waitTask();
      expect((await one.client.getIndexes()).results.map((index) => index.uid)).toEqual([
        'only-in-one',
      ]);
      expect((await two.client.getIndexes()).results).toEqual([]);
    } finally {
      await Promise.all([one.stop(), two.stop()]);
    }
  });

  it('stop() ends the process and removes the folder', async () => {
    const meili = await startTestMeili();
    await meili.stop();
    expect(isProcessGone(meili.pid)).toBe(true);
    expect(existsSync(meili.dataDir)).toBe(false);
  });

  it('crash() kills the engine at once; requests then fail; stop() still cleans up', async () => {
    const meili = await startTestMeili();
    await meili.crash();
    expect(isProcessGone(meili.pid)).toBe(true);
    await expect(meili.client.health()).rejects.toThrow();
    await meili.stop();
    expect(existsSync(meili.dataDir)).toBe(false);
  });
});
