import { connect } from 'node:net';
import fc from 'fast-check';
import { Meilisearch } from 'meilisearch';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { allIds } from '../helpers/ingest-into.ts';
import { postRegistration } from '../helpers/registration.ts';

/**
 * A property test of the interest API: whatever method, path, headers and body a client
 * sends, the server answers below 500, within a few seconds, and is still there afterwards.
 * Requests go over raw sockets so the framing itself can lie (a Content-Length too small, too
 * large or not a number, a chunked body).
 */
const portal = new URL(inject('portalUrl'));
const TIMEOUT_MS = 5_000;
let known: string;
/** A registrant's private token: the evidence and document routes read a body only for one. */
let token: string;

beforeAll(async () => {
  const client = new Meilisearch({ host: inject('meiliUrl'), apiKey: inject('masterKey') });
  const ids = await allIds(client);
  known = ids[ids.length - 5] ?? '';
  const registered = await postRegistration(portal.origin, known, {
    agency: `Dinas Uji Acak ${Date.now().toString(36)}`,
  });
  token = ((await registered.json()) as { token: string }).token;
});

/**
 * How the body is framed. A Content-Length larger than the bytes sent (and within the limit) is
 * left out: the server rightly waits for the rest, until Node's request timeout.
 */
type Framing = 'exact' | 'none' | 'chunked' | 'smaller' | 'huge' | 'garbage';

interface RawRequest {
  method: string;
  path: string;
  headers: [string, string][];
  body: Uint8Array;
  framing: Framing;
}

type Outcome = { kind: 'answered'; status: number } | { kind: 'timeout' | 'closed' | 'reset' };

const text = (value: string) => new TextEncoder().encode(value);

// --- what is thrown at the server ---

/** A path segment: mostly ones that reach a handler (the known id, a token shape), some junk. */
const junkSegment = fc.oneof(
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '%',
      '%ZZ',
      '%00',
      '%2F',
      '%2e%2e',
      '..',
      '%C0%AF',
      '%E0%A4%A',
      ';',
      '%FF%FE',
    ),
  },
  { weight: 2, arbitrary: fc.string({ maxLength: 60 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }).map(encodeURIComponent) },
  { weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{43}$/) },
  { weight: 1, arbitrary: fc.webSegment() },
  { weight: 3, arbitrary: fc.constant('KNOWN') },
  { weight: 2, arbitrary: fc.constant('TOKEN') },
);

const path = fc
  .tuple(
    fc.constantFrom(
      '/api/inovasi/S/minat',
      '/api/minat/S',
      '/api/instansi?q=S',
      '/api/inovasi/S/minat/S',
      '/api/inovasi/S',
      '/api/minat/S/S',
      '/api/instansi/S',
      '/api/inovasi/S/minat?lang=S',
      '/kirim-ulang-tautan?S=S',
      '/en/resend-link',
      '/masuk-akun',
      '/masuk-akun/S',
      '/en/sign-in/S',
      '/admin/keluar',
      '/admin/akun',
      '/admin/surat?status=S&halaman=S',
      '/admin/jejak?halaman=S',
      '/instansi',
      '/en/agency?S=S',
      '/instansi/inovasi/S',
      '/en/agency/innovation/S?terkirim=S',
      '/admin/pemutakhiran?S=S',
      '/admin/kesegaran?diingatkan=S',
      '/en/admin/kesegaran?S=S',
      '/minat/klaim/S',
      '/en/interest/claim/S?S',
      '/admin?aksi=S&id=S',
      '/minat/S/bukti',
      '/en/interest/S/evidence',
      '/minat/S/dokumen/S',
      '/dokumen/S',
      '/verifikasi/S',
      '/en/verify/S',
      '/admin/replikasi?bukti=S',
      '/api/v1/replications?inovasi=S',
      '/api/v1/replications.csv?S=S',
    ),
    junkSegment,
    junkSegment,
  )
  .map(([template, first, second]) => template.replace('S', first).replace('S', second));

