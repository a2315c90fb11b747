import { withSiteEngine } from '../site/engine.ts';
import { innovationIdSchema } from '../site/innovation.ts';

export type InnovationExists = (id: string) => Promise<boolean>;

export interface InnovationLookupOptions {
  /** Asks the index; called only for well-formed ids not remembered. */
  lookup?: (id: string) => Promise<boolean>;
  /** How long an innovation found is remembered. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Whether an innovation is in the catalogue, for every registration and every activity read.
 * An id found is remembered for a while (a hot innovation page would otherwise ask the engine
 * on every poll), and concurrent questions about one id share one request; an id not found is
 * not remembered, so an innovation ingested a moment ago is accepted at once. A malformed id
 * is never looked up.
 */
export function createInnovationLookup(options: InnovationLookupOptions = {}): InnovationExists {
  const { lookup = inIndex, ttlMs = 60_000, maxEntries = 20_000, now = Date.now } = options;
  const found = new Map<string, number>();
  const asking = new Map<string, Promise<boolean>>();
  return async (id) => {
    if (!innovationIdSchema.safeParse(id).success) return false;
    const until = found.get(id);
    if (until !== undefined && until > now()) return true;
    let answer = asking.get(id);
    if (answer === undefined) {
      answer = lookup(id).finally(() => asking.delete(id));
      asking.set(id, answer);
    }
    const exists = await answer;
    if (exists) remember(found, id, now() + ttlMs, maxEntries);
    return exists;
  };
}

// --- internal ---

async function inIndex(id: string): Promise<boolean> {
  return withSiteEngine(async ({ index }) => {
    const { hits } = await index.search('', {
      filter: `id = "${id}"`,
      limit: 1,
      attributesToRetrieve: ['id'],
    });
    return hits.length > 0;
  });
}

function remember(found: Map<string, number>, id: string, until: number, max: number): void {
  found.delete(id);
  found.set(id, until);
  if (found.size > max) {
    const oldest = found.keys().next();
    if (oldest.done !== true) found.delete(oldest.value);
  }
}
