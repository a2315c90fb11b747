import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { once } from 'node:events';

/** A text file written in chunks, waiting for the disk when it falls behind. */
export interface Sink {
  write(text: string): Promise<void>;
  close(): Promise<void>;
}

const chunkSize = 1 << 16;

export async function openSink(path: string): Promise<Sink> {
  await mkdir(dirname(path), { recursive: true });
  const stream = createWriteStream(path, { encoding: 'utf8' });
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending === '') return;
    const chunk = pending;
    pending = '';
    if (!stream.write(chunk)) await once(stream, 'drain');
  };
  return {
    write: async (text) => {
      pending += text;
      if (pending.length >= chunkSize) await flush();
    },
    close: async () => {
      await flush();
      stream.end();
      await once(stream, 'finish');
    },
  };
}
