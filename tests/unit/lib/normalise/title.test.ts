import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../../../src/lib/normalise/title.ts';

describe('splitTitle', () => {
  it.each([
    ['BASABA (Bapak Sayang Bayi)', 'BASABA', 'Bapak Sayang Bayi'],
    ['Kelas IMUD (Ibu Muda)', 'Kelas IMUD', 'Ibu Muda'],
    ['PaDi UMKM (Pasar Digital UMKM)', 'PaDi UMKM', 'Pasar Digital UMKM'],
    [
      'SIMBARA (Sistem Informasi Mineral dan Batubara)',
      'SIMBARA',
      'Sistem Informasi Mineral dan Batubara',
    ],
    ['Bapak Sayang Bayi (BASABA)', 'BASABA', 'Bapak Sayang Bayi'],
    ['Basaba (Bapak Sayang Bayi)', 'Basaba', 'Bapak Sayang Bayi'],
    ['basaba - bapak sayang bayi', 'basaba', 'bapak sayang bayi'],
    ['Puskesmas Ramah Anak (PRA)', 'PRA', 'Puskesmas Ramah Anak'],
    [
      'Sistem Informasi Kesehatan Ibu dan Anak Terpadu Berbasis Web (SIKIA)',
      'SIKIA',
      'Sistem Informasi Kesehatan Ibu dan Anak Terpadu Berbasis Web',
    ],
    ['BASABA - Bapak Sayang Bayi', 'BASABA', 'Bapak Sayang Bayi'],
    ['BASABA – Bapak Sayang Bayi', 'BASABA', 'Bapak Sayang Bayi'],
    ['BASABA — Bapak Sayang Bayi', 'BASABA', 'Bapak Sayang Bayi'],
    ['BASABA: Bapak Sayang Bayi', 'BASABA', 'Bapak Sayang Bayi'],
    ['Bapak Sayang Bayi - BASABA', 'BASABA', 'Bapak Sayang Bayi'],
    [
      'SI-CANTIK (Sistem Informasi Cepat, Aman, Nyaman, Transparan, Informatif dan Kredibel)',
      'SI-CANTIK',
      'Sistem Informasi Cepat, Aman, Nyaman, Transparan, Informatif dan Kredibel',
    ],
    [
      'LAPOR! (Layanan Aspirasi dan Pengaduan Online Rakyat)',
      'LAPOR!',
      'Layanan Aspirasi dan Pengaduan Online Rakyat',
    ],
    ['SiLaDu (Sistem Layanan Terpadu)', 'SiLaDu', 'Sistem Layanan Terpadu'],
    ['E-KTP (Kartu Tanda Penduduk Elektronik)', 'E-KTP', 'Kartu Tanda Penduduk Elektronik'],
    [
      'Program GERMAS: Gerakan Masyarakat Hidup Sehat',
      'Program GERMAS',
      'Gerakan Masyarakat Hidup Sehat',
    ],
    ['"BASABA" (Bapak Sayang Bayi.)', 'BASABA', 'Bapak Sayang Bayi'],
    ['KELAS IMUD (IBU MUDA KOTA PADANG)', 'KELAS IMUD', 'IBU MUDA KOTA PADANG'],
    [
      'JKN-KIS (Jaminan Kesehatan Nasional - Kartu Indonesia Sehat)',
      'JKN-KIS',
      'Jaminan Kesehatan Nasional - Kartu Indonesia Sehat',
    ],
  ])('splits %j', (title, acronym, expansion) => {
    expect(splitTitle(title)).toEqual({ title, acronym, expansion });
  });

  it('cleans the title first', () => {
    expect(splitTitle('  <b>BASABA</b>\n(Bapak&nbsp;Sayang   Bayi) ')).toEqual({
      title: 'BASABA (Bapak Sayang Bayi)',
      acronym: 'BASABA',
      expansion: 'Bapak Sayang Bayi',
    });
  });

  it('splits at the bracket at the end, even after a separator', () => {
    expect(splitTitle('BASABA - Bapak Sayang Bayi (2018)')).toEqual({
      title: 'BASABA - Bapak Sayang Bayi (2018)',
      acronym: 'BASABA',
      expansion: 'Bapak Sayang Bayi (2018)',
    });
  });

  it.each([
    'Klinik Berhenti Merokok',
    'Pelayanan Terpadu (Dalam Satu Pintu)',
    'PELAYANAN TERPADU (DALAM SATU PINTU)',
    'BASABA',
    'OASE',
    'CEISA Barang Kiriman',
    'Biotron',
    'SIMPUS (Pelayanan Kesehatan)',
    'Gerakan Sayang Ibu (GSI) Kabupaten Tanah Datar',
    'Inovasi Layanan (2019)',
    'Layanan Cepat - Tanpa Antre',
    'SIGAP - Kota Padang',
    'BASABA (BSB)',
    'UMKM (Usaha)',
    '(BASABA) Bapak Sayang Bayi',
    '(Bapak Sayang Bayi)',
    'Rumah Sakit Umum Daerah - Layanan Malam',
    'Si Jempol: Sistem Informasi Jemput Bola',
    'KTP (Pelayanan Umum)',
    'Kota Padang (KOTA)',
    'Bayi (Bapak Sayang Ibu)',
    'Layanan (Antar Jemput Akta)',
  ])('leaves %j without an acronym', (title) => {
    expect(splitTitle(title)).toEqual({ title });
  });

  it('gives an empty title for empty input', () => {
    expect(splitTitle(undefined)).toEqual({ title: '' });
    expect(splitTitle('  ')).toEqual({ title: '' });
  });
});
