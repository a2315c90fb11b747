import { apiBase, apiPaths, exportPath, routes } from '../../i18n/routes.ts';
import { locales } from '../../i18n/locales.ts';
import { translator, type MessageKey } from '../../i18n/t.ts';
import { absoluteUrl } from '../innovation/urls.ts';
import { dataLicence } from './licence.ts';

/** What the catalog says of the data as it is now. */
export interface CatalogFacts {
  /** The site's public origin. */
  origin: string;
  /** Innovations published. */
  total: number;
  /** The first and last year any record covers; undefined when there are none. */
  years: { first: number; last: number } | undefined;
}

/** The vocabularies the catalog uses, inline: a JSON-LD processor needs nothing from the web. */
const context = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  schema: 'https://schema.org/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  'dct:license': { '@type': '@id' },
  'dct:spatial': { '@type': '@id' },
  'dct:conformsTo': { '@type': '@id' },
  'dcat:downloadURL': { '@type': '@id' },
  'dcat:accessURL': { '@type': '@id' },
  'dcat:endpointURL': { '@type': '@id' },
  'dcat:endpointDescription': { '@type': '@id' },
  'dcat:landingPage': { '@type': '@id' },
  'foaf:homepage': { '@type': '@id' },
  'dcat:startDate': { '@type': 'xsd:gYear' },
  'dcat:endDate': { '@type': 'xsd:gYear' },
} as const;

/** Indonesia in the EU's country authority table, which DCAT-AP catalogues use. */
const indonesia = 'http://publications.europa.eu/resource/authority/country/IDN';

/**
 * The portal's data as a DCAT catalog of one dataset (also typed a schema.org `Dataset`, for
 * search engines): titles and descriptions in both languages, the licence, the publisher, the
 * years and country covered, and its distributions (the CSV and JSON downloads, the Atom feed,
 * the JSON API as a data service).
 */
export function dcatCatalog(facts: CatalogFacts): object {
  const url = (path: string) => absoluteUrl(facts.origin, path);
  const publisher = {
    '@type': 'foaf:Organization',
    'foaf:name': 'Lumbung Inovasi',
    'foaf:homepage': url(routes.home('id')),
  };
  return {
    '@context': context,
    '@id': url(apiPaths.catalog),
    '@type': 'dcat:Catalog',
    'dct:title': 'Lumbung Inovasi',
    'dct:publisher': publisher,
    'foaf:homepage': url(routes.home('id')),
    'dcat:dataset': {
      '@id': `${url(routes.openData('id'))}#dataset`,
      '@type': ['dcat:Dataset', 'schema:Dataset'],
      'dct:title': inBothLanguages('opendata.feed.title'),
      'dct:description': inBothLanguages('opendata.catalog.description'),
      'dct:license': dataLicence.url,
      'dct:publisher': publisher,
      'dct:spatial': indonesia,
      ...(facts.years === undefined
        ? {}
        : {
            'dct:temporal': {
              '@type': 'dct:PeriodOfTime',
              'dcat:startDate': String(facts.years.first),
              'dcat:endDate': String(facts.years.last),
            },
          }),
      'dcat:landingPage': url(routes.openData('id')),
      'dcat:keyword': ['inovasi pelayanan publik', 'KIPP', 'IGA', 'InoLAN', 'replikasi'],
      'schema:size': `${String(facts.total)} innovations`,
      'dcat:distribution': [
        download(url(exportPath('csv')), 'text/csv', 'CSV'),
        download(url(exportPath('json')), 'application/json', 'JSON'),
        download(url(apiPaths.feed()), 'application/atom+xml', 'Atom'),
      ],
    },
    'dcat:service': {
      '@type': 'dcat:DataService',
      'dct:title': 'Lumbung Inovasi API',
      'dcat:endpointURL': url(apiBase),
      'dcat:endpointDescription': url(apiPaths.openApi),
      'dct:conformsTo': 'https://spec.openapis.org/oas/v3.1.0',
      'dct:license': dataLicence.url,
    },
  };
}

// --- internal ---

function download(address: string, mediaType: string, format: string): object {
  return {
    '@type': 'dcat:Distribution',
    'dcat:downloadURL': address,
    'dcat:accessURL': address,
    'dcat:mediaType': mediaType,
    'dct:format': format,
    'dct:license': dataLicence.url,
  };
}

/** A message in every language, as JSON-LD language-tagged strings. */
function inBothLanguages(key: MessageKey): object[] {
  return locales.map((locale) => ({ '@value': translator(locale)(key), '@language': locale }));
}
