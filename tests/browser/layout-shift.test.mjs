// No layout shift (issue #9): with the recommended reservation in the host page's CSS
// (examples/assets/site.css), loading the demo page moves nothing the reader can see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open } from '../support/browser.mjs';

const browser = useBrowser();

for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 740 }]) {
  test(`the demo page loads with a cumulative layout shift of 0 at ${viewport.width} px`, async () => {
    const page = await open(browser, '/index.html', {
      context: { viewport },
      setup: (p) => p.addInitScript(() => {
        globalThis.__shifts = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) globalThis.__shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }),
    });
    // Wait for every widget in or near the viewport to render, and a little more.
    await page.waitForFunction(() => document.querySelector('naravard-malbild').shadowRoot?.querySelector('.naravard > *'));
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(() => globalThis.__shifts);
    const cls = shifts.reduce((a, b) => a + b, 0);
    assert.equal(cls, 0, `layout shifts: ${shifts.join(', ')}`);
    await page.context().close();
  });
}
