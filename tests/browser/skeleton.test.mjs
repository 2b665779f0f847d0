// The embed contract (issue #2): one script tag defines three custom elements that render in
// shadow roots, follow attribute changes, clean up on removal, mount on placeholders, and keep
// the editor's fallback content when the wasm cannot load.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const ELEMENTS = ['naravard-malbild', 'naravard-kontakt', 'naravard-fardplan'];

test('the demo page renders all three widgets in open shadow roots with adopted styles', async () => {
  const page = await open(browser, '/index.html');
  await rendered(page);
  for (const name of ELEMENTS) {
    const info = await page.$eval(name, (h) => ({
      mode: h.shadowRoot?.mode,
      sheets: h.shadowRoot?.adoptedStyleSheets.length,
      text: h.shadowRoot?.textContent.trim().length,
      // Strict CSPs forbid <style> elements and style attributes.
      inlineStyles: h.shadowRoot?.querySelectorAll('style, [style]').length,
    }));
    assert.equal(info.mode, 'open', name);
    assert.ok(info.sheets >= 1, `${name} adopts its stylesheet`);
    assert.ok(info.text > 0, `${name} shows content`);
    assert.equal(info.inlineStyles, 0, `${name} has no inline styles`);
  }
  assert.deepEqual(page.errors, []);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('an attribute change re-renders the widget', async () => {
  const page = await openHtml(browser, '<naravard-malbild region="vasternorrland"></naravard-malbild>');
  await rendered(page);
  const before = await shadowText(page, 'naravard-malbild');
  assert.match(before, /Västernorrland/);
  await page.$eval('naravard-malbild', (h) => h.setAttribute('region', 'jamtland-harjedalen'));
  await page.waitForFunction(() => /Jämtland/.test(document.querySelector('naravard-malbild').shadowRoot.querySelector('h2')?.textContent));
  const heading = await page.$eval('naravard-malbild', (h) => h.shadowRoot.querySelector('h2').textContent);
  assert.doesNotMatch(heading, /Västernorrland/);
  await page.context().close();
});

test('removing an element unmounts its app; moving it keeps it', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland"></naravard-malbild>
    <naravard-fardplan region="vasternorrland"></naravard-fardplan>
    <section id="elsewhere"></section>`);
  await rendered(page);
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 2);
  await page.evaluate(() => document.querySelector('#elsewhere').append(document.querySelector('naravard-fardplan')));
  await page.evaluate(() => new Promise((r) => setTimeout(r, 50)));
  assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 2);
  await page.evaluate(() => document.querySelector('naravard-malbild').remove());
  await page.waitForFunction(() => globalThis.__naravard.liveCount() === 1);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('elements added later by script render too, and a second copy of the script does no harm', async () => {
  const page = await openHtml(browser, '<main></main>');
  await page.evaluate(async () => {
    const again = document.createElement('script');
    again.type = 'module';
    again.src = '/pkg/naravard.js?copy=2';
    document.head.append(again);
    await new Promise((r) => again.addEventListener('load', r));
    const el = document.createElement('naravard-kontakt');
    el.setAttribute('region', 'vastra-gotaland');
    document.querySelector('main').append(el);
  });
  await rendered(page, 'naravard-kontakt');
  assert.match(await shadowText(page, 'naravard-kontakt'), /Västra Götaland/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('placeholders <div data-naravard> mount, on load and when added later', async () => {
  const page = await openHtml(browser, '<div data-naravard="malbild" data-region="vasternorrland"></div>');
  await page.waitForFunction(() => document.querySelector('[data-naravard]').shadowRoot?.querySelector('.naravard > *'));
  await page.evaluate(() => {
    const div = document.createElement('div');
    div.dataset.naravard = 'fardplan';
    div.dataset.region = 'jamtland-harjedalen';
    div.id = 'later';
    document.body.append(div);
    // Widgets start near the viewport; the målbild above may push this one below the fold.
    div.scrollIntoView();
  });
  await page.waitForFunction(() => /Jämtland/.test(document.querySelector('#later').shadowRoot?.textContent ?? ''));
  // Attribute changes on placeholders re-render as they do on elements.
  await page.$eval('#later', (d) => { d.dataset.region = 'vasternorrland'; });
  await page.waitForFunction(() => /Västernorrland/.test(document.querySelector('#later').shadowRoot.textContent));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('with no lang attribute a widget follows the page language', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland" id="inherits"></naravard-malbild>
    <naravard-malbild region="vasternorrland" lang="sv" id="own"></naravard-malbild>`, { lang: 'en' });
  await rendered(page);
  const langs = await page.evaluate(() => [...document.querySelectorAll('naravard-malbild')]
    .map((h) => h.shadowRoot.querySelector('[lang]')?.getAttribute('lang')));
  assert.deepEqual(langs, ['en', 'sv']);
  await page.context().close();
});

test('the fallback content stays when the wasm cannot load, with one console warning', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland"><p id="fallback">Läs mer på rvn.se</p></naravard-malbild>
    <naravard-kontakt region="vasternorrland"><p>Ring 1177</p></naravard-kontakt>`, {
    setup: (p) => p.route(/\.wasm(\?|$)/, (route) => route.fulfill({ status: 404, body: 'gone' })),
  });
  await waitFor(() => kitMessages(page).length > 0);
  await page.waitForTimeout(300);
  assert.equal(await page.isVisible('#fallback'), true);
  assert.equal(await page.$eval('naravard-malbild', (h) => h.shadowRoot), null);
  const warnings = kitMessages(page).filter((m) => /could not load/.test(m.text));
  assert.equal(warnings.length, 1);
  await page.context().close();
});