/** Printable text mostly; sometimes raw bytes (never CR or LF, which would end the header). */
const headerValue = fc.oneof(
  { weight: 8, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 80 }) },
  {
    weight: 1,
    arbitrary: fc
      .uint8Array({ maxLength: 40 })
      .map((bytes) =>
        Buffer.from(bytes.filter((byte) => byte !== 10 && byte !== 13)).toString('latin1'),
      ),
  },
);

const headers = fc.record(
  {
    'Content-Type': fc.oneof(
      fc.constantFrom(
        'application/json',
        'application/x-www-form-urlencoded',
        'application/json; charset=latin1',
        'text/plain',
        'multipart/form-data; boundary=x',
        'multipart/form-data; boundary=x',
        'multipart/form-data',
        '',
      ),
      headerValue,
    ),
    Origin: fc.oneof(fc.constantFrom('SELF', 'https://evil.example', 'null'), headerValue),
    'Sec-Fetch-Site': fc.constantFrom('same-origin', 'cross-site', 'none', 'same-site'),
    'Accept-Language': headerValue,
    'X-Forwarded-For': headerValue,
  },
  { requiredKeys: [] },
);

const registrationShaped = fc.record(
  {
    agency: fc.anything(),
    cluster: fc.oneof(fc.constantFrom('kota', 'kabupaten'), fc.anything()),
    provinceCode: fc.oneof(fc.constantFrom('13', '99', ''), fc.anything()),
    regencyCode: fc.oneof(fc.constantFrom('13.71', '35.10'), fc.anything()),
    contactName: fc.anything(),
    email: fc.oneof(fc.emailAddress(), fc.anything()),
    phone: fc.anything(),
    note: fc.anything(),
    consent: fc.oneof(fc.constantFrom(true, 'on', 'off'), fc.anything()),
    website: fc.oneof(fc.constant(''), fc.anything()),
    stage: fc.oneof(fc.constantFrom('batal', 'mereplikasi'), fc.anything()),
  },
  { requiredKeys: [] },
);

/** A multipart body with boundary `x`, well-formed or not: names, file names and bytes at random. */
const multipartShaped = fc
  .tuple(
    fc.array(
      fc.record({
        name: fc.oneof(fc.constantFrom('laporan', 'tanggal', 'adaptasi', 'dokumen'), fc.string()),
        filename: fc.option(fc.string({ unit: 'binary', maxLength: 40 })),
        value: fc.oneof(
          fc.constantFrom('kesepakatan', 'implementasi', '2026-01-01', '%PDF-1.4\n%%EOF\n'),
          fc.string({ unit: 'binary', maxLength: 300 }),
        ),
      }),
      { maxLength: 5 },
    ),
    fc.boolean(),
  )
  .map(([parts, closed]) =>
    text(
      parts
        .map(
          (part) =>
            `--x\r\nContent-Disposition: form-data; name="${part.name}"` +
            (part.filename === null ? '' : `; filename="${part.filename}"`) +
            `\r\n\r\n${part.value}\r\n`,
        )
        .join('') + (closed ? '--x--\r\n' : ''),
    ),
  );

const body = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }),
  multipartShaped,
  fc.jsonValue({ maxDepth: 6 }).map((value) => text(JSON.stringify(value))),
  registrationShaped.map((value) => text(JSON.stringify(value))),
  fc
    .dictionary(fc.string({ maxLength: 20 }), fc.string({ maxLength: 200 }))
    .map((value) => text(new URLSearchParams(value).toString())),
  fc
    .tuple(fc.constantFrom('[', '{"a":', '"'), fc.integer({ min: 1, max: 20_000 }))
    .map(([open, depth]) => text(open.repeat(depth))),
  fc
    .constantFrom(16 * 1024 - 20, 16 * 1024 + 1, 100_000)
    .map((size) => text(`{"note":"${'x'.repeat(size)}"}`)),
);

