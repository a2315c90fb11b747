import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freePort, isProcessGone, projectBinary } from '../../helpers/meili.ts';
import { runScript } from '../../helpers/run-cli.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';

let dir: TempDir;
let env: Record<string, string>;

beforeEach(async () => {
  dir = await makeTempDir('meili-shutdown');
  const { path } = await projectBinary();
  env = { DATA_DIR: dir.path, MEILI_PORT: String(await freePort()), MEILI_BIN: path };
});
afterEach(() => dir.remove());

const source = (file: string) => pathToFileURL(join(process.cwd(), 'src/infra', file)).href;

/** A program that starts the engine, installs `stopOnExit`, writes the pid, then ends with `end`. */
async function parentThatEnds(end: string): Promise<string> {
  const file = dir.file('parent.mjs');
  await writeFile(
    file,
    [
      `import { loadConfig } from '${source('config.ts')}';`,
      `import { startEmbedded } from '${source('meilisearch/embedded.ts')}';`,
      `import { stopOnExit } from '${source('meilisearch/shutdown.ts')}';`,
      `import { writeFileSync } from 'node:fs';`,
      'const engine = await startEmbedded(loadConfig());',
      'stopOnExit(engine);',
      `writeFileSync(${JSON.stringify(dir.file('engine.pid'))}, String(engine.pid));`,
      end,
    ].join('\n'),
  );
  return file;
}

describe('stopOnExit', () => {
  for (const [how, end, code] of [
    ['an uncaught error', "throw new Error('boom');", 1],
    ['process.exit', 'process.exit(0);', 0],
  ] as const) {
    it(`stops the engine when its parent ends by ${how}`, async () => {
      const run = await runScript(await parentThatEnds(end), [], env);
      expect(run.code).toBe(code);
      const pid = Number(await readFile(dir.file('engine.pid'), 'utf8'));
      await vi.waitFor(() => {
        expect(isProcessGone(pid)).toBe(true);
      });
      expect(existsSync(dir.file('meili.json'))).toBe(false);
    });
  }
});
