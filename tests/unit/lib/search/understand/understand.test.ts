import { describe, expect, it } from 'vitest';
import { loadRegionIndex } from '../../../../../src/infra/reference/regions.ts';
import { understandQuery } from '../../../../../src/lib/search/understand/understand.ts';

const regions = loadRegionIndex();

function placeOf(query: string): string | undefined {
  return understandQuery(query, regions).place?.name;
}

function searched(query: string): string {
  return understandQuery(query, regions)
    .terms.map((term) => term.word)
    .join(' ');
}

describe('places in a query', () => {
  it.each([
    ['Kab Sleman', 'Kabupaten Sleman'],
    ['Kab. Sleman', 'Kabupaten Sleman'],
    ['kabupaten sleman', 'Kabupaten Sleman'],
    ['pemkab sleman', 'Kabupaten Sleman'],
    ['puskesmas kota padang', 'Kota Padang'],
    ['Kot. Padang antrian', 'Kota Padang'],
    ['pemkot padang', 'Kota Padang'],
    ['Prov. Sumatera Barat', 'Sumatera Barat'],
    ['pemprov jatim', 'Jawa Timur'],
    ['jateng', 'Jawa Tengah'],
    ['NTT', 'Nusa Tenggara Timur'],
    ['NTB', 'Nusa Tenggara Barat'],
    ['DIY', 'Daerah Istimewa Yogyakarta'],
    ['sumbar', 'Sumatera Barat'],
    ['sumut', 'Sumatera Utara'],
    ['kalbar', 'Kalimantan Barat'],
    ['sulsel', 'Sulawesi Selatan'],
    ['stunting jabar', 'Jawa Barat'],
    ['oase tanah datar', 'Kabupaten Tanah Datar'],
  ])('%s → %s', (query, place) => {
    expect(placeOf(query)).toBe(place);
  });

  it('are taken out of the words searched for', () => {
    expect(searched('puskesmas kota padang')).toBe('puskesmas');
    expect(searched('pemkab sleman')).toBe('');
  });

  it('are not everyday words, short forms or level words alone', () => {
    for (const query of ['batu', 'puncak', 'kb', 'rs', 'kota', 'kabupaten layak anak']) {
      expect(placeOf(query), query).toBeUndefined();
    }
  });

  it('are not looked for without a region index', () => {
    expect(understandQuery('kab sleman').place).toBeUndefined();
  });
});

describe('the words searched for', () => {
  it('leave out question glue, unless it is all there is', () => {
    const understood = understandQuery('cara mengurus akta kelahiran secara online');
    expect(understood.terms.map((term) => term.word)).toEqual(['akta', 'kelahiran', 'online']);
    expect(understood.glue).toEqual(['cara', 'mengurus']);
    expect(searched('cara')).toBe('cara');
    expect(understandQuery('cara').glue).toEqual([]);
  });

  it('leave out a question verb only after a question word', () => {
    expect(searched('cara daftar anak putus sekolah')).toBe('anak putus sekolah');
    expect(searched('daftar tanah')).toBe('daftar tanah');
    expect(searched('program bagi petani milenial')).toBe('petani milenial');
  });

  it('read English public-service words in the Indonesian of the records', () => {
    const understood = understandQuery('birth certificate online');
    expect(understood.terms.map((term) => term.word)).toEqual(['akta', 'kelahiran', 'online']);
    expect(understood.translated).toEqual([{ from: 'birth certificate', to: 'akta kelahiran' }]);
    expect(searched('waste bank')).toBe('bank sampah');
    expect(searched('flood early warning')).toBe('banjir peringatan dini');
    expect(searched('online queue puskesmas')).toBe('online antrian puskesmas');
  });

  it('leave Indonesian queries as they are', () => {
    const understood = understandQuery('bank sampah digital online');
    expect(understood.translated).toEqual([]);
    expect(understood.terms.map((term) => term.word)).toEqual([
      'bank',
      'sampah',
      'digital',
      'online',
    ]);
  });

  it('read ambiguous short forms in their public-service sense', () => {
    expect(searched('pkm')).toBe('puskesmas');
    expect(searched('KB')).toBe('keluarga berencana');
    expect(understandQuery('pkm').senses).toEqual([{ from: 'pkm', to: 'puskesmas' }]);
  });

  it('carry each word with its stem', () => {
    expect(understandQuery('perijinan kependudkan').terms).toEqual([
      { word: 'perijinan', stem: 'ijin' },
      { word: 'kependudkan', stem: 'pendudk' },
    ]);
  });
});
