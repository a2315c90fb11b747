import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * The load balancer's probes on a real engine and store: `/healthz` says the process answers,
 * `/readyz` whether it should be sent requests, and which dependency is away when not.
 */
let meili: TestMeili;
let data: TempDir;
let portal: Portal & { log: { lines: string[] } };
let server: Server;
let origin: string;

beforeAll(async () => {
  meili = await startTestMeili();
  data = await makeTempDir('readiness');
  await ingestInto(meili.client, data.path, [
    { programme: 'inolan', inputs: ['data/samples/inolan'] },
  ]);
  portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    DATA_DIR: data.path,
  });
  await portal.start();
  server = createSiteServer({
    astro: (_req, res) => {
      res.writeHead(404).end();
    },
    portal,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
}, 120_000);

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((done) => server.close(done));
  await portal.close();
  await meili.stop();
  await data.remove();
});

async function probe(path: string, method = 'GET') {
  const answer = await fetch(`${origin}${path}`, { method });
  return {
    status: answer.status,
    cache: answer.headers.get('cache-control'),
    body: await answer.text(),
  };
}

describe('the probes', () => {
  it('say live and ready while the store and the engine answer', async () => {
    const health = await probe('/healthz');
    expect(health.status).toBe(200);
    expect(JSON.parse(health.body)).toEqual({ status: 'ok' });
    expect(health.cache).toBe('no-store');
    const ready = await probe('/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({
      status: 'ready',
      stopping: false,
      store: 'ok',
      engine: 'ok',
    });
    expect(ready.cache).toBe('no-store');
  });

  it('answer only GET and HEAD', async () => {
    const posted = await probe('/readyz', 'POST');
    expect(posted.status).toBe(405);
    const head = await probe('/healthz', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
  });

  it('say not ready, with the engine away, while the process is still live', async () => {
    await meili.stop();
    const ready = await probe('/readyz');
    expect(ready.status).toBe(503);
    expect(JSON.parse(ready.body)).toEqual({
      status: 'not-ready',
      stopping: false,
      store: 'ok',
      engine: 'down',
    });
    expect((await probe('/healthz')).status).toBe(200);
    // Why goes to the log, never to the answer anyone may read.
    expect(ready.body).not.toContain('fetch');
    expect(portal.log.lines.some((line) => line.startsWith('readiness: engine down'))).toBe(true);
  });

  it('say not ready once the process is stopping', async () => {
    portal.beginStop();
    const ready = JSON.parse((await probe('/readyz')).body) as {
      stopping: boolean;
      status: string;
    };
    expect(ready).toMatchObject({ status: 'not-ready', stopping: true });
  });
});
