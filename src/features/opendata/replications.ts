import { json, refused } from '../../http/endpoint.ts';
import { invalidFields } from '../../http/failure.ts';
import { paramMessages } from '../../http/field-messages.ts';
import {
  innovationIdSchema,
  publicReplicationSchema,
  replicationRecordSchema,
  type ReplicationRecord,
} from '../../lib/replication/schema.ts';
import { replicationStats } from '../../lib/replication/stats.ts';
import { csvByteOrderMark, csvLine } from '../../lib/text/csv.ts';
import type { Portal } from '../../portal/types.ts';
import { openDataEndpoint } from './route.ts';

/** `inovasi`: only the replications of one innovation (its id). */
export const replicationInnovationParam = 'inovasi';

/**
 * The CSV's columns (a confirmed replication as open data: the replicating agency, its region,
 * the dates and the verification code; never a person, a contact or a document), in order: the record's fields. */
export const replicationColumns = Object.keys(
  replicationRecordSchema.shape,
) as readonly (keyof ReplicationRecord)[];

/**
 * `GET /api/v1/replications[?inovasi=<id>]`: every confirmed replication (of one innovation),
 * the latest confirmed first, with the numbers the trends chart shows: per year of
 * confirmation and the median days from interest to confirmed implementation.
 */
export const replicationsEndpoint = openDataEndpoint('replications', async ({ portal, url }) => {
  const read = readParams(url.searchParams);
  if (!read.ok) return refused(invalidFields(paramMessages(read.problems)));
  const rows = await (await portal.database()).confirmedReplications(read.innovationId);
  const stats = replicationStats(rows);
  return json({ ...stats, data: rows.map((row) => record(portal, row)) }, { cache: 'search' });
});

/** `GET /api/v1/replications.csv[?inovasi=<id>]`: the same records as CSV (UTF-8 with BOM). */
export const replicationsCsvEndpoint = openDataEndpoint(
  'replications csv',
  async ({ portal, url }) => {
    const read = readParams(url.searchParams);
    if (!read.ok) return refused(invalidFields(paramMessages(read.problems)));
    const rows = await (await portal.database()).confirmedReplications(read.innovationId);
    const text = [
      `${csvByteOrderMark}${csvLine(replicationColumns)}`,
      ...rows.map((row) => {
        const shown = record(portal, row);
        return csvLine(replicationColumns.map((column) => shown[column]));
      }),
    ].join('');
    const bytes = new TextEncoder().encode(text);
    return {
      kind: 'download',
      body: new ReadableStream({
        start(controller) {
          controller.enqueue(bytes);
          controller.close();
        },
      }),
      contentType: 'text/csv; charset=utf-8',
      filename: 'lumbung-inovasi-replikasi.csv',
      cache: 'search',
      headers: { 'X-Total-Count': String(rows.length) },
    };
  },
  'export',
);

// --- internal ---

function readParams(
  params: URLSearchParams,
):
  | { ok: true; innovationId: string | undefined }
  | { ok: false; problems: Record<string, 'unknown' | 'invalid'> } {
  const problems: Record<string, 'unknown' | 'invalid'> = {};
  for (const name of new Set(params.keys())) {
    if (name !== replicationInnovationParam && name !== 'lang') problems[name] = 'unknown';
  }
  const given = params.get(replicationInnovationParam) ?? undefined;
  if (given !== undefined && !innovationIdSchema.safeParse(given).success) {
    problems[replicationInnovationParam] = 'invalid';
  }
  if (Object.keys(problems).length > 0) return { ok: false, problems };
  return { ok: true, innovationId: given };
}

/** Only the public fields, by name, with the region's names. */
function record(portal: Pick<Portal, 'regions'>, row: unknown): ReplicationRecord {
  const replication = publicReplicationSchema.parse(row);
  const regions = portal.regions();
  const province = regions.byCode(replication.provinceCode)?.name;
  const regency =
    replication.regencyCode === undefined
      ? undefined
      : regions.byCode(replication.regencyCode)?.name;
  return {
    ...replication,
    ...(province !== undefined && { province }),
    ...(regency !== undefined && { regency }),
  };
}
