import { describe, expect, it } from 'vitest';
import { BODY_LIMIT, readSubmission } from '../../../src/http/submission.ts';

const url = 'http://portal.test/api/inovasi/x/minat';

function post(body: BodyInit | null, headers: Record<string, string>): Request {
  return new Request(url, { method: 'POST', body, headers });
}

/** A body that arrives in pieces without a Content-Length, as a chunked upload does. */
function streamed(chunks: number, size: number): ReadableStream<Uint8Array> {
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent === chunks) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(97));
      sent += 1;
    },
  });
}

describe('readSubmission', () => {
  it('reads a form, the last of a repeated field winning, spaces and UTF-8 decoded', async () => {
    const read = await readSubmission(
      post('agency=Dinas+Kesehatan&cluster=kota&cluster=kabupaten&note=%C3%A9t%C3%A9', {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
    );
    expect(read).toEqual({
      ok: true,
      kind: 'form',
      data: { agency: 'Dinas Kesehatan', cluster: 'kabupaten', note: 'été' },
    });
  });

  it('reads a JSON object, with a charset parameter', async () => {
    const read = await readSubmission(
      post('{"stage":"batal","n":[1]}', { 'Content-Type': 'Application/JSON; charset=UTF-8' }),
    );
    expect(read).toEqual({ ok: true, kind: 'json', data: { stage: 'batal', n: [1] } });
  });

  it.each([
    ['text/plain', 'a=b'],
    ['multipart/form-data; boundary=x', '--x--'],
    ['application/json; charset=latin1', '{}'],
    ['application/jsonx', '{}'],
  ])('refuses %s with 415', async (type, body) => {
    const read = await readSubmission(post(body, { 'Content-Type': type }));
    expect(read).toMatchObject({ ok: false, failure: { status: 415 } });
  });

  it('refuses a body without a Content-Type with 415', async () => {
    const read = await readSubmission(
      new Request(url, { method: 'POST', body: new Uint8Array(2) }),
    );
    expect(read).toMatchObject({
      ok: false,
      failure: { status: 415, error: 'unsupported-media-type' },
    });
  });

  it('refuses a declared length over the limit before reading', async () => {
    const request = post('{}', { 'Content-Type': 'application/json', 'Content-Length': '99999' });
    expect(await readSubmission(request)).toMatchObject({ ok: false, failure: { status: 413 } });
    expect(request.bodyUsed).toBe(false);
  });

  it('stops reading a streamed body as soon as it passes the limit', async () => {
    const chunkSize = 1024;
    let pulled = 0;
    const source = streamed(1_000, chunkSize);
    const counted = source.pipeThrough(
      new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          pulled += 1;
          controller.enqueue(chunk);
        },
      }),
    );
    // Node needs `duplex: 'half'` for a streamed body; the DOM's RequestInit does not know it.
    const init = { method: 'POST', body: counted, duplex: 'half' } as RequestInit;
    const request = new Request(url, { ...init, headers: { 'Content-Type': 'application/json' } });
    expect(await readSubmission(request)).toMatchObject({ ok: false, failure: { status: 413 } });
    expect(pulled).toBeLessThan(BODY_LIMIT / chunkSize + 4);
  });

  it('accepts a body of exactly the limit', async () => {
    const body = `{"note":"${'a'.repeat(BODY_LIMIT - 11)}"}`;
    expect(body.length).toBe(BODY_LIMIT);
    const read = await readSubmission(post(body, { 'Content-Type': 'application/json' }));
    expect(read.ok).toBe(true);
  });

  it.each([
    ['{"a":', 'truncated JSON'],
    ['[1,2]', 'an array'],
    ['"text"', 'a string'],
    ['null', 'null'],
    ['', 'nothing'],
    ['['.repeat(15_000), 'nesting deeper than the parser goes'],
  ])('answers %j (%s) with 400', async (body) => {
    const read = await readSubmission(post(body, { 'Content-Type': 'application/json' }));
    expect(read).toMatchObject({ ok: false, failure: { status: 400, error: 'malformed' } });
  });

  it('answers bytes that are not UTF-8 with 400', async () => {
    const read = await readSubmission(
      post(new Uint8Array([0x61, 0x3d, 0xff, 0xfe]), {
        'Content-Type': 'application/x-www-form-urlencoded',
      }),
    );
    expect(read).toMatchObject({ ok: false, failure: { status: 400 } });
  });

  it('refuses a cross-site post before reading it', async () => {
    const request = post('a=b', {
      'Content-Type': 'application/x-www-form-urlencoded',
      Origin: 'https://evil.example',
    });
    expect(await readSubmission(request)).toMatchObject({ ok: false, failure: { status: 403 } });
    expect(request.bodyUsed).toBe(false);
  });
});
