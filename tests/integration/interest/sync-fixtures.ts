import { createHash, randomBytes } from 'node:crypto';
import type { Meilisearch } from 'meilisearch';
import { agencyKey } from '../../../src/lib/interest/agency-key.ts';
import { registrationInputSchema } from '../../../src/lib/interest/schema.ts';
import type { NewRegistration } from '../../../src/infra/database/types.ts';
import { INDEX } from '../../helpers/ingest-into.ts';

/** A valid registration of `agency` (in Kabupaten Cilacap) for an innovation. */
export function registrationOf(innovationId: string, agency: string): NewRegistration {
  const input = registrationInputSchema.parse({
    agency,
    cluster: 'kabupaten',
    provinceCode: '33',
    regencyCode: '33.01',
    contactName: 'Sri Wahyuni',
    email: 'sri.wahyuni@example.go.id',
    phone: '+62 812 3456 7890',
    consent: true,
    shareEmail: true,
    sharePhone: true,
  });
  return {
    ...input,
    innovationId,
    agencyKey: agencyKey(agency, input.provinceCode, input.regencyCode),
    tokenHash: createHash('sha256').update(randomBytes(16)).digest('hex'),
    now: new Date().toISOString(),
  };
}

/** A whole document of the index, read with the master key. */
export async function documentOf(
  client: Meilisearch,
  id: string,
): Promise<Record<string, unknown>> {
  return client.index(INDEX).getDocument(id);
}

export async function countsOf(
  client: Meilisearch,
  id: string,
): Promise<{ interestCount: unknown; replicationCount: unknown }> {
  const { interestCount, replicationCount } = await documentOf(client, id);
  return { interestCount, replicationCount };
}

/** Polls `check` until it holds or `ms` has passed; resolves to how long it took. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Date.now() - start;
}
