import type { opendata as source } from '../id/opendata.ts';

export const opendata: Record<keyof typeof source, string> = {
  'opendata.title': 'Open data',
  'opendata.description':
    'Download every innovation as CSV or JSON, or read them through the read-only JSON API: parameters, examples, limits and the data dictionary.',
  'opendata.intro':
    'Every number on this portal is yours to check and reuse: download all the data, or get the same search results through the JSON API. No sign-up, no key.',
  'opendata.download.title': 'Download the data',
  'opendata.download.csv': 'All innovations (CSV)',
  'opendata.download.json': 'All innovations (JSON)',
  'opendata.download.subset':
    'For part of the data, add the search page’s filters to the download’s address, for example',
  'opendata.download.fromSearch':
    'The search page also links the download of the results you are looking at.',
  'opendata.download.format':
    'CSV: UTF-8 with a BOM, one row per innovation, columns as in the data dictionary (which says how lists and objects are written). JSON: meta (the search that produced it, the total, when, the licence, the search page and the metadata) then data, the array of public records. Both are streamed, however many there are, and the file’s name says the search and the day.',
  'opendata.archive.title': 'Dated versions',
  'opendata.archive.intro':
    'Whenever the portal publishes data, all the published records are kept as a dated version (one per day, that day’s last publication). Cite the version you used by its date; its changelog names the innovations added, changed and removed since the version before. Files are gzip-compressed.',
  'opendata.archive.none': 'No version has been published yet.',
  'opendata.archive.records': '{n} records;',
  'opendata.archive.counts': '{added} added, {changed} changed, {removed} removed.',
  'opendata.archive.changelog': 'Changelog',
  'opendata.archive.added': 'Added ({n})',
  'opendata.archive.changed': 'Changed ({n})',
  'opendata.archive.removed': 'Removed ({n})',
  'opendata.archive.more': "and {n} more (all of them in this version's files).",
  'opendata.dictionary.link': 'Data dictionary',
  'opendata.api.title': 'JSON API',
  'opendata.api.intro': 'Read-only, no key, answers in JSON. Base address:',
  'opendata.params.title': 'Parameters',
  'opendata.params.intro':
    'The search endpoints take the search page’s own parameters, so a search page’s address works as it is. Repeat a filter for several values: any one may match, while different filters must all match. Unknown parameters are refused.',
  'opendata.params.name': 'Parameter',
  'opendata.params.meaning': 'Meaning',
  'opendata.params.example': 'Example',
  'opendata.param.q': 'Words to search for.',
  'opendata.param.facet': 'Filter on {facet}.',
  'opendata.param.sort': 'Order: relevance (default), newest, interest or title.',
  'opendata.param.page': 'Page, from 1 (ignored by the downloads and counts).',
  'opendata.param.pageSize': 'Records a page, 1–{max} ({default} by default); the list only.',
  'opendata.endpoints.title': 'Endpoints',
  'opendata.endpoint.list':
    'The innovations matching a search, a page at a time, with their exact total.',
  'opendata.endpoint.record': 'One innovation by its id; 404 if there is none.',
  'opendata.endpoint.facets':
    'How many innovations each value of each filter has for that search, counted as the search page’s filter panel counts.',
  'opendata.endpoint.trends': 'The numbers of every chart of the trends page for that search.',
  'opendata.endpoint.exportCsv': 'Every matching innovation as CSV (a download).',
  'opendata.endpoint.replications':
    'Confirmed replications (agency, region, dates, verification code; never a person or a private document), with the count per year and the median time to replicate. `?inovasi=<id>` for one innovation.',
  'opendata.endpoint.replicationsCsv': 'Confirmed replications as CSV.',
  'opendata.endpoint.exportJson':
    'Every matching innovation as one JSON document, meta then data (a download).',
  'opendata.example.request': 'Example request',
  'opendata.example.answer': 'A real answer, shortened (texts cut, lists to their first two items)',
  'opendata.example.unavailable':
    'The example answers cannot be shown: the search engine cannot be reached just now.',
  'opendata.rules.title': 'Errors, limits and cross-origin use',
  'opendata.rules.errors': 'Bad parameters get 400, every bad parameter by name:',
  'opendata.rules.limits':
    'Each client may send {reads} requests a minute, and {downloads} downloads a minute. Beyond that the answer is 429 with a Retry-After header (seconds to wait).',
  'opendata.rules.cors':
    'GET and HEAD are allowed from any site (Access-Control-Allow-Origin: *); OPTIONS preflight requests are answered.',
  'opendata.rules.cache':
    'Answers may be cached for 30 seconds. When the search engine cannot be reached the answer is 503 with Retry-After.',
  'opendata.openapi.title': 'OpenAPI document',
  'opendata.openapi.text':
    'Every endpoint, parameter and answer schema is described in an OpenAPI 3.1 document, which client generators and test tools read:',
  'opendata.licence.title': 'Licence and attribution',
  'opendata.licence.text':
    'The data come from the public publications of KIPP (KemenPANRB), IGA (Ministry of Home Affairs) and InoLAN (LAN). When you reuse them, cite Lumbung Inovasi and the programme each record comes from (the provenance field), with the date you retrieved them.',
  'opendata.licence.regions':
    'Region codes and names come from idn-area-data, licensed under ODbL 1.0.',
  'opendata.dictionary.title': 'Data dictionary',
  'opendata.dictionary.description':
    'Every field of an innovation’s public record: its name, type and meaning, as the pages, the API and the downloads use them.',
  'opendata.dictionary.intro':
    'Every published innovation has these fields (JSON, camelCase). The dictionary holds for the pages, the API and the downloads; private data is never part of it.',
  'opendata.dictionary.field': 'Field',
  'opendata.dictionary.type': 'Type',
  'opendata.dictionary.meaning': 'Meaning',
  'opendata.dictionary.optional': 'A type ending in ? may be absent.',
  'opendata.dictionary.files': 'This dictionary as a file:',
  'opendata.dictionary.csvTitle': 'In the CSV download',
  'opendata.dictionary.csvSections':
    'sections is spread over one column per section (sections.background, sections.novelty, …);',
  'opendata.dictionary.csvLists':
    'lists of texts or numbers are joined by “{separator}” (years, sectors, sdgs, …);',
  'opendata.dictionary.csvObjects':
    'lists of objects (awards, provenance) are written as JSON text;',
  'opendata.dictionary.csvEmpty':
    'an absent field is left empty; booleans are written true or false;',
  'opendata.dictionary.csvFormula':
    'a cell starting with =, +, - or @ gets a leading single quote, so that a spreadsheet never runs it as a formula.',
  'opendata.dictionary.apiLink': 'How to get this data is explained on the Open data page.',
  'opendata.cite.intro':
    'For a report or research: a citation of this dataset, with the day it was retrieved (the data change with every load).',
  'opendata.licence.grant':
    'The innovation data of this portal may be copied, adapted and shared, commercially too, under the licence',
  'opendata.licence.contact':
    'The contact data of those registering replication interest is never published and is not covered by this licence.',
  'opendata.catalog.title': 'Metadata and feeds',
  'opendata.catalog.text':
    'This dataset’s metadata (DCAT, JSON-LD) for data catalogues and search engines, and an Atom feed of any search, newest first:',
  'opendata.catalog.link': 'Dataset metadata (DCAT JSON-LD)',
  'opendata.catalog.feed': 'Atom feed of every innovation',
  'opendata.catalog.description':
    'Indonesian public-service innovations from three national programmes (KIPP, IGA, InoLAN), normalised into one schema and merged per innovation.',
  'opendata.feed.title': 'Public-service innovations',
  'opendata.feed.searchTitle': 'Public-service innovations: {query}',
};
