import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Meilisearch } from 'meilisearch';
import { loadConfig } from '../../src/infra/config.ts';
import { findBinary, type MeiliBinary } from '../../src/infra/meilisearch/binary.ts';
import { startEmbedded, type EmbeddedEngine } from '../../src/infra/meilisearch/embedded.ts';
import { freePort } from '../../src/infra/meilisearch/port.ts';

export { freePort };
import { makeTempDir, type TempDir } from './temp.ts';

export interface TestMeili {
  url: string;
  masterKey: string;
  /** A client holding the master key. */
  client: Meilisearch;
  pid: number;
  /** The engine's own DATA_DIR (temporary): key file, state file and database. */
  dataDir: string;
  /** Stops the engine and removes its temporary folder. Safe after `crash()`. */
  stop(): Promise<void>;
  /** kill -9, as a crashing engine; resolves once the process has ended. */
  crash(): Promise<void>;
}

/**
 * A real Meilisearch for one integration test file: the project's binary, a random free port,
 * a temporary data folder and its own master key. Use from `beforeAll` / `afterAll`:
 *
 *     let meili: TestMeili;
 *     beforeAll(async () => { meili = await startTestMeili(); });
 *     afterAll(() => meili.stop());
 */
export async function startTestMeili(): Promise<TestMeili> {
  const binary = await projectBinary();
  const dir = await makeTempDir('meili');
  try {
    const engine = await startOnSomeFreePort(binary, dir);
    return {
      url: engine.url,
      masterKey: engine.masterKey,
      client: new Meilisearch({ host: engine.url, apiKey: engine.masterKey }),
      pid: engine.pid,
      dataDir: dir.path,
      async stop() {
        await engine.stop();
        await dir.remove();
      },
      async crash() {
        engine.kill();
        await engine.exited;
      },
    };
  } catch (error) {
    await dir.remove();
    throw error;
  }
}

/**
 * True once process `pid` has ended: `kill -0` fails, or it is a zombie (an orphan whose
 * parent, the container's init, never reaps it).
 */
export function isProcessGone(pid: number): boolean {
  if (spawnSync('kill', ['-0', String(pid)]).status !== 0) return true;
  try {
    return /^\d+ \(.*\) Z /s.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return true;
  }
}

/** The pids of live processes whose command line names `path` (Linux): engines on that folder. */
export function processesUsing(path: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(path);
      } catch {
        return false;
      }
    })
    .map(Number);
}

let binaryLookup: Promise<MeiliBinary> | undefined;

/**
 * The binary the project would run (MEILI_BIN, PATH or the package), found once per test worker;
 * the packaged copy is shared under the project's DATA_DIR.
 */
export function projectBinary(): Promise<MeiliBinary> {
  binaryLookup ??= findBinary(
    loadConfig({ DATA_DIR: process.env.DATA_DIR, MEILI_BIN: process.env.MEILI_BIN }),
  );
  return binaryLookup;
}

// --- internal ---

/** Another process may take the free port before the engine does: try a few. */
async function startOnSomeFreePort(binary: MeiliBinary, dir: TempDir): Promise<EmbeddedEngine> {
  for (let attempt = 1; ; attempt++) {
    const config = loadConfig({ DATA_DIR: dir.path, MEILI_PORT: String(await freePort()) });
    try {
      return await startEmbedded(config, { binary });
    } catch (error) {
      if (attempt === 3 || !/in use/i.test(String(error))) throw error;
    }
  }
}
