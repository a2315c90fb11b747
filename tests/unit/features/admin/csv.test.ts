import { describe, expect, it } from 'vitest';
import { csvColumns, csvStream } from '../../../../src/features/admin/csv.ts';
import type { Registration } from '../../../../src/infra/database/types.ts';

const registration: Registration = {
  id: 7,
  innovationId: 'basaba-1f0c2a9e',
  agencyKey: '13.75|dinas-kesehatan',
  agency: 'Dinas Kesehatan, Kota "Bukittinggi"',
  cluster: 'kota',
  provinceCode: '13',
  regencyCode: '13.75',
  contactName: '@siti',
  email: 'siti@bukittinggikota.go.id',
  phone: '+62 752 21234',
  note: 'baris satu\nbaris dua',
  consent: true,
  shareEmail: true,
  sharePhone: true,
  stage: 'berminat',
  hidden: false,
  registrations: 2,
  createdAt: '2025-06-01T02:00:00.000Z',
  updatedAt: '2025-06-02T02:00:00.000Z',
  stageChangedAt: '2025-06-01T02:00:00.000Z',
  locale: 'id',
  confirmedAt: '2025-06-01T02:00:00.000Z',
  stageConfirmedAt: undefined,
};

async function* rows(...items: Registration[]): AsyncIterable<Registration> {
  for (const item of items) yield await Promise.resolve(item);
}

describe('the CSV export stream', () => {
  it('starts with a byte-order mark and the header, then a line per registration', async () => {
    const names: Record<string, string> = { '13': 'Sumatera Barat', '13.75': 'Kota Bukittinggi' };
    const stream = csvStream(rows(registration, { ...registration, id: 8 }), (code) => names[code]);
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(csvColumns.join(','));
    expect(lines[1]).toBe(
      [
        '7',
        'basaba-1f0c2a9e',
        '"Dinas Kesehatan, Kota ""Bukittinggi"""',
        'kota',
        '13',
        'Sumatera Barat',
        '13.75',
        'Kota Bukittinggi',
        "'@siti",
        'siti@bukittinggikota.go.id',
        "'+62 752 21234",
        '"baris satu\nbaris dua"',
        'true',
        'true',
        'true',
        'berminat',
        'false',
        '2',
        '2025-06-01T02:00:00.000Z',
        '2025-06-02T02:00:00.000Z',
        '2025-06-01T02:00:00.000Z',
      ].join(','),
    );
    expect(lines[2]?.startsWith('8,')).toBe(true);
    expect(lines[3]).toBe('');
  });
});
