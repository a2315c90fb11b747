import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import Negotiator from 'negotiator';

/** The hashed build assets: named by their content, so they never change once built. */
export const ASSETS_PATH = '/_astro/';

/** Each encoding an asset is stored in beside itself, best first. */
const VARIANTS = [
  {
    encoding: 'br',
    suffix: '.br',
    compress: (data: Buffer) =>
      promisify(brotliCompress)(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
  },
  {
    encoding: 'gzip',
    suffix: '.gz',
    compress: (data: Buffer) => promisify(gzip)(data, { level: 9 }),
  },
] as const;

/** What is worth compressing among the assets (fonts and images are compressed already). */
const TEXT_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.svg', '.json', '.map', '.txt']);

/**
 * Writes every text asset of the build's `_astro/` folder again in each encoding, beside it
 * (`app.js.br`, `app.js.gz`), when that is smaller: compressed once at the highest quality, so
 * serving them costs no CPU (`precompressedVariant`).
 */
export async function precompressAssets(clientDir: string): Promise<number> {
  const dir = join(clientDir, ASSETS_PATH);
  if (!existsSync(dir)) return 0;
  let written = 0;
  for (const name of await readdir(dir, { recursive: true })) {
    if (!TEXT_EXTENSIONS.has(extname(name))) continue;
    const data = await readFile(join(dir, name));
    for (const variant of VARIANTS) {
      const compressed = await variant.compress(data);
      if (compressed.byteLength >= data.byteLength) continue;
      await writeFile(join(dir, name + variant.suffix), compressed);
      written += 1;
    }
  }
  return written;
}

/**
 * The smallest stored encoding of an asset that the client accepts (`undefined`: send it as it
 * is): the asset's path with the suffix of the file to send, and the Content-Encoding to say.
 */
export function precompressedVariant(
  req: IncomingMessage,
  clientDir: string,
  pathname: string,
): { path: string; encoding: string } | undefined {
  if (!pathname.startsWith(ASSETS_PATH) || !TEXT_EXTENSIONS.has(extname(pathname)))
    return undefined;
  const accepted = new Negotiator(req).encodings(VARIANTS.map((variant) => variant.encoding));
  // Any encoding the client accepts will do; of those, the smallest (Brotli) is sent.
  for (const variant of VARIANTS) {
    if (
      accepted.includes(variant.encoding) &&
      existsSync(join(clientDir, pathname + variant.suffix))
    ) {
      return { path: pathname + variant.suffix, encoding: variant.encoding };
    }
  }
  return undefined;
}
