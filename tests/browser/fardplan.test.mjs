// The fardplan widget (issue #6): milestones in date order with status from a pinned `today`,
// dates at their own precision in both languages, level filters with an announced count,
// layouts that follow the container's width, keyboard disclosures, and no axe violations.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered, axe, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();

// A test region served as a custom data file, so the expectations do not depend on how the
// bundled data grows. National milestones from the bundled data are merged in as well.
const DATA = {
  schema: 1,
  regions: [{
    id: 'provlan',
    name: { sv: 'Region Provlän', en: 'Region Test County' },
    county: 'Provlän',
    county_code: '99',
    malbild: { title: 'Målbild', lead: 'Nära vård i Provlän.', period: { from: 2020, to: 2030 } },
    milestones: [
      { date: '2023-autumn', level: 'regional', title: { sv: 'Hösthändelse', en: 'Autumn event' },
        text: { sv: 'Mer om hösten.', en: 'More about the autumn.' },
        source: { name: 'Provkälla', url: 'https://example.org/kalla' } },
      { date: '2021-06', level: 'municipal', title: { sv: 'Junihändelse', en: 'June event' }, text: 'Om juni.' },
      { date: '2023-01-01', level: 'regional', title: { sv: 'Nyårshändelse', en: 'New Year event' }, text: 'Om nyår.' },
      // A past step is done only with a source that says it happened.
      { date: '2019', level: 'regional', title: { sv: 'Årshändelse', en: 'Year event' }, text: 'Om året.',
        confirmed_by: { name: { sv: 'Protokoll från 2019', en: 'Minutes from 2019' } } },
      { date: '2024', end: '2028', level: 'regional', title: { sv: 'Periodhändelse', en: 'Period event' }, text: 'Om perioden.' },
      // The plan slipped: the data says under way although the date lies ahead.
      { date: '2029-spring', level: 'municipal', status: 'ongoing',
        title: { sv: 'Vårhändelse', en: 'Spring event' }, text: 'Om våren.' },
    ],
  }],
};

const routeData = (page) => page.route('**/fardplan-test.json', (route) => route.fulfill({
  contentType: 'application/json', body: JSON.stringify(DATA),
}));

async function openWidget(attrs, options = {}) {
  const wrap = options.width ? `<div style="width:${options.width}px">` : '<div>';
  // A whole page (title, main, h1), so axe judges the widget and not the test page.
  const page = await openHtml(browser,
    `<main><h1>Nära vård</h1>${wrap}<naravard-fardplan src="/fardplan-test.json" region="provlan" ${attrs}></naravard-fardplan></div></main>`, {
      lang: options.lang,
      context: { viewport: { width: options.viewport ?? 1280, height: 900 } },
      setup: routeData,
    });
  await page.waitForFunction(() => document.querySelector('naravard-fardplan').shadowRoot?.querySelector('.timeline'));
  await page.evaluate(() => { document.title = 'Färdplan'; });
  return page;
}

/** Title, date text, status and level of every milestone shown, in order. */
function items(page) {
  return page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.item')].map((li) => ({
    title: li.querySelector('.item-heading').textContent.trim(),
    date: li.querySelector('.date').textContent.replace(/\s+/g, ' ').trim(),
    status: li.dataset.status,
    // The visible word, without the prefix only screen readers read.
    statusText: li.querySelector('.status').lastChild.textContent.trim(),
    level: li.dataset.level,
    start: li.dataset.start,
    marker: !!li.querySelector('.today-marker'),
  })));
}

const mine = (list, title) => list.find((i) => i.title.includes(title));

/** Starts recording the widget's events on the document; read them with `events(page)`. */
const recordEvents = (page) => page.evaluate(() => {
  globalThis.fpEvents = [];
  for (const name of ['naravard-toggle', 'naravard-filter']) {
    document.addEventListener(name, (e) => globalThis.fpEvents.push({ type: e.type, target: e.target.localName, ...e.detail }));
  }
});
const events = (page) => page.evaluate(() => globalThis.fpEvents);

