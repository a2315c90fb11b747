/** What one HTTP probe of an engine found. */
export type ProbeResult =
  { kind: 'answered'; status: number; body: string } | { kind: 'unreachable'; reason: string };

/** `url` without trailing slashes, so paths can be appended (an engine may sit under a prefix). */
export function baseUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** One GET of `path` on the engine, never throwing: a network failure is a result too. */
export async function probe(
  url: string,
  path: string,
  options: { key?: string; timeoutMs: number },
): Promise<ProbeResult> {
  try {
    const response = await fetch(`${baseUrl(url)}${path}`, {
      headers: options.key === undefined ? {} : { authorization: `Bearer ${options.key}` },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
    return { kind: 'answered', status: response.status, body: await response.text() };
  } catch (error) {
    return { kind: 'unreachable', reason: describeFailure(error) };
  }
}

/** True when `GET /health` says the engine is available. */
export async function isHealthy(url: string, timeoutMs = 1_000): Promise<boolean> {
  const result = await probe(url, '/health', { timeoutMs });
  return result.kind === 'answered' && result.status === 200 && /"available"/.test(result.body);
}

/** True when the engine accepts `key` on a route that needs one. */
export async function acceptsKey(url: string, key: string, timeoutMs = 2_000): Promise<boolean> {
  const result = await probe(url, '/version', { key, timeoutMs });
  return result.kind === 'answered' && result.status === 200;
}

// --- internal ---

/** fetch hides the useful part (ECONNREFUSED, ENOTFOUND, a timeout) in `cause`. */
function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time';
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
    return code ?? cause.message;
  }
  return error.message;
}
