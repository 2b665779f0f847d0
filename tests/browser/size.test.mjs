// The size budget (issue #9): what a page downloads for the kit (naravard.js, the wasm-bindgen
// glue and the wasm, with the bundled regions inside it), brotli -q 11, must stay within the
// checked-in number in size-budget.json. Size is deterministic, so CI enforces it; timings live
// only in `cargo xtask bench`'s output. This file needs no browser and runs after the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PKG, budget, pkgSizes, downloadTotal, kb } from '../bench/sizes.mjs';

const limits = budget();
const rows = existsSync(PKG) ? pkgSizes() : [];
const total = downloadTotal(rows, limits.files);
const figure = `${total.brotli} B (${kb(total.brotli)}) brotli for ${limits.files.join(' + ')}; `
  + `budget ${limits.brotli_bytes_max} B (${kb(limits.brotli_bytes_max)}), aim ${limits.aim_bytes} B (${kb(limits.aim_bytes)})`;

test(`size budget: the kit is ${figure}`, (t) => {
  assert.ok(existsSync(PKG), 'pkg/ is missing; build the kit first (cargo xtask build)');
  assert.deepEqual(total.missing, [], `pkg/ lacks files the budget counts: ${total.missing.join(', ')}`);
  for (const name of limits.files) {
    const row = rows.find((r) => r.file === name);
    t.diagnostic(`${name}: ${row.raw} B raw, ${row.gzip} B gzip -9, ${row.brotli} B brotli -q 11`);
  }
  t.diagnostic(`total: ${total.raw} B raw, ${total.gzip} B gzip -9, ${total.brotli} B brotli -q 11`);
  if (total.brotli > limits.aim_bytes && total.brotli <= limits.brotli_bytes_max) {
    t.diagnostic(`within budget, but ${total.brotli - limits.aim_bytes} B over the aim of ${limits.aim_bytes} B`);
  }
  assert.ok(
    total.brotli <= limits.brotli_bytes_max,
    `the kit is ${total.brotli} B brotli -q 11 (${kb(total.brotli)}), ${total.brotli - limits.brotli_bytes_max} B over `
      + `the budget of ${limits.brotli_bytes_max} B (${kb(limits.brotli_bytes_max)}) in size-budget.json `
      + `(${rows.filter((r) => limits.files.includes(r.file)).map((r) => `${r.file} ${r.brotli} B`).join(', ')}). `
      + 'See docs/performance.md for how the budget is met; raise the number only with the lead\'s agreement.',
  );
});

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
