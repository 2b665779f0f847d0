// The snippet builder (examples/builder.html, issue #8): the code it writes, pasted into a blank
// page, renders the same widget as its preview; the copy is announced; the integrity hash of a
// versioned URL is the real SHA-384 of the kit's entry file; its list of municipalities is the
// bundled data's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { useBrowser, open, openHtml, rendered, shadowText, axe, BASE } from '../support/browser.mjs';
import { REGIONS_JSON, regionsJsonText } from '../support/regions.mjs';

const browser = useBrowser();
const CLIPBOARD = { context: { permissions: ['clipboard-read', 'clipboard-write'] } };

function sri(file) {
  const bytes = readFileSync(new URL(`../../pkg/${file}`, import.meta.url));
  return `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
}

async function openBuilder(options = {}) {
  const page = await open(browser, '/builder.html', options);
  await page.waitForFunction(() => 'builderReady' in document.documentElement.dataset);
  return page;
}

/** The snippet once the builder has caught up with the form. */
async function snippetWhen(page, predicate) {
  const handle = await page.waitForFunction(
    (source) => {
      const code = document.getElementById('snippet').textContent;
      return new Function('code', `return (${source})(code)`)(code) ? code : null;
    },
    predicate.toString(),
  );
  return handle.jsonValue();
}

test('the list of municipalities is the bundled data (run node tests/support/regions.mjs if not)', async () => {
  assert.equal(readFileSync(REGIONS_JSON, 'utf8'), regionsJsonText());
  const page = await openBuilder();
  const options = await page.$$eval('#region option', (os) => os.map((o) => o.value).sort());
  const ids = JSON.parse(regionsJsonText()).regions.map((r) => r.id).sort();
  assert.deepEqual(options, ids);
  await page.context().close();
});

test('kontakt chosen by keyboard and clicks: copied, announced, and the pasted code renders the same widget', async () => {
  const page = await openBuilder(CLIPBOARD);
  await page.click('label[for="w-kontakt"]');
  await page.selectOption('#region', 'jamtland-harjedalen');
  await page.focus('#kommun');
  await page.keyboard.type('Östersund');
  await page.selectOption('#lang', 'en');
  await page.selectOption('#theme', 'dark');
  // Heading level 2 → 3 with the arrow key, as a keyboard user would.
  await page.focus('#heading-level');
  await page.keyboard.press('ArrowDown');
  await page.fill('#radius', '0');

  const code = await snippetWhen(page, (c) => c.includes('heading-level="3"') && c.includes('kommun='));
  assert.match(code, /<script type="module" src="[^"]*\/pkg\/naravard\.js"><\/script>/);
  assert.match(code, /<naravard-kontakt region="jamtland-harjedalen" kommun="ostersund" lang="en" theme="dark" heading-level="3">/);
  const css = await page.textContent('#css');
  assert.match(css, /naravard-kontakt \{\s*--naravard-radius: 0;\s*\}/);
  assert.equal(await page.$eval('#preview', (p) => p.style.getPropertyValue('--naravard-radius')), '0');

  const preview = '#preview naravard-kontakt';
  await rendered(page, preview);
  await page.waitForFunction((sel) => /Östersund/.test(document.querySelector(sel).shadowRoot.textContent), preview);
  const previewText = await shadowText(page, preview);
  const previewAttrs = await page.$eval(preview, (el) => el.getAttributeNames().map((n) => [n, el.getAttribute(n)]));

  // One click copies; the live region says so.
  const statusAttrs = await page.$eval('#copy-status', (s) => [s.getAttribute('aria-live'), s.dataset.copiedSnippet]);
  assert.equal(statusAttrs[0], 'polite');
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status').textContent.trim() !== '');
  assert.equal((await page.textContent('#copy-status')).trim(), statusAttrs[1]);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, code);
  assert.deepEqual(await axe(page), []);
  await page.context().close();

  // Pasted into a blank page (the script pointing at this server's kit), with the CSS rule in
  // the page's stylesheet.
  const base = copied.match(/src="([^"]*)naravard\.js"/)[1];
  const pasted = copied.replaceAll(base, '/pkg/');
  const blank = await openHtml(browser, `<style>${css}</style>${pasted}`);
  await rendered(blank, 'naravard-kontakt');
  await blank.waitForFunction(() => /Östersund/.test(document.querySelector('naravard-kontakt').shadowRoot.textContent));
  assert.deepEqual(
    await blank.$eval('naravard-kontakt', (el) => el.getAttributeNames().map((n) => [n, el.getAttribute(n)])),
    previewAttrs,
  );
  assert.equal(await shadowText(blank, 'naravard-kontakt'), previewText);
  const radius = await blank.$eval('naravard-kontakt', (el) => getComputedStyle(el).getPropertyValue('--naravard-radius').trim());
  assert.equal(radius, '0');
  assert.deepEqual(blank.errors, []);
  await blank.context().close();
});

test('a versioned URL adds the SHA-384 integrity of the kit, for the script and the iframe embed', async () => {
  const page = await openBuilder();
  await page.fill('#base', 'https://cdn.example.org/naravard-widgets@0.1.0/');
  await page.check('#versioned');
  const code = await snippetWhen(page, (c) => c.includes('integrity='));
  const [, src, hash] = code.match(/<script type="module" src="([^"]+)" integrity="([^"]+)" crossorigin="anonymous"><\/script>/);
  assert.equal(src, 'https://cdn.example.org/naravard-widgets@0.1.0/naravard.js');
  assert.equal(hash, sri('naravard.js'));

  // The iframe way: the host script carries its own hash; the frame's URL has the attributes.
  await page.click('label[for="mode-iframe"]');
  await page.click('label[for="w-fardplan"]');
  const frameCode = await snippetWhen(page, (c) => c.includes('naravard-iframe.js') && c.includes('widget=fardplan'));
  assert.match(frameCode, new RegExp(`<script src="https://cdn\\.example\\.org/naravard-widgets@0\\.1\\.0/naravard-iframe\\.js" integrity="${sri('naravard-iframe.js').replace(/[+/]/g, '\\$&')}" crossorigin="anonymous" defer></script>`));
  assert.match(frameCode, /<iframe data-naravard-frame title="[^"]+"\s+src="https:\/\/cdn\.example\.org\/naravard-widgets@0\.1\.0\/embed\.html\?widget=fardplan&amp;region=vasternorrland"/);
  assert.equal(await page.$eval('#tokens', (f) => f.disabled), true);
  await page.context().close();

  // The iframe code, pointed at this server, shows the widget in a frame sized to it.
  const pasted = frameCode.replaceAll('https://cdn.example.org/naravard-widgets@0.1.0/', `${BASE}/pkg/`);
  const blank = await openHtml(browser, pasted);
  const frame = await (await blank.waitForSelector('iframe[data-naravard-frame]')).contentFrame();
  await frame.waitForFunction(() => document.querySelector('naravard-fardplan')?.shadowRoot?.querySelector('.naravard > *'));
  await blank.waitForFunction(() => document.querySelector('iframe[data-naravard-frame]').style.height !== '');
  await blank.context().close();
});
