// Churn (issue #10): pages rebuilt by scripts. After adding and removing hundreds of widgets
// and changing their attributes rapidly, the kit has exactly as many live apps as elements,
// and its wasm memory stops growing. The figures are printed for the record.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered } from '../support/browser.mjs';

const browser = useBrowser();

test('200 widgets added and removed in a loop, with rapid attribute changes, leave no live app behind', async (t) => {
  const page = await openHtml(browser, '<main id="stage"></main><naravard-malbild region="vasternorrland" id="keep"></naravard-malbild>');
  await rendered(page, '#keep');
  const round = () => page.evaluate(async () => {
    const stage = document.querySelector('#stage');
    const kinds = ['malbild', 'kontakt', 'fardplan'];
    const regions = ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland', 'nowhere'];
    const made = [];
    for (let i = 0; i < 200; i++) {
      const el = document.createElement(`naravard-${kinds[i % 3]}`);
      el.setAttribute('region', regions[i % 4]);
      stage.append(el);
      made.push(el);
    }
    // Wait for them to mount, then change attributes faster than frames.
    await new Promise((r) => setTimeout(r, 50));
    for (let n = 0; n < 5; n++) {
      made.forEach((el, i) => {
        el.setAttribute('region', regions[(i + n) % 4]);
        el.setAttribute('lang', n % 2 ? 'en' : 'sv');
      });
    }
    await new Promise((r) => requestAnimationFrame(r));
    made.forEach((el) => el.remove());
    await new Promise((r) => setTimeout(r, 50));
    return { live: globalThis.__naravard.liveCount(), memory: globalThis.__naravard.wasmMemoryBytes() };
  });
  const memory = [];
  for (let i = 0; i < 12; i++) {
    const { live, memory: bytes } = await round();
    assert.equal(live, 1, `round ${i}: only the kept widget is live`);
    memory.push(bytes);
  }
  t.diagnostic(`wasm memory after each round of 200 (bytes): ${memory.join(', ')}`);
  // Memory may grow while the allocator warms up, then it must stop. The warm-up can take
  // 8 rounds: memory grows by whole 64 KB pages, so where the heap's high-water mark falls
  // against a page boundary (which a few more bytes of static data move) decides the round of
  // the last step.
  assert.equal(memory.at(-1), memory.at(-4), `wasm memory still growing: ${memory.join(', ')}`);
  const elements = await page.evaluate(() => document.querySelectorAll('naravard-malbild, naravard-kontakt, naravard-fardplan').length);
  assert.equal(elements, 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
