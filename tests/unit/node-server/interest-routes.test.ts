import { describe, expect, it } from 'vitest';
import { activityRoute } from '../../../src/features/interest/api/activity.ts';
import { ownEntryRoute } from '../../../src/features/interest/api/own-entry.ts';
import { matchInterestRoute } from '../../../src/node-server/interest-routes.ts';

describe('matchInterestRoute', () => {
  it('finds the activity and own-entry routes of the Astro endpoint files, with their parameter', () => {
    expect(matchInterestRoute('POST', '/api/inovasi/kipp-2023-001/minat?lang=en')).toEqual({
      route: activityRoute,
      params: { id: 'kipp-2023-001' },
    });
    expect(matchInterestRoute('GET', '/api/minat/AbC_d-9')).toEqual({
      route: ownEntryRoute,
      params: { token: 'AbC_d-9' },
    });
    expect(matchInterestRoute('HEAD', '/api/minat/abc')?.route).toBe(ownEntryRoute);
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
