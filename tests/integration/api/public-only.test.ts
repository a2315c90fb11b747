import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchDocumentSchema } from '../../../src/lib/index/document.ts';
import { innovationSchema } from '../../../src/lib/schema/innovation.ts';
import { allIds } from '../../helpers/ingest-into.ts';
import type { TestMeili } from '../../helpers/meili.ts';
import { callApi, startApiEngine } from './harness.ts';

/**
 * Nothing but the public record leaves through the API: no field the index keeps only for
 * search, no contact data of a registration.
 */
let meili: TestMeili;
let id: string;

beforeAll(async () => {
  ({ meili } = await startApiEngine());
  id = (await allIds(meili.client))[3] ?? '';
}, 300_000);

afterAll(() => meili.stop());

const publicFields: readonly string[] = innovationSchema.keyof().options;
const searchOnly = searchDocumentSchema
  .keyof()
  .options.filter((field) => !publicFields.includes(field));
const privateFields = ['email', 'phone', 'contactName', 'note', 'token'];

describe('every answer of the open-data API', () => {
  it('knows which fields are search-only (the test is not empty)', () => {
    expect(searchOnly).toEqual(
      expect.arrayContaining(['stemmedText', 'latestYear', 'awardLevels']),
    );
  });

  it.each([
    ['/innovations', '/innovations?per_halaman=100&urut=terbaru'],
    ['/innovations/{id}', '/innovations/<id>'],
    ['/innovations.csv', '/innovations.csv'],
    ['/innovations.json', '/innovations.json'],
    ['/facets', '/facets?penghargaan=top-99'],
    ['/trends', '/trends'],
    ['/openapi.json', '/openapi.json'],
  ])('%s names no search-only or private field', async (documented, path) => {
    const answer = await callApi(documented, path.replace('<id>', id), { id });
    expect(answer.status).toBe(200);
    const text = await answer.text();
    expect(text.length).toBeGreaterThan(100);
    for (const field of [...searchOnly, ...privateFields]) {
      expect(
        text.includes(`"${field}"`) || new RegExp(`(^|,)${field}(,|\\r?$)`, 'm').test(text),
        field,
      ).toBe(false);
    }
  });
});
