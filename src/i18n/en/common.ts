import type { common as source } from '../id/common.ts';

export const common: Record<keyof typeof source, string> = {
  'site.name': 'Lumbung Inovasi',
  'site.tagline': "Indonesia's knowledge portal of public-service innovations",
  'site.description':
    'Lumbung Inovasi gathers public-service innovations from KIPP, IGA and InoLAN in one place, so that government agencies can find proven innovations and replicate them.',
  'cite.title': 'Cite',
  'cite.text': 'Text',
  'cite.bibtex': 'BibTeX',
  'cite.ris': 'RIS (Zotero, Mendeley, EndNote)',
  'nav.skipToContent': 'Skip to main content',
  'nav.language': 'Language',
  'nav.main': 'Main navigation',
  'nav.home': 'Home',
  'nav.search': 'Search',
  'nav.browse': 'Browse',
  'nav.breadcrumb': 'Breadcrumb',
  'nav.switchTo': 'Read this page in',
  'footer.sources': 'Innovation data: KIPP (KemenPANRB), IGA (Kemendagri) and InoLAN (LAN).',
  'footer.regions': 'Region data:',
  'footer.regionsLicence': 'ODbL licence',
  'footer.browse': 'Browse innovations',
  'footer.about': 'About the data',
  'footer.freshness':
    'The figures and lists on this portal are read live from the search index, so they follow every new data load.',
  'engineDown.title': 'Search is temporarily unavailable',
  'engineDown.text':
    'The portal’s search engine cannot be reached right now. Other pages still work; please try again in a moment.',
  'engineDown.home': 'Back to the home page',
};
