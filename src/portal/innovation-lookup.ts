import type { SiteSearch } from '../infra/meilisearch/site-engine.ts';
import type { AgencyFields } from '../lib/agency/name.ts';
import { innovationSchema } from '../lib/schema/innovation.ts';

export type InnovationExists = (id: string) => Promise<boolean>;

export interface InnovationLookup {
  exists: InnovationExists;
  /** Remembers every id given as found now (the whole catalogue, listed at server start). */
  remember: (ids: Iterable<string>) => void;
  /** Forgets every id and title found (a re-ingest published: it may have removed or renamed). */
  forget: () => void;
  /** The title remembered for an id, if one was (a registration's message names it). */
  titleOf: (id: string) => string | undefined;
  /** The innovating agency and unit remembered with the title (their people get each registration). */
  agencyOf: (id: string) => AgencyFields | undefined;
  rememberTitle: (id: string, title: string, agency?: AgencyFields) => void;
}

export interface InnovationLookupOptions {
  /** Asks the index; called only for well-formed ids not remembered. */
  lookup: (id: string) => Promise<boolean>;
  /** How long an innovation found is remembered. */
  ttlMs?: number;
  maxEntries?: number;
  now?: () => number;
}

/**
 * Whether an innovation is in the catalogue, for every registration and every activity read.
 * An id found is remembered for a while (ten minutes by default: a hot innovation page would
 * otherwise ask the engine on every poll, and an innovation removed by a re-ingest is refused
 * again at the latest that much later), and concurrent questions about one id share one
 * request; an id not found is not remembered, so an innovation ingested a moment ago is
 * accepted at once. A malformed id is never looked up. At most `maxEntries` ids are kept, the
 * least recently found forgotten first.
 */
export function createInnovationLookup(options: InnovationLookupOptions): InnovationLookup {
  const { lookup, ttlMs = 10 * 60_000, maxEntries = 100_000, now = Date.now } = options;
  const found = new Map<string, number>();
  const titles = new Map<string, { title: string; agency: AgencyFields | undefined }>();
  const asking = new Map<string, Promise<boolean>>();
  const exists: InnovationExists = async (id) => {
    if (!innovationSchema.shape.id.safeParse(id).success) return false;
    const until = found.get(id);
    if (until !== undefined && until > now()) return true;
    let answer = asking.get(id);
    if (answer === undefined) {
      answer = lookup(id).finally(() => asking.delete(id));
      asking.set(id, answer);
    }
    const present = await answer;
    if (present) remember(found, id, now() + ttlMs, maxEntries);
    return present;
  };
  return {
    exists,
    remember: (ids) => {
      const until = now() + ttlMs;
      for (const id of ids) remember(found, id, until, maxEntries);
    },
    forget: () => {
      found.clear();
      titles.clear();
    },
    titleOf: (id) => titles.get(id)?.title,
    agencyOf: (id) => titles.get(id)?.agency,
    rememberTitle: (id, title, agency) => {
      titles.delete(id);
      titles.set(id, { title, agency });
      if (titles.size > maxEntries) {
        const oldest = titles.keys().next();
        if (oldest.done !== true) titles.delete(oldest.value);
      }
    },
  };
}

/** Whether the index holds `id`, asked with the search-only key. */
export function inIndex(search: SiteSearch): (id: string) => Promise<boolean> {
  return (id) =>
    search.run(async ({ index }) => {
      const { hits } = await index.search('', {
        filter: `id = "${id}"`,
        limit: 1,
        attributesToRetrieve: ['id'],
      });
      return hits.length > 0;
    });
}

// --- internal ---

function remember(found: Map<string, number>, id: string, until: number, max: number): void {
  found.delete(id);
  found.set(id, until);
  if (found.size > max) {
    const oldest = found.keys().next();
    if (oldest.done !== true) found.delete(oldest.value);
  }
}
