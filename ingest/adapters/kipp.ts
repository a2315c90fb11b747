import { extname } from 'node:path';
import { parseAwardLevel } from '../../src/lib/normalise/award.ts';
import { clusterFromAgency, parseCluster } from '../../src/lib/normalise/cluster.ts';
import { parseDate, parseIsoDate, parseYear } from '../../src/lib/normalise/date.ts';
import { splitNames } from '../../src/lib/normalise/people.ts';
import { parseSdgs } from '../../src/lib/normalise/sdg.ts';
import { parseStatus } from '../../src/lib/normalise/status.ts';
import { cleanLine } from '../../src/lib/normalise/text.ts';
import { parseVideoUrl } from '../../src/lib/normalise/url.ts';
import type { AwardLevel } from '../../src/lib/schema/enums.ts';
import type { Award } from '../../src/lib/schema/innovation.ts';
import { readCsvRows } from '../readers/csv.ts';
import { rowsToItems } from '../readers/table.ts';
import { readXlsxRows } from '../readers/xlsx/index.ts';
import type { SourceItem } from '../readers/types.ts';
import type { Adapter, Normalised, Reference } from './adapter.ts';
import { fieldsOf, IssueCollector } from './collect.ts';
import { KIPP_COLUMNS as C, KIPP_SECTIONS } from './kipp-columns.ts';
import { buildRecord, sectionsFrom } from './build.ts';
import { resolveRegion } from './region.ts';

/** KIPP (Sinovik export): one spreadsheet row per proposal, .xlsx or .csv. */
export const kippAdapter: Adapter = {
  programme: 'kipp',
  extensions: ['.xlsx', '.csv'],
  readsUrls: false,
  read(input, { progress, limits }) {
    const rows =
      extname(input).toLowerCase() === '.xlsx'
        ? readXlsxRows(input, 'Proposal', progress, limits)
        : readCsvRows(input, C.title[0], progress, limits);
    return rowsToItems(rows, C.title[0]);
  },
  normalise: normaliseKipp,
};

function normaliseKipp(item: SourceItem, reference: Reference): Normalised {
  const get = fieldsOf(item.fields);
  const issues = new IssueCollector();
  const year = issues.require(C.year[0], parseYear(get(...C.year)));
  const title = cleanLine(get(...C.title));
  if (!title) issues.error(C.title[0], 'is missing');
  const agency = cleanLine(get(...C.agency));
  if (!agency) issues.error(C.agency[0], 'is missing');
  const cluster =
    issues.keep(C.cluster[0], parseCluster(get(...C.cluster))) ?? clusterFromAgency(agency);
  const region = resolveRegion(
    reference,
    {
      province: get(...C.province),
      regency: get(...C.regency),
      ...(cluster && { cluster }),
      agency,
      fields: { province: C.province[0], regency: C.regency[0] },
    },
    issues,
  );
  const level = issues.keep(C.award[0], parseAwardLevel(get(...C.award)));
  const statusUpdatedAt = issues.keep(
    C.statusDate[0],
    parseIsoDate(get(...C.statusDate), { excelSerials: true }),
  );
  const videoUrl = issues.keep(C.video[0], parseVideoUrl(get(...C.video)));
  const startedOn = issues.keep(C.started[0], parseDate(get(...C.started), { excelSerials: true }));
  if (year === undefined || issues.errors.length > 0) return issues.result();
  const sourceId = cleanLine(get(...C.sourceId)) || `row-${item.row}`;
  return buildRecord(reference, issues, {
    programme: 'kipp',
    sourceId,
    year,
    title: get(...C.title),
    agency,
    unit: cleanLine(get(...C.unit)),
    cluster,
    clusterField: C.cluster[0],
    region,
    categories: [cleanLine(get(...C.category))],
    categoryField: C.category[0],
    summary: get(...C.summary),
    summaryField: C.summary[0],
    sections: sectionsFrom(KIPP_SECTIONS, get),
    sdgs: issues.keep(C.sdgs[0], parseSdgs(get(...C.sdgs))) ?? [],
    ...(startedOn && { startedOn }),
    status: issues.keep(C.status[0], parseStatus(get(...C.status))) ?? 'tidak-diketahui',
    ...(statusUpdatedAt && { statusUpdatedAt }),
    awards: level ? kippAwards(year, level, cleanLine(get(...C.award))) : [],
    innovators: splitNames(get(...C.innovators)),
    ...(videoUrl && { videoUrl }),
  });
}

/**
 * Every KIPP layer above the Top 99 is chosen from the Top 99 of its year, so a `Top 40` row
 * also records the `Top 99` it passed through (the export only names the last layer reached).
 */
function kippAwards(year: number, level: AwardLevel, label: string): Award[] {
  const reached: Award = { programme: 'kipp', year, level, label };
  if (level === 'top-99' || level === 'top-inovasi-terpuji') return [reached];
  return [{ programme: 'kipp', year, level: 'top-99', label: 'Top 99' }, reached];
}
