// Lättläst and other languages (issue #16): variant="lattlast" gives every widget its
// easy-to-read interface, a data file's Finnish texts show with lang="fi" and the Swedish
// fallbacks are marked lang="sv", and changing the attributes at run time re-renders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, open, openHtml, rendered, shadowText, axe, kitMessages } from '../support/browser.mjs';

const browser = useBrowser();

/** A table's strings, read from the Rust source so the test follows the texts. */
function table(widget, name) {
  const src = readFileSync(new URL(`../../widgets/core/src/${widget}/texts.rs`, import.meta.url), 'utf8');
  const block = src.split(`pub static ${name}:`)[1].split('\n};')[0];
  return Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*"((?:[^"\\]|\\.)*)",/gm)].map(([, k, v]) => [k, v]));
}
const SV = Object.fromEntries(['malbild', 'kontakt', 'fardplan'].map((w) => [w, table(w, 'SV')]));
const EASY = Object.fromEntries(['malbild', 'kontakt', 'fardplan'].map((w) => [w, table(w, 'LATTLAST')]));
const EN = Object.fromEntries(['malbild', 'kontakt', 'fardplan'].map((w) => [w, table(w, 'EN')]));

// The strings each widget shows whatever the data: headings and lead lines.
const SHOWN = { malbild: ['why', 'traits'], kontakt: ['heading', 'intro', 'guide'], fardplan: ['heading', 'lead'] };

for (const widget of ['malbild', 'kontakt', 'fardplan']) {
  test(`${widget}: variant="lattlast" shows the lättläst interface, in Swedish, without warnings`, async () => {
    const page = await openHtml(browser, `<main><h1>Nära vård</h1>
      <naravard-${widget} region="vasternorrland" variant="lattlast"></naravard-${widget}>
      <div data-naravard="${widget}" data-region="jamtland-harjedalen" data-variant="lattlast"></div></main>`);
    await rendered(page);
    await page.evaluate(() => { document.title = 'Nära vård'; });
    for (const selector of [`naravard-${widget}`, '[data-naravard]']) {
      const text = await shadowText(page, selector);
      for (const key of SHOWN[widget]) {
        assert.ok(text.includes(EASY[widget][key]), `${selector}: ${key} "${EASY[widget][key]}" in lättläst`);
        assert.ok(!text.includes(SV[widget][key]), `${selector}: ${key} not in standard Swedish`);
      }
      const lang = await page.$eval(selector, (h) => h.shadowRoot.querySelector('[part~="root"]').getAttribute('lang'));
      assert.equal(lang, 'sv');
    }
    assert.deepEqual(kitMessages(page), []);
    assert.deepEqual(await axe(page), []);
    await page.context().close();
  });
}

test('lättläst with lang="en" is the standard English; switching the attributes re-renders', async () => {
  const page = await openHtml(browser, '<naravard-kontakt region="vasternorrland" variant="lattlast" lang="en"></naravard-kontakt>');
  await rendered(page);
  const heading = () => page.$eval('naravard-kontakt', (h) => h.shadowRoot.querySelector('h2').textContent.trim());
  assert.equal(await heading(), EN.kontakt.heading);
  await page.$eval('naravard-kontakt', (h) => h.removeAttribute('lang'));
  await page.waitForFunction((t) => document.querySelector('naravard-kontakt').shadowRoot.querySelector('h2').textContent.trim() === t, EASY.kontakt.heading);
  await page.$eval('naravard-kontakt', (h) => h.removeAttribute('variant'));
  await page.waitForFunction((t) => document.querySelector('naravard-kontakt').shadowRoot.querySelector('h2').textContent.trim() === t, SV.kontakt.heading);
  await page.$eval('naravard-kontakt', (h) => h.setAttribute('variant', 'lattlast'));
  await page.waitForFunction((t) => document.querySelector('naravard-kontakt').shadowRoot.querySelector('h2').textContent.trim() === t, EASY.kontakt.heading);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('an unknown variant is explained in the console and the standard text is shown', async () => {
  const page = await openHtml(browser, '<naravard-fardplan region="vasternorrland" variant="easy"></naravard-fardplan>');
  await rendered(page);
  assert.ok((await shadowText(page, 'naravard-fardplan')).includes(SV.fardplan.heading));
  assert.ok(kitMessages(page).some((m) => /variant="easy"/.test(m.text) && /lattlast/.test(m.text)));
  await page.context().close();
});

// Test strings in Finnish, for the test only (the kit ships none).
const FINNISH = {
  schema: 1,
  texts: { fi: { 'kontakt.heading': 'Keneen otan yhteyttä?', 'malbild.why': 'Miksi muutos tarvitaan?' } },
  regions: [{
    id: 'vasternorrland',
    malbild: { title: { sv: 'Målbild för nära vård', fi: 'Lähellä annettavan hoidon tavoitekuva' }, lead: 'Bara på svenska.', why: ['Också bara på svenska.'] },
  }],
};

test('lang="fi" with a data file: its Finnish texts unmarked, every Swedish fallback marked lang="sv"', async () => {
  const page = await openHtml(browser, `<main><h1>Lähellä annettava hoito</h1>
    <naravard-kontakt region="vasternorrland" lang="fi" src="/custom/fi.json"></naravard-kontakt>
    <naravard-malbild region="vasternorrland" lang="fi" src="/custom/fi.json"></naravard-malbild></main>`, {
    lang: 'fi',
    setup: (p) => p.route('**/custom/fi.json', (route) => route.fulfill({ contentType: 'application/json', body: JSON.stringify(FINNISH) })),
  });
  await rendered(page);
  await page.evaluate(() => { document.title = 'Lähellä annettava hoito'; });
  await page.waitForFunction(() => document.querySelector('naravard-kontakt').shadowRoot.textContent.includes('Keneen'));
  await page.waitForFunction(() => document.querySelector('naravard-malbild').shadowRoot.textContent.includes('tavoitekuva'));
  // The language in which each piece of text is read: the nearest lang inside the shadow root.
  const langs = (selector) => page.$eval(selector, (h) => {
    const out = {};
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === 3 && child.textContent.trim()) {
          out[child.textContent.trim()] = child.parentElement.closest('[lang]')?.getAttribute('lang');
        } else if (child.nodeType === 1) walk(child);
      }
    };
    walk(h.shadowRoot);
    return out;
  });
  const k = await langs('naravard-kontakt');
  assert.equal(k['Keneen otan yhteyttä?'], 'fi');
  assert.equal(k[SV.kontakt.intro], 'sv', 'the Swedish intro is marked');
  assert.equal(k[SV.kontakt.search_help], 'sv');
  assert.equal(await page.$eval('naravard-kontakt', (h) => h.shadowRoot.querySelector('[part~="root"]').getAttribute('lang')), 'fi');
  const m = await langs('naravard-malbild');
  assert.equal(m['Lähellä annettavan hoidon tavoitekuva'], 'fi');
  assert.equal(m['Miksi muutos tarvitaan?'], 'fi');
  assert.equal(m['Bara på svenska.'], 'sv');
  assert.equal(m['Också bara på svenska.'], 'sv');
  assert.equal(m[SV.malbild.show_municipalities], 'sv');
  assert.equal(m[SV.malbild.responsible], 'sv');
  // Every Swedish interface string on show is marked, none is left to a Finnish voice.
  const swedish = new Set(Object.values(SV).flatMap((t) => Object.values(t)).map((s) => s.trim()));
  const shownSwedish = Object.entries({ ...k, ...m }).filter(([text]) => swedish.has(text));
  assert.ok(shownSwedish.length >= 5, `${shownSwedish.length} Swedish strings shown`);
  for (const [text, lang] of shownSwedish) assert.equal(lang, 'sv', text);
  assert.deepEqual(kitMessages(page), []);
  assert.deepEqual(await axe(page), []);
  // Back to Swedish at run time: the Finnish texts go, nothing is marked any more.
  await page.$eval('naravard-kontakt', (h) => h.setAttribute('lang', 'sv'));
  await page.waitForFunction((t) => document.querySelector('naravard-kontakt').shadowRoot.querySelector('h2').textContent.trim() === t, SV.kontakt.heading);
  assert.equal(await page.$eval('naravard-kontakt', (h) => h.shadowRoot.querySelectorAll('[lang="sv"]:not([part~="root"])').length), 0);
  await page.context().close();
});

