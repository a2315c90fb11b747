import { fileURLToPath } from 'node:url';
import type { Reference } from '../../ingest/adapters/adapter.ts';
import { loadReference } from '../../ingest/reference/index.ts';

const dataDir = fileURLToPath(new URL('../../data', import.meta.url));
let loaded: Promise<Reference> | undefined;

/** The repository's reference tables (regions, sector mapping), loaded once per test file. */
export function testReference(): Promise<Reference> {
  loaded ??= loadReference(dataDir);
  return loaded;
}
