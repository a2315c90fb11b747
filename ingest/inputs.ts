import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Adapter } from './adapters/adapter.ts';
import { describe } from './readers/file-stream.ts';
import { InputError } from './readers/types.ts';

const URL_PATTERN = /^https?:\/\//i;

/**
 * Expands the inputs named for one programme: a file stays, a folder gives its files with the
 * adapter's endings (sorted, recursively), a URL stays for adapters that page APIs. Anything
 * else is an InputError, raised before any work starts.
 */
export async function expandInputs(adapter: Adapter, inputs: readonly string[]): Promise<string[]> {
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
    if (info.isDirectory()) expanded.push(...(await filesIn(input, adapter.extensions)));
    else if (adapter.extensions.includes(extname(input).toLowerCase())) expanded.push(input);
    else
      throw new InputError(
        `${input}: ${adapter.programme} reads ${adapter.extensions.join(', ')} files`,
      );
  }
  return expanded;
}

async function filesIn(folder: string, extensions: readonly string[]): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && extensions.includes(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}