const request: fc.Arbitrary<RawRequest> = fc.record({
  method: fc.constantFrom(
    'GET',
    'POST',
    'POST',
    'POST',
    'PUT',
    'DELETE',
    'PATCH',
    'OPTIONS',
    'HEAD',
  ),
  path,
  headers: headers.map((chosen) => Object.entries(chosen)),
  body,
  framing: fc.constantFrom<Framing>(
    'exact',
    'exact',
    'exact',
    'none',
    'chunked',
    'smaller',
    'huge',
    'garbage',
  ),
});

// --- how it is sent ---

function rawBytes(raw: RawRequest): Buffer {
  const lines = [
    `${raw.method} ${raw.path.replaceAll('KNOWN', known).replaceAll('TOKEN', token)} HTTP/1.1`,
    `Host: ${portal.host}`,
  ];
  lines.push('Connection: close');
  for (const [name, value] of raw.headers) {
    lines.push(`${name}: ${value === 'SELF' ? portal.origin : value}`);
  }
  const length = raw.body.byteLength;
  const framing: Record<Framing, string | undefined> = {
    exact: `Content-Length: ${length}`,
    none: undefined,
    chunked: 'Transfer-Encoding: chunked',
    smaller: `Content-Length: ${Math.floor(length / 2)}`,
    huge: 'Content-Length: 99999999999',
    garbage: 'Content-Length: 12abc',
  };
  const line = framing[raw.framing];
  if (line !== undefined) lines.push(line);
  const head = Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
  if (raw.framing !== 'chunked') return Buffer.concat([head, raw.body]);
  const chunk = Buffer.from(`${length.toString(16)}\r\n`, 'latin1');
  return Buffer.concat([head, chunk, raw.body, Buffer.from('\r\n0\r\n\r\n', 'latin1')]);
}

/**
 * Writes the request and waits for the status line, a close or the timeout. The socket is not
 * half-closed: Node's server drops a connection whose client ended its side, answer or not.
 */
function send(bytes: Buffer): Promise<Outcome> {
  return new Promise((resolve) => {
    const socket = connect(Number(portal.port), portal.hostname);
    let received = '';
    const finish = (outcome: Outcome) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(outcome);
    };
    const timer = setTimeout(() => {
      finish({ kind: 'timeout' });
    }, TIMEOUT_MS);
    socket.on('data', (chunk: Buffer) => {
      received += chunk.toString('latin1');
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(received)?.[1];
      if (status !== undefined) finish({ kind: 'answered', status: Number(status) });
    });
    socket.on('close', () => {
      finish({ kind: 'closed' });
    });
    socket.on('error', () => {
      finish({ kind: 'reset' });
    });
    socket.write(bytes);
  });
}

describe('the interest API under arbitrary requests', () => {
  it('never answers 5xx, never hangs, and keeps serving', { timeout: 120_000 }, async () => {
    const unanswered: RawRequest[] = [];
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(request, async (raw) => {
        const outcome = await send(rawBytes(raw));
        const summary = `${raw.method} ${raw.path} ${raw.framing} ${raw.body.byteLength} B`;
        expect(outcome.kind, summary).not.toBe('timeout');
        if (outcome.kind === 'answered') {
          expect(outcome.status, summary).toBeLessThan(500);
          statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
        } else unanswered.push(raw);
      }),
      { numRuns: 300 },
    );
    // The requests reached past the parser into the handlers' own refusals, not only its 400s.
    expect(statuses.size, JSON.stringify([...statuses])).toBeGreaterThanOrEqual(5);
    // A connection may drop before its answer is read only when the body is over the limit: the
    // server answers 413 and closes while the client is still writing.
    for (const raw of unanswered) {
      expect(raw.body.byteLength > 16 * 1024, `${raw.method} ${raw.path} ${raw.framing}`).toBe(
        true,
      );
    }

    const activity = await fetch(`${portal.origin}/api/inovasi/${known}/minat`);
    expect(activity.status).toBe(200);
    const registered = await postRegistration(portal.origin, known, {
      agency: 'Dinas Kesehatan Kabupaten Banyuwangi',
    });
    expect(registered.status).toBe(201);
  });
});
