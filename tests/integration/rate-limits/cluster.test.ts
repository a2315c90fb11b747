import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

it('counts every worker of a cluster in its primary: many requests at once, exactly the allowance in all', async () => {
  const child = new URL('cluster-child.ts', import.meta.url).pathname;
  const { stdout } = await run(process.execPath, [child, '3', '40', '25']);
  const results = JSON.parse(stdout) as { allowed: number; refused: number; fallbacks: number }[];
  expect(results).toHaveLength(3);
  expect(results.reduce((sum, one) => sum + one.allowed, 0)).toBe(25);
  expect(results.reduce((sum, one) => sum + one.refused, 0)).toBe(3 * 40 - 25);
  expect(results.map((one) => one.fallbacks)).toEqual([0, 0, 0]);
});
