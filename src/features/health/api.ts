import { defineEndpoint, json } from '../../http/endpoint.ts';
import type { Portal } from '../../portal/types.ts';
import { checkReadiness } from './readiness.ts';

/**
 * `/healthz`: the process answers (a load balancer's liveness probe). Nothing is checked, so
 * a store or engine that is away never gets a live process restarted.
 */
export const healthEndpoint = defineEndpoint<Portal>({
  name: 'health',
  GET: () => Promise.resolve(json({ status: 'ok' })),
});

/**
 * `/readyz`: 200 when this process should be sent requests, else 503 (stopping, or its store
 * or engine away), with which of them is what (`Readiness`), never why.
 */
export const readyEndpoint = defineEndpoint<Portal>({
  name: 'readiness',
  async GET({ portal }) {
    const readiness = await checkReadiness(portal);
    const { ready, ...checks } = readiness;
    return json(
      { status: ready ? 'ready' : 'not-ready', ...checks },
      { status: ready ? 200 : 503 },
    );
  },
});
