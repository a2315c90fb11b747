import type { common as source } from '../id/common.ts';

export const common: Record<keyof typeof source, string> = {
  'site.name': 'Lumbung Inovasi',
  'site.tagline': "Indonesia's knowledge portal of public-service innovations",
  'site.description':
    'Lumbung Inovasi gathers public-service innovations from KIPP, IGA and InoLAN in one place, so that government agencies can find proven innovations and replicate them.',
  'nav.skipToContent': 'Skip to main content',
  'nav.language': 'Language',
  'footer.sources': 'Innovation data: KIPP (KemenPANRB), IGA (Kemendagri) and InoLAN (LAN).',
  'footer.regions': 'Region data:',
  'footer.regionsLicence': 'ODbL licence',
  'engineDown.title': 'Search is temporarily unavailable',
  'engineDown.text':
    'The portal’s search engine cannot be reached right now. Other pages still work; please try again in a moment.',
  'engineDown.home': 'Back to the home page',
};
