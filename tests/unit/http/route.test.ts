import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiRoute, type ApiContext } from '../../../src/http/route.ts';
import { jsonResponse } from '../../../src/http/json.ts';

function context(method: string, query = ''): ApiContext {
  const url = new URL(`http://portal.test/api/minat/secret-token${query}`);
  return { request: new Request(url, { method }), url, params: {}, clientAddress: '192.0.2.1' };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('apiRoute', () => {
  const route = apiRoute('test route', {
    GET: () => Promise.resolve(jsonResponse(200, { method: 'get' })),
    POST: () => Promise.reject(new Error('database is locked')),
  });

  it('answers GET, and HEAD with the GET handler', async () => {
    expect(await (await route(context('GET'))).json()).toEqual({ method: 'get' });
    expect((await route(context('HEAD'))).status).toBe(200);
  });

  it('answers other methods 405 with Allow, in the language asked', async () => {
    for (const method of ['PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const response = await route(context(method, '?lang=en'));
      expect(response.status).toBe(405);
      expect(response.headers.get('Allow')).toBe('GET, HEAD, POST');
      expect(await response.json()).toEqual({
        error: 'method-not-allowed',
        message: 'This request method is not supported at this address.',
      });
    }
  });

  it('turns a failing store or engine into 503, logged by route name, not path', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const response = await route(context('POST'));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('10');
    expect(await response.json()).toEqual({
      error: 'unavailable',
      message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    });
    expect(logged).toHaveBeenCalledWith('test route POST: Error: database is locked');
    expect(JSON.stringify(logged.mock.calls)).not.toContain('secret-token');
  });
});