test('milestones are in date order with status from the pinned today', async () => {
  const page = await openWidget('today="2023-10-15"');
  const list = await items(page);
  const starts = list.map((i) => i.start);
  assert.deepEqual(starts, [...starts].sort(), 'ordered by start date');
  const order = list.map((i) => i.title).filter((t) => /händelse/.test(t));
  assert.deepEqual(order, ['Årshändelse', 'Junihändelse', 'Nyårshändelse', 'Hösthändelse', 'Periodhändelse', 'Vårhändelse']);
  assert.equal(mine(list, 'Årshändelse').status, 'done');
  // Past, but no source says it happened: planned, never done.
  assert.equal(mine(list, 'Nyårshändelse').status, 'planned');
  assert.equal(mine(list, 'Nyårshändelse').statusText, 'Planerat till 1 januari 2023');
  assert.equal(mine(list, 'Junihändelse').statusText, 'Planerat till juni 2021');
  assert.equal(mine(list, 'Hösthändelse').status, 'ongoing');
  assert.equal(mine(list, 'Periodhändelse').status, 'ahead');
  // The data's own status wins over the date.
  assert.equal(mine(list, 'Vårhändelse').status, 'ongoing');
  // Status is said in words, not only by colour.
  assert.equal(mine(list, 'Årshändelse').statusText, 'Klart');
  assert.equal(mine(list, 'Hösthändelse').statusText, 'Pågår');
  assert.equal(mine(list, 'Periodhändelse').statusText, 'Kommer');
  // Today's marker stands before the first milestone that has not begun.
  assert.deepEqual(list.filter((i) => i.marker).map((i) => i.title), ['Periodhändelse']);
  const marker = await page.$eval('naravard-fardplan', (h) => h.shadowRoot.querySelector('.today-marker').textContent);
  assert.match(marker, /I dag.*15 oktober 2023/);
  // Ordered list semantics and real headings one level below the widget's.
  const structure = await page.$eval('naravard-fardplan', (h) => ({
    list: h.shadowRoot.querySelector('.timeline').tagName,
    top: h.shadowRoot.querySelector('.title').tagName,
    item: h.shadowRoot.querySelector('.item-heading').tagName,
  }));
  assert.deepEqual(structure, { list: 'OL', top: 'H2', item: 'H3' });
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('progress toward the target year follows today, and the span shows as one period', async () => {
  const page = await openWidget('today="2025-01-01" heading-level="3"');
  const info = await page.$eval('naravard-fardplan', (h) => ({
    value: h.shadowRoot.querySelector('progress').value,
    text: h.shadowRoot.querySelector('.progress-text').textContent,
    today: h.shadowRoot.querySelector('.today').textContent,
    heading: h.shadowRoot.querySelector('.item-heading').tagName,
  }));
  assert.equal(info.value, 50);
  assert.equal(info.text, '50 % av tiden fram till 2030 har gått.');
  assert.match(info.today, /1 januari 2025/);
  assert.equal(info.heading, 'H4');
  const period = mine(await items(page), 'Periodhändelse');
  assert.equal(period.status, 'ongoing');
  assert.equal(period.date, '2024– till 2028');
  await page.context().close();
});

test('dates show at their own precision in Swedish and in English', async () => {
  const expected = {
    sv: { Årshändelse: '2019', Junihändelse: 'juni 2021', Nyårshändelse: '1 januari 2023', Hösthändelse: 'hösten 2023', Vårhändelse: 'våren 2029' },
    en: { 'Year event': '2019', 'June event': 'June 2021', 'New Year event': '1 January 2023', 'Autumn event': 'autumn 2023', 'Spring event': 'spring 2029' },
  };
  for (const lang of ['sv', 'en']) {
    const page = await openWidget(`lang="${lang}" today="2023-10-15"`);
    const list = await items(page);
    for (const [title, date] of Object.entries(expected[lang])) {
      assert.equal(list.find((i) => i.title === title)?.date, date, `${lang}: ${title}`);
    }
    const period = list.find((i) => /Period/.test(i.title));
    // The dash is hidden from screen readers, which read "till"/"to" instead.
    assert.equal(period.date.replace(/\s/g, ''), lang === 'sv' ? '2024–till2028' : '2024–to2028');
    const statusWords = new Set(list.map((i) => i.statusText));
    assert.ok(lang === 'sv' ? statusWords.has('Pågår') : statusWords.has('Under way'), `${lang} status words`);
    assert.equal(await page.$eval('naravard-fardplan', (h) => h.shadowRoot.querySelector('.fardplan').lang), lang);
    await page.context().close();
  }
});

test('level filters toggle milestones and the count is announced politely', async () => {
  const page = await openWidget('today="2023-10-15"');
  const chips = await page.$$eval('naravard-fardplan', ([h]) => [...h.shadowRoot.querySelectorAll('.chip')]
    .map((c) => ({ level: c.dataset.level, pressed: c.getAttribute('aria-pressed'), type: c.type })));
  assert.deepEqual(chips.map((c) => c.level), ['national', 'regional', 'municipal']);
  assert.ok(chips.every((c) => c.pressed === 'true' && c.type === 'button'));
  const total = (await items(page)).length;
  const status = page.locator('naravard-fardplan [role="status"]');
  assert.equal(await status.getAttribute('aria-live'), 'polite');
  assert.equal((await status.textContent()).trim(), `Visar ${total} av ${total} händelser.`);

  await recordEvents(page);
  await page.locator('naravard-fardplan .chip[data-level="municipal"]').click();
  await page.waitForFunction((n) => document.querySelector('naravard-fardplan').shadowRoot.querySelectorAll('.item').length === n, total - 2);
  assert.equal(await page.locator('naravard-fardplan .chip[data-level="municipal"]').getAttribute('aria-pressed'), 'false');
  assert.equal((await status.textContent()).trim(), `Visar ${total - 2} av ${total} händelser.`);
  assert.ok((await items(page)).every((i) => i.level !== 'municipal'));
  assert.deepEqual(await events(page), [{ type: 'naravard-filter', target: 'naravard-fardplan', levels: ['national', 'regional'] }]);

  // Keyboard: the chip is a real button.
  await page.locator('naravard-fardplan .chip[data-level="municipal"]').focus();
  await page.keyboard.press('Space');
  await page.waitForFunction((n) => document.querySelector('naravard-fardplan').shadowRoot.querySelectorAll('.item').length === n, total);
  assert.equal((await status.textContent()).trim(), `Visar ${total} av ${total} händelser.`);

  // Every level off: a calm message, not an empty box.
  for (const level of ['national', 'regional', 'municipal']) {
    await page.locator(`naravard-fardplan .chip[data-level="${level}"]`).click();
  }
  await page.waitForFunction(() => /Välj minst en nivå/.test(document.querySelector('naravard-fardplan').shadowRoot.textContent));
  assert.equal((await status.textContent()).trim(), `Visar 0 av ${total} händelser.`);
  await page.context().close();
});

test('the levels, from and to attributes limit what is shown', async () => {
  const page = await openWidget('today="2023-10-15" levels="municipal,regional" from="2021" to="2024"');
  const list = await items(page);
  assert.deepEqual(list.map((i) => i.title), ['Junihändelse', 'Nyårshändelse', 'Hösthändelse', 'Periodhändelse']);
  const chips = await page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.chip')].map((c) => c.dataset.level));
  assert.deepEqual(chips, ['regional', 'municipal']);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

test('Tab moves through milestones and Enter or Space opens their details', async () => {
  const page = await openWidget('today="2023-10-15"', { viewport: 400 });
  const buttons = page.locator('naravard-fardplan .item .disclosure');
  const first = buttons.first();
  await recordEvents(page);
  await first.focus();
  assert.equal(await first.getAttribute('aria-expanded'), 'false');
  const controls = await first.getAttribute('aria-controls');
  const details = page.locator(`naravard-fardplan #${controls}`);
  assert.equal(await details.isVisible(), false);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('naravard-fardplan').shadowRoot.querySelector('.disclosure[aria-expanded="true"]'));
  assert.equal(await details.isVisible(), true);
  await page.keyboard.press('Space');
  await page.waitForFunction(() => !document.querySelector('naravard-fardplan').shadowRoot.querySelector('.disclosure[aria-expanded="true"]'));
  const toggles = await events(page);
  assert.deepEqual(toggles.map((e) => [e.type, e.target, e.open]),
    [['naravard-toggle', 'naravard-fardplan', true], ['naravard-toggle', 'naravard-fardplan', false]]);
  assert.match(toggles[0].id, /^milestone-\d+$/);
  // Tab goes to the next milestone's button (details closed, so nothing in between).
  await page.keyboard.press('Tab');
  const focused = await page.evaluate(() => document.querySelector('naravard-fardplan').shadowRoot.activeElement?.getAttribute('aria-controls'));
  assert.equal(focused, await buttons.nth(1).getAttribute('aria-controls'));
  // The source link is in the details.
  await page.locator('naravard-fardplan .disclosure', { hasText: 'Hösthändelse' }).click();
  assert.equal(await page.locator('naravard-fardplan .source a').first().getAttribute('href'), 'https://example.org/kalla');
  await page.context().close();
});

/** Whether the first two milestones sit side by side. */
async function sideBySide(page) {
  return page.$eval('naravard-fardplan', (h) => {
    const [a, b] = [...h.shadowRoot.querySelectorAll('.item')].map((li) => li.getBoundingClientRect());
    return Math.abs(a.top - b.top) < 2 && b.left > a.left;
  });
}

async function noHorizontalScroll(page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth
    && [...document.querySelector('naravard-fardplan').shadowRoot.querySelectorAll('*')]
      .every((el) => el.getBoundingClientRect().right <= document.documentElement.clientWidth + 1));
}

test('layout auto follows the container width; vertical and horizontal are kept', async () => {
  const narrow = await openWidget('today="2023-10-15"', { width: 320, viewport: 1280 });
  assert.equal(await sideBySide(narrow), false, 'auto in a narrow container is vertical');
  await narrow.context().close();

  const wide = await openWidget('today="2023-10-15"', { width: 1000, viewport: 1280 });
  assert.equal(await sideBySide(wide), true, 'auto in a wide container is horizontal');
  // The same page, the container narrowed: the layout follows the container, not the viewport.
  await wide.$eval('main > div', (d) => { d.style.width = '320px'; });
  await wide.waitForFunction(() => {
    const [a, b] = [...document.querySelector('naravard-fardplan').shadowRoot.querySelectorAll('.item')];
    return b.getBoundingClientRect().top > a.getBoundingClientRect().bottom - 1;
  });
  await wide.context().close();

  const vertical = await openWidget('today="2023-10-15" layout="vertical"', { width: 1000 });
  assert.equal(await sideBySide(vertical), false, 'layout="vertical" stays vertical');
  await vertical.context().close();

  const horizontal = await openWidget('today="2023-10-15" layout="horizontal"', { width: 700 });
  assert.equal(await sideBySide(horizontal), true, 'layout="horizontal" in a mid-width container');
  await horizontal.context().close();

  // At 320 CSS px (as at 400 % zoom) nothing scrolls sideways, in any layout.
  for (const layout of ['auto', 'horizontal', 'vertical']) {
    const page = await openWidget(`today="2023-10-15" layout="${layout}"`, { viewport: 320 });
    await page.locator('naravard-fardplan .disclosure').first().click();
    assert.equal(await noHorizontalScroll(page), true, `${layout} at 320 px`);
    await page.context().close();
  }
});

test('print shows every milestone\'s details, closed ones included', async () => {
  const page = await openWidget('today="2023-10-15"');
  assert.equal(await page.locator('naravard-fardplan .details').first().isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  const shown = await page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.details')]
    .map((d) => getComputedStyle(d).display !== 'none'));
  assert.ok(shown.length > 0 && shown.every(Boolean));
  await page.context().close();
});

test('touch targets are at least 44 px high', async () => {
  const page = await openWidget('today="2023-10-15"', { viewport: 400 });
  const heights = await page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('button')]
    .map((b) => b.getBoundingClientRect().height));
  assert.ok(heights.length > 3);
  assert.ok(heights.every((x) => x >= 44), `heights ${heights}`);
  await page.context().close();
});

