import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveMetrics } from '../../../src/node-server/metrics-server.ts';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import { freePort } from '../../helpers/meili.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * One JSON line per request and the Prometheus metrics, on the site server with a stand-in for
 * Astro's handler and a portal without engine or store (the answers are the failures the
 * routes give then, which are requests like any other).
 */
const METRICS_TOKEN = 'metrics-token-for-the-test-0123';
const portal = testPortal({ DATA_DIR: '/nonexistent', METRICS_TOKEN });
let server: Server;
let origin: string;

beforeAll(async () => {
  server = createSiteServer({
    astro: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>astro</p>');
    },
    portal,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
});

interface LogLine {
  time: string;
  method: string;
  route: string;
  status: number;
  ms: number;
  id: string;
}

/** The request lines logged so far (the portal's other lines are not JSON). */
function requestLines(): LogLine[] {
  return portal.log.lines
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}

/** Waits for the line of the request with id `id` (it is written once the answer has ended). */
async function lineOf(id: string): Promise<LogLine> {
  for (let tries = 0; tries < 50; tries += 1) {
    const found = requestLines().find((line) => line.id === id);
    if (found) return found;
    await new Promise((done) => setTimeout(done, 10));
  }
  throw new Error(`no log line for request ${id}`);
}

describe('the request log', () => {
  it('writes one line per request with its route name, status and duration, and echoes its id', async () => {
    const answer = await fetch(`${origin}/inovasi/kipp-2019-1?q=rahasia`);
    const id = answer.headers.get('x-request-id') ?? '';
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const line = await lineOf(id);
    expect(line).toMatchObject({ method: 'GET', route: 'innovation', status: 200 });
    expect(Date.parse(line.time)).not.toBeNaN();
    expect(line.ms).toBeGreaterThanOrEqual(0);
    expect(Object.keys(line).sort()).toEqual([
      'id',
      'method',
      'ms',
      'pid',
      'route',
      'status',
      'time',
    ]);
    expect(requestLines().filter((one) => one.id === id)).toHaveLength(1);
  });

  it("keeps a proxy's request id, and replaces one that is not an id", async () => {
    const kept = await fetch(`${origin}/healthz`, {
      headers: { 'x-request-id': 'nginx-4f1c2a9b7e' },
    });
    expect(kept.headers.get('x-request-id')).toBe('nginx-4f1c2a9b7e');
    expect((await lineOf('nginx-4f1c2a9b7e')).route).toBe('health');
    const replaced = await fetch(`${origin}/healthz`, {
      headers: { 'x-request-id': '"><script>alert(1)</script>' },
    });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never logs a private token, a query or the path of a private page', async () => {
    const token = 'PrivateToken0123456789abcdefXYZ';
    const answer = await fetch(`${origin}/api/minat/${token}?email=andi@example.id`);
    const line = await lineOf(answer.headers.get('x-request-id') ?? '');
    expect(line.route).toBe('ownEntry');
    await fetch(`${origin}/minat/${token}`);
    await fetch(`${origin}/en/interest/${token}`);
    await new Promise((done) => setTimeout(done, 50));
    const all = portal.log.lines.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain('andi@example.id');
    expect(requestLines().filter((one) => one.route === 'privateEntry')).toHaveLength(2);
  });
});

describe('/metrics', () => {
  it('refuses a request without the token, or with another', async () => {
    const none = await fetch(`${origin}/metrics`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
    const wrong = await fetch(`${origin}/metrics`, {
      headers: { authorization: 'Bearer not-the-metrics-token-at-all' },
    });
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).not.toContain('http_requests_total');
  });

  it('counts requests by route and status, with latency histograms and the process metrics', async () => {
    await fetch(`${origin}/healthz`);
    await fetch(`${origin}/readyz?from=kipp-1`, { method: 'POST' });
    const answer = await fetch(`${origin}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toContain('text/plain');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const text = await answer.text();
    expect(text).toMatch(/http_requests_total\{route="health",method="GET",status="200"\} [1-9]/);
    expect(text).toMatch(/http_requests_total\{route="ready",method="POST",status="405"\} 1/);
    expect(text).toMatch(
      /http_request_duration_seconds_bucket\{le="0.1",route="health",method="GET"\} [1-9]/,
    );
    expect(text).toContain('index_sync_lag_seconds 0');
    expect(text).toContain('index_sync_pending_innovations 0');
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).not.toContain('kipp-1');
  });

  it('is not served by a portal without METRICS_TOKEN', async () => {
    const other = testPortal({ DATA_DIR: '/nonexistent' });
    const plain = createSiteServer({
      astro: (_req, res) => {
        res.writeHead(404).end();
      },
      portal: other,
    });
    await new Promise<void>((done) => plain.listen(0, '127.0.0.1', done));
    try {
      const port = String((plain.address() as AddressInfo).port);
      const answer = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(answer.status).toBe(404);
    } finally {
      plain.closeAllConnections();
      await new Promise((done) => plain.close(done));
    }
  });

  it('is served without a token on METRICS_PORT, on 127.0.0.1 only, and nothing else is', async () => {
    const port = await freePort();
    const metrics = await serveMetrics(portal, port);
    try {
      expect(metrics.address()).toMatchObject({ address: '127.0.0.1', port });
      const answer = await fetch(`http://127.0.0.1:${String(port)}/metrics`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('http_requests_total');
      expect((await fetch(`http://127.0.0.1:${String(port)}/healthz`)).status).toBe(404);
      expect(
        (await fetch(`http://127.0.0.1:${String(port)}/metrics`, { method: 'POST' })).status,
      ).toBe(404);
    } finally {
      metrics.closeAllConnections();
      await new Promise((done) => metrics.close(done));
    }
  });
});
