import { tokenMatches } from '../../infra/admin-token.ts';
import { failures } from '../../http/failure.ts';
import { defineEndpoint, json, refused } from '../../http/endpoint.ts';
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

const BEARER = /^Bearer (\S+)$/;

/**
 * `/metrics`: the Prometheus exposition, for a scraper holding `METRICS_TOKEN` (as
 * `Authorization: Bearer …`); 404 when no token is configured (then only METRICS_PORT serves
 * it), 401 without the right token. Not rate limited: a scraper polls it.
 */
export const metricsEndpoint = defineEndpoint<Portal>({
  name: 'metrics',
  async GET({ portal, request }) {
    const token = portal.config.METRICS_TOKEN;
    if (token === undefined) return refused(failures.notFound);
    const given = BEARER.exec(request.headers.get('authorization') ?? '')?.[1];
    if (given === undefined || !tokenMatches(given, token)) {
      return refused({
        ...failures.unauthorized,
        headers: { 'WWW-Authenticate': 'Bearer realm="metrics"' },
      });
    }
    const { body, contentType } = await portal.metrics.exposition();
    return { kind: 'text', body, contentType };
  },
});
