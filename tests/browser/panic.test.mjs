// A real panic reaches the panic hook (widgets/web/src/panic.rs): the hook logs it and every
// widget on the page shows its fallback content again. The panic comes from the test-only kit
// in pkg-test/ (naravard-web built with the test-panic feature, see xtask build_test_kit),
// which the test server serves at /pkg-test/; the real kit in pkg/ has no such trigger.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, open, rendered } from '../support/browser.mjs';

const browser = useBrowser();
const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

function openTestKit(html) {
  return open(browser, '/blank.html', {
    setup: (page) => page.route('**/blank.html', (route) => route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="sv"><head><meta charset="utf-8">
        <script type="module" src="/pkg-test/naravard.js"></script></head><body>${html}</body></html>`,
    })),
  });
}

test('only the test-only kit holds the panic trigger', () => {
  assert.match(read('pkg-test/naravard_wasm.js'), /export function test_panic\(/);
  assert.doesNotMatch(read('pkg/naravard_wasm.js'), /test_panic/);
});

test('a real panic in the wasm shows every widget\'s fallback and says so once in the console', async () => {
  const page = await openTestKit(`
    <naravard-malbild region="vasternorrland"><p id="fb1">Läs mer på rvn.se</p></naravard-malbild>
    <naravard-kontakt region="vasternorrland"><p id="fb2">Ring 1177</p></naravard-kontakt>
    <div data-naravard="fardplan" data-region="vasternorrland"><p id="fb3">Tidslinjen på rvn.se</p></div>`);
  await rendered(page, 'naravard-malbild, naravard-kontakt, [data-naravard]');
  for (const id of ['#fb1', '#fb2', '#fb3']) assert.equal(await page.isVisible(id), false, id);
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 3);

  // The same glue module the loader imported (its BUILD_ID is left literal in pkg-test/).
  const thrown = await page.evaluate(async () => {
    const glue = await import('/pkg-test/naravard_wasm.js?v=BUILD_ID');
    try {
      glue.test_panic();
      return 'no panic';
    } catch (e) {
      return String(e);
    }
  });
  assert.match(thrown, /unreachable/i, 'panic = "abort" traps after the hook has run');

  for (const id of ['#fb1', '#fb2', '#fb3']) assert.equal(await page.isVisible(id), true, id);
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 0);
  const errors = page.messages.filter((m) => m.type === 'error' && /stopped after an internal error/.test(m.text));
  assert.equal(errors.length, 1, JSON.stringify(page.messages));
  assert.match(errors[0].text, /a panic on purpose/);
  await page.context().close();
});
