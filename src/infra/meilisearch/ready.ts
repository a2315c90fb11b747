import { describeExit, type EngineProcess } from './child.ts';
import { EngineStartError } from './errors.ts';
import { acceptsKey, isHealthy } from './probe.ts';

/**
 * Waits until the freshly spawned engine answers `/health` and accepts its master key, and
 * returns its pid. On any failure the process is stopped first, and the error quotes the end of
 * what it wrote.
 */
export async function whenReady(
  engine: EngineProcess,
  url: string,
  masterKey: string,
  timeoutMs: number,
): Promise<number> {
  const failure = await waitForHealth(engine, url, timeoutMs);
  if (failure === undefined && engine.pid !== undefined) {
    if (await acceptsKey(url, masterKey)) return engine.pid;
    await engine.stop(2_000);
    throw new EngineStartError(`the engine at ${url} does not accept the key it was started with`);
  }
  await engine.stop(2_000);
  const tail = engine.outputTail();
  throw new EngineStartError(
    `Meilisearch did not start: ${failure ?? 'no process'}.` +
      (tail === '' ? '' : `\nIts last output:\n${tail}`),
  );
}

// --- internal ---

async function waitForHealth(
  engine: EngineProcess,
  url: string,
  timeoutMs: number,
): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = engine.status();
    if (status) return describeExit(status);
    if (await isHealthy(url, 500)) return undefined;
    if (Date.now() >= deadline) return `${url}/health did not answer within ${timeoutMs} ms`;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
