import type { opendata as source } from '../id/opendata.ts';

export const opendata: Record<keyof typeof source, string> = {
  'opendata.title': 'Open data',
};
