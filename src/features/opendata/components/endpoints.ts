import type { Translate } from '../../../i18n/t.ts';
import { apiBase, apiPaths, exportPath } from '../../../i18n/routes.ts';
import { showcase, type ShowcaseAnswers } from '../showcase.ts';

/** One endpoint as the open-data page documents it. */
export interface DocumentedEndpoint {
  path: string;
  text: string;
  /** The example request's path and query. */
  example: string;
  /** A real answer, shortened; undefined for a download or when the engine is down. */
  answer: string | undefined;
  /** A download: no answer is shown for it. */
  file: boolean;
}

/** The endpoints in the order the page documents them, with their examples. */
export function documentedEndpoints(
  t: Translate,
  answers: ShowcaseAnswers | undefined,
  subsetExample: string,
): DocumentedEndpoint[] {
  const search = (path: string, text: string, query: string, answer: string | undefined) => ({
    path,
    text,
    example: `${path}${query}`,
    answer,
    file: false,
  });
  return [
    search(apiPaths.list, t('opendata.endpoint.list'), showcase.list, answers?.list),
    {
      path: `${apiBase}/innovations/{id}`,
      text: t('opendata.endpoint.record'),
      example: apiPaths.record(answers?.record?.id ?? 'ID'),
      answer: answers?.record?.json,
      file: false,
    },
    search(apiPaths.facets, t('opendata.endpoint.facets'), showcase.facets, answers?.facets),
    search(apiPaths.trends, t('opendata.endpoint.trends'), showcase.trends, answers?.trends),
    {
      path: exportPath('csv'),
      text: t('opendata.endpoint.exportCsv'),
      example: subsetExample,
      answer: undefined,
      file: true,
    },
    {
      path: exportPath('json'),
      text: t('opendata.endpoint.exportJson'),
      example: exportPath('json', '?program=inolan'),
      answer: undefined,
      file: true,
    },
    {
      path: apiPaths.replications,
      text: t('opendata.endpoint.replications'),
      example: apiPaths.replications,
      answer: undefined,
      file: false,
    },
    {
      path: apiPaths.replicationsCsv,
      text: t('opendata.endpoint.replicationsCsv'),
      example: apiPaths.replicationsCsv,
      answer: undefined,
      file: true,
    },
  ];
}