test('axe-core reports no violations, vertical and horizontal, details open', async () => {
  for (const [viewport, layout] of [[400, 'auto'], [1280, 'auto'], [1280, 'vertical'], [800, 'horizontal']]) {
    const page = await openWidget(`today="2023-10-15" layout="${layout}"`, { viewport });
    await page.locator('naravard-fardplan .disclosure').first().click();
    await page.locator('naravard-fardplan .chip[data-level="national"]').click();
    const violations = await axe(page);
    assert.deepEqual(violations, [], `${layout} at ${viewport}px`);
    await page.context().close();
  }
});

test('a bundled region renders national and regional milestones', async () => {
  const page = await openHtml(browser, '<naravard-fardplan region="vasternorrland" today="2026-03-01"></naravard-fardplan>');
  await rendered(page);
  const levels = await page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.item')].map((li) => li.dataset.level));
  assert.ok(levels.includes('national') && levels.includes('regional'), levels.join());
  assert.ok(await page.$eval('naravard-fardplan', (h) => h.shadowRoot.querySelectorAll('style, [style]').length === 0));
  assert.deepEqual(page.errors, []);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});

/** The status and visible status word of the bundled milestone titled `title`. */
async function bundledItem(page, title) {
  return page.$eval('naravard-fardplan', (h, title) => {
    const li = [...h.shadowRoot.querySelectorAll('.item')]
      .find((x) => x.querySelector('.item-heading').textContent.trim() === title);
    return li && {
      status: li.dataset.status,
      statusText: li.querySelector('.status').lastChild.textContent.trim(),
      details: li.querySelector('.details')?.textContent ?? '',
    };
  }, title);
}

