import type { browse as source } from '../id/browse.ts';

export const browse: Record<keyof typeof source, string> = {
  'browse.title': 'Browse innovations',
  'browse.intro':
    'Go through every innovation by sector, province, year or programme. Every figure is counted live from the index.',
  'browse.total': '{count} innovations recorded.',
  'browse.sector.title': 'By sector',
  'browse.sector.text': '{count} areas of government, the same for all three programmes.',
  'browse.sector.intro':
    'Sectors bring the original KIPP categories, IGA affairs and InoLAN categories into one list. One innovation can belong to several sectors.',
  'browse.province.title': 'By province',
  'browse.province.text': '{count} provinces, each with its regencies and cities.',
  'browse.province.intro':
    'The province of the agency that runs the innovation. Innovations of ministries and central agencies without a region are not listed here.',
  'browse.year.title': 'By year',
  'browse.year.text': 'From {first} to {last}.',
  'browse.year.intro':
    'The year an innovation was reported to one of the programmes. An innovation reported in several years is listed under each of them.',
  'browse.programme.title': 'By programme',
  'browse.programme.text': 'KIPP, IGA and InoLAN.',
  'browse.programme.intro':
    'The national programme that recorded the innovation. An innovation reported to several programmes is listed under each of them.',
  'browse.count': '{count} innovations',
  'browse.count.one': '{count} innovation',
  'browse.none': 'No innovations yet.',
  'browse.year.heading': 'Innovations of {year}',
  'browse.province.regencies': 'Regencies and cities',
  'browse.province.regenciesIntro':
    'The regencies and cities of {name} that have innovations. Each link opens the search filtered by that region.',
  'browse.province.noRegencies':
    'The innovations of this province are run by the provincial government or its agencies, not by a regency or city.',
  'browse.province.innovations': 'Innovations in {name}',
  'browse.list.heading': 'Innovations',
  'browse.list.range': 'Innovations {from}–{to} of {total}, newest first.',
  'browse.list.inSearch': 'Open in search to filter further',
  'browse.pager.label': 'List pages',
  'browse.pager.previous': 'Previous',
  'browse.pager.next': 'Next',
  'browse.pager.page': 'Page {page} of {pages}',
  'browse.pager.goTo': 'Page {page}',
  'browse.notFound.title': 'Page not found',
  'browse.notFound.text':
    'There are no innovations at this address. The name or year may be wrong, or the list page no longer exists.',
  'browse.notFound.back': 'Back to Browse innovations',
};
