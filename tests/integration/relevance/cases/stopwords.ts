import type { RelevanceCase } from './types.ts';

/** Function words around the subject: never what a record must hold. */
function glued(query: string, title: RegExp): RelevanceCase {
  return {
    query,
    why: 'function words around the subject',
    everyTop3: { in: 'title', matches: title },
  };
}

export const stopWordCases: readonly RelevanceCase[] = [
  {
    query: 'layanan untuk ibu hamil',
    why: 'function words around the subject; a service for mothers that names them in its text counts',
    everyTop3: { in: 'text', matches: /ibu hamil/i },
  },
  glued('program bagi petani milenial', /petani milenial/i),
  glued('aplikasi untuk bayar pajak', /bayar pajak/i),
  glued('kartu kuning secara online', /kartu kuning/i),
  glued('kesehatan di desa terpencil', /desa terpencil/i),
  glued('peringatan dini untuk banjir', /peringatan dini banjir/i),
  glued('rumah layak huni bagi warga', /rumah layak huni/i),
  glued('gawat darurat dengan cepat', /gawat darurat/i),
  glued('kenaikan pangkat secara otomatis', /kenaikan pangkat/i),
  glued('tanam serentak oleh kelompok tani', /tanam serentak|kelompok tani/i),
  glued('sekolah gratis bagi anak', /sekolah gratis/i),
  glued('yang parkir elektronik', /parkir elektronik/i),
];
