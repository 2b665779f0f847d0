// The målbild widget (issue #4): what God och nära vård is, why, for whom, what it means and
// who stands behind it, from the region's data, in both languages, with disclosures that work by
// keyboard, sections chosen by the editor, a layout that follows its container, and no axe
// violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { useBrowser, open, openHtml, rendered, shadowText, axe, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const data = (file) => JSON.parse(readFileSync(new URL(`../../widgets/core/data/${file}.json`, import.meta.url), 'utf8'));
const REGIONS = ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland'].map((id) => {
  const region = data(id).regions.find((r) => r.id === id);
  return { id, region };
});
// A text in the data is a string (Swedish) or { sv, en }; English falls back to Swedish.
const tr = (text, lang) => (typeof text === 'string' ? text : lang === 'en' ? text.en ?? text.sv : text.sv);
const SLUGS = ['why', 'for-whom', 'traits', 'responsible', 'read-more'];

// A page as a council would have it: a main landmark, a title and an h1 above the widget.
const page = (body, lang = 'sv') => openHtml(browser, `<main><h1>Nära vård</h1>${body}</main>`, { lang });
async function ready(p, selector = 'naravard-malbild') {
  await rendered(p, selector);
  await p.evaluate(() => { document.title = 'Nära vård'; });
}
const headings = (p, sel = 'naravard-malbild') => p.$eval(sel, (h) =>
  [...h.shadowRoot.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((e) => `${e.localName} ${e.textContent.trim()}`));
const sectionOrder = (p, sel = 'naravard-malbild') => p.$eval(sel, (h) =>
  [...h.shadowRoot.querySelectorAll('[data-section]')].map((s) => s.dataset.section));
const expandedStates = (p, sel = 'naravard-malbild') => p.$eval(sel, (h) =>
  [...h.shadowRoot.querySelectorAll('button.disclosure')].map((b) => b.getAttribute('aria-expanded')));

for (const { id, region } of REGIONS) {
  for (const lang of ['sv', 'en']) {
    test(`${id} in ${lang}: title, period, lead, every section and who is responsible, counted`, async () => {
      const p = await page(`<naravard-malbild region="${id}" lang="${lang}"></naravard-malbild>`);
      await ready(p);
      const m = region.malbild;
      const root = await p.$eval('naravard-malbild', (h) => {
        const r = h.shadowRoot.querySelector('.malbild');
        return { lang: r.getAttribute('lang'), part: r.getAttribute('part'), h2: r.querySelector('h2')?.textContent.trim() };
      });
      assert.equal(root.lang, lang);
      assert.equal(root.part, 'root');
      assert.equal(root.h2, tr(m.title, lang));
      const text = await shadowText(p, 'naravard-malbild');
      assert.ok(text.includes(tr(m.lead, lang).replace(/\s+/g, ' ')), 'lead');
      if (m.period) assert.ok(text.includes(`${m.period.from}–${m.period.to}`), 'period');
      for (const w of m.why) assert.ok(text.includes(tr(w, lang)), `why: ${tr(w, lang)}`);
      for (const t of m.traits) assert.ok(text.includes(tr(t.title, lang)), `trait: ${tr(t.title, lang)}`);
      const n = region.municipalities.length;
      const parties = lang === 'sv'
        ? `${n} kommuner och ${tr(region.name, lang)}`
        : `${n} municipalities and ${tr(region.name, lang)}`;
      assert.equal(await p.$eval('naravard-malbild', (h) => h.shadowRoot.querySelector('.parties').textContent), parties);
      // Every municipality is named, in the list behind the disclosure.
      const names = await p.$eval('naravard-malbild', (h) =>
        [...h.shadowRoot.querySelectorAll('.municipalities li')].map((li) => li.textContent));
      assert.deepEqual([...names].sort(), region.municipalities.map((x) => x.name).sort());
      assert.deepEqual(await sectionOrder(p), SLUGS);
      // Read more: every link is http(s), rel=noopener, and says its source.
      const links = await p.$eval('naravard-malbild', (h) => [...h.shadowRoot.querySelectorAll('.reading li')].map((li) => ({
        href: li.querySelector('a')?.getAttribute('href'), rel: li.querySelector('a')?.getAttribute('rel'),
        source: li.querySelector('.source')?.textContent ?? '',
      })));
      assert.equal(links.length, m.reading.length);
      for (const l of links) {
        assert.match(l.href, /^https?:\/\//);
        assert.equal(l.rel, 'noopener');
        assert.match(l.source, lang === 'sv' ? /^Källa: \S/ : /^Source: \S/);
      }
      assert.deepEqual(p.errors, []);
      assert.deepEqual(kitMessages(p), []);
      await p.context().close();
    });
  }
}

test('the heading level follows heading-level; sections one below, cards one below that, capped at 6', async () => {
  const p = await page(`
    <naravard-malbild id="default" region="vasternorrland"></naravard-malbild>
    <naravard-malbild id="three" region="vasternorrland" heading-level="3"></naravard-malbild>
    <naravard-malbild id="six" region="vasternorrland" heading-level="6"></naravard-malbild>
    <naravard-malbild id="bad" region="vasternorrland" heading-level="9"></naravard-malbild>`);
  await ready(p);
  const levels = async (sel) => (await headings(p, sel)).map((h) => h.slice(0, 2));
  const d = await levels('#default');
  assert.equal(d[0], 'h2');
  assert.ok(d.includes('h3') && d.includes('h4'), d.join());
  assert.ok(!d.some((l) => l === 'h1' || l > 'h4'), d.join());
  const three = await levels('#three');
  assert.equal(three[0], 'h3');
  assert.equal(new Set(three).size, 3);
  assert.ok(three.every((l) => l >= 'h3' && l <= 'h5'), three.join());
  assert.ok((await levels('#six')).every((l) => l === 'h6'));
  assert.equal((await levels('#bad'))[0], 'h2');
  await waitFor(() => kitMessages(p).some((m) => /naravard-malbild: heading-level="9".*1 to 6/.test(m.text)), 'heading warning');
  await p.context().close();
});

test('every disclosure opens and closes by keyboard, with aria-expanded and aria-controls', async () => {
  const p = await page('<a href="#" id="before">Före</a><naravard-malbild region="vasternorrland"></naravard-malbild>');
  await ready(p);
  const buttons = p.locator('naravard-malbild button.disclosure');
  const count = await buttons.count();
  const region = REGIONS[0].region;
  assert.equal(count, region.malbild.traits.length + 1, 'one per trait and one for the municipalities');
  // Tab from the element before the widget reaches the first disclosure (no links come earlier).
  await p.focus('#before');
  await p.keyboard.press('Tab');
  assert.equal(await p.evaluate(() => document.querySelector('naravard-malbild').shadowRoot.activeElement?.className), 'disclosure');
  for (let i = 0; i < count; i++) {
    const button = buttons.nth(i);
    assert.equal(await button.evaluate((b) => b.localName + b.type), 'buttonbutton');
    const panelId = await button.getAttribute('aria-controls');
    const panel = p.locator(`naravard-malbild #${panelId}`);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
    await button.focus();
    await p.keyboard.press('Enter');
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.equal(await panel.isVisible(), true);
    await p.keyboard.press('Space');
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    assert.equal(await panel.isVisible(), false);
  }
  // The cards' buttons share their text, so their names add the card's title.
  const name = await buttons.first().evaluate((b) => b.getAttribute('aria-labelledby').split(' ')
    .map((id) => b.getRootNode().getElementById(id).textContent).join(' '));
  assert.equal(name, `Vad betyder det för dig? ${region.malbild.traits[0].title.sv}`);
  await p.context().close();
});

test('a disclosure tells the page it changed with a naravard-toggle event', async () => {
  const p = await page('<naravard-malbild region="vasternorrland"></naravard-malbild>');
  await ready(p);
  await p.evaluate(() => {
    globalThis.toggles = [];
    document.addEventListener('naravard-toggle', (e) => globalThis.toggles.push({ ...e.detail, tag: e.target.localName }));
  });
  const button = p.locator('naravard-malbild button.disclosure').last();
  await button.click();
  await button.click();
  assert.deepEqual(await p.evaluate(() => globalThis.toggles), [
    { id: 'municipalities', open: true, tag: 'naravard-malbild' },
    { id: 'municipalities', open: false, tag: 'naravard-malbild' },
  ]);
  await p.context().close();
});

test('expanded opens every disclosure, and print shows all content even when closed', async () => {
  const p = await page(`
    <naravard-malbild id="open" region="vastra-gotaland" expanded></naravard-malbild>
    <naravard-malbild id="closed" region="vastra-gotaland"></naravard-malbild>`);
  await ready(p);
  assert.ok((await expandedStates(p, '#open')).every((s) => s === 'true'));
  assert.ok((await expandedStates(p, '#closed')).every((s) => s === 'false'));
  const hiddenPanels = () => p.$eval('#closed', (h) => [...h.shadowRoot.querySelectorAll('.panel')]
    .filter((e) => getComputedStyle(e).display === 'none').length);
  assert.ok(await hiddenPanels() > 0);
  await p.emulateMedia({ media: 'print' });
  assert.equal(await hiddenPanels(), 0);
  await p.emulateMedia({ media: 'screen' });
  // A resident can still close a part the editor opened.
  await p.locator('#open button.disclosure').first().click();
  assert.equal((await expandedStates(p, '#open'))[0], 'false');
  await p.context().close();
});

test('sections filters and orders; unknown names get a calm notice and a warning naming the valid ones', async () => {
  const p = await page(`
    <naravard-malbild id="some" region="vasternorrland" sections="read-more, why"></naravard-malbild>
    <naravard-malbild id="typo" region="vasternorrland" sections="why,histroy"></naravard-malbild>`);
  await ready(p);
  assert.deepEqual(await sectionOrder(p, '#some'), ['read-more', 'why']);
  assert.equal(await p.$eval('#some', (h) => h.shadowRoot.querySelector('.notice')), null);
  assert.deepEqual(await sectionOrder(p, '#typo'), ['why']);
  assert.equal(await p.$eval('#typo', (h) => h.shadowRoot.querySelector('.notice')?.textContent),
    'En del av informationen kan inte visas just nu.');
  await waitFor(() => kitMessages(p).some((m) =>
    /naravard-malbild: sections="histroy".*why, for-whom, traits, responsible, read-more/.test(m.text)), 'sections warning');
  await p.context().close();
});

test('an unknown or missing region shows a polite notice and names the valid regions in the console', async () => {
  const p = await page(`
    <naravard-malbild id="unknown" region="narnia"></naravard-malbild>
    <naravard-malbild id="missing" lang="en"></naravard-malbild>`);
  await ready(p);
  assert.match(await shadowText(p, '#unknown'), /kan inte visas just nu/);
  assert.match(await shadowText(p, '#missing'), /cannot be shown right now/);
  await waitFor(() => kitMessages(p).filter((m) => /naravard-malbild: .*use one of: .*vasternorrland/.test(m.text)).length >= 2,
    'region warnings');
  assert.ok(kitMessages(p).some((m) => /region="narnia"/.test(m.text)));
  assert.ok(kitMessages(p).some((m) => /region attribute is missing/.test(m.text)));
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('attribute changes re-render: language, sections, heading level and expanded', async () => {
  const p = await page('<naravard-malbild region="vasternorrland"></naravard-malbild>');
  await ready(p);
  const m = REGIONS[0].region.malbild;
  await p.locator('naravard-malbild button.disclosure').first().click();
  await p.$eval('naravard-malbild', (h) => h.setAttribute('lang', 'en'));
  await p.waitForFunction((t) => document.querySelector('naravard-malbild').shadowRoot.querySelector('h2')?.textContent === t, m.title.en);
  assert.equal(await p.$eval('naravard-malbild', (h) => h.shadowRoot.querySelector('.malbild').lang), 'en');
  await p.$eval('naravard-malbild', (h) => h.setAttribute('sections', 'responsible'));
  await p.waitForFunction(() => document.querySelector('naravard-malbild').shadowRoot.querySelectorAll('[data-section]').length === 1);
  await p.$eval('naravard-malbild', (h) => h.setAttribute('heading-level', '4'));
  await p.waitForFunction(() => document.querySelector('naravard-malbild').shadowRoot.querySelector('h4.title'));
  await p.$eval('naravard-malbild', (h) => { h.removeAttribute('sections'); h.setAttribute('expanded', ''); });
  await p.waitForFunction(() => [...document.querySelector('naravard-malbild').shadowRoot.querySelectorAll('button.disclosure')]
    .every((b) => b.getAttribute('aria-expanded') === 'true'));
  await p.$eval('naravard-malbild', (h) => h.setAttribute('region', 'jamtland-harjedalen'));
  await p.waitForFunction(() => /8 municipalities/.test(document.querySelector('naravard-malbild').shadowRoot.textContent));
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('cards reflow by the container width, and 320 px needs no horizontal scrolling', async () => {
  const p = await page(`
    <div id="narrow" style="width: 18rem"><naravard-malbild region="vastra-gotaland" expanded></naravard-malbild></div>
    <div id="wide" style="width: 60rem"><naravard-malbild region="vastra-gotaland"></naravard-malbild></div>`, 'sv');
  await p.setViewportSize({ width: 1280, height: 900 });
  await ready(p);
  const columns = (sel) => p.$eval(sel, (h) =>
    getComputedStyle(h.shadowRoot.querySelector('.cards')).gridTemplateColumns.split(' ').length);
  assert.equal(await columns('#narrow naravard-malbild'), 1, 'a narrow container gets one column on a wide window');
  assert.equal(await columns('#wide naravard-malbild'), 3);
  await p.setViewportSize({ width: 320, height: 800 });
  await p.$eval('#wide', (d) => { d.style.width = 'auto'; });
  assert.equal(await columns('#wide naravard-malbild'), 1);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  // Touch targets: every disclosure is at least 44 px high.
  const heights = await p.$$eval('naravard-malbild', (hs) => hs.flatMap((h) =>
    [...h.shadowRoot.querySelectorAll('button')].map((b) => b.getBoundingClientRect().height)));
  assert.ok(heights.every((h) => h >= 44), heights.join());
  await p.context().close();
});

test('axe-core finds no violations, closed and expanded, in both languages', async () => {
  for (const [lang, extra] of [['sv', ''], ['en', ' expanded'], ['sv', ' expanded heading-level="3"']]) {
    const body = extra.includes('heading-level="3"')
      ? `<h2>Om vården</h2><naravard-malbild region="jamtland-harjedalen" lang="${lang}"${extra}></naravard-malbild>`
      : `<naravard-malbild region="vasternorrland" lang="${lang}"${extra}></naravard-malbild>`;
    const p = await page(body, lang);
    await ready(p);
    assert.deepEqual(await axe(p), [], `${lang}${extra}`);
    await p.context().close();
  }
});

// A council's own data file: Swedish-only texts, a link without a source, a region without a målbild.
const CUSTOM = {"schema": 1, "regions": [{"id": "testlan", "name": "Region Testlän", "county": "Testlän", "county_code": "99", "municipalities": [{"id": "ena", "name": "Ena", "code": "9901"}, {"id": "andra", "name": "Andra", "code": "9902"}], "malbild": {"title": "Nära vård i Testlän", "lead": "En ingress bara på svenska.", "why": ["Vi lever längre."], "traits": [{"title": "Nära dig", "for_you": "Du får hjälp nära."}], "reading": [{"title": "Testsidan", "url": "https://www.example.se/nara-vard"}]}}, {"id": "utan-malbild", "name": "Region Utan", "county": "Utan", "county_code": "98", "municipalities": [{"id": "tredje", "name": "Tredje", "code": "9801"}]}]};

test('a custom data file: Swedish fallback is marked lang="sv", a link without source names its site, a missing målbild is explained', async () => {
  const p = await openHtml(browser, `<main><h1>Nära vård</h1>
    <naravard-malbild id="test" region="testlan" lang="en" src="/custom-malbild.json"></naravard-malbild>
    <naravard-malbild id="none" region="utan-malbild" src="/custom-malbild.json"></naravard-malbild></main>`, {
    lang: 'en',
    setup: (page) => page.route('**/custom-malbild.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(CUSTOM) })),
  });
  await p.waitForFunction(() => /Testlän/.test(document.querySelector('#test').shadowRoot?.textContent ?? ''));
  const info = await p.$eval('#test', (h) => {
    const r = h.shadowRoot;
    return {
      title: r.querySelector('h2').innerHTML,
      lead: r.querySelector('.lead span')?.getAttribute('lang'),
      parties: r.querySelector('.parties').textContent,
      source: r.querySelector('.reading .source').textContent,
      period: r.querySelector('.period'),
      sections: [...r.querySelectorAll('[data-section]')].map((s) => s.dataset.section),
    };
  });
  assert.equal(info.title, '<span lang="sv">Nära vård i Testlän</span>');
  assert.equal(info.lead, 'sv');
  assert.equal(info.parties, '2 municipalities and Region Testlän');
  assert.equal(info.source, 'Source: example.se');
  assert.equal(info.period, null, 'no period in the data, no period line');
  // Sections the data leaves empty are left out, not shown as bare headings.
  assert.deepEqual(info.sections, ['why', 'traits', 'responsible', 'read-more']);
  await p.waitForFunction(() => /cannot be shown/.test(document.querySelector('#none').shadowRoot?.textContent ?? ''));
  await waitFor(() => kitMessages(p).some((m) => /naravard-malbild: region="utan-malbild" has no malbild/.test(m.text)), 'no-malbild warning');
  assert.deepEqual(p.errors, []);
  await p.context().close();
});

test('the example page shows the widget in each language and with a custom heading level, axe-clean', async () => {
  const p = await open(browser, '/malbild.html');
  await rendered(p);
  const hosts = await p.$$eval('naravard-malbild', (hs) => hs.map((h) => ({
    lang: h.shadowRoot.querySelector('.malbild')?.lang,
    top: h.shadowRoot.querySelector('.title')?.localName,
  })));
  assert.ok(hosts.some((h) => h.lang === 'sv'));
  assert.ok(hosts.some((h) => h.lang === 'en'));
  assert.ok(hosts.some((h) => h.top !== 'h2'), 'one widget uses a custom heading level');
  assert.deepEqual(await axe(p), []);
  assert.deepEqual(p.errors, []);
  assert.deepEqual(kitMessages(p), []);
  await p.context().close();
});

/** Every trait card as the resident sees it: title, scope, the visible label and source. */
const cards = (p) => p.$eval('naravard-malbild', (h) => [...h.shadowRoot.querySelectorAll('.card')].map((c) => ({
  title: c.querySelector('.card-title').textContent.trim(),
  scope: c.dataset.scope,
  label: c.querySelector('.scope')?.textContent.trim() ?? null,
  labelShown: c.querySelector('.scope')?.checkVisibility() ?? false,
  source: c.querySelector(':scope > .source')?.textContent.trim() ?? null,
  sourceShown: c.querySelector(':scope > .source')?.checkVisibility() ?? false,
  body: c.querySelector('.panel').textContent.trim(),
})));

test('each county shows its own trait cards; none repeats another county\'s card', async () => {
  const shown = {};
  for (const { id } of REGIONS) {
    const p = await page(`<naravard-malbild region="${id}"></naravard-malbild>`);
    await ready(p);
    shown[id] = await cards(p);
    // A county card carries no national label.
    for (const c of shown[id].filter((x) => x.scope === 'county')) assert.equal(c.label, null, `${id}: ${c.title}`);
    assert.ok(shown[id].some((c) => c.scope === 'county'), `${id} has cards of its own`);
    await p.context().close();
  }
  const ids = Object.keys(shown);
  for (const a of ids) {
    for (const b of ids.filter((x) => x !== a)) {
      const own = shown[a].filter((c) => c.scope === 'county');
      for (const c of own) {
        assert.ok(!shown[b].some((d) => d.title === c.title), `${a} and ${b} both show "${c.title}"`);
        assert.ok(!shown[b].some((d) => d.body === c.body), `${a} and ${b} both say "${c.body}"`);
      }
    }
  }
});

test('a national card shows its "Gäller hela landet" label and its source, in both languages', async () => {
  for (const [lang, label, source] of [
    ['sv', 'Gäller hela landet', /^Källa: Regeringens proposition 2019\/20:164/],
    ['en', 'Applies to the whole country', /^Source: Government bill 2019\/20:164, a primary care reform/],
  ]) {
    for (const { id } of REGIONS) {
      const p = await page(`<naravard-malbild region="${id}" lang="${lang}"></naravard-malbild>`, lang);
      await ready(p);
      const national = (await cards(p)).filter((c) => c.scope === 'national');
      assert.equal(national.length, 1, `${id} ${lang}`);
      const [card] = national;
      // Seen without opening anything: the label and the source are outside the disclosure.
      assert.equal(card.label, label);
      assert.ok(card.labelShown, 'label visible');
      assert.match(card.source, source);
      assert.ok(card.sourceShown, 'source visible');
      // The bill says primary care *should* (bör) be the hub.
      assert.match(card.title, lang === 'sv' ? /bör/ : /should/);
      await p.context().close();
    }
  }
});
