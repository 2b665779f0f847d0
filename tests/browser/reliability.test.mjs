// Reliability (issues #3 and #10): custom data files that fail in every way a network or an
// editor can make them fail. The widget keeps the bundled data, says once in the console
// what happened, never runs or links anything from the file, and recovers when asked again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const BUNDLED_TITLE = /God och nära vård i Västernorrland 2030/;

/** A custom file that gives Västernorrland's målbild another title. */
function override(title, extra = {}) {
  return JSON.stringify({
    schema: 1,
    regions: [{
      id: 'vasternorrland',
      malbild: { title, lead: 'En kort ingress från en egen datafil.', source: 'Testfil' },
      ...extra,
    }],
  });
}

async function malbildWith(src, setup) {
  const page = await openHtml(browser, `<naravard-malbild region="vasternorrland" src="${src}"></naravard-malbild>
    <naravard-fardplan region="vasternorrland"></naravard-fardplan>`, { setup });
  await rendered(page);
  return page;
}

function dataWarnings(page) {
  return kitMessages(page).filter((m) => /data file/.test(m.text));
}

test('a valid custom file overrides the bundled data, fetched once for all widgets naming it', async () => {
  let fetches = 0;
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland" src="/custom/ok.json"></naravard-malbild>
    <naravard-malbild region="vasternorrland" src="/custom/ok.json" lang="en"></naravard-malbild>`, {
    setup: (p) => p.route('**/custom/ok.json', (route) => {
      fetches++;
      return route.fulfill({ contentType: 'application/json', body: override('Vår egen målbild') });
    }),
  });
  await rendered(page);
  await page.waitForFunction(() => [...document.querySelectorAll('naravard-malbild')]
    .every((h) => h.shadowRoot.textContent.includes('Vår egen målbild')));
  assert.equal(fetches, 1);
  assert.deepEqual(dataWarnings(page), []);
  await page.context().close();
});

const FAILURES = [
  ['404', '/test/status/404', /answered 404/],
  ['500', '/test/status/500', /answered 500/],
  ['a redirect loop', '/test/redirect-loop', /request failed/],
  ['the wrong content type', '/test/wrong-type', /text\/html/],
  ['a body cut off mid-way', '/test/truncated', /read to the end|problem/],
  ['a file that is too large', '/test/big/20', /larger than/],
  ['invalid JSON', '/custom/broken.json', /problem/],
];

for (const [what, url, reason] of FAILURES) {
  test(`a data file with ${what} leaves the bundled data in place with one warning`, async () => {
    const page = await malbildWith(url, (p) => p.route('**/custom/broken.json', (route) => route.fulfill({
      contentType: 'application/json', body: '{"schema": 1, "regions": [',
    })));
    await waitFor(() => dataWarnings(page).length > 0, 'the console warning');
    await page.waitForTimeout(200);
    const warnings = dataWarnings(page);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0].text, new RegExp(url.replace(/[/.]/g, '\\$&')));
    assert.match(warnings[0].text, reason);
    assert.match(await shadowText(page, 'naravard-malbild'), BUNDLED_TITLE);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a data file that never answers is given up after the documented 10 s timeout', async () => {
  const page = await malbildWith('/test/hang');
  assert.match(await shadowText(page, 'naravard-malbild'), BUNDLED_TITLE);
  await waitFor(() => dataWarnings(page).length > 0, 'the timeout warning', 15000);
  assert.match(dataWarnings(page)[0].text, /no answer within 10 seconds/);
  await page.context().close();
});

test('after a failure the same element, asked again, loads the file once it works', async () => {
  let healthy = false;
  const page = await malbildWith('/custom/flaky.json', (p) => p.route('**/custom/flaky.json', (route) => (healthy
    ? route.fulfill({ contentType: 'application/json', body: override('Nu fungerar filen') })
    : route.fulfill({ status: 503, body: 'down' }))));
  await waitFor(() => dataWarnings(page).length > 0, 'the first failure');
  healthy = true;
  // Asked again: the element leaves the page and comes back later, as a CMS re-render does.
  await page.evaluate(async () => {
    const el = document.querySelector('naravard-malbild');
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    document.body.prepend(el);
  });
  await page.waitForFunction(() => document.querySelector('naravard-malbild').shadowRoot.textContent.includes('Nu fungerar filen'));
  await page.context().close();
});

test('hostile data: markup shows as text, bad links are refused, nothing runs', async () => {
  const hostile = '<img src=x onerror="globalThis.__pwned=1"></style><script>globalThis.__pwned=2</script>';
  const files = {
    // Markup in texts is allowed by the format; it must show as text.
    '/custom/markup.json': override(hostile),
    // Disallowed links make the whole file invalid: the editor gets every problem listed.
    '/custom/links.json': override('Länkar', {
      website: ' JaVaScRiPt:globalThis.__pwned=3',
      contacts: [
        { role: 'a', web: 'data:text/html,<script>alert(1)</script>', source: 's' },
        { role: 'b', web: 'vbscript:msgbox(1)', source: 's' },
        { role: 'c', web: 'java\tscript:alert(1)', source: 's' },
        { role: 'd', web: '&#106;avascript:alert(1)', source: 's' },
      ],
    }),
    '/custom/long.json': override('x'.repeat(100000)),
    '/custom/deep.json': '['.repeat(100000) + ']'.repeat(100000),
    '/custom/types.json': JSON.stringify({ schema: '1', regions: { id: 7 } }),
    '/custom/dupes.json': JSON.stringify({ schema: 1, regions: [
      { id: 'provlan', name: 'A', county: 'A', county_code: '98' },
      { id: 'provlan', name: 'B', county: 'B', county_code: '98' },
    ] }),
  };
  const html = Object.keys(files)
    .map((src, i) => `<naravard-malbild id="w${i}" region="vasternorrland" src="${src}"></naravard-malbild>`)
    .join('\n') + '<naravard-kontakt region="vasternorrland"></naravard-kontakt>';
  const page = await openHtml(browser, html, {
    setup: (p) => p.route('**/custom/*.json', (route) => route.fulfill({
      contentType: 'application/json', body: files[new URL(route.request().url()).pathname],
    })),
  });
  await rendered(page);
  // The markup file is valid: its title shows, as text.
  await page.waitForFunction((h) => document.querySelector('#w0').shadowRoot.textContent.includes(h), hostile);
  await waitFor(() => dataWarnings(page).length >= Object.keys(files).length - 1, 'a warning per bad file');
  const inShadow = await page.$eval('#w0', (h) => ({
    img: h.shadowRoot.querySelectorAll('img, script').length,
  }));
  assert.deepEqual(inShadow, { img: 0 });
  const links = await page.evaluate(() => [...document.querySelectorAll('naravard-malbild, naravard-kontakt')]
    .flatMap((h) => [...h.shadowRoot.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'))));
  const bad = links.filter((href) => !/^(https?:|mailto:|tel:|#|blob:)/i.test(href.trim()));
  assert.deepEqual(bad, []);
  assert.equal(await page.evaluate(() => globalThis.__pwned), undefined);
  const linkWarning = dataWarnings(page).find((m) => m.text.includes('/custom/links.json'));
  assert.match(linkWarning.text, /5 problem/);
  assert.match(linkWarning.text, /not an allowed link/);
  // The other widgets on the page keep working.
  assert.match(await shadowText(page, 'naravard-kontakt'), /Västernorrland/);
  for (const id of ['#w2', '#w3', '#w4', '#w5']) {
    assert.match(await shadowText(page, id), BUNDLED_TITLE, id);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
