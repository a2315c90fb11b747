import { describe, expect, it } from 'vitest';
import { describeMemory, parseProcStatus } from '../../../src/infra/process-memory.ts';

/** The lines of a real `/proc/<pid>/status` of Meilisearch 1.21 that matter, among others. */
const STATUS = [
  'Name:\tmeilisearch',
  'State:\tS (sleeping)',
  'VmPeak:\t 1433824 kB',
  'VmHWM:\t  296960 kB',
  'VmRSS:\t  196608 kB',
  'RssAnon:\t  143360 kB',
  'RssFile:\t   53248 kB',
  'RssShmem:\t       0 kB',
  'Threads:\t12',
].join('\n');

describe('parseProcStatus', () => {
  it('reads resident, peak, anonymous and file-backed memory', () => {
    expect(parseProcStatus(STATUS)).toEqual({
      rssKb: 196_608,
      peakKb: 296_960,
      anonKb: 143_360,
      fileKb: 53_248,
    });
  });

  it('gives nothing for a status without them (a kernel thread, another system)', () => {
    expect(parseProcStatus('Name:\tkworker/0:1\nState:\tI (idle)\n')).toBeUndefined();
  });

  it('says it in megabytes on one line', () => {
    const memory = parseProcStatus(STATUS);
    expect(memory && describeMemory(memory)).toBe(
      'RSS 192 MB (anonymous 140 MB, file-backed 52 MB), peak 290 MB',
    );
  });
});