test('Västra Götaland\'s 2024 follow-up is planned, not done: no source says it took place', async () => {
  for (const [lang, words] of [['sv', 'Planerat till 2024'], ['en', 'Planned for 2024']]) {
    const page = await openHtml(browser, `<naravard-fardplan region="vastra-gotaland" lang="${lang}" today="2026-03-01"></naravard-fardplan>`);
    await rendered(page);
    const title = lang === 'sv' ? 'Första fördjupade uppföljningen' : 'First in-depth follow-up';
    const item = await bundledItem(page, title);
    assert.equal(item.status, 'planned', lang);
    assert.equal(item.statusText, words);
    assert.notEqual(item.statusText, lang === 'sv' ? 'Klart' : 'Done');
    // Its text says the source gives the plan, not the outcome.
    assert.match(item.details, lang === 'sv' ? /säger inte om uppföljningen har gjorts/ : /does not say whether/);
    assert.deepEqual(kitMessages(page), []);
    await page.context().close();
  }
});

test('a step a source confirms is done and names that source', async () => {
  const page = await openHtml(browser, '<naravard-fardplan region="jamtland-harjedalen" today="2026-03-01"></naravard-fardplan>');
  await rendered(page);
  const item = await bundledItem(page, 'Kommunerna fastställer målbilden');
  assert.equal(item.status, 'done');
  assert.equal(item.statusText, 'Klart');
  assert.match(item.details, /Genomfört enligt: Region Jämtland Härjedalen: webbsidan Omställningen till Nära vård, avsnittet Länsgemensam målbild/);
  // Each county's steps from its own source: the SVOM decision of 2021 and adoption in autumn 2023.
  const dates = await page.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.item')]
    .filter((li) => li.dataset.level !== 'national')
    .map((li) => li.querySelector('.date').textContent.trim()));
  assert.deepEqual(dates, ['2021', 'hösten 2023', 'hösten 2023']);
  // No step of any county is done without such a source.
  for (const region of ['vasternorrland', 'jamtland-harjedalen', 'vastra-gotaland']) {
    const p = await openHtml(browser, `<naravard-fardplan region="${region}" today="2099-01-01"></naravard-fardplan>`);
    await rendered(p);
    const unproven = await p.$eval('naravard-fardplan', (h) => [...h.shadowRoot.querySelectorAll('.item[data-status="done"]')]
      .filter((li) => !/Genomfört enligt:/.test(li.querySelector('.details')?.textContent ?? ''))
      .map((li) => li.querySelector('.item-heading').textContent.trim()));
    assert.deepEqual(unproven, [], region);
    await p.context().close();
  }
  await page.context().close();
});

