import type { Meilisearch } from 'meilisearch';
import { searchDocumentSchema } from '../../lib/index/document.ts';

/**
 * The fields every document of this version carries that the index holds nowhere: an index
 * built by an older version (the trends page's pair fields came later). Empty for an index
 * that is current, or empty of documents.
 */
export async function missingDocumentFields(
  client: Meilisearch,
  indexUid: string,
): Promise<string[]> {
  const stats = await client.index(indexUid).getStats();
  if (stats.numberOfDocuments === 0) return [];
  return requiredFields.filter((field) => !(field in stats.fieldDistribution));
}

// --- internal ---

const requiredFields = Object.entries(searchDocumentSchema.shape)
  .filter(([, schema]) => !schema.safeParse(undefined).success)
  .map(([field]) => field);
