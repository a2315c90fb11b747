import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { InputError, type ReadProgress } from './types.ts';

/** Opens a file as a byte stream that reports its progress; a missing file is an InputError. */
export async function openCounted(path: string, progress: ReadProgress): Promise<Readable> {
  progress.setTotal(await readableFileSize(path));
  const stream = createReadStream(path);
  stream.on('data', (chunk) => {
    progress.advance(chunk.length);
  });
  return stream;
}

export function describe(error: unknown): string {
  if (error instanceof Error) return 'code' in error ? String(error.code) : error.message;
  return String(error);
}

/** The first bytes of a file as text, to sniff its shape before streaming it. */
export async function readHead(path: string, bytes: number): Promise<string> {
  await readableFileSize(path);
  const handle = await open(path);
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The size of a regular file; anything missing or not a file is an InputError. */
export async function readableFileSize(path: string): Promise<number> {
  const info = await stat(path).catch((error: unknown) => {
    throw new InputError(`${path}: cannot be read (${describe(error)})`);
  });
  if (!info.isFile()) throw new InputError(`${path}: is not a file`);
  return info.size;
}