test('unknown region and bad attributes: a calm notice and console warnings naming valid values', async () => {
  const page = await openHtml(browser, `
    <naravard-fardplan id="none" region="atlantis"></naravard-fardplan>
    <naravard-fardplan id="bad" region="vasternorrland" today="igår" layout="diagonal" levels="county" from="1999" to="1990" heading-level="9"></naravard-fardplan>`);
  await rendered(page);
  const notice = await page.$eval('#none', (h) => h.shadowRoot.querySelector('.notice')?.textContent);
  assert.match(notice, /kan inte visas just nu/);
  await waitFor(() => kitMessages(page).length >= 6, 'warnings');
  const text = kitMessages(page).map((m) => m.text).join('\n');
  assert.match(text, /naravard-fardplan: region="atlantis" is not a known region; use one of: .*vasternorrland/);
  assert.match(text, /today="igår".*YYYY-MM-DD/);
  assert.match(text, /layout="diagonal".*auto, vertical or horizontal/);
  assert.match(text, /levels="county".*national, regional, municipal/);
  assert.match(text, /from is a later year than to/);
  assert.match(text, /heading-level="9".*1 to 6/);
  // The widget with bad values still shows its timeline with the defaults.
  assert.ok(await page.$eval('#bad', (h) => h.shadowRoot.querySelectorAll('.item').length > 0));
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
