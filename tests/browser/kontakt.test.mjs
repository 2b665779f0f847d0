// The kontakt widget (issue #5): find the municipality with the keyboard, by name without
// diacritics or by code; a card with its contacts, the region's and the programme's; the
// national numbers always; the guide of who does what; an event for the host page; and no
// axe-core violations in any state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { domainToUnicode } from 'node:url';
import { useBrowser, openHtml, rendered, shadowText, axe, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const WIDGET = '<naravard-kontakt region="vasternorrland"></naravard-kontakt>';
const INPUT = 'naravard-kontakt [role=combobox]';

async function openWidget(html = WIDGET, options) {
  const page = await openHtml(browser, html, options);
  await rendered(page, 'naravard-kontakt');
  return page;
}

/** The texts of the options currently shown in the listbox of the first widget. */
function optionNames(page, host = 'naravard-kontakt') {
  return page.$eval(host, (h) => [...h.shadowRoot.querySelectorAll('[role=listbox]:not([hidden]) [role=option] .name')]
    .map((o) => o.textContent.trim()));
}

function status(page, host = 'naravard-kontakt') {
  return page.$eval(host, (h) => h.shadowRoot.querySelector('[role=status]').textContent.trim());
}

async function noViolations(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe-core in the ${state} state: ${JSON.stringify(violations, null, 1)}`);
}

test('keyboard only: Tab, type, arrows and Enter choose a municipality and show its card', async () => {
  const page = await openWidget(`<a href="#before">Före</a>${WIDGET}`);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'));
  assert.equal(focused, 'combobox', 'Tab reaches the search field');
  await page.keyboard.type('s');
  assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'true');
  const names = await optionNames(page);
  assert.deepEqual(names.slice(0, 2), ['Sollefteå', 'Sundsvall'], 'prefix matches first');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const active = await page.getAttribute(INPUT, 'aria-activedescendant');
  assert.ok(active, 'the highlighted option is the active descendant');
  const activeName = await page.$eval('naravard-kontakt', (h, id) => h.shadowRoot.getElementById(id).querySelector('.name').textContent, active);
  assert.equal(activeName, 'Sundsvall');
  assert.equal(await page.$eval('naravard-kontakt', (h, id) => h.shadowRoot.getElementById(id).getAttribute('aria-selected'), active), 'true');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'false');
  assert.equal(await page.inputValue(INPUT), 'Sundsvall');
  const card = page.locator('naravard-kontakt .card.municipality');
  assert.match(await card.textContent(), /Kontakter i Sundsvall/);
  assert.match(await status(page), /Visar kontakter för Sundsvall/);
  // The region's and the programme's contacts follow the municipality's.
  assert.match(await shadowText(page, 'naravard-kontakt'), /Region Västernorrland/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('ArrowUp wraps to the last choice, Escape closes the list and then clears the field', async () => {
  const page = await openWidget();
  await page.focus(INPUT);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'true');
  const all = await optionNames(page);
  assert.equal(all.length, 8, 'the region and its seven municipalities');
  assert.equal(all[0], 'Region Västernorrland', 'the region itself is a choice');
  await page.keyboard.press('ArrowUp');
  const active = await page.getAttribute(INPUT, 'aria-activedescendant');
  assert.equal(await page.$eval('naravard-kontakt', (h, id) => h.shadowRoot.getElementById(id).querySelector('.name').textContent, active), 'Örnsköldsvik');
  await page.keyboard.press('Escape');
  assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'false');
  await page.keyboard.type('tim');
  await page.keyboard.press('Escape');
  assert.equal(await page.inputValue(INPUT), 'tim');
  await page.keyboard.press('Escape');
  assert.equal(await page.inputValue(INPUT), '');
  await page.context().close();
});

test('search ignores case and diacritics and finds municipality codes', async () => {
  const page = await openWidget();
  await page.fill(INPUT, 'ornsk');
  assert.deepEqual(await optionNames(page), ['Örnsköldsvik']);
  await page.fill(INPUT, 'ÅNGE');
  assert.deepEqual(await optionNames(page), ['Ånge']);
  await page.fill(INPUT, '2284');
  assert.deepEqual(await optionNames(page), ['Örnsköldsvik']);
  await page.keyboard.press('Enter');
  assert.match(await page.locator('naravard-kontakt .card.municipality').textContent(), /Örnsköldsvik/);
  // The region by its county's name.
  await page.fill(INPUT, 'vasternorrland');
  assert.deepEqual(await optionNames(page), ['Region Västernorrland']);
  await page.context().close();
});

test('the live region announces the number of matches', async () => {
  const page = await openWidget();
  await page.focus(INPUT);
  await page.keyboard.type('s');
  assert.match(await status(page), /^\d+ träffar/);
  await page.keyboard.type('und');
  assert.match(await status(page), /^1 träff\b/);
  await page.keyboard.type('xx');
  assert.match(await status(page), /Ingen kommun matchar/);
  await page.context().close();
});

test('kommun preselects by slug, code or name; a wrong value warns and shows the finder', async () => {
  const page = await openWidget(`
    <naravard-kontakt id="slug" region="vasternorrland" kommun="ornskoldsvik"></naravard-kontakt>
    <naravard-kontakt id="code" region="vasternorrland" kommun="2284"></naravard-kontakt>
    <naravard-kontakt id="name" region="vasternorrland" kommun="örnsköldsvik"></naravard-kontakt>
    <naravard-kontakt id="wrong" region="vasternorrland" kommun="umea"></naravard-kontakt>`);
  for (const id of ['slug', 'code', 'name']) {
    assert.match(await page.locator(`#${id} .card.municipality`).textContent(), /Kontakter i Örnsköldsvik/, id);
    assert.equal(await page.inputValue(`#${id} [role=combobox]`), 'Örnsköldsvik', id);
  }
  assert.equal(await page.locator('#wrong .card.municipality').count(), 0);
  assert.equal(await page.locator('#wrong [role=combobox]').count(), 1);
  await waitFor(() => kitMessages(page).some((m) => /kommun="umea".*sundsvall/.test(m.text)), 'a warning naming the valid values');
  // A later change of the attribute follows.
  await page.$eval('#slug', (h) => h.setAttribute('kommun', 'timra'));
  await page.waitForFunction(() => /Timrå/.test(document.querySelector('#slug').shadowRoot.querySelector('.card.municipality')?.textContent ?? ''));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('no match says so and offers the region and the programme', async () => {
  const page = await openWidget();
  await page.fill(INPUT, 'Umeå');
  const notice = page.locator('naravard-kontakt .no-match');
  assert.equal(await notice.count(), 1);
  const text = await notice.textContent();
  assert.match(text, /Vi hittar ingen kommun som matchar/);
  assert.match(text, /Umeå/);
  assert.match(text, /Region Västernorrland/);
  assert.match(text, /Programmet för God och nära vård/);
  assert.equal(await page.getAttribute(INPUT, 'aria-expanded'), 'false');
  await page.context().close();
});

test('links have the right schemes: tel: in E.164 or short, mailto:, https:, blob: for the vCard', async () => {
  const page = await openWidget('<naravard-kontakt region="vasternorrland" kommun="sundsvall"></naravard-kontakt>');
  await page.locator('naravard-kontakt a.vcard').waitFor();
  const links = await page.$eval('naravard-kontakt', (h) => [...h.shadowRoot.querySelectorAll('a[href]')]
    .map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim(), part: a.getAttribute('part') })));
  assert.ok(links.length > 0);
  for (const link of links) {
    assert.match(link.href, /^(tel:(\+46\d{6,}|\d{3,6})|mailto:[^?\s]+@[^?\s]+|https?:\/\/|blob:)/, JSON.stringify(link));
    if (link.href.startsWith('tel:')) assert.equal(link.part, 'phone');
    if (link.href.startsWith('mailto:')) assert.equal(link.part, 'email');
  }
  const national = links.filter((l) => l.href.startsWith('tel:')).map((l) => l.href);
  assert.ok(national.includes('tel:1177'), 'the national advice number');
  assert.ok(national.includes('tel:112'), 'the emergency number');
  assert.ok(links.some((l) => l.href.startsWith('mailto:')), 'the programme has an e-mail link');
  const vcard = await page.$eval('naravard-kontakt', (h) => {
    const a = h.shadowRoot.querySelector('a.vcard');
    return { href: a.href, download: a.getAttribute('download') };
  });
  assert.match(vcard.href, /^blob:/);
  assert.equal(vcard.download, 'sundsvall.vcf');
  const body = await page.evaluate((href) => fetch(href).then((r) => r.text()), vcard.href);
  assert.match(body, /^BEGIN:VCARD\r\nVERSION:3\.0\r\n/);
  assert.match(body, /ORG:Sundsvall\r\n/);
  assert.match(body, /END:VCARD\r\n$/);
  await page.context().close();
});

