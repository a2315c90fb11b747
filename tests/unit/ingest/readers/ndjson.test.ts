import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isObject } from '../../../../ingest/readers/json-item.ts';
import { readNdjson } from '../../../../ingest/readers/ndjson.ts';
import { InputError, silentProgress, type ReadEvent } from '../../../../ingest/readers/types.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { toArray } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const readLines = (path: string) => toArray(readNdjson(path, silentProgress));

function summary(events: ReadEvent[]): [number, unknown][] {
  return events.map((event) =>
    event.kind === 'item'
      ? [event.item.row, event.item.fields.id]
      : [event.broken.row, `broken: ${event.broken.reason}`],
  );
}

describe('readNdjson', () => {
  it('numbers items by line, reports the broken line and reads on past a blank one', async () => {
    expect(summary(await readLines(fixture('iga/lines.ndjson')))).toEqual([
      [1, 'IID-2023-3510-00011'],
      [2, 'IID-2023-3578-00012'],
      [3, 'broken: the line is not valid JSON'],
      [5, 'IID-2023-7303-00014'],
    ]);
  });

  it('reads a .jsonl file with a byte-order mark and CRLF line ends', async () => {
    const events = await readLines(fixture('iga/lines.jsonl'));
    expect(summary(events)).toEqual([
      [1, 'IID-2024-3404-00021'],
      [2, 'IID-2024-3471-00022'],
    ]);
    expect(events[1]?.kind === 'item' && events[1].item.fields.kontak).toBe('0274-515865');
  });

  describe('on small files', () => {
    let temp: TempDir;
    beforeAll(async () => {
      temp = await makeTempDir('ndjson-reader');
    });
    afterAll(async () => {
      await temp.remove();
    });

    it('reports a line holding JSON that is not an object', async () => {
      const path = temp.file('values.ndjson');
      await writeFile(path, '[1, 2]\n"teks"\n{"id": 3}\n');
      expect(summary(await readLines(path))).toEqual([
        [1, 'broken: the line is not a JSON object'],
        [2, 'broken: the line is not a JSON object'],
        [3, 3],
      ]);
    });

    it('reads a last line without a line end', async () => {
      const path = temp.file('no-final-newline.ndjson');
      await writeFile(path, '{"id": 1}\n{"id": 2}');
      expect(summary(await readLines(path))).toEqual([
        [1, 1],
        [2, 2],
      ]);
    });

    it('rejects a missing file as an input error', async () => {
      await expect(readLines(temp.file('missing.ndjson'))).rejects.toThrow(InputError);
    });
  });
});

describe('isObject', () => {
  it('is true only for plain objects', () => {
    expect(isObject({ id: 1 })).toBe(true);
    expect(isObject([])).toBe(false);
    expect(isObject(null)).toBe(false);
    expect(isObject('x')).toBe(false);
  });
});
