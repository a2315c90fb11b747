import { isEngineDown } from './site-engine.ts';

/** What a page got from the engine: the data, or the news that search is down. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; reason: 'engine-down' };

/**
 * Runs a page's data loading; "the engine is down" becomes a value the page renders (with HTTP
 * 503) instead of an exception, so the header, footer and every static part still arrive.
 * Anything else is a bug and is thrown.
 */
export async function orEngineDown<T>(load: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (isEngineDown(error)) return { ok: false, reason: 'engine-down' };
    throw error;
  }
}
