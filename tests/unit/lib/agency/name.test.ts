import { describe, expect, it } from 'vitest';
import { agencyAbbreviations } from '../../../../src/lib/agency/abbreviations.ts';
import {
  agenciesOf,
  agencyFoldVersion,
  agencyIdentity,
  canonicalAgency,
  namedAgency,
} from '../../../../src/lib/agency/name.ts';

/** Each short form the issue names (and its neighbours), written as people write them. */
const written: readonly [string, string][] = [
  ['Dinkes Kota Padang', 'Dinas Kesehatan Kota Padang'],
  ['DISDUKCAPIL Kota Padang', 'Dinas Kependudukan dan Pencatatan Sipil Kota Padang'],
  ['Dispendukcapil Kab. Sidoarjo', 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sidoarjo'],
  ['Dinas Dukcapil Kota Kendari', 'Dinas Kependudukan dan Pencatatan Sipil Kota Kendari'],
  ['Bappeda Kab. Banyuwangi', 'Badan Perencanaan Pembangunan Daerah Kabupaten Banyuwangi'],
  ['RSUD Kab. Karawang', 'Rumah Sakit Umum Daerah Kabupaten Karawang'],
  ['Pusat Kesehatan Masyarakat Bulok Kab. Tanggamus', 'Puskesmas Bulok Kabupaten Tanggamus'],
  ['Diskominfo Kab. Trenggalek', 'Dinas Komunikasi dan Informatika Kabupaten Trenggalek'],
  ['BPBD Prov. Jawa Timur', 'Badan Penanggulangan Bencana Daerah Provinsi Jawa Timur'],
  ['DPM-PTSP Kab. Siak', 'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Siak'],
  [
    'Dinas Penanaman Modal dan PTSP Kab. Siak',
    'Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Siak',
  ],
  ['Disdik Kab. Tanah Datar', 'Dinas Pendidikan Kabupaten Tanah Datar'],
  ['Dishub Kab. Agam', 'Dinas Perhubungan Kabupaten Agam'],
  ['Satpol-PP Kab.Bantul', 'Satuan Polisi Pamong Praja Kabupaten Bantul'],
  ['Satpol PP Kota Surabaya', 'Satuan Polisi Pamong Praja Kota Surabaya'],
  ['Dinsos Kota Tangerang', 'Dinas Sosial Kota Tangerang'],
  ['DPUPR Kab. Badung', 'Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Badung'],
  ['Pemkab Sleman', 'Pemerintah Kabupaten Sleman'],
  ['Pemkot Padang', 'Pemerintah Kota Padang'],
  ['Pemprov Sumatera Barat', 'Pemerintah Provinsi Sumatera Barat'],
  ['Pemda Kab. Malang', 'Pemerintah Kabupaten Malang'],
  ['Kab. Sleman', 'Pemerintah Kabupaten Sleman'],
  ['Kotamadya Yogyakarta', 'Pemerintah Kota Yogyakarta'],
  ['Prop. Jawa Barat', 'Pemerintah Provinsi Jawa Barat'],
  ['Kemenkes', 'Kementerian Kesehatan'],
  ['Kemendagri', 'Kementerian Dalam Negeri'],
  ['Kemen PAN-RB', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi'],
  ['Ditjen Dukcapil', 'Direktorat Jenderal Kependudukan dan Pencatatan Sipil'],
  ['BPOM', 'Badan Pengawas Obat dan Makanan'],
  ['Polri', 'Kepolisian Negara Republik Indonesia'],
];

describe('the abbreviation table', () => {
  it.each(written)('writes %s out as %s', (typed, name) => {
    expect(namedAgency(typed).name).toBe(name);
    expect(agencyIdentity(typed)).toBe(agencyIdentity(name));
  });

  it('folds every form of every row, in any case and with dots, to the row’s name', () => {
    for (const [name, ...forms] of agencyAbbreviations) {
      for (const form of forms) {
        const shouting = form.toUpperCase().replace(/ /g, '. ');
        expect(namedAgency(shouting).name, form).toBe(namedAgency(name).name);
        expect(agencyIdentity(form), form).toBe(agencyIdentity(name));
      }
    }
  });

  it('gives a name in its one form the key it came from (naming it again changes nothing)', () => {
    const names = [...written.map(([typed]) => typed), 'Dinkes', 'Sleman', 'RSUD Paniai'];
    for (const typed of names) {
      for (const place of [undefined, 'Kabupaten Sleman', 'Kabupaten Paniai']) {
        const once = namedAgency(typed, place);
        expect(namedAgency(once.name).key, `${typed} in ${String(place)}`).toBe(once.key);
      }
    }
  });
});

describe('one agency, one name: the Sleman example', () => {
  it('makes one agency of Dinkes Kab. Sleman and Dinas Kesehatan Kabupaten Sleman', () => {
    expect(canonicalAgency('Dinkes Kab. Sleman')).toEqual({
      agency: 'Pemerintah Kabupaten Sleman',
      unit: 'Dinas Kesehatan Kabupaten Sleman',
      region: 'Kabupaten Sleman',
    });
    expect(canonicalAgency('Dinas Kesehatan Kabupaten Sleman')).toEqual(
      canonicalAgency('Dinkes Kab. Sleman'),
    );
    expect(agencyIdentity('DINKES KAB SLEMAN')).toBe('dinas-kesehatan-kabupaten-sleman');
  });

  it('places a unit named without its region where it is known to be', () => {
    for (const typed of ['Dinkes', 'Dinkes Sleman', 'Dinas Kesehatan Kab Sleman']) {
      expect(namedAgency(typed, 'Kabupaten Sleman').name).toBe('Dinas Kesehatan Kabupaten Sleman');
    }
    for (const typed of ['Sleman', 'Kabupaten Sleman', 'Pemkab Sleman', 'Pemerintah Daerah']) {
      expect(namedAgency(typed, 'Kabupaten Sleman').name).toBe('Pemerintah Kabupaten Sleman');
    }
  });

  it('gives an IGA record its unit in its region, beside the government', () => {
    const names = agenciesOf({ agency: 'Pemerintah Kabupaten Sleman', unit: 'Dinas Kesehatan' });
    expect(names.map((named) => named.name)).toEqual([
      'Pemerintah Kabupaten Sleman',
      'Dinas Kesehatan Kabupaten Sleman',
    ]);
    expect(names[1]?.key).toBe(agencyIdentity('Dinkes Kab. Sleman'));
    // A KIPP record that names the unit with its region is the same unit.
    const kipp = agenciesOf({ agency: 'Pemkab Sleman', unit: 'Dinkes Kab. Sleman' });
    expect(kipp.map((named) => named.key)).toEqual(names.map((named) => named.key));
  });
});

describe('what the fold keeps apart', () => {
  it('keeps two offices, two regions and two kinds of region apart', () => {
    const keys = [
      agencyIdentity('Dinas Kesehatan Kabupaten Sleman'),
      agencyIdentity('Dinas Pendidikan Kabupaten Sleman'),
      agencyIdentity('Dinas Kesehatan Kabupaten Bantul'),
      agencyIdentity('Dinas Kesehatan Kabupaten Bogor'),
      agencyIdentity('Dinas Kesehatan Kota Bogor'),
      agencyIdentity('Pemerintah Kabupaten Sleman'),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    // A name of another kind of region than the place keeps its own region.
    expect(namedAgency('Dinkes Kabupaten Bogor', 'Kota Bogor').name).toBe(
      'Dinas Kesehatan Kabupaten Bogor',
    );
  });

  it('reads `Kota` in an office’s own name as no region', () => {
    expect(canonicalAgency('Dinas Tata Kota dan Pertamanan')).toEqual({
      agency: 'Dinas Tata Kota dan Pertamanan',
    });
  });

  it('drops only words that tell nothing apart', () => {
    expect(agencyIdentity('Kemenkes RI')).toBe(agencyIdentity('Kementerian Kesehatan'));
    expect(agencyIdentity('Kementerian Kesehatan Republik Indonesia')).toBe(
      'kementerian-kesehatan',
    );
    expect(agencyIdentity('PT Bank Rakyat Indonesia (Persero) Tbk')).toBe(
      'pt-bank-rakyat-indonesia',
    );
    expect(agencyIdentity('Dinas Kependudukan & Pencatatan Sipil')).toBe(
      agencyIdentity('Dinas Kependudukan dan Pencatatan Sipil'),
    );
    expect(agencyIdentity('Puskesmas 1 Sokaraja')).not.toBe(agencyIdentity('Puskesmas 2 Sokaraja'));
  });

  it('keeps names in other scripts apart, and a name without a letter has no key', () => {
    const names = ['ꦢꦶꦤꦱ꧀ ꦏꦺꦱꦺꦲꦠꦤ꧀', 'ꦢꦶꦤꦱ꧀ ꦥꦼꦤ꧀ꦢꦶꦢꦶꦏꦤ꧀', '卫生局', '教育局'];
    const keys = names.map((name) => agencyIdentity(name, 'Kota Padang'));
    expect(new Set(keys).size).toBe(names.length);
    expect(agencyIdentity('???')).toBe('');
  });

  it('names the fold it makes, so stored keys can be made again when it changes', () => {
    expect(agencyFoldVersion).toMatch(/^agency-keys-[0-9a-f]{8}$/);
  });
});