test('the snippet builder offers "Lättläst": the snippet and the preview get variant="lattlast"', async () => {
  const page = await open(browser, '/builder.html');
  await page.waitForFunction(() => 'builderReady' in document.documentElement.dataset);
  await page.click('label[for="w-kontakt"]');
  assert.equal(await page.$eval('#variant option[value="lattlast"]', (o) => o.textContent.trim()), 'Lättläst');
  await page.selectOption('#variant', 'lattlast');
  await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('variant="lattlast"'));
  await page.waitForFunction((t) => document.querySelector('#preview naravard-kontakt, naravard-kontakt')
    ?.shadowRoot?.textContent.includes(t), EASY.kontakt.heading);
  await page.context().close();
});

// The bundled content in lättläst (issue #16, phase 2): for each county, each widget shows a
// lättläst sentence from the data and not its standard form. The texts are read from the data
// files, so the test follows the content.
const data = (name) => JSON.parse(readFileSync(new URL(`../../widgets/core/data/${name}.json`, import.meta.url), 'utf8'));
const national = data('national').national;

for (const county of ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland']) {
  const region = data(county).regions[0];
  // A municipality with a care route, so its card shows the care role (the kind a resident looks for).
  const m = region.municipalities.find((x) => (x.contacts ?? []).some((c) => c.kind === 'care' && (c.phone || c.email)));
  const care = m.contacts.find((c) => c.kind === 'care' && (c.phone || c.email));
  const expect = {
    malbild: [region.malbild.lead, region.malbild.traits[0].for_you],
    fardplan: [region.milestones[0].text, national.milestones[0].text],
    kontakt: [care.role, national.guide[0].where_to_turn],
  };
  for (const widget of ['malbild', 'kontakt', 'fardplan']) {
    test(`${county}: <naravard-${widget} variant="lattlast"> shows the content in lättläst, axe clean`, async () => {
      const extra = widget === 'kontakt' ? ` kommun="${m.id}"` : '';
      const page = await openHtml(browser, `<main><h1>Nära vård</h1>
        <naravard-${widget} region="${county}"${extra} variant="lattlast"></naravard-${widget}></main>`);
      await rendered(page);
      await page.evaluate(() => { document.title = 'Nära vård'; });
      if (widget === 'kontakt') {
        await page.waitForFunction((name) => document.querySelector('naravard-kontakt').shadowRoot.textContent.includes(name), m.name);
      }
      const text = await shadowText(page, `naravard-${widget}`);
      for (const t of expect[widget]) {
        assert.ok(t.lattlast && t.lattlast !== t.sv, `the data has a lättläst form of "${t.sv}"`);
        assert.ok(text.includes(t.lattlast), `${widget} shows "${t.lattlast}"`);
        assert.ok(!text.includes(t.sv), `${widget} does not show the standard "${t.sv}"`);
      }
      assert.deepEqual(kitMessages(page), []);
      assert.deepEqual(await axe(page), []);
      await page.context().close();
    });
  }
}
