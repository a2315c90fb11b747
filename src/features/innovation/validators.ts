import { createHash } from 'node:crypto';
import { cacheHeader } from '../../http/cache.ts';
import { verifiedLongAgo } from '../../lib/agency/verified.ts';
import type { PublicActivity } from '../../lib/interest/schema.ts';
import type { InnovationPageData } from './load.ts';
import type { Spread } from '../replication/spread.ts';

/**
 * What an innovation page shows: the record and its similar innovations from the index, and its
 * replication activity from the store (undefined while the store cannot be read: the record's
 * counts stand in and the page's script tries again).
 */
export interface ShownPage extends InnovationPageData {
  activity: PublicActivity | undefined;
  /** Its confirmed replications, their chains, what it replicates (undefined: store away). */
  spread: Spread | undefined;
}

/**
 * An innovation page's cache headers. The ETag covers everything the page shows: the record,
 * its similar innovations, its replication activity and where it has spread (or that the store
 * was away), the notices
 * the date alone brings ("not verified for two years"), and the running server, since a new
 * server (a deploy) may render the same data differently.
 */
export function pageValidators(bootId: string, page: ShownPage, now: Date) {
  const { innovation, similar, activity, spread } = page;
  const version = [
    bootId,
    innovation.updatedAt,
    ...similar.map((card) => card.id),
    ...[innovation, ...similar].map((shown) => verifiedLongAgo(shown.statusUpdatedAt, now)),
    JSON.stringify(activity ?? null),
    JSON.stringify(spread ?? null),
  ].join(' ');
  const tag = createHash('sha256').update(version).digest('base64url').slice(0, 22);
  return {
    ...cacheHeader('livePage'),
    ETag: `W/"${tag}"`,
    'Last-Modified': new Date(innovation.updatedAt).toUTCString(),
  };
}
