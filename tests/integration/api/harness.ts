import type { Config } from '../../../src/infra/config.ts';
import {
  facetsRoute,
  innovationRoute,
  innovationsRoute,
  openApiRoute,
  trendsRoute,
} from '../../../src/features/opendata/endpoints.ts';
import { exportRoute } from '../../../src/features/opendata/export.ts';
import type { ApiContext } from '../../../src/http/route.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';
import type { TestMeili } from '../../helpers/meili.ts';

/** The Astro endpoints of `/api/v1/`, by their path in the OpenAPI document. */
export const endpoints: Record<string, (context: ApiContext) => Promise<Response>> = {
  '/innovations': innovationsRoute,
  '/innovations/{id}': innovationRoute,
  '/innovations.csv': exportRoute('csv'),
  '/innovations.json': exportRoute('json'),
  '/facets': facetsRoute,
  '/trends': trendsRoute,
  '/openapi.json': openApiRoute,
};

const origin = 'http://portal.test';

/**
 * Requests `/api/v1<path>` of the endpoint documented at `documented`, as Astro would hand it
 * over (the id of `/innovations/{id}` as a route parameter).
 */
export function callApi(
  documented: string,
  path: string,
  init: { method?: string; id?: string } = {},
): Promise<Response> {
  const route = endpoints[documented];
  if (route === undefined) throw new Error(`no endpoint documented at ${documented}`);
  const url = new URL(`/api/v1${path}`, origin);
  return route({
    request: new Request(url, { method: init.method ?? 'GET' }),
    url,
    params: init.id === undefined ? {} : { id: init.id },
    clientAddress: '127.0.0.1',
  });
}

/**
 * The sample in a test Meilisearch, and the process's environment pointing at it: the
 * endpoints read the site's engine from the environment, as the server does.
 */
export async function startApiEngine(): Promise<{ meili: TestMeili; config: Config }> {
  const started = await startSampleEngine();
  Object.assign(process.env, {
    MEILI_URL: started.config.MEILI_URL,
    MEILI_MASTER_KEY: started.config.MEILI_MASTER_KEY,
    DATA_DIR: started.config.DATA_DIR,
    MEILI_INDEX: started.config.MEILI_INDEX,
    RATE_LIMIT_READS: '100000',
  });
  return started;
}
