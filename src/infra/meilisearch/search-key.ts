import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MeilisearchApiError, type Meilisearch } from 'meilisearch';
import { withEngineRetry } from './retry.ts';

export interface SearchKey {
  indexUid: string;
  uid: string;
  key: string;
}

/** Where the site reads the search-only key (a public key: safe in a browser). */
export function searchKeyPath(dataDir: string): string {
  return join(dataDir, 'search-key.json');
}

/**
 * Creates, or finds again, the key that may only search the index: the same uid for the same
 * index on every run, so re-ingesting never piles up keys.
 */
export async function ensureSearchKey(client: Meilisearch, indexUid: string): Promise<SearchKey> {
  const uid = keyUid(indexUid);
  const existing = await withEngineRetry('read the search key', () => client.getKey(uid)).catch(
    (error: unknown) => {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'api_key_not_found')
        return undefined;
      throw error;
    },
  );
  const key =
    existing ??
    (await withEngineRetry('create the search key', () =>
      client.createKey({
        uid,
        name: `lumbung-search-${indexUid}`,
        description: `Search only, on the ${indexUid} index: the key browsers get`,
        actions: ['search'],
        indexes: [indexUid],
        expiresAt: null,
      }),
    ));
  return { indexUid, uid, key: key.key };
}

/** Into DATA_DIR, made if it is not there yet (a server's first start on a new folder). */
export async function writeSearchKey(dataDir: string, searchKey: SearchKey): Promise<void> {
  await mkdir(dataDir, { recursive: true });
  await writeFile(searchKeyPath(dataDir), `${JSON.stringify(searchKey, null, 2)}\n`);
}

/** A UUID derived from the index name (Meilisearch key uids must be UUIDs). */
function keyUid(indexUid: string): string {
  const hex = createHash('sha256').update(`lumbung-search:${indexUid}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
