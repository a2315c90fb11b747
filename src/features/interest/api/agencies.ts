import { z } from 'zod';
import { suggestAgencies } from '../agencies.ts';
import { invalidFields } from '../../../http/failure.ts';
import { failureResponse, jsonResponse } from '../../../http/json.ts';
import { rateLimit } from '../../../http/limits.ts';
import { apiRoute } from '../../../http/route.ts';

/** `GET /api/instansi?q=<typed>` → `{ query, agencies }`: up to 8 known agency names. */
export const agenciesRoute = apiRoute('agency suggestions', {
  async GET(context, locale) {
    const limited = rateLimit(context, 'read');
    if (limited !== undefined) return failureResponse(limited, locale);
    const parsed = querySchema.safeParse(context.url.searchParams.get('q') ?? '');
    if (!parsed.success)
      return failureResponse(invalidFields({ q: 'interest.error.query' }), locale);
    return jsonResponse(200, { query: parsed.data, agencies: await suggestAgencies(parsed.data) });
  },
});

// --- internal ---

const querySchema = z.string().trim().max(100);
