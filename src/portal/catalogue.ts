import { z } from 'zod';
import type { AgencyFields } from '../lib/agency/name.ts';
import { connectEngine } from '../infra/meilisearch/connect.ts';
import { describeError } from '../lib/text/error.ts';
import type { Config } from '../infra/config.ts';
import type { InnovationLookup } from './innovation-lookup.ts';

/** What listing the catalogue needs of a Meilisearch client (one whose key may read documents). */
export interface DocumentReader {
  index(uid: string): {
    getDocuments(query: { fields: string[]; limit: number; offset: number }): Promise<{
      results: readonly Readonly<Record<string, unknown>>[];
      total: number;
    }>;
  };
}

/** An innovation as the lookup remembers it: a registration's message names it and its agency. */
export interface ListedInnovation {
  id: string;
  title?: string;
  agency?: AgencyFields;
}

/**
 * Every innovation of the index with its title, agency and unit, read in pages of those fields
 * only: a registration's message names them, and asking the engine for them one innovation at
 * a time cost a search per innovation and process at the first registrations (under the
 * interest bench, ~200 searches/s per site process for its first 10-20 s).
 */
export async function listInnovations(
  client: DocumentReader,
  indexUid: string,
  pageSize = 1_000,
): Promise<ListedInnovation[]> {
  const listed: ListedInnovation[] = [];
  for (let offset = 0; ; offset += pageSize) {
    const page = await client
      .index(indexUid)
      .getDocuments({ fields: [...LISTED_FIELDS], limit: pageSize, offset });
    for (const document of page.results) {
      const parsed = listedDocument.safeParse(document);
      if (parsed.success) listed.push(listedInnovation(parsed.data));
    }
    if (page.results.length < pageSize || offset + pageSize >= page.total) return listed;
  }
}

export interface CatalogueWatch {
  /** The newest published ingest run in the store (every process and machine shares it). */
  latestPublication: () => Promise<number | undefined>;
  log: (line: string) => void;
  /** How often the store is asked; 15 s by default. */
  checkMs?: number;
}

/**
 * Has `lookup` learn every id of the index now and every few minutes, so registrations and
 * reads do not each ask the engine whether their innovation exists. The listing uses the
 * master-key client (the search-only key may not read documents). One that fails (the engine
 * away) leaves the lookup asking per id, as it would anyway, until the next. Every few seconds
 * the store is asked for the newest published ingest: when another one published (from any
 * machine), every process forgets what it found and lists again, so an innovation a re-ingest
 * removed is refused by all of them within seconds instead of when their memory runs out.
 * Returns the stop.
 */
export function refreshCatalogue(
  config: Config,
  lookup: InnovationLookup,
  watch: CatalogueWatch,
): () => void {
  const { log } = watch;
  const list = async (why: string | undefined) => {
    try {
      const engine = await connectEngine(config, { startIfNeeded: false });
      const listed = await listInnovations(engine.client, config.MEILI_INDEX);
      lookup.remember(listed.map((one) => one.id));
      for (const { id, title, agency } of listed) {
        if (title !== undefined) lookup.rememberTitle(id, title, agency);
      }
      if (why !== undefined)
        log(`Innovation lookup: ${listed.length} ids of "${config.MEILI_INDEX}" loaded (${why})`);
    } catch (error) {
      const reason = describeError(error);
      log(`Innovation lookup: ids not loaded (${reason}); asked per innovation meanwhile`);
    }
  };
  const publications = publicationWatcher(watch.latestPublication, (run) => {
    lookup.forget();
    void list(`ingest run ${String(run)} published`);
  });
  void publications.check().finally(() => list('at start'));
  const timers = [
    setInterval(() => void list(undefined), REFRESH_MS),
    setInterval(() => void publications.check(), watch.checkMs ?? CHECK_MS),
  ];
  for (const timer of timers) timer.unref();
  return () => {
    for (const timer of timers) clearInterval(timer);
  };
}

/**
 * Calls `changed` when the newest published run differs from the one seen before (the first
 * answer only sets what was seen, unless the store failed before it). A store that does not
 * answer is asked again next time.
 */
export function publicationWatcher(
  latest: () => Promise<number | undefined>,
  changed: (run: number | undefined) => void,
): { check: () => Promise<void> } {
  let seen: { run: number | undefined } | undefined;
  // A store that failed before the first answer may have hidden a publication: told as one.
  let missed = false;
  return {
    check: async () => {
      let run: number | undefined;
      try {
        run = await latest();
      } catch {
        missed = seen === undefined;
        return;
      }
      if (seen === undefined ? missed : seen.run !== run) changed(run);
      seen = { run };
    },
  };
}

// --- internal ---

const LISTED_FIELDS = ['id', 'title', 'agency', 'unit'] as const;

/** A listed document; a field of another type is left out rather than the innovation. */
const listedDocument = z.object({
  id: z.string(),
  title: z.string().optional().catch(undefined),
  agency: z.string().optional().catch(undefined),
  unit: z.string().optional().catch(undefined),
});

function listedInnovation(document: z.output<typeof listedDocument>): ListedInnovation {
  const { id, title, agency, unit } = document;
  return {
    id,
    ...(title !== undefined && { title }),
    ...(agency !== undefined && { agency: { agency, ...(unit !== undefined && { unit }) } }),
  };
}

/** Half the lookup's memory (ten minutes): an id listed stays known between two listings. */
const REFRESH_MS = 5 * 60_000;

/** One cheap indexed query per process every 15 s, for a removal honoured within seconds. */
const CHECK_MS = 15_000;
