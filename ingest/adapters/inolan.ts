import { basename } from 'node:path';
import { clusterFromAgency } from '../../src/lib/normalise/cluster.ts';
import { parseYear } from '../../src/lib/normalise/date.ts';
import { splitNames } from '../../src/lib/normalise/people.ts';
import { parseSdgs } from '../../src/lib/normalise/sdg.ts';
import { parseStage } from '../../src/lib/normalise/stage.ts';
import { cleanLine } from '../../src/lib/normalise/text.ts';
import { readPagedUrl, readPageFile } from '../readers/pages.ts';
import { isObject } from '../readers/ndjson.ts';
import type { SourceItem } from '../readers/types.ts';
import type { Adapter, Normalised, Reference } from './adapter.ts';
import { buildRecord } from './build.ts';
import { fieldsOf, IssueCollector } from './collect.ts';
import { resolveRegion } from './region.ts';

/** InoLAN (Laboratorium Inovasi API): saved page files, or a base URL paged live. */
export const inolanAdapter: Adapter = {
  programme: 'inolan',
  extensions: ['.json'],
  readsUrls: true,
  read(input, { progress, fetch }) {
    if (/^https?:\/\//i.test(input)) return readPagedUrl(input, progress, fetch);
    const numbered = /(\d+)\D*$/.exec(basename(input));
    return readPageFile(input, numbered?.[1] ? Number(numbered[1]) : 1, progress);
  },
  normalise: normaliseInolan,
};

function normaliseInolan(item: SourceItem, reference: Reference): Normalised {
  const get = fieldsOf(item.fields);
  const issues = new IssueCollector();
  const year = issues.require('tahun', parseYear(get('tahun')));
  if (!cleanLine(get('judul_inovasi'))) issues.error('judul_inovasi', 'is missing');
  const instansi = get('instansi');
  const agency = cleanLine(isObject(instansi) ? fieldsOf(instansi)('agency_name') : instansi);
  if (!agency) issues.error('instansi', 'is missing');
  const wilayah = get('wilayah');
  const place = fieldsOf(isObject(wilayah) ? wilayah : {});
  const cluster = clusterFromAgency(agency);
  const region = resolveRegion(
    reference,
    {
      code: place('id_kabkot'),
      year,
      province: place('nama_provinsi'),
      regency: place('nama_kabkot'),
      ...(cluster && { cluster }),
      agency,
      fields: {
        province: 'wilayah.nama_provinsi',
        regency: 'wilayah.nama_kabkot',
        code: 'wilayah.id_kabkot',
      },
    },
    issues,
  );
  const stage = issues.keep('tahapan_5d', parseStage(get('tahapan_5d')));
  if (year === undefined || issues.errors.length > 0) return issues.result();
  return buildRecord(reference, issues, {
    programme: 'inolan',
    sourceId: cleanLine(get('id')) || `item-${item.row}`,
    year,
    title: get('judul_inovasi'),
    agency,
    unit: cleanLine(get('kld')),
    cluster,
    clusterField: 'instansi',
    region,
    categories: [cleanLine(get('kategori'))],
    categoryField: 'kategori',
    summary: get('deskripsi'),
    summaryField: 'deskripsi',
    sections: {},
    sdgs: issues.keep('sdgs', parseSdgs(get('sdgs'))) ?? [],
    ...(stage && { stage }),
    status: 'tidak-diketahui',
    awards: [],
    innovators: splitNames(get('inovator')),
  });
}
