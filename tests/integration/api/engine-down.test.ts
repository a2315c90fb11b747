import { beforeAll, describe, expect, it } from 'vitest';
import { errorSchema } from '../../../src/features/opendata/schemas.ts';
import { loadOpenDataPage } from '../../../src/features/opendata/showcase.ts';
import { freePort } from '../../helpers/meili.ts';
import { makeTempDir } from '../../helpers/temp.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import { callApi, usePortal } from './harness.ts';

/** The documented 503: the engine the site is configured with does not answer. */
let portal: Portal;
beforeAll(async () => {
  const data = await makeTempDir('api-engine-down');
  portal = testPortal({
    MEILI_URL: `http://127.0.0.1:${String(await freePort())}`,
    MEILI_MASTER_KEY: 'a-master-key-nobody-holds',
    DATA_DIR: data.path,
    RATE_LIMIT_READS: '100000',
  });
  usePortal(portal);
  return () => data.remove();
});

describe('when the search engine is down', () => {
  it.each([
    ['/innovations', '/innovations'],
    ['/innovations/{id}', '/innovations/ada-12345678'],
    ['/innovations.csv', '/innovations.csv'],
    ['/innovations.json', '/innovations.json?tahun=2019'],
    ['/facets', '/facets'],
    ['/trends', '/trends'],
  ])('%s answers 503 with Retry-After, in JSON', async (documented, path) => {
    const answer = await callApi(documented, path, { id: 'ada-12345678' });
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('30');
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(errorSchema.parse(await answer.json())).toEqual({
      error: 'unavailable',
      message: 'Layanan sedang tidak tersedia. Coba lagi sebentar lagi.',
    });
  });
});

describe('the open-data page when the search engine is down', () => {
  it('still has its rate limits to document, and no example answers', async () => {
    const data = await loadOpenDataPage(portal, 'http://portal.test');
    expect(data.answers).toEqual({ ok: false, reason: 'engine-down' });
    expect(data.readsPerMinute).toBe(100_000);
    expect(data.downloadsPerMinute).toBe(5_000);
  });
});
