/**
 * Short forms with several readings, resolved toward the public-service one. Meilisearch takes
 * the last query word as a prefix and a short acronym title (`PKMUD`, `KBENUN`) outranks a
 * summary that spells the service out; sending the spelled-out form puts the service first,
 * and the index-time synonyms (`language/synonyms.ts`) still find records that write the short
 * form.
 */
export const publicServiceSenses: Readonly<Record<string, string>> = {
  pkm: 'puskesmas',
  kb: 'keluarga berencana',
  bumil: 'ibu hamil',
  rs: 'rumah sakit',
  rsj: 'rumah sakit jiwa',
  disdukcapil: 'dukcapil',
  capil: 'dukcapil',
  ikd: 'identitas kependudukan digital',
  pbb: 'pajak bumi dan bangunan',
  kis: 'kartu indonesia sehat',
  kip: 'kartu indonesia pintar',
  tki: 'pekerja migran',
  pmi: 'pekerja migran',
  ojol: 'ojek online',
  ppdb: 'penerimaan peserta didik baru',
};
