import { fileURLToPath } from 'node:url';

/** The absolute path of a file under `tests/fixtures/`, e.g. `fixture('kipp/comma.csv')`. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}
