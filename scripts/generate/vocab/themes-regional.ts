import { careThemes } from './themes-care.ts';
import { economyThemes, workThemes } from './themes-economy.ts';
import { environmentThemes } from './themes-environment.ts';
import { farmingThemes } from './themes-farming.ts';
import { governanceThemes } from './themes-governance.ts';
import { servicesThemes } from './themes-services.ts';
import { socialThemes } from './themes-social.ts';
import type { Theme } from './theme.ts';

/** Themes of regional governments and their enterprises: the bulk of KIPP, all of IGA, most of InoLAN. */
export const regionalThemes: readonly Theme[] = [
  ...careThemes,
  ...socialThemes,
  ...economyThemes,
  ...farmingThemes,
  ...workThemes,
  ...servicesThemes,
  ...governanceThemes,
  ...environmentThemes,
];
