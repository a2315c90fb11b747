/**
 * Where the open data lives: the API's paths (the files under `src/pages/api/v1/`) and the
 * data dictionary's files. Pure, so pages and islands can link to a download of their results
 * (`exportPath('csv', searchQueryString(state))`).
 */
export const apiBase = '/api/v1';

export const apiPaths = {
  list: `${apiBase}/innovations`,
  record: (id: string) => `${apiBase}/innovations/${encodeURIComponent(id)}`,
  facets: `${apiBase}/facets`,
  trends: `${apiBase}/trends`,
  openApi: `${apiBase}/openapi.json`,
} as const;

export type DownloadFormat = 'csv' | 'json';

/** The download of every innovation matching `query` (`?tahun=2019…`, or `''` for all). */
export function exportPath(format: DownloadFormat, query = ''): string {
  return `${apiBase}/innovations.${format}${query}`;
}

/** The data dictionary as files (the page is `routes.dataDictionary`). */
export const dictionaryFiles: Record<DownloadFormat, string> = {
  csv: '/kamus-data.csv',
  json: '/kamus-data.json',
};
