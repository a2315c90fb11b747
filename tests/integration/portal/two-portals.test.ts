import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchEndpoint } from '../../../src/features/search/api.ts';
import { createSiteServer } from '../../../src/node-server/site-server.ts';
import type { Portal } from '../../../src/portal/create.ts';
import { allIds, ingestInto } from '../../helpers/ingest-into.ts';
import { startTestMeili, type TestMeili } from '../../helpers/meili.ts';
import { postRegistration } from '../../helpers/registration.ts';
import { makeTempDir, type TempDir } from '../../helpers/temp.ts';
import { testPortal } from '../../helpers/test-portal.ts';

/**
 * Two portals in one process, built from two configurations (engine, data folder, limits):
 * nothing is shared through the process, so each answers from its own index and keeps its
 * registrations in its own database.
 */
interface Side {
  meili: TestMeili;
  data: TempDir;
  portal: Portal;
  server: Server;
  origin: string;
  ids: string[];
}

let kipp: Side;
let inolan: Side;

beforeAll(async () => {
  [kipp, inolan] = await Promise.all([side('kipp', '7'), side('inolan', '1000')]);
}, 300_000);

afterAll(async () => {
  for (const { meili, data, portal, server } of [kipp, inolan]) {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    await portal.close();
    await meili.stop();
    await data.remove();
  }
});

describe('two portals in one process', () => {
  it('each searches its own index', async () => {
    expect(kipp.ids.length).toBeGreaterThan(0);
    expect(inolan.ids.length).toBeGreaterThan(0);
    expect(kipp.ids.filter((id) => inolan.ids.includes(id))).toEqual([]);
    expect(await searchTotal(kipp.portal)).toBe(kipp.ids.length);
    expect(await searchTotal(inolan.portal)).toBe(inolan.ids.length);
  });

  it('each knows only its own innovations and keeps its registrations in its own database', async () => {
    const [kippId = '', inolanId = ''] = [kipp.ids[0], inolan.ids[0]];
    expect((await register(kipp, kippId)).status).toBe(201);
    expect((await register(inolan, inolanId)).status).toBe(201);
    // An innovation of the other portal's index is not in this one's catalogue.
    expect((await register(kipp, inolanId)).status).toBe(404);
    const kippRows = await (await kipp.portal.database()).list({ limit: 50, offset: 0 });
    const inolanRows = await (await inolan.portal.database()).list({ limit: 50, offset: 0 });
    expect(kippRows.rows.map((row) => row.innovationId)).toEqual([kippId]);
    expect(inolanRows.rows.map((row) => row.innovationId)).toEqual([inolanId]);
  });

  it('each takes from its own rate limits', async () => {
    const read = (side: Side) =>
      fetch(`${side.origin}/api/inovasi/${side.ids[0] ?? ''}/minat`).then(
        (answer) => answer.status,
      );
    const kippAnswers = [];
    for (let n = 0; n < 8; n++) kippAnswers.push(await read(kipp));
    // RATE_LIMIT_READS=7 on one side: the eighth read is refused there, not on the other.
    expect(kippAnswers.slice(0, 7).every((status) => status === 200)).toBe(true);
    expect(kippAnswers[7]).toBe(429);
    expect(await read(inolan)).toBe(200);
  });
});

// --- internal ---

async function side(programme: 'kipp' | 'inolan', reads: string): Promise<Side> {
  const meili = await startTestMeili();
  const data = await makeTempDir(`portal-${programme}`);
  await ingestInto(meili.client, data.path, [{ programme, inputs: [`data/samples/${programme}`] }]);
  const portal = testPortal({
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    DATA_DIR: data.path,
    RATE_LIMIT_READS: reads,
  });
  await portal.start();
  const server = createSiteServer({
    astro: (_req, res) => {
      res.writeHead(404).end();
    },
    portal,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
  return { meili, data, portal, server, origin, ids: await allIds(meili.client) };
}

async function searchTotal(portal: Portal): Promise<number> {
  const url = new URL('http://portal.test/api/search');
  const request = { request: new Request(url), url, params: {}, clientAddress: '127.0.0.1' };
  const answer = (await (await searchEndpoint(request, portal)).json()) as { total: number };
  return answer.total;
}

function register(side: Side, id: string): Promise<Response> {
  return postRegistration(side.origin, id);
}
