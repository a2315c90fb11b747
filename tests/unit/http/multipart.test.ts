import { describe, expect, it } from 'vitest';
import { readMultipart } from '../../../src/http/multipart.ts';
import { files, multipartBody, multipartType, streamOf } from '../../helpers/uploads.ts';

const limits = { fileBytes: 1024, bodyBytes: 4096 };

function request(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/minat/x/bukti', {
    method: 'POST',
    body,
    headers: { 'content-type': multipartType, ...headers },
    duplex: 'half',
  } as RequestInit);
}

describe('readMultipart', () => {
  it('reads the fields and the one file', async () => {
    const body = multipartBody(
      { laporan: 'kesepakatan', adaptasi: 'Alur layanan' },
      {
        filename: 'Kesepakatan Bersama (final).pdf',
        bytes: files.pdf,
      },
    );
    const read = await readMultipart(request(body), limits);
    if (!read.ok) throw new Error(read.failure.error);
    expect(read.fields).toEqual({ laporan: 'kesepakatan', adaptasi: 'Alur layanan' });
    expect(read.file?.filename).toBe('Kesepakatan Bersama (final).pdf');
    expect(Buffer.from(read.file?.bytes ?? [])).toEqual(files.pdf);
  });

  it('refuses a raw control character in a part header as broken multipart (400)', async () => {
    for (const filename of ['a\u0001b.pdf', 'a\nb.pdf']) {
      const read = await readMultipart(
        request(multipartBody({}, { filename, bytes: files.pdf })),
        limits,
      );
      expect(read).toMatchObject({ ok: false, failure: { status: 400 } });
    }
  });

  it('takes an empty file input as no file', async () => {
    const body = multipartBody({ a: 'b' }, { filename: '', bytes: new Uint8Array() });
    const read = await readMultipart(request(body), limits);
    expect(read.ok && read.file).toBeUndefined();
  });

  it.each([
    ['a path', '../../etc/passwd.pdf', false],
    ['a Windows path', 'C:\\Users\\x\\a.pdf', false],
    ['an encoded path', '../../etc/passwd.pdf', true],
    ['an encoded control character', 'a\u0001b.pdf', true],
    ['an encoded newline', 'a\r\nb.pdf', true],
    ['an encoded C1 control character', 'a\u0085b.pdf', true],
    ['dots only', '..', false],
  ])('refuses a file name with %s (400, at the file field)', async (_, filename, encoded) => {
    const body = multipartBody({}, { filename, encoded, bytes: files.pdf });
    const read = await readMultipart(request(body), limits);
    expect(read).toMatchObject({
      ok: false,
      failure: { status: 400, fields: { dokumen: 'replication.upload.name' } },
    });
  });

  it('refuses a file over its limit (413), and a body declared over the limit unread', async () => {
    const big = multipartBody({}, { filename: 'a.pdf', bytes: new Uint8Array(2048) });
    await expect(readMultipart(request(big), limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 413 },
    });
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(1024));
      },
    });
    const declared = await readMultipart(request(body, { 'content-length': '999999' }), limits);
    expect(declared).toMatchObject({ ok: false, failure: { status: 413 } });
    expect(pulled).toBeLessThanOrEqual(1);
  });

  it('stops reading a streamed body that passes the limit without declaring it', async () => {
    const head = multipartBody({}, { filename: 'a.pdf', bytes: new Uint8Array() }).subarray(0, 150);
    const read = await readMultipart(request(streamOf(head, 10_000_000)), {
      fileBytes: 100_000,
      bodyBytes: 200_000,
    });
    expect(read).toMatchObject({ ok: false, failure: { status: 413 } });
  });

  it('refuses broken multipart, another media type and a second file', async () => {
    const whole = multipartBody({ a: 'b' }, { filename: 'a.pdf', bytes: files.pdf });
    const cut = whole.subarray(0, whole.length - 30);
    await expect(readMultipart(request(cut), limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 400, error: 'malformed' },
    });
    const noBoundary = request(whole, { 'content-type': 'multipart/form-data; charset=utf-8' });
    await expect(readMultipart(noBoundary, limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 400 },
    });
    const form = request('a=b', { 'content-type': 'application/x-www-form-urlencoded' });
    await expect(readMultipart(form, limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 415 },
    });
    const garbage = request(Buffer.from('not multipart at all'));
    await expect(readMultipart(garbage, limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 400 },
    });
    const twice = Buffer.concat([
      multipartBody({}, { filename: 'a.pdf', bytes: files.pdf }).subarray(0, -(`--`.length + 2)),
    ]);
    const two = Buffer.concat([
      twice.subarray(0, twice.lastIndexOf('--' + '----lumbung')),
      multipartBody({}, { filename: 'b.pdf', bytes: files.pdf }),
    ]);
    await expect(readMultipart(request(two), limits)).resolves.toMatchObject({
      ok: false,
      failure: { status: 400, fields: { dokumen: 'replication.upload.oneFile' } },
    });
  });
});
