import { apiPaths } from '../../i18n/routes.ts';

/**
 * The licence of the published innovation records: CC BY 4.0 (the README says why). Reuse
 * needs attribution to the portal and to the programmes the records come from.
 */
export const dataLicence = {
  name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
  spdx: 'CC-BY-4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * On every answer of the open-data API and every download (RFC 8288 links): the licence, and
 * the dataset's metadata (`describedby`).
 */
export const licenceLinkHeader = {
  Link: `<${dataLicence.url}>; rel="license", <${apiPaths.catalog}>; rel="describedby"`,
} as const;

/** The credit reuse must give: the portal, and the programmes and agencies behind the records. */
export const dataAttribution =
  'Lumbung Inovasi, from KIPP (KemenPANRB), IGA (Kemendagri) and InoLAN (LAN)';