test('the national numbers and the guide are always shown, with words for who is responsible', async () => {
  const page = await openWidget();
  const national = await page.locator('naravard-kontakt .national').textContent();
  assert.match(national, /1177/);
  assert.match(national, /112/);
  const badges = await page.$eval('naravard-kontakt', (h) => [...h.shadowRoot.querySelectorAll('.guide .badge')].map((b) => b.textContent.trim()));
  assert.ok(badges.length > 0, 'the guide has entries');
  for (const badge of badges) assert.match(badge, /^(Kommunen|Regionen|Kommunen och regionen)$/);
  // Care in special housing is shared: the region provides the doctors.
  const housing = await page.locator('naravard-kontakt .need', { hasText: 'när du bor i särskilt boende' }).textContent();
  assert.match(housing, /Kommunen och regionen/);
  assert.match(housing, /regionen för läkarvården/);
  await page.context().close();
});

test('choosing fires naravard-select (bubbling, composed) with the code and name', async () => {
  const page = await openWidget(`<div id="outer">${WIDGET}</div>`);
  await page.evaluate(() => {
    globalThis.selected = [];
    document.querySelector('#outer').addEventListener('naravard-select', (e) => {
      globalThis.selected.push({ ...e.detail, bubbles: e.bubbles, composed: e.composed });
    });
  });
  await page.fill(INPUT, 'kram');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => globalThis.selected.length === 1);
  const [event] = await page.evaluate(() => globalThis.selected);
  assert.equal(event.code, '2282');
  assert.equal(event.name, 'Kramfors');
  assert.equal(event.bubbles, true);
  assert.equal(event.composed, true);
  // A click selects too.
  await page.fill(INPUT, 'timr');
  await page.locator('naravard-kontakt [role=option]:not([hidden])').first().click();
  await page.waitForFunction(() => globalThis.selected.length === 2);
  assert.equal((await page.evaluate(() => globalThis.selected))[1].name, 'Timrå');
  await page.context().close();
});

