import { extname } from 'node:path';
import { parseAwardLevel } from '../../src/lib/normalise/award.ts';
import { clusterFromAgency } from '../../src/lib/normalise/cluster.ts';
import { parseDate, parseYear } from '../../src/lib/normalise/date.ts';
import { parseDigital } from '../../src/lib/normalise/digital.ts';
import { parseStage } from '../../src/lib/normalise/stage.ts';
import { cleanLine } from '../../src/lib/normalise/text.ts';
import { parseVideoUrl } from '../../src/lib/normalise/url.ts';
import type { Award, SectionKey } from '../../src/lib/schema/innovation.ts';
import { readJsonItems } from '../readers/json.ts';
import { isObject, readNdjson } from '../readers/ndjson.ts';
import type { SourceItem } from '../readers/types.ts';
import type { Adapter, Normalised, Reference } from './adapter.ts';
import { buildRecord, sectionsFrom } from './build.ts';
import { fieldsOf, IssueCollector } from './collect.ts';
import { type RegionFields, resolveRegion } from './region.ts';

/** The narrative sections an IGA record can have, and the keys they come from. */
export const IGA_SECTIONS: Partial<Record<SectionKey, string>> = {
  goals: 'tujuan',
  benefits: 'manfaat',
  results: 'hasil',
};

/** IGA (Indeks Inovasi Daerah export): regional innovations as JSON, NDJSON or JSONL. */
export const igaAdapter: Adapter = {
  programme: 'iga',
  extensions: ['.json', '.ndjson', '.jsonl'],
  readsUrls: false,
  read(input, { progress }) {
    return extname(input).toLowerCase() === '.json'
      ? readJsonItems(input, progress)
      : readNdjson(input, progress);
  },
  normalise: normaliseIga,
};

function normaliseIga(item: SourceItem, reference: Reference): Normalised {
  const get = fieldsOf(item.fields);
  const issues = new IssueCollector();
  const year = issues.require('tahun_penilaian', parseYear(get('tahun_penilaian')));
  if (!cleanLine(get('nama_inovasi'))) issues.error('nama_inovasi', 'is missing');
  const pemda = get('pemda');
  const pemdaFields = fieldsOf(isObject(pemda) ? pemda : {});
  const pemdaName = cleanLine(pemdaFields('nama'));
  if (!pemdaName && !cleanLine(pemdaFields('kode'))) issues.error('pemda', 'is missing');
  const region = resolveRegion(
    reference,
    {
      code: pemdaFields('kode'),
      year,
      regency: pemdaName,
      fields: { province: 'pemda.nama', regency: 'pemda.nama', code: 'pemda.kode' },
    },
    issues,
  );
  const agency = agencyOfPemda(region, pemdaName);
  const level = issues.keep('penghargaan', parseAwardLevel(get('penghargaan')));
  const videoUrl = issues.keep('video', parseVideoUrl(get('video')));
  const digital = issues.keep('jenis', parseDigital(get('jenis')));
  const stage = issues.keep('tahapan', parseStage(get('tahapan')));
  const startedOn = earliest(
    issues.keep('waktu_uji_coba', parseDate(get('waktu_uji_coba'))),
    issues.keep('waktu_penerapan', parseDate(get('waktu_penerapan'))),
  );
  if (year === undefined || issues.errors.length > 0) return issues.result();
  const awards: Award[] = level
    ? [{ programme: 'iga', year, level, label: cleanLine(get('penghargaan')) }]
    : [];
  return buildRecord(reference, issues, {
    programme: 'iga',
    sourceId: cleanLine(get('id')) || `item-${item.row}`,
    year,
    title: get('nama_inovasi'),
    agency,
    unit: cleanLine(get('opd')),
    // The resolved region tells the cluster (see buildRecord); the name only when it did not resolve.
    cluster: region.provinceCode ? undefined : clusterFromAgency(agency),
    clusterField: 'pemda',
    region,
    categories: urusan(get('urusan')),
    categoryField: 'urusan',
    summary: get('rancang_bangun'),
    summaryField: 'rancang_bangun',
    sections: sectionsFrom(IGA_SECTIONS, get),
    sdgs: [],
    ...(startedOn && { startedOn }),
    ...(digital !== undefined && { digital }),
    ...(stage && { stage }),
    status: 'tidak-diketahui',
    awards,
    innovators: [],
    ...(videoUrl && { videoUrl }),
  });
}

/** `Pemerintah Kabupaten Malang`, `Pemerintah Provinsi Sumatera Barat`: as KIPP names a pemda. */
function agencyOfPemda(region: RegionFields, writtenName: string): string {
  if (region.regency) return `Pemerintah ${region.regency}`;
  if (region.province) return `Pemerintah Provinsi ${region.province}`;
  return /^pemerintah\b/i.test(writtenName) ? writtenName : `Pemerintah ${writtenName}`;
}

function urusan(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [];
  return parts.map(cleanLine).filter(Boolean);
}

/** ISO partial dates compare correctly as strings at their common precision. */
function earliest(...dates: (string | undefined)[]): string | undefined {
  return dates.filter((date) => date !== undefined).sort()[0];
}
