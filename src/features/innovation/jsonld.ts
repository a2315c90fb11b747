import { awardLevelNames, programmeNames, sdgNames } from '../../i18n/labels.ts';
import type { Locale } from '../../i18n/locales.ts';
import { sectorLabel } from '../../lib/taxonomy/sectors.ts';
import type { Innovation } from '../../lib/schema/innovation.ts';
import { jsonForScript } from '../../lib/text/json-script.ts';
import { shortSummary } from '../../lib/search/card.ts';

/**
 * schema.org data of an innovation page: a `CreativeWork` created by its agency (a
 * `GovernmentOrganization` serving its region), with its awards, sectors and SDGs. The record's
 * texts are Indonesian whatever the page's language, hence `inLanguage: 'id'`.
 */
export function innovationJsonLd(innovation: Innovation, url: string, locale: Locale): object {
  const area = innovation.regency ?? innovation.province;
  const agency = {
    '@type': 'GovernmentOrganization',
    name: innovation.agency,
    ...(innovation.unit === undefined
      ? {}
      : { department: { '@type': 'Organization', name: innovation.unit } }),
    ...(area === undefined ? {} : { areaServed: administrativeArea(innovation) }),
  };
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: innovation.title,
    ...(innovation.acronym === undefined ? {} : { alternateName: innovation.acronym }),
    description: metaDescription(innovation.summary),
    inLanguage: 'id',
    ...(innovation.startedOn === undefined ? {} : { dateCreated: innovation.startedOn }),
    dateModified: innovation.updatedAt,
    creator: agency,
    award: innovation.awards.map(
      (award) =>
        `${programmeNames[award.programme][locale]} ${award.year}: ${awardLevelNames[award.level][locale]}`,
    ),
    keywords: innovation.sectors.map((sector) => sectorLabel(sector, locale)),
    about: innovation.sdgs.map((sdg) => ({
      '@type': 'Thing',
      name: `SDG ${sdg}: ${sdgNames[sdg]?.[locale] ?? ''}`,
    })),
    ...(innovation.videoUrl === undefined
      ? {}
      : {
          video: {
            '@type': 'VideoObject',
            name: innovation.title,
            contentUrl: innovation.videoUrl,
          },
        }),
  };
}

/** A summary as a page description (meta, Open Graph): one line, about two hundred characters. */
export function metaDescription(summary: string): string {
  return shortSummary(summary.replace(/\s+/g, ' ').trim(), 200);
}

/** The JSON-LD as the text of its `<script type="application/ld+json">` element. */
export function innovationJsonLdScript(
  innovation: Innovation,
  url: string,
  locale: Locale,
): string {
  return jsonForScript(innovationJsonLd(innovation, url, locale));
}

// --- internal ---

/** The regency inside its province, or the province alone. */
function administrativeArea(innovation: Innovation): object {
  const province =
    innovation.province === undefined
      ? undefined
      : { '@type': 'AdministrativeArea', name: innovation.province };
  if (innovation.regency === undefined) return province ?? {};
  return {
    '@type': 'AdministrativeArea',
    name: innovation.regency,
    ...(province === undefined ? {} : { containedInPlace: province }),
  };
}
