import { careThemes } from './themes-care.ts';
import { economyThemes } from './themes-economy.ts';
import { servicesThemes } from './themes-services.ts';
import type { Theme } from './theme.ts';

/** Themes of regional governments: the bulk of KIPP, all of IGA, most of InoLAN. */
export const regionalThemes: readonly Theme[] = [
  ...careThemes,
  ...economyThemes,
  ...servicesThemes,
];

/** Title heads for digital themes, mixed into any theme's heads. */
export const digitalTitleHeads: readonly string[] = [
  'Sistem Informasi',
  'Aplikasi',
  'Layanan Online',
  'e-Layanan',
  'Portal',
];
