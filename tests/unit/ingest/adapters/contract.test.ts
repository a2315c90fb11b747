/*
 * The one contract every programme adapter keeps, run on each adapter with its own fixtures
 * (one suite, many drivers). What each fixture holds is written down by hand in `cases/`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceRecordSchema } from '../../../../ingest/record.ts';
import { testReference } from '../../../helpers/reference.ts';
import {
  runAdapter,
  type AcceptedRecord,
  type AdapterOutcome,
} from '../../../helpers/run-adapter.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';
import type { ExpectedWarning } from './cases/case.ts';
import { igaCase } from './cases/iga.ts';
import { inolanCase } from './cases/inolan.ts';
import { kippCase } from './cases/kipp.ts';

const hostile = ['<script', 'onerror', 'javascript:'];
/** Any e-mail address, and any Indonesian phone number of nine digits or more. */
const contactPatterns = [
  /[\w.+-]+@[\w-]+\.[\w.-]+/,
  /(?<![\w-])(?:\+62|0[2-9])(?:[\s.()-]*\d){7,}/,
];

describe.each([kippCase, igaCase, inolanCase])('the $programme adapter', (programme) => {
  let temp: TempDir;
  const outcomes = new Map<string, AdapterOutcome>();

  beforeAll(async () => {
    temp = await makeTempDir(`contract-${programme.programme}`);
    await programme.prepare?.(temp);
    const reference = await testReference();
    for (const file of programme.files) {
      outcomes.set(file.name, await runAdapter(programme.adapter, file.path(temp), reference));
    }
  });
  afterAll(async () => {
    await temp.remove();
  });

  function outcomeOf(file: string): AdapterOutcome {
    const outcome = outcomes.get(file);
    if (!outcome) throw new Error(`${file} was not read`);
    return outcome;
  }

  const allAccepted = (): AcceptedRecord[] =>
    programme.files.flatMap((file) => outcomeOf(file.name).accepted);

  function acceptedRecord(file: string, sourceId: string): AcceptedRecord {
    const found = outcomeOf(file).accepted.find(
      ({ record }) => record.provenance.sourceId === sourceId,
    );
    if (!found) throw new Error(`${sourceId} of ${file} was not accepted`);
    return found;
  }

  describe.each(programme.files)('reading $name', (file) => {
    it('accepts every valid record, at its location, even beside rejected ones', () => {
      const { accepted } = outcomeOf(file.name);
      expect(
        accepted.map(({ row, page, record }) => [page, row, record.provenance.sourceId]),
      ).toEqual(file.accepted.map(({ row, page, sourceId }) => [page, row, sourceId]));
      file.accepted.forEach((expected, index) => {
        expect(accepted[index]?.record, expected.sourceId).toMatchObject(expected.holds);
      });
    });

    it('gives records that pass sourceRecordSchema', () => {
      for (const { record } of outcomeOf(file.name).accepted) {
        const result = sourceRecordSchema.safeParse(record);
        expect(result.error?.issues ?? [], record.provenance.sourceId).toEqual([]);
      }
    });

    it('rejects each bad record with its field and location', () => {
      const { rejected } = outcomeOf(file.name);
      expect(rejected.map(({ row, page, field }) => ({ row, page, field }))).toEqual(
        file.rejected.map(({ row, page, field }) => ({ row, page, field })),
      );
      file.rejected.forEach(({ reasonHas }, index) => {
        if (reasonHas) expect(rejected[index]?.reason).toContain(reasonHas);
      });
    });
  });

  it('records provenance: programme, source id and year', () => {
    for (const file of programme.files) {
      outcomeOf(file.name).accepted.forEach(({ record }, index) => {
        const expected = file.accepted[index];
        expect(record.provenance).toEqual({
          programme: programme.programme,
          sourceId: expected?.sourceId,
          year: expected?.year,
        });
        expect(record.year).toBe(expected?.year);
      });
    }
  });

  it('lets no hostile markup into a record', () => {
    for (const { record } of allAccepted()) {
      const text = JSON.stringify(record).toLowerCase();
      for (const fragment of hostile)
        expect(text, record.provenance.sourceId).not.toContain(fragment);
    }
  });

  it('lets no e-mail address or phone number of a contact field into a record', () => {
    for (const { record } of allAccepted()) {
      const text = JSON.stringify(record);
      for (const item of programme.privateData) {
        expect(text, record.provenance.sourceId).not.toContain(item);
      }
    }
  });

  it('holds nothing shaped like an e-mail address or a phone number', () => {
    for (const { record } of allAccepted()) {
      const text = JSON.stringify(record);
      for (const pattern of contactPatterns) {
        expect(text, record.provenance.sourceId).not.toMatch(pattern);
      }
    }
  });

  it('turns markup into plain text', () => {
    const { file, sourceId, summaryHas } = programme.markup;
    const { summary } = acceptedRecord(file, sourceId).record;
    for (const fragment of summaryHas) expect(summary).toContain(fragment);
    expect(summary).not.toMatch(/<|&nbsp;|&amp;/);
  });

  function expectKeptWithWarning(expected: ExpectedWarning): void {
    const { row, page, record } = acceptedRecord(expected.file, expected.sourceId);
    expect(record).toMatchObject(expected.holds);
    for (const key of expected.lacks ?? []) expect(record).not.toHaveProperty(key);
    const warnings = outcomeOf(expected.file).warnings.filter(
      (warning) => warning.row === row && warning.page === page && warning.field === expected.field,
    );
    expect(warnings.map(({ reason }) => reason)).toContainEqual(
      expect.stringContaining(expected.reasonHas),
    );
  }

  it('keeps an unresolvable region as written, with a warning', () => {
    expectKeptWithWarning(programme.unresolvedRegion);
  });

  it('keeps an unknown category in categories, with a warning', () => {
    expectKeptWithWarning(programme.unknownCategory);
  });
});
