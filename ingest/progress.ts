import cliProgress from 'cli-progress';
import { basename } from 'node:path';
import type { FileStats } from '../src/lib/ingest-report.ts';
import type { ReadProgress } from './readers/types.ts';

export type FileProgress = ReadProgress & {
  done(): void;
  /** Told the file's counts so far, after each chunk read (the admin area's live progress). */
  counted?(stats: Readonly<FileStats>): void;
};

/**
 * A progress bar per file on a terminal; on anything else (CI, a log file) one plain line
 * when each file is done, so logs stay readable.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): {
  forFile: (file: string) => FileProgress;
  stop: () => void;
} {
  if (!stream.isTTY)
    return { forFile: (file) => plainProgress(file, stream), stop: () => undefined };
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: ' {bar} {percentage}% | {file}',
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    forFile(file) {
      const bar = bars.create(1, 0, { file: basename(file) });
      let total = 1;
      return {
        setTotal(value) {
          total = Math.max(1, value);
          bar.setTotal(total);
        },
        advance(amount) {
          bar.increment(amount);
        },
        done() {
          bar.update(total);
        },
      };
    },
    stop: () => {
      bars.stop();
    },
  };
}

function plainProgress(file: string, stream: NodeJS.WriteStream): FileProgress {
  const started = performance.now();
  return {
    setTotal: () => undefined,
    advance: () => undefined,
    done() {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      stream.write(`read ${file} (${seconds} s)\n`);
    },
  };
}
