import type { trends as source } from '../id/trends.ts';

export const trends: Record<keyof typeof source, string> = {
  'trends.title': 'Innovation trends',
  'trends.nav': 'Trends',
  'trends.intro':
    'Innovations by year, cluster, programme, sector, SDG, status and province, and how many are still running after the award. Every chart follows the search filters; its numbers can be read as a table and downloaded.',
  'trends.count': '{count} matching innovations',
  'trends.countFor': '{count} matching innovations for “{q}”',
  'trends.toSearch': 'See these results in search',
  'trends.charts': 'Charts',
  'trends.loading': 'Loading charts…',
  'trends.error.title': 'The charts are not available right now',
  'trends.error.text':
    "The portal's search engine cannot be reached, so the charts' numbers cannot be computed. Please try again in a moment.",
  'trends.error.retry': 'Try again',
  'trends.none': 'No innovation matches these filters.',
  'trends.yearNote':
    'An innovation counts in every year it appears, so the years add up to more than the number of innovations.',
  'trends.showTable': 'Show as table',
  'trends.downloadCsv': 'Download CSV',
  'trends.downloadSvg': 'Download SVG',
  'trends.legend': 'Show or hide a series',
  'trends.total': 'Total',
  'trends.innovations': 'Innovations',
  'trends.mark': '{label}: {count} innovations',
  'trends.marks': '{title}. Use the arrow keys to move between values.',
  'trends.awardYear': 'Year of first award',
  'trends.yearCluster.title': 'Innovations per year by agency cluster',
  'trends.yearCluster.reading':
    '{year} had the most matching innovations: {count}. Largest cluster: {cluster} ({clusterCount}).',
  'trends.yearProgramme.title': 'Innovations per year by programme',
  'trends.yearProgramme.reading': 'Most: {programme} in {year}, {count} innovations.',
  'trends.sectorYear.title': 'Sectors by year',
  'trends.sectorYear.reading':
    'Largest cell: {sector} in {year}, {count} innovations. Sector with the most matching innovations: {top} ({topCount}).',
  'trends.sdgs.title': 'SDG coverage',
  'trends.sdgs.reading': 'Most: SDG {most} ({mostCount}); fewest: SDG {least} ({leastCount}).',
  'trends.status.title': 'Status by year of first award',
  'trends.status.reading':
    'Of {awarded} awarded innovations, {running} ({share}%) still continue or grow and {stopped} stopped.',
  'trends.survival.title': 'Still running after the award',
  'trends.survival.reading':
    'Of the {awarded} innovations first awarded in {year}, by {at} {running}% are continuing or growing, {stopped}% have stopped or are dormant, and for {unknown}% it is unknown.',
  'trends.survival.none': 'No matching innovation was first awarded before this year.',
  'trends.survival.note':
    'Each row is the innovations first awarded in one year; each bar, their status N years later. Status comes from dated status statements (by the programme or by the agency): the one in force at the end of year N is the latest statement dated after the award year and no later than the end of that year. Without such a statement the status is unknown, never counted as running. For the current year, statements up to today count.',
  'trends.survival.running': 'Continuing or growing',
  'trends.survival.stopped': 'Stopped or dormant',
  'trends.survival.unknown': 'Unknown',
  'trends.survival.after': 'Years after the award',
  'trends.survival.year': 'End of year',
  'trends.survival.share': 'Still running (%)',
  'trends.survival.point': '{year}, {after} years later ({at})',
  'trends.survival.part': '{state}: {count} ({share}%)',
  'trends.survival.of': 'of {awarded} innovations',
  'trends.survival.notYet': '{year}, {after} years later: not reached yet',
  'trends.provinces.title': 'Innovations by province',
  'trends.provinces.reading':
    '{province} has the most: {count}. {covered} of 38 provinces have at least one matching innovation.',
  'trends.provinces.note':
    "Each tile is one province, roughly where its island lies. Choose a tile to browse that province's innovations.",
  'trends.provinces.unrecognised':
    '{count} matching innovations name a place that is not recognised (e.g. a province that no longer exists); they are not mapped.',
  'trends.fewer': 'Fewer',
  'trends.more': 'More',
  'trends.replications.title': 'Replications confirmed per year',
  'trends.replications.series': 'Replications confirmed',
  'trends.replications.reading':
    '{total} replications confirmed; median time from interested to replicated: {days} days.',
  'trends.replications.none': 'No replication has been confirmed yet.',
  'trends.replications.note':
    'From replication tracking on this portal (reported by the registrant, confirmed by the innovating agency or an administrator), counted by the year of confirmation; does not follow the filters.',
  'trends.replications.median': 'Median days interested → replicated',
  'trends.kipp.title': 'KIPP registrations per year (context)',
  'trends.kipp.reading':
    "Most registrations in {year}: {count} proposals. This chart does not follow the filters: it shows KIPP's official figures, not the innovations in this portal.",
  'trends.kipp.notHeld': 'not held',
  'trends.kipp.different':
    '2024: KIPP was not held. 2025: innovations that passed the administrative selection, not registrations.',
  'trends.kipp.measure': 'Measure',
  'trends.kipp.measure.registered': 'Proposals registered',
  'trends.kipp.measure.not-held': 'Not held',
  'trends.kipp.measure.passed-administrative-selection': 'Passed the administrative selection',
  'trends.kipp.sources': 'Sources:',
};