test('nothing is stored without remember; with it the choice comes back', async () => {
  const page = await openWidget();
  await page.fill(INPUT, 'sundsvall');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => localStorage.length), 0, 'nothing stored without remember');
  await page.context().close();

  const remembering = '<naravard-kontakt region="vasternorrland" remember></naravard-kontakt>';
  const page2 = await openWidget(remembering);
  await page2.fill(INPUT, 'härnö');
  await page2.keyboard.press('Enter');
  assert.equal(await page2.evaluate(() => localStorage.getItem('naravard-kontakt:vasternorrland')), 'harnosand');
  await page2.reload();
  await rendered(page2, 'naravard-kontakt');
  await page2.locator('naravard-kontakt .card.municipality').waitFor();
  assert.match(await page2.locator('naravard-kontakt .card.municipality').textContent(), /Härnösand/);
  await page2.context().close();
});

test('two instances side by side do not affect each other', async () => {
  const page = await openWidget(`
    <naravard-kontakt id="a" region="vasternorrland"></naravard-kontakt>
    <naravard-kontakt id="b" region="jamtland-harjedalen"></naravard-kontakt>`);
  await page.fill('#a [role=combobox]', 'sol');
  assert.equal(await page.getAttribute('#a [role=combobox]', 'aria-expanded'), 'true');
  assert.equal(await page.getAttribute('#b [role=combobox]', 'aria-expanded'), 'false');
  assert.equal(await page.inputValue('#b [role=combobox]'), '');
  assert.equal(await status(page, '#b'), '');
  await page.keyboard.press('Enter');
  assert.equal(await page.locator('#a .card.municipality').count(), 1);
  assert.equal(await page.locator('#b .card.municipality').count(), 0);
  await page.context().close();
});

