import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { describe } from '../file-stream.ts';
import { LimitError } from '../limits.ts';

/**
 * An .xlsx package opened through its central directory, so parts can be read in any order
 * whatever order the writer stored them in (exceljs, for one, stores the workbook part last).
 */
export interface Package {
  has(name: string): boolean;
  size(name: string): number;
  stream(name: string): Promise<Readable>;
  text(name: string): Promise<string>;
  close(): void;
}

/**
 * Opens the package. A file that is not a zip, or lacks a part, is a broken file (it costs that
 * file, not the run); a part that says it inflates to more than `maxPartBytes` is refused before
 * it is read (a LimitError), and one that inflates to more than it says fails as it streams.
 */
export async function openPackage(path: string, maxPartBytes: number): Promise<Package> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false }, (error, file) => {
      if (error) reject(new Error(`not a readable .xlsx file (${describe(error)})`));
      else resolve(file);
    });
  });
  const entries = await listEntries(zip);
  const entry = (name: string): Entry => {
    const found = entries.get(name);
    if (!found) throw new Error(`the .xlsx package has no ${name}`);
    return found;
  };
  const bounded = (name: string): Entry => {
    const found = entry(name);
    if (found.uncompressedSize > maxPartBytes) {
      throw new LimitError(
        `${name} inflates to ${String(found.uncompressedSize)} bytes, more than the limit of ${String(maxPartBytes)}`,
      );
    }
    return found;
  };
  const stream = (name: string) =>
    new Promise<Readable>((resolve, reject) => {
      zip.openReadStream(bounded(name), (error, readable) => {
        if (error) reject(error);
        else resolve(readable);
      });
    });
  return {
    has: (name) => entries.has(name),
    size: (name) => entry(name).uncompressedSize,
    stream,
    async text(name) {
      const chunks: Buffer[] = [];
      for await (const chunk of await stream(name)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    close: () => {
      zip.close();
    },
  };
}

function listEntries(zip: ZipFile): Promise<Map<string, Entry>> {
  const entries = new Map<string, Entry>();
  return new Promise((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName.replace(/^\//, ''), entry);
      zip.readEntry();
    });
    zip.on('end', () => {
      resolve(entries);
    });
    zip.on('error', reject);
    zip.readEntry();
  });
}
