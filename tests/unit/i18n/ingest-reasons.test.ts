import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adapters } from '../../../ingest/adapters/index.ts';
import { localiseHarvestError, localiseReason } from '../../../src/i18n/ingest-reasons.ts';
import { programmeSchema } from '../../../src/lib/schema/enums.ts';
import { testReference } from '../../helpers/reference.ts';
import { runAdapter } from '../../helpers/run-adapter.ts';

/** Every reason the sample's files give, as the ingest writes them (English). */
async function sampleReasons(): Promise<string[]> {
  const reference = await testReference();
  const reasons: string[] = [];
  for (const programme of programmeSchema.options) {
    const folder = join('data/samples', programme);
    for (const name of await readdir(folder)) {
      const outcome = await runAdapter(adapters[programme], join(folder, name), reference);
      reasons.push(...[...outcome.rejected, ...outcome.warnings].map((issue) => issue.reason));
    }
  }
  return reasons;
}

describe('localiseReason', () => {
  it('says every reason the sample gives in Indonesian, and leaves English as the ingest wrote it', async () => {
    const reasons = await sampleReasons();
    expect(reasons.length).toBeGreaterThan(20);
    for (const reason of reasons) {
      expect(localiseReason(reason, 'en')).toBe(reason);
      expect(localiseReason(reason, 'id'), reason).not.toBe(reason);
    }
    expect(reasons).toContain('"20019" is not a year');
  });

  it.each([
    ['"20019" is not a year', '"20019" bukan tahun'],
    ['is missing', 'kosong, padahal wajib diisi'],
    ['"abc" is not a year between 2014 and 2026', '"abc" bukan tahun antara 2014 dan 2026'],
    [
      '"Sumatera Tengah" is not a known region; kept as written',
      '"Sumatera Tengah" bukan wilayah yang dikenal; disimpan sebagaimana tertulis',
    ],
    [
      'the file could not be read after row 12 (Quote Not Closed: the parsing is finished)',
      'berkas tidak dapat dibaca setelah baris 12 (Quote Not Closed: the parsing is finished)',
    ],
    ['has 20000 columns, more than the limit of 512', 'memiliki 20000 kolom, melebihi batas 512'],
    ['control characters removed (3)', 'karakter kendali dihapus (3)'],
    [
      '"94.04" is Kabupaten Nabire (Papua Tengah) in the coding of 2020, but "Kabupaten Mimika" is Kabupaten Mimika (Papua Tengah); taken by the name',
      '"94.04" adalah Kabupaten Nabire (Papua Tengah) menurut pengodean tahun 2020, tetapi "Kabupaten Mimika" adalah Kabupaten Mimika (Papua Tengah); wilayah diambil dari nama',
    ],
  ])('reads %j', (reason, indonesian) => {
    expect(localiseReason(reason, 'id')).toBe(indonesian);
  });

  it('shows a reason of no known shape as written', () => {
    expect(localiseReason('a reason nobody planned for', 'id')).toBe('a reason nobody planned for');
  });
});

describe('localiseHarvestError', () => {
  it('says which page failed and why, in the page language', () => {
    expect(localiseHarvestError('page 3: the page is not valid JSON', 'id')).toBe(
      'halaman 3: halaman ini bukan JSON yang sah',
    );
    expect(localiseHarvestError('page 3: the page is not valid JSON', 'en')).toBe(
      'page 3: the page is not valid JSON',
    );
    expect(localiseHarvestError('engine unreachable', 'id')).toBe('engine unreachable');
  });
});
