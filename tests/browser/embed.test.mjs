// Embedding where CMSs and security policies make it hard (issue #8): a strict CSP page, and
// the iframe embed that sizes its frame.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, rendered, BASE } from '../support/browser.mjs';

const browser = useBrowser();

test('the kit works under a strict CSP with no violation and no request to another origin', async () => {
  const requests = [];
  const page = await open(browser, '/csp/index.html', {
    setup: async (p) => {
      p.on('request', (r) => requests.push(r.url()));
      await p.addInitScript(() => {
        globalThis.__violations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        });
      });
    },
  });
  const response = await page.reload();
  assert.equal(
    response.headers()['content-security-policy'],
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  );
  await rendered(page);
  await page.waitForTimeout(200);
  assert.deepEqual(await page.evaluate(() => globalThis.__violations), []);
  assert.deepEqual(page.messages.filter((m) => /Content Security Policy|Refused/.test(m.text)), []);
  assert.deepEqual(page.errors, []);
  const origin = new URL(BASE).origin;
  assert.deepEqual(requests.filter((url) => new URL(url).origin !== origin), []);
  await page.context().close();
});

test('the iframe embed shows the chosen widget and sizes its frame to it', async () => {
  const page = await open(browser, '/iframe.html');
  const frameElement = await page.waitForSelector('iframe[data-naravard-frame]');
  const frame = await frameElement.contentFrame();
  await frame.waitForFunction(() => document.querySelector('naravard-kontakt')?.shadowRoot?.querySelector('.naravard > *'));
  const attrs = await frame.$eval('naravard-kontakt', (el) => [el.getAttribute('region'), el.getAttribute('kommun')]);
  assert.deepEqual(attrs, ['vasternorrland', 'sundsvall']);
  // The frame's height follows the document inside it, so nothing scrolls.
  await page.waitForFunction(() => {
    const iframe = document.querySelector('iframe[data-naravard-frame]');
    const inner = iframe.contentDocument.documentElement;
    return iframe.style.height && Math.abs(iframe.getBoundingClientRect().height - inner.getBoundingClientRect().height) <= 1;
  });
  const scrolls = await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight + 1);
  assert.equal(scrolls, false);
  await page.context().close();
});
