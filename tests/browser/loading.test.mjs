// Start fast and small (issue #14): a page fetches only the wasm build and the region data it
// shows, requests them all at once (no waterfall behind the glue), and keeps the editor's
// fallback content, with a console message, when a region's data file cannot be had.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();

/** Records the kit's requests (file names under /pkg/, without the query). */
function recordRequests(page) {
  page.requested = [];
  page.on('request', (r) => {
    const m = new URL(r.url()).pathname.match(/^\/pkg\/(.+)$/);
    if (m) page.requested.push(m[1]);
  });
}

test('a page with one kind of widget loads only that widget\'s build and its region\'s data', async () => {
  const page = await openHtml(browser, `
    <naravard-kontakt region="vasternorrland"></naravard-kontakt>
    <naravard-kontakt region="vasternorrland" lang="en"></naravard-kontakt>`, { setup: recordRequests });
  await rendered(page);
  assert.match(await shadowText(page, 'naravard-kontakt'), /Sundsvall|Västernorrland/);
  const wasm = page.requested.filter((f) => f.endsWith('.wasm'));
  assert.deepEqual(wasm, ['naravard_kontakt_bg.wasm']);
  // The finder's own file of the region: what the finder shows of it.
  assert.deepEqual(page.requested.filter((f) => f.startsWith('data/')), ['data/vasternorrland.kontakt.bin']);
  assert.deepEqual(await page.evaluate(() => globalThis.__naravard.builds()), ['naravard_kontakt']);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('a page with several kinds loads the one build with all three, once', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland"></naravard-malbild>
    <naravard-kontakt region="jamtland-harjedalen"></naravard-kontakt>
    <div data-naravard="fardplan" data-region="vastra-gotaland"></div>`, { setup: recordRequests });
  await rendered(page, 'naravard-malbild, naravard-kontakt, [data-naravard]');
  assert.deepEqual(page.requested.filter((f) => f.endsWith('.wasm')), ['naravard_wasm_bg.wasm']);
  assert.deepEqual(page.requested.filter((f) => f.startsWith('data/')).sort(),
    ['data/jamtland-harjedalen.bin', 'data/vasternorrland.bin', 'data/vastra-gotaland.bin']);
  assert.match(await shadowText(page, '[data-naravard]'), /Västra Götaland/);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('a widget of another kind added later renders too, with the build that holds it', async () => {
  const page = await openHtml(browser, '<naravard-malbild region="vasternorrland"></naravard-malbild>',
    { setup: recordRequests });
  await rendered(page);
  await page.evaluate(() => {
    const el = document.createElement('naravard-fardplan');
    el.setAttribute('region', 'jamtland-harjedalen');
    document.body.append(el);
  });
  await rendered(page, 'naravard-fardplan');
  assert.match(await shadowText(page, 'naravard-fardplan'), /Jämtland/);
  assert.deepEqual(await page.evaluate(() => globalThis.__naravard.builds()).then((b) => b.sort()),
    ['naravard_malbild', 'naravard_wasm']);
  // Switching the region fetches that region's data, and the widget shows it.
  await page.evaluate(() => document.querySelector('naravard-fardplan').setAttribute('region', 'vastra-gotaland'));
  await page.waitForFunction(() => /Västra Götaland/.test(document.querySelector('naravard-fardplan').shadowRoot.textContent));
  assert.ok(page.requested.includes('data/vastra-gotaland.bin'));
  assert.deepEqual(kitMessages(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the wasm and the region data are requested while the glue is still on its way', async () => {
  let releaseGlue;
  const glueHeld = new Promise((resolve) => { releaseGlue = resolve; });
  const page = await openHtml(browser, '<naravard-malbild region="vasternorrland"></naravard-malbild>', {
    setup: async (p) => {
      recordRequests(p);
      await p.route(/naravard_malbild\.js/, async (route) => {
        await glueHeld;
        await route.continue();
      });
    },
  });
  await waitFor(() => page.requested.includes('naravard_malbild_bg.wasm')
    && page.requested.includes('data/vasternorrland.malbild.bin'), 'the wasm and data requests');
  releaseGlue();
  await rendered(page);
  assert.match(await shadowText(page, 'naravard-malbild'), /Västernorrland/);
  await page.context().close();
});

test('a widget far below the fold costs nothing until the reader scrolls near it', async () => {
  const page = await openHtml(browser, `
    <div style="height: 6000px">Text above the widget</div>
    <naravard-kontakt region="vasternorrland"><p>Kontakta kommunen</p></naravard-kontakt>`, { setup: recordRequests });
  await page.waitForLoadState('load');
  await page.waitForTimeout(300);
  // Nothing is fetched, compiled or rendered while nobody can see it: the fallback stays.
  assert.deepEqual(page.requested.filter((f) => f !== 'naravard.js'), []);
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 0);
  assert.equal(await page.evaluate(() => document.querySelector('naravard-kontakt').shadowRoot), null);
  // Scrolled near, it loads and renders.
  await page.evaluate(() => document.querySelector('naravard-kontakt').scrollIntoView());
  await rendered(page);
  assert.match(await shadowText(page, 'naravard-kontakt'), /Sundsvall|Västernorrland/);
  assert.deepEqual(page.requested.filter((f) => f.endsWith('.wasm')), ['naravard_kontakt_bg.wasm']);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('a one-widget page, with its smaller build and data file, shows exactly what the all-widgets build shows', async () => {
  const other = { malbild: 'kontakt', kontakt: 'fardplan', fardplan: 'malbild' };
  const cases = [];
  for (const region of ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland']) {
    for (const kind of ['malbild', 'kontakt', 'fardplan']) cases.push({ region, kind, lang: 'sv' });
  }
  for (const kind of ['malbild', 'kontakt', 'fardplan']) {
    cases.push({ region: 'vasternorrland', kind, lang: 'en' });
    cases.push({ region: 'vastra-gotaland', kind, lang: 'sv', variant: 'lattlast' });
  }
  for (const { region, kind, lang, variant } of cases) {
    const attrs = `region="${region}" lang="${lang}"${variant ? ` variant="${variant}"` : ''}`;
    const shown = async (html) => {
      const page = await openHtml(browser, html, { setup: recordRequests });
      await rendered(page, `naravard-${kind}`);
      const markup = await page.evaluate((k) => document.querySelector(`naravard-${k}`).shadowRoot.innerHTML, kind);
      const files = page.requested.filter((f) => f.startsWith('data/'));
      assert.deepEqual(kitMessages(page), []);
      await page.context().close();
      return { markup, files };
    };
    const alone = await shown(`<naravard-${kind} ${attrs}></naravard-${kind}>`);
    const together = await shown(`<naravard-${kind} ${attrs}></naravard-${kind}>
      <naravard-${other[kind]} region="${region}"></naravard-${other[kind]}>`);
    assert.deepEqual(alone.files, [`data/${region}.${kind}.bin`]);
    assert.deepEqual(together.files, [`data/${region}.bin`]);
    assert.equal(alone.markup, together.markup, `${kind} ${attrs}`);
  }
});

test('a region data file that cannot load leaves the fallback content, with one console warning', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland"><p id="fallback">Läs mer på rvn.se</p></naravard-malbild>
    <naravard-malbild region="vasternorrland"><p>Läs mer på rvn.se</p></naravard-malbild>
    <naravard-malbild region="jamtland-harjedalen"></naravard-malbild>`, {
    setup: (p) => p.route(/data\/vasternorrland\.malbild\.bin/, (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  await rendered(page, 'naravard-malbild[region=jamtland-harjedalen]');
  await waitFor(() => kitMessages(page).length > 0, 'the console warning');
  await page.waitForTimeout(300);
  assert.equal(await page.isVisible('#fallback'), true);
  assert.equal(await page.$eval('naravard-malbild', (h) => h.shadowRoot), null);
  const warnings = kitMessages(page);
  assert.equal(warnings.length, 1, JSON.stringify(warnings));
  assert.match(warnings[0].text, /region="vasternorrland".*data\/vasternorrland\.malbild\.bin/);
  // The other region's widget is not affected.
  assert.match(await shadowText(page, 'naravard-malbild[region=jamtland-harjedalen]'), /Jämtland/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const [what, body, reason] of [
  ['a JSON file in its place', '{"schema": 1, "regions": [', /not a packed data file/],
  ['cut short', null, /damaged or cut short/],
]) {
  test(`a broken region data file (${what}) is named in the console with why, and the fallback stays`, async () => {
    const page = await openHtml(browser, `
      <naravard-kontakt region="vastra-gotaland"><p id="fallback">Ring 1177</p></naravard-kontakt>`, {
      setup: (p) => p.route(/data\/vastra-gotaland\.kontakt\.bin/, async (route) => {
        // The real file's first half, or another body.
        const real = body ?? (await (await route.fetch()).body()).subarray(0, 4000);
        await route.fulfill({ contentType: 'application/octet-stream', body: real });
      }),
    });
    await waitFor(() => kitMessages(page).length > 0, 'the console warning');
    assert.equal(await page.isVisible('#fallback'), true);
    const text = kitMessages(page).map((m) => m.text).join('\n');
    assert.match(text, /region="vastra-gotaland".*data\/vastra-gotaland\.kontakt\.bin/);
    assert.match(text, reason);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a page whose widget names a data file loads the build that reads data files', async () => {
  const page = await openHtml(browser, `
    <naravard-kontakt region="vasternorrland" kommun="sundsvall" src="/data/sample-kommun.json"></naravard-kontakt>`,
  { setup: recordRequests });
  await page.waitForFunction(() => /naravard@rvn\.se/.test(document.querySelector('naravard-kontakt').shadowRoot?.textContent));
  assert.deepEqual(page.requested.filter((f) => f.endsWith('.wasm')), ['naravard_wasm_bg.wasm']);
  assert.deepEqual(page.requested.filter((f) => f.startsWith('data/')), ['data/vasternorrland.bin']);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('a widget given a data file later moves to the build that reads it, and shows the file', async () => {
  const page = await openHtml(browser, `
    <naravard-fardplan region="vasternorrland"></naravard-fardplan>`, { setup: recordRequests });
  await rendered(page);
  assert.deepEqual(await page.evaluate(() => globalThis.__naravard.builds()), ['naravard_fardplan']);
  const before = await shadowText(page, 'naravard-fardplan');
  assert.doesNotMatch(before, /FILE-ONLY MILESTONE/);
  await page.evaluate(() => {
    const data = {
      schema: 1,
      regions: [{ id: 'vasternorrland', milestones: [{ date: '2027', title: 'FILE-ONLY MILESTONE', level: 'regional' }] }],
    };
    const url = URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
    document.querySelector('naravard-fardplan').setAttribute('src', url);
  });
  await page.waitForFunction(() => /FILE-ONLY MILESTONE/.test(document.querySelector('naravard-fardplan').shadowRoot.textContent));
  assert.deepEqual(await page.evaluate(() => globalThis.__naravard.builds()).then((b) => b.sort()),
    ['naravard_fardplan', 'naravard_wasm']);
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 1);
  // Still one widget on the page, and the old build's container is gone.
  assert.equal(await page.$eval('naravard-fardplan', (h) => h.shadowRoot.querySelectorAll('.naravard').length), 1);
  assert.deepEqual(kitMessages(page), []);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
