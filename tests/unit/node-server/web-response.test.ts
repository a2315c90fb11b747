import { createServer, request, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { writeWebResponse } from '../../../src/node-server/web-response.ts';

/** Serves `response` once through `writeWebResponse` and reads what a client receives. */
async function received(response: Response, method = 'GET') {
  const server = createServer((req, res) => {
    void writeWebResponse(response, res, req.method === 'HEAD');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  try {
    return await new Promise<{ message: IncomingMessage; body: string }>((done, fail) => {
      const outgoing = request({ host: '127.0.0.1', port, method }, (message) => {
        let body = '';
        message.on('data', (chunk: Buffer) => (body += chunk.toString()));
        message.on('end', () => {
          done({ message, body });
        });
      });
      outgoing.on('error', fail);
      outgoing.end();
    });
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

describe('writeWebResponse', () => {
  it('sends the status, the headers and the body with its length', async () => {
    const { message, body } = await received(
      new Response('{"ok":true}', { status: 201, headers: { 'Content-Type': 'application/json' } }),
    );
    expect(message.statusCode).toBe(201);
    expect(message.headers['content-type']).toBe('application/json');
    expect(message.headers['content-length']).toBe('11');
    expect(message.headers['transfer-encoding']).toBeUndefined();
    expect(body).toBe('{"ok":true}');
  });

  it('keeps each cookie a header of its own', async () => {
    const headers = new Headers();
    headers.append('Set-Cookie', 'a=1; Path=/');
    headers.append('Set-Cookie', 'b=2; Path=/');
    const { message } = await received(new Response(null, { status: 204, headers }));
    expect(message.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
  });

  it('sends no body for HEAD', async () => {
    const { message, body } = await received(new Response('{"ok":true}'), 'HEAD');
    expect(message.statusCode).toBe(200);
    expect(body).toBe('');
  });
});
