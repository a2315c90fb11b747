import { describe, expect, it } from 'vitest';
import { clusterFromAgency, parseCluster } from '../../../../src/lib/normalise/cluster.ts';

describe('parseCluster', () => {
  it.each([
    ['Kementerian', 'kementerian'],
    ['KEMENTERIAN', 'kementerian'],
    ['kementrian', 'kementerian'],
    ['Lembaga', 'lembaga'],
    ['LPNK', 'lembaga'],
    ['Provinsi', 'provinsi'],
    ['Pemprov', 'provinsi'],
    ['Pemerintah Provinsi', 'provinsi'],
    ['Kabupaten', 'kabupaten'],
    ['kab.', 'kabupaten'],
    ['Pemkab', 'kabupaten'],
    ['Pemerintah Kabupaten', 'kabupaten'],
    ['Kota', 'kota'],
    ['  kota ', 'kota'],
    ['Pemkot', 'kota'],
    ['Pemerintah Kota', 'kota'],
    ['BUMN', 'bumn'],
    ['bumn', 'bumn'],
    ['Badan Usaha Milik Negara', 'bumn'],
    ['BUMD', 'bumd'],
    ['Bumd', 'bumd'],
  ])('reads %j as %j', (input, expected) => {
    expect(parseCluster(input)).toEqual({ ok: true, value: expected });
  });

  it.each([undefined, null, '', '  ', '-'])('gives no value for the empty input %j', (input) => {
    expect(parseCluster(input)).toEqual({ ok: true, value: undefined });
  });

  it.each([
    ['Kementerian/Lembaga', '"Kementerian/Lembaga" does not say which cluster'],
    ['K/L', '"K/L" does not say which cluster'],
    ['Kabupaten/Kota', '"Kabupaten/Kota" does not say which cluster'],
    ['Pemda', '"Pemda" does not say which cluster'],
    ['Swasta', '"Swasta" is not a cluster'],
    ['Desa', '"Desa" is not a cluster'],
    [7, '"7" is not a cluster'],
  ])('refuses %j', (input, reason) => {
    expect(parseCluster(input)).toEqual({ ok: false, reason });
  });
});

describe('clusterFromAgency', () => {
  it.each([
    ['Pemerintah Kabupaten Banyuwangi', 'kabupaten'],
    ['Pemerintah Kab. Tanah Datar', 'kabupaten'],
    ['Pemkab Sleman', 'kabupaten'],
    ['Pemerintah Daerah Kabupaten Malang', 'kabupaten'],
    ['Kabupaten Bantaeng', 'kabupaten'],
    ['Kab. Banyuwangi', 'kabupaten'],
    ['Pemerintah Kabupaten Kotabaru', 'kabupaten'],
    ['Pemerintah Kota Padang', 'kota'],
    ['Pemkot Padang', 'kota'],
    ['PEMERINTAH KOTA BUKITTINGGI', 'kota'],
    ['Kota Payakumbuh', 'kota'],
    ['Pemerintah Provinsi Jawa Barat', 'provinsi'],
    ['Pemprov Sumatera Barat', 'provinsi'],
    ['Pemerintah Prov. Jawa Timur', 'provinsi'],
    ['Provinsi Sulawesi Selatan', 'provinsi'],
    ['Pemerintah Daerah Istimewa Yogyakarta', 'provinsi'],
    ['Pemerintah Provinsi DKI Jakarta', 'provinsi'],
    ['Pemerintah Aceh', 'provinsi'],
    ['Kementerian Keuangan', 'kementerian'],
    ['Kementerian Badan Usaha Milik Negara', 'kementerian'],
    ['Kementrian Pertanian', 'kementerian'],
    ['Kemenkes RI', 'kementerian'],
    ['Direktorat Jenderal Bea dan Cukai Kementerian Keuangan', 'kementerian'],
    ['Kantor Kementerian Agama Kota Padang', 'kementerian'],
    ['Badan Pusat Statistik', 'lembaga'],
    ['Badan Pusat Statistik Kota Padang', 'lembaga'],
    ['Lembaga Administrasi Negara', 'lembaga'],
    ['BPJS Kesehatan', 'lembaga'],
    ['BPJS Ketenagakerjaan', 'lembaga'],
    ['BPOM', 'lembaga'],
    ['Komisi Pemberantasan Korupsi', 'lembaga'],
    ['Arsip Nasional Republik Indonesia', 'lembaga'],
    ['Kepolisian Negara Republik Indonesia', 'lembaga'],
    ['Mahkamah Agung', 'lembaga'],
    ['Kejaksaan Agung', 'lembaga'],
    ['Ombudsman Republik Indonesia', 'lembaga'],
    ['Bank Indonesia', 'lembaga'],
    ['PT Bank Rakyat Indonesia (Persero) Tbk', 'bumn'],
    ['PT Taspen (Persero)', 'bumn'],
    ['Perum Bulog', 'bumn'],
    ['PT Telkom Indonesia Tbk', 'bumn'],
    ['PT Jamkrida Jatim (Perseroda)', 'bumd'],
    ['PDAM Tirta Pakuan Kota Bogor', 'bumd'],
    ['Perumda Air Minum Tirta Kahuripan', 'bumd'],
    ['Perusahaan Umum Daerah Pasar Jaya', 'bumd'],
    ['Bank Pembangunan Daerah Jawa Barat dan Banten', 'bumd'],
    ['PT Bank Pembangunan Daerah Jawa Timur Tbk', 'bumd'],
    ['Dinas Kesehatan Kota Padang', 'kota'],
    ['Dinas Kependudukan dan Pencatatan Sipil Kabupaten Tanah Datar', 'kabupaten'],
    ['Badan Pendapatan Daerah Kabupaten Sleman', 'kabupaten'],
    ['Badan Kepegawaian Daerah Provinsi Jawa Tengah', 'provinsi'],
    ['RSUD Kota Padang Panjang', 'kota'],
  ])('guesses %j as %j', (agency, expected) => {
    expect(clusterFromAgency(agency)).toBe(expected);
  });

  it.each([
    '',
    'Dinas Kesehatan',
    'RSUD Dr. Achmad Mochtar Bukittinggi',
    'Puskesmas Padang Pasir',
    'Badan Pengelola Keuangan Daerah',
    'Yayasan Sehat Bersama',
  ])('does not guess for %j', (agency) => {
    expect(clusterFromAgency(agency)).toBeUndefined();
  });
});
