import { z } from 'zod';
import { invalidFields } from '../../../http/failure.ts';
import { defineEndpoint, json, refused } from '../../../http/endpoint.ts';
import type { Portal } from '../../../portal/types.ts';
import { suggestAgencies } from '../agencies.ts';

/** `GET /api/instansi?q=<typed>` → `{ query, agencies }`: up to 8 known agency names. */
export const agenciesEndpoint = defineEndpoint<Portal>({
  name: 'agency suggestions',
  readBucket: 'read',
  thrown: 'unavailable',
  async GET({ portal, url }) {
    const parsed = querySchema.safeParse(url.searchParams.get('q') ?? '');
    if (!parsed.success) return refused(invalidFields({ q: 'interest.error.query' }));
    return json({
      query: parsed.data,
      agencies: await suggestAgencies(portal.search, parsed.data),
    });
  },
});

// --- internal ---

const querySchema = z.string().trim().max(100);
