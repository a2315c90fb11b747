import { loadConfig, type Config } from '../../../src/infra/config.ts';
import {
  catalogEndpoint,
  feedEndpoint,
  exportCsvEndpoint,
  exportJsonEndpoint,
  facetsEndpoint,
  innovationEndpoint,
  innovationsEndpoint,
  openApiEndpoint,
  trendsEndpoint,
} from '../../../src/features/opendata/endpoints.ts';
import {
  replicationsCsvEndpoint,
  replicationsEndpoint,
} from '../../../src/features/opendata/replications.ts';
import type { Endpoint } from '../../../src/http/endpoint.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { testPortal } from '../../helpers/test-portal.ts';
import { startSampleEngine } from '../../helpers/sample-engine.ts';
import type { TestMeili } from '../../helpers/meili.ts';

/** The endpoints of `/api/v1/`, by their path in the OpenAPI document. */
export const endpoints: Record<string, Endpoint<Portal>> = {
  '/innovations': innovationsEndpoint,
  '/innovations/{id}': innovationEndpoint,
  '/innovations.csv': exportCsvEndpoint,
  '/innovations.json': exportJsonEndpoint,
  '/innovations.atom': feedEndpoint,
  '/catalog.jsonld': catalogEndpoint,
  '/facets': facetsEndpoint,
  '/trends': trendsEndpoint,
  '/openapi.json': openApiEndpoint,
  '/replications': replicationsEndpoint,
  '/replications.csv': replicationsCsvEndpoint,
};

/** The portal the API answers from: the test file's own (`startApiEngine`, `usePortal`). */
let portal: Portal | undefined;

export function usePortal(used: Portal): void {
  portal = used;
}

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
  if (portal === undefined) throw new Error('no portal: call startApiEngine or usePortal first');
  const url = new URL(`/api/v1${path}`, origin);
  return route(
    {
      request: new Request(url, { method: init.method ?? 'GET' }),
      url,
      params: init.id === undefined ? {} : { id: init.id },
      clientAddress: '127.0.0.1',
    },
    portal,
  );
}

/** The sample in a test Meilisearch, and a portal reading it that the API answers from. */
export async function startApiEngine(): Promise<{ meili: TestMeili; config: Config }> {
  const started = await startSampleEngine();
  const config = loadConfig({
    MEILI_URL: started.config.MEILI_URL,
    MEILI_MASTER_KEY: started.config.MEILI_MASTER_KEY,
    DATA_DIR: started.config.DATA_DIR,
    MEILI_INDEX: started.config.MEILI_INDEX,
    RATE_LIMIT_READS: '100000',
  });
  usePortal(testPortal(config));
  return { meili: started.meili, config };
}
