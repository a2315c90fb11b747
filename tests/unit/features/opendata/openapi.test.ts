import { validate, compileErrors } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { parse as parseCsv } from 'csv-parse/sync';
import { csvColumns } from '../../../../src/features/opendata/csv.ts';
import {
  exampleCharts,
  exampleError,
  exampleFacets,
  examplePage,
  exampleRecord,
} from '../../../../src/features/opendata/examples.ts';
import { openApiDocument } from '../../../../src/features/opendata/openapi.ts';
import { namedSchemas } from '../../../../src/features/opendata/schemas.ts';

const links = {
  origin: 'https://example.org',
  openDataPage: '/en/open-data',
  dictionaryPage: '/en/data-dictionary',
};
const document = openApiDocument(links);

describe('the OpenAPI document', () => {
  it('validates as OpenAPI 3.1', async () => {
    // validate() dereferences its argument in place: give it a copy.
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid, result.valid ? '' : compileErrors(result)).toBe(true);
    expect(document.openapi).toBe('3.1.0');
  });

  it('has the examples of the schemas they illustrate', () => {
    expect(namedSchemas.Innovation.parse(exampleRecord)).toEqual(exampleRecord);
    expect(namedSchemas.InnovationPage.parse(examplePage)).toEqual(examplePage);
    expect(namedSchemas.Facets.parse(exampleFacets)).toEqual(exampleFacets);
    expect(namedSchemas.TrendCharts.parse(exampleCharts)).toEqual(exampleCharts);
    expect(namedSchemas.Error.parse(exampleError)).toEqual(exampleError);
  });

  it('describes every field of the record, and only those', () => {
    const components = document.components as {
      schemas: Record<string, { properties: Record<string, { description?: string }> }>;
    };
    const properties = components.schemas.Innovation?.properties ?? {};
    expect(Object.keys(properties)).toEqual(namedSchemas.Innovation.keyof().options);
    for (const [field, property] of Object.entries(properties)) {
      expect(property.description, field).toBeTruthy();
    }
  });

  it('shows a CSV example a CSV parser reads as the header and one record', () => {
    const paths = document.paths as Record<
      string,
      { get: { responses: Record<string, { content: Record<string, { example: string }> }> } }
    >;
    const example =
      paths['/innovations.csv']?.get.responses['200']?.content['text/csv']?.example ?? '';
    const rows: string[][] = parseCsv(example, { bom: true });
    expect(rows[0]).toEqual(csvColumns);
    expect(rows[1]?.[0]).toBe(exampleRecord.id);
  });
});
