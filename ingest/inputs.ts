import type { Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Adapter } from './adapters/adapter.ts';
import { describe } from './readers/file-stream.ts';
import { InputError } from './readers/types.ts';

const URL_PATTERN = /^https?:\/\//i;

/** An entry of a folder input that is not read, and why: the run reports it. */
export interface SkippedEntry {
  path: string;
  reason: string;
}

/**
 * Expands the inputs named for one programme: a file stays, a folder gives its files with the
 * adapter's endings (sorted, recursively), a URL stays for adapters that page APIs. Anything
 * else named is an InputError, raised before any work starts. What a folder holds but is not
 * read (a symbolic link, which is never followed, a device or pipe, a file of another kind)
 * goes to `skipped`.
 */
export async function expandInputs(
  adapter: Adapter,
  inputs: readonly string[],
  skipped: SkippedEntry[] = [],
): Promise<string[]> {
  const expanded: string[] = [];
  for (const input of inputs) {
    if (URL_PATTERN.test(input)) {
      if (!adapter.readsUrls)
        throw new InputError(`${input}: ${adapter.programme} reads files, not URLs`);
      expanded.push(input);
      continue;
    }
    const info = await stat(input).catch((error: unknown) => {
      throw new InputError(`${input}: cannot be read (${describe(error)})`);
    });
    if (info.isDirectory()) expanded.push(...(await filesIn(input, adapter, skipped)));
    else if (adapter.extensions.includes(extname(input).toLowerCase())) expanded.push(input);
    else
      throw new InputError(
        `${input}: ${adapter.programme} reads ${adapter.extensions.join(', ')} files`,
      );
  }
  return expanded;
}

async function filesIn(
  folder: string,
  adapter: Adapter,
  skipped: SkippedEntry[],
): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    const path = join(entry.parentPath, entry.name);
    const reason = skipReason(entry, adapter);
    if (reason === undefined) files.push(path);
    else if (reason) skipped.push({ path, reason });
  }
  const byName = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
  skipped.sort((a, b) => byName(a.path, b.path));
  return files.sort(byName);
}

const endings = new Intl.ListFormat('en', { type: 'disjunction' });

/** Why an entry is not read (undefined: it is; empty: a folder, whose entries are listed too). */
function skipReason(entry: Dirent, adapter: Adapter): string | undefined {
  if (entry.isDirectory()) return '';
  if (entry.isSymbolicLink()) return 'is a symbolic link: not followed, not read';
  if (!entry.isFile()) return 'is not a regular file: not read';
  if (adapter.extensions.includes(extname(entry.name).toLowerCase())) return undefined;
  return `is not a ${endings.format(adapter.extensions)} file: not read`;
}
