import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../../../../ingest/pipeline.ts';
import { silentProgress } from '../../../../ingest/readers/types.ts';
import { testReference } from '../../../helpers/reference.ts';
import { makeTempDir, type TempDir } from '../../../helpers/temp.ts';

let temp: TempDir;
beforeAll(async () => {
  temp = await makeTempDir('hostile-folder');
});
afterAll(async () => {
  await temp.remove();
});

describe('a folder input', () => {
  it('reads its files and reports each entry it skips, a symbolic link first of all', async () => {
    const folder = 'tests/fixtures/folder-with-skips/kipp';
    const { report } = await runPipeline([{ programme: 'kipp', inputs: [folder] }], {
      reference: await testReference(),
      dataDir: temp.path,
      dryRun: true,
      now: '2026-01-01T00:00:00.000Z',
      progress: () => ({ ...silentProgress, done: () => undefined }),
    });
    expect(report.files.map(({ file, accepted }) => [file, accepted])).toEqual([
      [`${folder}/read.csv`, 1],
    ]);
    expect(report.warnings).toEqual([
      {
        file: `${folder}/linked.csv`,
        row: 0,
        field: '(folder)',
        reason: 'is a symbolic link: not followed, not read',
      },
      {
        file: `${folder}/notes.txt`,
        row: 0,
        field: '(folder)',
        reason: 'is not a .xlsx or .csv file: not read',
      },
    ]);
  });
});
