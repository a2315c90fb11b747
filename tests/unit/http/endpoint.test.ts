import { describe, expect, it } from 'vitest';
import { defineEndpoint, json, type EndpointRequest } from '../../../src/http/endpoint.ts';
import { testPortal } from '../../helpers/test-portal.ts';

function context(method: string, query = ''): EndpointRequest {
  const url = new URL(`http://portal.test/api/minat/secret-token${query}`);
  return { request: new Request(url, { method }), url, params: {}, clientAddress: '192.0.2.1' };
}

describe('defineEndpoint', () => {
  const portal = testPortal({ DATA_DIR: '/nonexistent' });
  const endpoint = defineEndpoint({
    name: 'test route',
    thrown: 'unavailable',
    GET: () => Promise.resolve(json({ method: 'get' })),
    POST: () => Promise.reject(new Error('database is locked')),
  });
  const route = (request: EndpointRequest) => endpoint(request, portal);

  it('answers GET, and HEAD with the GET handler', async () => {
    expect(await (await route(context('GET'))).json()).toEqual({ method: 'get' });
    const head = await route(context('HEAD'));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
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
    const response = await route(context('POST'));
    expect(response.status).toBe(503);
    expect(response.headers.get('Retry-After')).toBe('30');
    expect(await response.json()).toEqual({
      error: 'unavailable',
      message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    });
    expect(portal.log.lines).toContain('test route POST: Error: database is locked');
    expect(JSON.stringify(portal.log.lines)).not.toContain('secret-token');
  });
});
