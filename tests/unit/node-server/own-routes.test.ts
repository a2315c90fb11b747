import { describe, expect, it } from 'vitest';
import { activityEndpoint } from '../../../src/features/interest/api/activity.ts';
import { ownEntryEndpoint } from '../../../src/features/interest/api/own-entry.ts';
import { matchOwnRoute } from '../../../src/node-server/own-routes.ts';

/** The matcher takes a path; the site server has split the query off. */
const matchInterestRoute = (method: string | undefined, target: string) =>
  matchOwnRoute(method, target.split('?', 1)[0] ?? '');

describe('matchOwnRoute', () => {
  it('finds the activity and own-entry routes of the Astro endpoint files, with their parameter', () => {
    expect(matchInterestRoute('POST', '/api/inovasi/kipp-2023-001/minat?lang=en')).toEqual({
      endpoint: activityEndpoint,
      params: { id: 'kipp-2023-001' },
    });
    expect(matchInterestRoute('GET', '/api/minat/AbC_d-9')).toEqual({
      endpoint: ownEntryEndpoint,
      params: { token: 'AbC_d-9' },
    });
    expect(matchInterestRoute('HEAD', '/api/minat/abc')?.endpoint).toBe(ownEntryEndpoint);
  });

  it('leaves to Astro what it would have to decode or shape differently', () => {
    for (const path of [
      '/api/inovasi/kipp%2D1/minat',
      '/api/inovasi/kipp-1/minat/',
      '/api/inovasi//minat',
      '/api/inovasi/a/b/minat',
      '/api/minat/',
      '/api/minat/a.b',
      '/API/minat/abc',
      `/api/minat/${'a'.repeat(201)}`,
      '/api/instansi?q=dinas',
      '/inovasi/kipp-1/minat',
    ]) {
      expect(matchInterestRoute('GET', path), path).toBeUndefined();
    }
  });

  it('leaves other methods to Astro (some cannot even be a Web request)', () => {
    for (const method of ['PUT', 'DELETE', 'OPTIONS', 'TRACE', undefined]) {
      expect(matchInterestRoute(method, '/api/minat/abc'), String(method)).toBeUndefined();
    }
  });
});
