// The size budget (issues #9 and #14): what a page downloads for the kit, brotli -q 11, must
// stay within the checked-in numbers in size-budget.json. `files` is a page with one finder
// (naravard.js, the finder's own wasm build and its glue, the largest bundled region's data):
// most pages show one widget. `other_pages` are the other one-widget pages and the page with
// all three (the all-widgets build and every region). Size is deterministic, so CI enforces
// it; timings live only in `cargo xtask bench`'s output. This file needs no browser and runs
// after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PKG, budget, pkgSizes, downloadTotal, kb } from '../bench/sizes.mjs';

const limits = budget();
const rows = existsSync(PKG) ? pkgSizes() : [];
const pages = [
  ['one finder', { files: limits.files, brotli_bytes_max: limits.brotli_bytes_max }],
  ...Object.entries(limits.other_pages ?? {}),
];

for (const [name, page] of pages) {
  const total = downloadTotal(rows, page.files);
  const figure = `${total.brotli} B (${kb(total.brotli)}) brotli for ${page.files.join(' + ')}; `
    + `budget ${page.brotli_bytes_max} B (${kb(page.brotli_bytes_max)}), aim ${limits.aim_bytes} B (${kb(limits.aim_bytes)})`;

  test(`size budget, ${name}: ${figure}`, (t) => {
    assert.ok(existsSync(PKG), 'pkg/ is missing; build the kit first (cargo xtask build)');
    assert.deepEqual(total.missing, [], `pkg/ lacks files the budget counts: ${total.missing.join(', ')}`);
    for (const file of page.files) {
      const row = rows.find((r) => r.file === file);
      t.diagnostic(`${file}: ${row.raw} B raw, ${row.gzip} B gzip -9, ${row.brotli} B brotli -q 11`);
    }
    t.diagnostic(`total: ${total.raw} B raw, ${total.gzip} B gzip -9, ${total.brotli} B brotli -q 11`);
    if (total.brotli > limits.aim_bytes && total.brotli <= page.brotli_bytes_max) {
      t.diagnostic(`within budget, but ${total.brotli - limits.aim_bytes} B over the aim of ${limits.aim_bytes} B`);
    }
    assert.ok(
      total.brotli <= page.brotli_bytes_max,
      `${name}: the kit is ${total.brotli} B brotli -q 11 (${kb(total.brotli)}), ${total.brotli - page.brotli_bytes_max} B over `
        + `the budget of ${page.brotli_bytes_max} B (${kb(page.brotli_bytes_max)}) in size-budget.json `
        + `(${rows.filter((r) => page.files.includes(r.file)).map((r) => `${r.file} ${r.brotli} B`).join(', ')}). `
        + 'See docs/performance.md for how the budget is met; raise the number only with the lead\'s agreement.',
    );
  });
}

test('npm pack --dry-run in pkg/ succeeds and ships the kit', () => {
  assert.ok(existsSync(join(PKG, 'package.json')), 'pkg/package.json is missing');
  let out;
  try {
    out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: PKG, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
  } catch (error) {
    assert.fail(`npm pack --dry-run --json failed in pkg/: ${error.stderr || error.message}`);
  }
  const [info] = JSON.parse(out);
  const files = info.files.map((f) => f.path);
  for (const name of ['package.json', 'naravard.js', 'naravard_wasm.js', 'naravard_wasm_bg.wasm']) {
    assert.ok(files.includes(name), `npm pack would not ship ${name}; it lists ${files.join(', ')}`);
  }
});
