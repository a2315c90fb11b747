import { writeFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJsonItems } from '../../../../ingest/readers/json.ts';
import { InputError, silentProgress, type ReadEvent } from '../../../../ingest/readers/types.ts';
import { fixture } from '../../../helpers/fixtures.ts';
import { toArray } from '../../../helpers/iterate.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

const readItems = (path: string) => toArray(readJsonItems(path, silentProgress));

/** Each event as `[row, id]` for an item, `[row, reason]` for a broken one. */
function summary(events: ReadEvent[]): [number, unknown][] {
  return events.map((event) =>
    event.kind === 'item'
      ? [event.item.row, event.item.fields.id]
      : [event.broken.row, `broken: ${event.broken.reason}`],
  );
}

describe('readJsonItems on the IGA fixtures', () => {
  it('streams an array of objects, numbered from 1', async () => {
    const events = await readItems(fixture('iga/array.json'));
    expect(summary(events)).toEqual([
      [1, 'IID-2023-3507-00042'],
      [2, 3507000017],
      [3, 'IID-2023-0000-00001'],
    ]);
    const first = events[0];
    expect(first?.kind === 'item' && first.item.fields.pemda).toEqual({
      kode: '35.07',
      nama: 'Kabupaten Malang',
    });
  });

  it('streams the data array of a wrapped file and ignores its meta', async () => {
    const events = await readItems(fixture('iga/wrapped.json'));
    expect(summary(events)).toEqual([
      [1, 'IID-2022-13-00007'],
      [2, 'IID-2022-1371-00003'],
    ]);
  });

  it('gives the items before a break, then one broken item where it broke', async () => {
    const events = await readItems(fixture('iga/truncated.json'));
    expect(events).toHaveLength(3);
    expect(summary(events.slice(0, 2))).toEqual([
      [1, 'IID-2023-3510-00001'],
      [2, 'IID-2023-3510-00002'],
    ]);
    expect(events[2]).toMatchObject({
      kind: 'broken',
      broken: { row: 3, reason: expect.stringMatching(/^invalid JSON \(/) as unknown },
    });
  });
});

describe('readJsonItems on small files', () => {
  let temp: TempDir;
  beforeAll(async () => {
    temp = await makeTempDir('json-reader');
  });
  afterAll(async () => {
    await temp.remove();
  });

  async function read(name: string, text: string): Promise<ReadEvent[]> {
    const path = temp.file(name);
    await writeFile(path, text);
    return readItems(path);
  }

  it('reports an array element that is not an object and goes on', async () => {
    const events = await read('mixed.json', '[{"id": 1}, 5, null, {"id": 4}]');
    expect(summary(events)).toEqual([
      [1, 1],
      [2, 'broken: the item is not a JSON object'],
      [3, 'broken: the item is not a JSON object'],
      [4, 4],
    ]);
  });

  it('accepts a byte-order mark before an array and before an object', async () => {
    expect(summary(await read('bom-array.json', '\uFEFF[{"id": "a"}]'))).toEqual([[1, 'a']]);
    expect(summary(await read('bom-wrapped.json', '\uFEFF\n {"data": [{"id": "b"}]}'))).toEqual([
      [1, 'b'],
    ]);
  });

  it('gives nothing for an empty array', async () => {
    expect(await read('empty.json', '[]')).toEqual([]);
  });

  it('reports a file that is not JSON at item 1', async () => {
    const events = await read('html.json', '<html>502 Bad Gateway</html>');
    expect(events).toMatchObject([{ kind: 'broken', broken: { row: 1 } }]);
  });

  it('rejects a missing file as an input error', async () => {
    await expect(readItems(temp.file('missing.json'))).rejects.toThrow(InputError);
  });
});
