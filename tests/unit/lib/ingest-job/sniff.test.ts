import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../../ingest/adapters/index.ts';
import { programmeReads, uploadEnding } from '../../../../src/lib/ingest-job/schema.ts';
import { sniffUpload } from '../../../../src/lib/ingest-job/sniff.ts';
import { programmeSchema } from '../../../../src/lib/schema/enums.ts';

const text = (value: string) => new TextEncoder().encode(value);

describe('sniffUpload', () => {
  it.each([
    ['data/samples/kipp/kipp-2019.xlsx', 'xlsx'],
    ['data/samples/kipp/kipp-2016.csv', 'csv'],
    ['data/samples/iga/iga-2018-2019.json', 'json'],
    ['data/samples/iga/iga-2022-2023.ndjson', 'ndjson'],
    ['data/samples/iga/iga-2024-2025.jsonl', 'ndjson'],
    ['data/samples/inolan/page-1.json', 'json'],
  ])('tells %s is %s by its content', async (path, type) => {
    expect(sniffUpload(await readFile(path))).toBe(type);
  });

  it('tells a zip that is not a workbook, XML and CSV with a semicolon', () => {
    const docx = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...text('....word/document.xml')]);
    expect(sniffUpload(docx)).toBe('zip');
    expect(sniffUpload(text('\uFEFF<?xml version="1.0"?><a/>'))).toBe('xml');
    expect(sniffUpload(text('Judul;Tahun\r\nA;2019\r\n'))).toBe('csv');
    expect(sniffUpload(text('  {\n  "data": []\n}\n'))).toBe('json');
  });

  it('recognises nothing in binary content or text of no known kind', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(sniffUpload(png)).toBeUndefined();
    expect(sniffUpload(Uint8Array.from([0xff, 0xfe, 0x41, 0x00]))).toBeUndefined();
    expect(sniffUpload(text('just a sentence without any separator\n'))).toBeUndefined();
    expect(sniffUpload(new Uint8Array())).toBeUndefined();
  });

  it('keeps CSV whose head ends inside a multi-byte character', () => {
    const head = `a,b\n${'x'.repeat(64 * 1024 - 5)}`;
    expect(sniffUpload(text(`${head}é,é\n`))).toBe('csv');
  });

  it('writes each kind a programme reads under an ending its adapter reads', () => {
    for (const programme of programmeSchema.options) {
      for (const type of programmeReads[programme]) {
        expect(adapters[programme].extensions).toContain(uploadEnding[type]);
      }
    }
  });
});
