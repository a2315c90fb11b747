import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { displayName, jobRequest } from '../../../../src/features/admin/ingest-jobs/upload.ts';
import type { FormFile } from '../../../../src/http/multipart-form.ts';

const config = { INGEST_UPLOAD_MAX_FILES: 3 };
const csv = new TextEncoder().encode('No. Registrasi,Tahun,Judul Inovasi\n1,2019,A\n');
const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const file = (name: string, bytes: Uint8Array): FormFile => ({ field: 'berkas', name, bytes });

describe('jobRequest', () => {
  it('takes files of the kinds their programme reads, named for display only', async () => {
    const xlsx = await readFile('data/samples/kipp/kipp-2019.xlsx');
    const asked = jobRequest(
      { program: 'kipp', mode: 'periksa', url: '' },
      [file('C:\\exports\\kipp-2019.xlsx', xlsx), file('../../etc/kipp.csv', csv)],
      config,
      'id',
    );
    expect(asked.ok && asked.job).toMatchObject({
      programme: 'kipp',
      dryRun: true,
      files: [
        { name: 'kipp-2019.xlsx', type: 'xlsx' },
        { name: 'kipp.csv', type: 'csv' },
      ],
    });
  });

  it('takes an InoLAN URL to publish', () => {
    const url = 'https://inolan.example/api/inovasi';
    const asked = jobRequest({ program: 'inolan', mode: 'terbitkan', url }, [], config, 'en');
    expect(asked).toEqual({
      ok: true,
      job: { programme: 'inolan', dryRun: false, url, files: [] },
    });
  });

  it.each([
    [{ mode: 'periksa' }, 'program', 'ingest.error.programme'],
    [{ program: 'lain', mode: 'periksa' }, 'program', 'ingest.error.programme'],
    [{ program: 'kipp' }, 'mode', 'ingest.error.mode'],
    [{ program: 'inolan', mode: 'periksa', url: 'ftp://x.example/' }, 'url', 'ingest.error.url'],
    [
      { program: 'kipp', mode: 'periksa', url: 'https://x.example/' },
      'url',
      'ingest.error.urlProgramme',
    ],
  ] as [Record<string, string>, string, string][])(
    'refuses %j (400, %s)',
    (fields, field, message) => {
      const asked = jobRequest(
        fields,
        fields.url === undefined ? [file('a.csv', csv)] : [],
        config,
        'id',
      );
      expect(asked.ok).toBe(false);
      if (asked.ok) return;
      expect(asked.failure.status).toBe(400);
      expect(asked.fields).toMatchObject({ [field]: message });
    },
  );

  it('refuses neither files nor a URL, both, and too many files', () => {
    const fields = { program: 'inolan', mode: 'periksa' };
    const json = new TextEncoder().encode('{"data": []}');
    const neither = jobRequest(fields, [], config, 'id');
    const both = jobRequest(
      { ...fields, url: 'https://x.example/' },
      [file('p.json', json)],
      config,
      'id',
    );
    const many = jobRequest(
      fields,
      Array.from({ length: 4 }, () => file('p.json', json)),
      config,
      'id',
    );
    expect([neither, both, many].map((asked) => !asked.ok && asked.message)).toEqual([
      'ingest.error.source',
      'ingest.error.source',
      'ingest.error.tooMany',
    ]);
  });

  it('refuses a file by its content (415), naming it and what it is in the page language', async () => {
    const unknown = jobRequest(
      { program: 'kipp', mode: 'periksa' },
      [file('kipp.xlsx', png)],
      config,
      'id',
    );
    expect(unknown).toMatchObject({
      ok: false,
      failure: { status: 415 },
      message: 'ingest.error.unknownType',
      values: { name: 'kipp.xlsx' },
    });
    const xlsx = await readFile('data/samples/kipp/kipp-2019.xlsx');
    const wrong = jobRequest(
      { program: 'iga', mode: 'periksa' },
      [file('iga.json', xlsx)],
      config,
      'id',
    );
    expect(wrong).toMatchObject({
      ok: false,
      failure: { status: 415 },
      message: 'ingest.error.wrongType',
      values: {
        name: 'iga.json',
        type: 'buku kerja .xlsx',
        programme: 'IGA',
        reads: 'JSON atau NDJSON (satu objek JSON per baris)',
      },
    });
  });
});

describe('displayName', () => {
  it('keeps the last segment, without control or direction characters, at most 200 long', () => {
    expect(displayName('a/b\\c.csv', 0)).toBe('c.csv');
    expect(displayName('x\u0000y\u202Ez.csv', 0)).toBe('xyz.csv');
    expect(displayName('\u0007', 1)).toBe('berkas-2');
    expect(displayName(`${'n'.repeat(300)}.csv`, 0)).toHaveLength(200);
  });
});
