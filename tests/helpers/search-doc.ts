import { toSearchDocument, type SearchDocument } from '../../src/lib/index/document.ts';
import type { Innovation } from '../../src/lib/schema/innovation.ts';

/**
 * The search document the ingest makes of a small record: what a test names, the rest plain
 * (one KIPP record of 2020, status `berlanjut`), so the derived fields (the agencies' one
 * names and keys, the shadows) are those of a real index.
 */
export function searchDocOf(
  record: Partial<Innovation> & Pick<Innovation, 'id' | 'title' | 'agency'>,
): SearchDocument {
  const year = record.year ?? 2020;
  return toSearchDocument({
    summary: record.title,
    sections: {},
    year,
    years: [year],
    cluster: 'kabupaten',
    sectors: [],
    categories: [],
    sdgs: [],
    status: 'berlanjut',
    awards: [],
    programmes: ['kipp'],
    provenance: [{ programme: 'kipp', sourceId: record.id, year }],
    innovators: [],
    interestCount: 0,
    replicationCount: 0,
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...record,
  });
}
