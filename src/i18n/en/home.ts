import type { home as source } from '../id/home.ts';

export const home: Record<keyof typeof source, string> = {
  'home.heading': 'Proven public-service innovations, ready to replicate',
  'home.intro':
    'Lumbung Inovasi gathers the public-service innovations of three national programmes into one knowledge base: the Public Service Innovation Competition (KIPP) of KemenPANRB, the Innovative Government Award (IGA) of Kemendagri, and the Innovation Laboratory (InoLAN) of LAN.',
  'home.merge':
    'An innovation reported to more than one programme, or in several years, is recorded once, with all its awards and all its sources.',
  'home.search.label': 'Search innovations',
  'home.search.hint': 'For example: stunting, Dukcapil, UMKM, Puskesmas, licensing',
  'home.search.button': 'Search',
  'home.counters.heading': 'The portal today',
  'home.counters.innovations': 'innovations',
  'home.counters.provinces': 'provinces',
  'home.counters.regencies': 'regencies and cities',
  'home.counters.programmes': 'national programmes',
  'home.counters.years': 'years of data',
  'home.top.heading': 'Newest Top innovations',
  'home.top.text':
    'Innovations that won a KIPP award (Top 99 to Outstanding Achievement) or an IGA award, newest first.',
  'home.top.empty': 'No awarded innovation in the index yet.',
  'home.audience.heading': 'Who it is for',
  'home.audience.civilServants.title': 'Civil servants',
  'home.audience.civilServants.text':
    'In a ministry, an agency, a province or a regency: find innovations already running in regions like yours, see whether they are still running, and learn how to replicate them.',
  'home.audience.civilServants.byProvince': 'Browse by province',
  'home.audience.civilServants.running': 'Search innovations still running',
  'home.audience.researchers.title': 'Researchers',
  'home.audience.researchers.text':
    'At a university, Bappenas or an international organisation: study how innovations change by year, cluster, sector and SDG, from clean data with a known source.',
  'home.audience.researchers.byYear': 'Browse by year',
  'home.audience.researchers.bySector': 'Browse by sector',
  'home.audience.data.title': 'Where the data come from',
  'home.audience.data.text':
    'Every innovation comes from the official data of KIPP (KemenPANRB), IGA (Ministry of Home Affairs) and InoLAN (LAN), normalised and merged where the same innovation is recorded more than once. Every innovation page names its sources.',
  'home.audience.data.openData': 'Download the open data',
  'home.audience.data.dictionary': 'Data dictionary',
};
