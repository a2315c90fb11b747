import { describe, expect, it } from 'vitest';
import { dataDictionary } from '../../../../src/lib/schema/dictionary.ts';
import { innovationSchema } from '../../../../src/lib/schema/innovation.ts';

describe('the data dictionary', () => {
  it('names exactly the fields of the public record, in its order, each once', () => {
    expect(dataDictionary.map((entry) => entry.field)).toEqual(innovationSchema.keyof().options);
  });

  it('says what every field means in Indonesian and in English', () => {
    for (const entry of dataDictionary) {
      expect(entry.id.length, entry.field).toBeGreaterThan(5);
      expect(entry.en.length, entry.field).toBeGreaterThan(5);
      expect(entry.id, entry.field).not.toBe(entry.en);
    }
  });

  it('marks a field optional exactly when the schema does', () => {
    for (const { field, type } of dataDictionary) {
      const optional = innovationSchema.shape[field].safeParse(undefined).success;
      expect(type.endsWith('?'), field).toBe(optional);
    }
  });
});
