import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { engineClient } from '../../../src/infra/meilisearch/client.ts';

const seen: { headers: IncomingHttpHeaders; socket: number }[] = [];
const sockets = new WeakMap<object, number>();
const server = createServer((req, res) => {
  if (!sockets.has(req.socket)) sockets.set(req.socket, seen.length);
  seen.push({ headers: req.headers, socket: sockets.get(req.socket) ?? -1 });
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ status: 'available' }));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

it('asks the engine for uncompressed answers and keeps its connection for the next request', async () => {
  const { port } = server.address() as AddressInfo;
  const client = engineClient(`http://127.0.0.1:${String(port)}`, 'sleutel');
  await client.health();
  // The connection goes back to the pool once the answer is read to its end.
  await new Promise((resolve) => setTimeout(resolve, 20));
  await client.health();
  expect(seen).toHaveLength(2);
  for (const { headers } of seen) {
    expect(headers['accept-encoding']).toBe('identity');
    expect(headers.authorization).toBe('Bearer sleutel');
  }
  // Both requests came on the first request's connection.
  expect(seen.map(({ socket }) => socket)).toEqual([0, 0]);
});
