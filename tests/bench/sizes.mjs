// Sizes of the built kit: raw, gzip -9 and brotli -q 11, as a browser would download them.
// Shared by the bench (tests/bench/bench.mjs) and the size budget test (tests/browser/size.test.mjs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const PKG = join(ROOT, 'pkg');

/** The checked-in budget: `size-budget.json` at the repo root. */
export function budget() {
  return JSON.parse(readFileSync(join(ROOT, 'size-budget.json'), 'utf8'));
}

export function brotli(buffer) {
  return brotliCompressSync(buffer, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
    },
  }).length;
}

export function gzip(buffer) {
  return gzipSync(buffer, { level: 9 }).length;
}

/** One row per file of pkg/ and pkg/data/ (sorted by name): { file, raw, gzip, brotli }. */
export function pkgSizes(dir = PKG) {
  const names = (sub) => readdirSync(join(dir, sub)).map((f) => (sub ? `${sub}/${f}` : f))
    .filter((f) => statSync(join(dir, f)).isFile());
  const data = statSync(join(dir, 'data'), { throwIfNoEntry: false })?.isDirectory() ? names('data') : [];
  return [...names(''), ...data]
    .sort()
    .map((file) => {
      const buffer = readFileSync(join(dir, file));
      return { file, raw: buffer.length, gzip: gzip(buffer), brotli: brotli(buffer) };
    });
}

/** The sum over the files a page downloads (the budget's `files`), and which are missing. */
export function downloadTotal(rows, files = budget().files) {
  const total = { raw: 0, gzip: 0, brotli: 0, missing: [] };
  for (const name of files) {
    const row = rows.find((r) => r.file === name);
    if (!row) {
      total.missing.push(name);
      continue;
    }
    total.raw += row.raw;
    total.gzip += row.gzip;
    total.brotli += row.brotli;
  }
  return total;
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
