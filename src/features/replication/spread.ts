import type { ConfirmedReplication } from '../../infra/database/replication-types.ts';
import { publicReplicationSchema, type PublicReplication } from '../../lib/replication/schema.ts';
import type { Portal } from '../../portal/types.ts';
import { innovationAgency, innovationTitle } from '../interest/innovation-title.ts';

/** How many steps of a chain a page follows (a replica of a replica of a replica). */
const CHAIN_DEPTH = 3;

/** One confirmed replication as an innovation page lists it. */
export interface SpreadItem extends PublicReplication {
  /** The replica's title, when the replication names one in the index. */
  replicaTitle?: string | undefined;
  /**
   * Where the replica went on to: each path of agencies after this replication's (a replica
   * replicated again, and so on), for the "dari … ke …" line.
   */
  onward: string[][];
}

/** What an innovation page shows of where it has spread (public fields only). */
export interface Spread {
  /** Its own agency: the first name of every chain. */
  agency: string | undefined;
  /** Confirmed replications, the latest confirmed first. */
  replications: SpreadItem[];
  /** The innovations this one is a confirmed replica of. */
  from: { innovationId: string; title: string; agency: string | undefined; code: string }[];
}

type SpreadPortal = Pick<Portal, 'database' | 'search' | 'innovations'>;

/**
 * Where an innovation has spread: its confirmed replications (with the replica each names and
 * the chain onward from it) and what it was itself replicated from. Nothing reported and not
 * confirmed, no person, no private document.
 */
export async function spreadOf(portal: SpreadPortal, innovationId: string): Promise<Spread> {
  const store = await portal.database();
  const [confirmed, into, agency] = await Promise.all([
    store.confirmedReplications(innovationId),
    store.replicationsInto(innovationId),
    innovationAgency(portal, innovationId),
  ]);
  const replications = await Promise.all(
    confirmed.map(async (replication) => ({
      ...publicReplicationSchema.parse(replication),
      ...(replication.replicaId !== undefined && {
        replicaTitle: await innovationTitle(portal, replication.replicaId),
      }),
      onward: await onwardFrom(portal, replication, new Set([innovationId]), CHAIN_DEPTH - 1),
    })),
  );
  const from = await Promise.all(
    into.map(async (source) => ({
      innovationId: source.innovationId,
      title: await innovationTitle(portal, source.innovationId),
      agency: (await innovationAgency(portal, source.innovationId))?.agency,
      code: source.code,
    })),
  );
  return { agency: agency?.agency, replications, from };
}

/** The provinces of a spread, with the count and the regencies (or the province alone) of each. */
export function byProvince(
  replications: readonly Pick<PublicReplication, 'provinceCode' | 'regencyCode'>[],
): Map<string, { count: number; regencies: string[] }> {
  const provinces = new Map<string, { count: number; regencies: string[] }>();
  for (const { provinceCode, regencyCode } of replications) {
    const province = provinces.get(provinceCode) ?? { count: 0, regencies: [] };
    province.count += 1;
    if (regencyCode !== undefined && !province.regencies.includes(regencyCode)) {
      province.regencies.push(regencyCode);
    }
    provinces.set(provinceCode, province);
  }
  return provinces;
}

// --- internal ---

/** The agencies a replica's own confirmed replications reached, path by path (no cycles). */
async function onwardFrom(
  portal: SpreadPortal,
  replication: ConfirmedReplication,
  seen: ReadonlySet<string>,
  depth: number,
): Promise<string[][]> {
  const replica = replication.replicaId;
  if (replica === undefined || depth === 0 || seen.has(replica)) return [];
  const next = await (await portal.database()).confirmedReplications(replica);
  const visited = new Set([...seen, replica]);
  const paths = await Promise.all(
    next.map(async (onward) => {
      const further = await onwardFrom(portal, onward, visited, depth - 1);
      return further.length === 0
        ? [[onward.agency]]
        : further.map((path) => [onward.agency, ...path]);
    }),
  );
  return paths.flat();
}
