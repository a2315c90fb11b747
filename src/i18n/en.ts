import { browse } from './en/browse.ts';
import { common } from './en/common.ts';
import { home } from './en/home.ts';
import { innovation } from './en/innovation.ts';
import { search } from './en/search.ts';
import type { Messages } from './id.ts';

export const en: Messages = { ...common, ...home, ...search, ...innovation, ...browse };
