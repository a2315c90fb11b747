import { centralThemes } from './themes-central.ts';
import { enterpriseThemes } from './themes-enterprise.ts';
import { financeThemes } from './themes-finance.ts';
import { justiceThemes } from './themes-justice.ts';
import { regionalThemes } from './themes-regional.ts';
import { transportThemes } from './themes-transport.ts';
import type { Theme } from './theme.ts';

/** Every theme, regional and national. */
export const allThemes: readonly Theme[] = [
  ...regionalThemes,
  ...financeThemes,
  ...centralThemes,
  ...justiceThemes,
  ...transportThemes,
  ...enterpriseThemes,
];

/** The theme of a key; a key no theme has is a mistake in the vocabulary. */
export function themeOf(key: string): Theme {
  const theme = allThemes.find((candidate) => candidate.key === key);
  if (!theme) throw new Error(`unknown theme ${key}`);
  return theme;
}