test('an unknown region shows a calm notice and warns the editor', async () => {
  const page = await openWidget('<naravard-kontakt region="atlantis"></naravard-kontakt>');
  assert.match(await shadowText(page, 'naravard-kontakt'), /kan inte visas just nu/);
  await waitFor(() => kitMessages(page).some((m) => /region="atlantis".*vasternorrland/.test(m.text)), 'a warning');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('English texts with lang="en"', async () => {
  const page = await openWidget('<naravard-kontakt region="vasternorrland" lang="en" kommun="sundsvall"></naravard-kontakt>');
  const text = await shadowText(page, 'naravard-kontakt');
  assert.match(text, /Who do I contact\?/);
  assert.match(text, /Contacts in Sundsvall/);
  await page.context().close();
});

test('no axe-core violations: empty, typing, no match and selected', async () => {
  // A page as a council would have it: a title, a main landmark and an h1 above the widget.
  const page = await openWidget(`<title>Vem ska jag kontakta? – Exempelkommun</title>
    <main><h1>Nära vård</h1>${WIDGET}</main>`);
  await noViolations(page, 'empty');
  await page.fill(INPUT, 's');
  await page.keyboard.press('ArrowDown');
  await noViolations(page, 'typing');
  await page.fill(INPUT, 'qqq');
  await noViolations(page, 'no-match');
  await page.fill(INPUT, 'sund');
  await page.keyboard.press('Enter');
  await page.locator('naravard-kontakt .card.municipality').waitFor();
  await noViolations(page, 'selected');
  await page.context().close();
});

test('no horizontal scrolling at 320 CSS px', async () => {
  const page = await openWidget('<naravard-kontakt region="vasternorrland" kommun="ornskoldsvik"></naravard-kontakt>', {
    context: { viewport: { width: 320, height: 800 } },
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `scrolls ${overflow}px sideways`);
  await page.context().close();
});

// Issue #18: a real, sourced route for every municipality.

/** The bundled data of a region, read from the repo as the kit bundles it. */
function bundled(file) {
  return JSON.parse(readFileSync(new URL(`../../widgets/core/data/${file}.json`, import.meta.url), 'utf8')).regions[0];
}

/** The links of the chosen municipality's card: [{ href, text, part }]. */
function cardLinks(page, host = 'naravard-kontakt') {
  return page.$eval(host, (h) => [...h.shadowRoot.querySelectorAll('.card.municipality a[href]')]
    .map((a) => ({ href: a.getAttribute('href'), text: a.textContent.trim(), part: a.getAttribute('part') })));
}

test('a municipality with a verified route shows its phone, e-mail, source domain and check date', async () => {
  const page = await openWidget('<title>Kontakt – test</title><main><h1>Nära vård</h1><naravard-kontakt region="vastra-gotaland" kommun="tibro"></naravard-kontakt></main>');
  const card = page.locator('naravard-kontakt .card.municipality');
  await card.waitFor();
  const text = await card.textContent();
  assert.match(text, /Kontakta kommunen/);
  assert.match(text, /0504-180 00/);
  assert.match(text, /Måndag–fredag 7\.30–16\.00/, 'the switchboard hours');
  assert.match(text, /Källa: tibro\.se/);
  assert.match(text, /Kontrollerad 2026-11-29/);
  assert.doesNotMatch(text, /inga kontaktuppgifter/i);
  const links = await cardLinks(page);
  assert.ok(links.some((l) => l.href === 'mailto:kommun@tibro.se'), 'the general e-mail');
  assert.ok(links.some((l) => l.href === 'mailto:socialnamnden@tibro.se'), 'the elderly-care e-mail');
  assert.ok(links.some((l) => l.href.startsWith('tel:') && l.text === '0504-180 00'));
  const sources = links.filter((l) => l.part === 'source');
  assert.ok(sources.length >= 2, 'each contact links its source');
  for (const s of sources) {
    assert.equal(s.text, 'tibro.se');
    assert.match(s.href, /^https:\/\/www\.tibro\.se\//);
  }
  // English shows the same facts with English labels.
  await page.$eval('naravard-kontakt', (h) => h.setAttribute('lang', 'en'));
  await page.waitForFunction(() => /Source: tibro\.se/.test(document.querySelector('naravard-kontakt').shadowRoot.textContent));
  await page.$eval('naravard-kontakt', (h) => h.setAttribute('lang', 'sv'));
  await page.waitForFunction(() => /Källa: tibro\.se/.test(document.querySelector('naravard-kontakt').shadowRoot.textContent));
  await noViolations(page, 'a verified route');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a source on an internationalised domain reads as the resident writes it (gullspång.se)', async () => {
  const page = await openWidget('<naravard-kontakt region="vastra-gotaland" kommun="gullspang"></naravard-kontakt>');
  await page.locator('naravard-kontakt .card.municipality').waitFor();
  const sources = (await cardLinks(page)).filter((l) => l.part === 'source');
  assert.ok(sources.length >= 1);
  for (const s of sources) {
    assert.equal(s.text, 'gullspång.se');
    assert.match(s.href, /^https:\/\/xn--gullspng-f0a\.se\//, 'the link keeps the address as written');
  }
  await page.context().close();
});

test('a municipality with no route in the data leads with its web site and 1177, never "no data"', async () => {
  const page = await openWidget('<title>Kontakt – test</title><main><h1>Nära vård</h1><naravard-kontakt region="vastra-gotaland" kommun="falkoping"></naravard-kontakt></main>');
  const card = page.locator('naravard-kontakt .card.municipality');
  await card.waitFor();
  const text = await card.textContent();
  assert.match(text, /Börja på kommunens webbplats/);
  assert.match(text, /falkoping\.se/);
  assert.match(text, /Ring 1177/);
  assert.doesNotMatch(text, /inga kontaktuppgifter|no contact details/i);
  const links = await cardLinks(page);
  assert.ok(links.some((l) => l.href === 'https://www.falkoping.se'), 'its web site, linked');
  assert.ok(links.some((l) => l.href === 'tel:1177'), '1177, linked');
  await noViolations(page, 'the helpful fallback');
  await page.context().close();
});

test('the guide speaks for the chosen municipality: home care names its needs assessors\' route', async () => {
  const page = await openWidget('<naravard-kontakt region="vastra-gotaland"></naravard-kontakt>');
  const homeCare = () => page.locator('naravard-kontakt .need', { hasText: 'hemtjänst' }).textContent();
  // Before a choice the guide stays general.
  assert.match(await homeCare(), /Kontakta din kommun/);
  assert.doesNotMatch(await homeCare(), /I Tibro/);
  await page.fill(INPUT, 'tibro');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /I Tibro:/.test(document.querySelector('naravard-kontakt').shadowRoot.querySelector('.guide').textContent));
  const entry = await homeCare();
  assert.match(entry, /I Tibro: ring 0504-180 00, skriv till socialnamnden@tibro\.se/);
  assert.match(entry, /Biståndshandläggarna: vardagar 8\.30–9\.30/);
  // A municipality with only its main route: the guide gives that one.
  await page.fill(INPUT, 'skövde');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /I Skövde:/.test(document.querySelector('naravard-kontakt').shadowRoot.querySelector('.guide').textContent));
  assert.match(await homeCare(), /I Skövde: ring 0500-49 80 00/);
  // And one with no route: its web site.
  await page.fill(INPUT, 'åmål');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /I Åmål:/.test(document.querySelector('naravard-kontakt').shadowRoot.querySelector('.guide').textContent));
  assert.match(await homeCare(), /I Åmål: läs på amal\.se/);
  await page.context().close();
});

test('Sundsvall says residents may use Finnish and Sámi, elderly care included, with the source', async () => {
  const page = await openWidget('<title>Kontakt – test</title><main><h1>Nära vård</h1><naravard-kontakt region="vasternorrland" kommun="sundsvall"></naravard-kontakt></main>');
  const minority = page.locator('naravard-kontakt .card.municipality .minority');
  await minority.waitFor();
  const text = await minority.textContent();
  assert.match(text, /förvaltningsområdet för finska\. Du får använda finska i kontakt med kommunen, också inom äldreomsorgen/);
  assert.match(text, /förvaltningsområdet för samiska\. Du får använda samiska/);
  assert.match(text, /Källa: sundsvall\.se/);
  // The region's card says it for the region, without the municipality's elderly care.
  const region = await page.locator('naravard-kontakt .card.region').textContent();
  assert.match(region, /Regionen ingår i förvaltningsområdet för samiska/);
  assert.match(region, /Källa: sametinget\.se/);
  // A municipality outside any administrative area says nothing of it.
  await page.$eval('naravard-kontakt', (h) => h.setAttribute('kommun', 'kramfors'));
  await page.waitForFunction(() => /Kramfors/.test(document.querySelector('naravard-kontakt').shadowRoot.querySelector('.card.municipality')?.textContent ?? ''));
  assert.equal(await page.locator('naravard-kontakt .card.municipality .minority').count(), 0);
  await noViolations(page, 'minority languages');
  await page.context().close();
});

test('in a county with no programme, no match offers the region only', async () => {
  const page = await openWidget('<naravard-kontakt region="vastra-gotaland"></naravard-kontakt>');
  await page.fill(INPUT, 'Umeå');
  const text = await page.locator('naravard-kontakt .no-match').textContent();
  assert.match(text, /vända dig till regionen:/);
  assert.doesNotMatch(text, /programmet/);
  await page.context().close();
});

test('every one of the 64 municipalities shows its verified route or the helpful fallback', async () => {
  const page = await openWidget('<naravard-kontakt></naravard-kontakt>');
  let verified = 0;
  let fallback = 0;
  for (const file of ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland']) {
    const region = bundled(file);
    await page.$eval('naravard-kontakt', (h, id) => h.setAttribute('region', id), region.id);
    for (const m of region.municipalities) {
      await page.$eval('naravard-kontakt', (h, id) => h.setAttribute('kommun', id), m.id);
      await page.waitForFunction((name) => {
        const title = document.querySelector('naravard-kontakt').shadowRoot.querySelector('.card.municipality .card-title');
        return title?.textContent.trim().endsWith(` ${name}`);
      }, m.name);
      const text = await page.locator('naravard-kontakt .card.municipality').textContent();
      assert.doesNotMatch(text, /inga kontaktuppgifter/i, m.name);
      const links = await cardLinks(page);
      const routes = (m.contacts ?? []).filter((c) => c.phone || c.email || c.web);
      if (routes.length) {
        for (const c of routes) {
          if (c.phone) assert.ok(links.some((l) => l.part === 'phone' && l.text === c.phone), `${m.name}: ${c.phone}`);
          if (c.email) assert.ok(links.some((l) => l.href === `mailto:${c.email}`), `${m.name}: ${c.email}`);
          const domain = domainToUnicode(new URL(c.source.url).hostname).replace(/^www\./, '');
          assert.ok(links.some((l) => l.part === 'source' && l.text === domain), `${m.name}: source ${domain}`);
        }
        assert.match(text, /Kontrollerad \d{4}-\d\d-\d\d/, m.name);
        verified += routes.some((c) => c.phone || c.email) ? 1 : 0;
      } else {
        assert.match(text, /Börja på kommunens webbplats/, m.name);
        assert.ok(links.some((l) => l.href === m.website), `${m.name}: its web site`);
        assert.ok(links.some((l) => l.href === 'tel:1177'), `${m.name}: 1177`);
        fallback += 1;
      }
    }
  }
  assert.equal(verified, 49, 'the municipalities with a phone or e-mail route');
  assert.equal(verified + fallback + 1, 64, 'Orust has only its care page');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
