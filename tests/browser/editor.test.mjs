// The data editor (examples/editor.html, issue #17): an editor who has never seen JSON adds
// contacts and a milestone by keyboard, sees them in the real widgets, downloads a file that
// naravard-validate and the widgets accept, imports contacts from a spreadsheet's CSV, and is
// told where every problem is. axe runs on every state.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { useBrowser, open, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const ROOT = new URL('../../', import.meta.url);
const CSV_HEADER = 'Vad kontakten gäller;Telefon;E-post;Webb;Öppettider;Telefontider;Ämnen;Kontrollerad;Källa;Källans adress';

const AXE = readFileSync(new URL('node_modules/axe-core/axe.min.js', ROOT), 'utf8');

// The editor page runs under the strict CSP, which refuses inline scripts, so axe comes from a
// same-origin URL the test answers, rather than inline as support/browser.mjs adds it.
async function openEditor() {
  const page = await open(browser, '/editor.html', {
    context: { acceptDownloads: true, viewport: { width: 1280, height: 900 } },
    setup: (p) => p.route('**/__axe.js', (route) => route.fulfill({ contentType: 'text/javascript', body: AXE })),
  });
  await page.waitForFunction(() => 'editorReady' in document.documentElement.dataset);
  return page;
}

async function axe(page) {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ url: '/__axe.js' });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

async function assertAxeClean(page, state) {
  const violations = await axe(page);
  assert.deepEqual(violations, [], `axe (${state}): ${JSON.stringify(violations, null, 1)}`);
}

/** Waits for the debounced check that follows the last change. */
async function checked(page) {
  const before = await page.evaluate(() => document.documentElement.dataset.checked);
  await page.waitForFunction((b) => document.documentElement.dataset.checked !== b, before);
}

/** The entry's field by its visible label, inside the n-th (from 1) contact or milestone. */
function field(page, kind, n, label) {
  const legend = kind === 'contact' ? `Kontakt ${n}` : `Händelse ${n}`;
  return page.getByRole('group', { name: legend, exact: true }).getByLabel(label, { exact: true });
}

async function typeInto(page, locator, value) {
  await locator.focus();
  await page.keyboard.type(value);
}

async function previewText(page, selector) {
  return shadowText(page, `#preview ${selector}`);
}

test('two contacts and a milestone by keyboard: preview, download, naravard-validate, and src= on a page', async () => {
  const page = await openEditor();
  await assertAxeClean(page, 'empty');
  await page.selectOption('#kommun', 'sundsvall');

  // Add a contact with the keyboard: focus lands in its first field, and it is announced.
  await page.focus('#add-contact');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent.trim()), 'Vad kontakten gäller');
  await page.waitForFunction(() => document.getElementById('status').textContent === 'Kontakt 1 är tillagd.');
  await page.keyboard.type('Biståndshandläggare i Testkommun');
  await typeInto(page, field(page, 'contact', 1, 'Telefon'), '060-00 00 01');
  await typeInto(page, field(page, 'contact', 1, 'Telefontider'), 'Vardagar 8–10');
  await typeInto(page, field(page, 'contact', 1, 'Vad man kan få hjälp med'), 'Hemtjänst');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Särskilt boende');
  await typeInto(page, field(page, 'contact', 1, 'Källa'), 'Testkälla för editorns test');

  await page.focus('#add-contact');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Anhörigstöd i Testkommun');
  await typeInto(page, field(page, 'contact', 2, 'E-post'), 'anhorig@example.org');
  await typeInto(page, field(page, 'contact', 2, 'Källa'), 'Testkälla för editorns test');

  // A date as precise as the source: a season, chosen by keyboard.
  await page.focus('#add-milestone');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.labels[0].textContent.trim()), 'Hur exakt');
  assert.equal(await field(page, 'milestone', 1, 'Årstid').isHidden(), true);
  await page.keyboard.press('ArrowDown'); // Ett år → En årstid
  await typeInto(page, field(page, 'milestone', 1, 'År'), '2027');
  await field(page, 'milestone', 1, 'Årstid').focus();
  await page.keyboard.press('ArrowDown'); // Våren → Sommaren
  await page.keyboard.press('ArrowDown'); // → Hösten
  await typeInto(page, field(page, 'milestone', 1, 'Rubrik'), 'Testkommunens hälsocentral öppnar');
  await typeInto(page, field(page, 'milestone', 1, 'Källa'), 'Testkälla för editorns test');

  // The real widgets show the edited data.
  await page.waitForFunction(() => {
    const text = document.querySelector('#preview naravard-kontakt')?.shadowRoot?.textContent ?? '';
    return text.includes('Anhörigstöd i Testkommun') && text.includes('Biståndshandläggare i Testkommun');
  });
  const kontakt = await previewText(page, 'naravard-kontakt');
  assert.match(kontakt, /Vardagar 8–10/);
  assert.match(kontakt, /anhorig@example\.org/);
  await page.waitForFunction(() => (document.querySelector('#preview naravard-fardplan')?.shadowRoot?.textContent ?? '')
    .includes('Testkommunens hälsocentral öppnar'));
  assert.equal(await page.isHidden('#error-summary'), true);
  await assertAxeClean(page, 'filled');

  // Download the file with the keyboard; naravard-validate accepts it.
  await page.focus('#download-data');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  assert.equal(download.suggestedFilename(), 'naravard-sundsvall.json');
  const dir = mkdtempSync(join(tmpdir(), 'naravard-editor-'));
  const file = join(dir, 'naravard-sundsvall.json');
  await download.saveAs(file);
  const out = execFileSync('cargo', ['run', '--quiet', '-p', 'naravard-core', '--bin', 'naravard-validate', '--', file], {
    cwd: new URL('.', ROOT).pathname, encoding: 'utf8',
  });
  assert.match(out, /ok: 1 regions, 1 municipalities/);
  const data = JSON.parse(readFileSync(file, 'utf8'));
  const contacts = data.regions[0].municipalities[0].contacts;
  assert.deepEqual(contacts.map((c) => c.role), ['Biståndshandläggare i Testkommun', 'Anhörigstöd i Testkommun']);
  assert.deepEqual(contacts[0].topics, ['Hemtjänst', 'Särskilt boende']);
  assert.deepEqual(data.regions[0].milestones[0].date, '2027-autumn');

  // The snippet names the file with src=, and that snippet loads it on a plain page.
  await page.fill('#file-url', '/custom/naravard-sundsvall.json');
  const snippet = await page.textContent('#snippet');
  assert.match(snippet, /<naravard-kontakt region="vasternorrland" kommun="sundsvall" src="\/custom\/naravard-sundsvall\.json">/);
  const [snippetDownload] = await Promise.all([page.waitForEvent('download'), page.click('#download-snippet')]);
  assert.equal(snippetDownload.suggestedFilename(), 'naravard-sundsvall-kod.html');
  // All of it ran under the strict CSP (plus connect-src blob: for the preview).
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.messages.filter((m) => /Content Security Policy|naravard/.test(m.text)), []);
  await page.context().close();

  const body = snippet.replace(/<script[^>]*><\/script>/, '');
  const site = await openHtml(browser, body, {
    setup: (p) => p.route('**/custom/naravard-sundsvall.json', (route) => route.fulfill({
      contentType: 'application/json', body: readFileSync(file, 'utf8'),
    })),
  });
  await rendered(site);
  await site.waitForFunction(() => document.querySelector('naravard-kontakt').shadowRoot.textContent.includes('Anhörigstöd i Testkommun'));
  assert.match(await shadowText(site, 'naravard-kontakt'), /060-00 00 01/);
  assert.deepEqual(kitMessages(site), []);
  await site.context().close();
});

test('a field error sits next to its field, and the summary link moves focus to it', async () => {
  const page = await openEditor();
  await page.click('#add-contact');
  await page.keyboard.type('Växeln');
  const phone = field(page, 'contact', 1, 'Telefon');
  await typeInto(page, phone, '12');
  await page.keyboard.press('Tab');
  await checked(page);
  const id = await phone.getAttribute('id');
  await page.waitForSelector(`#${id}-error`);
  assert.equal(await phone.getAttribute('aria-invalid'), 'true');
  assert.match(await phone.getAttribute('aria-describedby'), new RegExp(`${id}-error`));
  const message = await page.textContent(`#${id}-error`);
  assert.match(message, /"12" har 2 siffror; ett telefonnummer har 3 till 15/);
  // The error is read with the field: its accessible description holds the message.
  const description = await phone.evaluate((el) => el.getAttribute('aria-describedby').split(' ')
    .map((x) => document.getElementById(x).textContent).join(' '));
  assert.match(description, /3 till 15/);

  assert.equal(await page.isVisible('#error-summary'), true);
  const link = page.locator('#error-list a');
  assert.equal(await link.count(), 1);
  assert.match(await link.textContent(), /Kontakt 1, Telefon: "12" har 2 siffror/);
  assert.equal(await link.getAttribute('href'), `#${id}`);
  await assertAxeClean(page, 'field error');
  await link.focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), id);

  // Downloading with a problem left is refused: focus goes to the summary, nothing downloads.
  await typeInto(page, phone, '');
  let downloaded = false;
  page.on('download', () => { downloaded = true; });
  await page.click('#download-data');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
  await page.waitForTimeout(300);
  assert.equal(downloaded, false);

  // A day that does not exist is reported at the day field, whatever precision it was typed at.
  await page.click('#add-milestone');
  await field(page, 'milestone', 1, 'Hur exakt').selectOption('day');
  await typeInto(page, field(page, 'milestone', 1, 'År'), '2026');
  await field(page, 'milestone', 1, 'Månad').selectOption('02');
  await typeInto(page, field(page, 'milestone', 1, 'Dag'), '30');
  await page.keyboard.press('Tab');
  const day = field(page, 'milestone', 1, 'Dag');
  await page.waitForFunction((dayId) => document.getElementById(`${dayId}-error`), await day.getAttribute('id'));
  assert.match(await page.textContent(`#${await day.getAttribute('id')}-error`), /"2026-02-30" är inte ett giltigt datum/);
  await day.fill('28');
  await typeInto(page, field(page, 'milestone', 1, 'Rubrik'), 'En testhändelse');

  // Fixed: the error and the summary go, and the preview shows the contact.
  await phone.fill('060-00 00 02');
  await checked(page);
  assert.equal(await page.isHidden('#error-summary'), true);
  assert.equal(await phone.getAttribute('aria-invalid'), null);
  await page.waitForFunction(() => (document.querySelector('#preview naravard-kontakt')?.shadowRoot?.textContent ?? '').includes('060-00 00 02'));
  await page.context().close();
});

test('entries are added, moved and removed by keyboard with focus kept and changes announced', async () => {
  const page = await openEditor();
  for (const role of ['Första', 'Andra', 'Tredje']) {
    await page.focus('#add-contact');
    await page.keyboard.press('Enter');
    await page.keyboard.type(role);
  }
  const roles = () => page.$$eval('#contacts [data-field="role"]', (els) => els.map((e) => e.value));
  const status = (text) => page.waitForFunction((t) => document.getElementById('status').textContent === t, text);

  const up = page.getByRole('button', { name: 'Flytta upp: Kontakt 3' });
  await up.focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await roles(), ['Första', 'Tredje', 'Andra']);
  await status('Kontakt 3 är flyttad och är nu nummer 2.');
  // Focus follows the moved entry's button, whose name now says its new place.
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Flytta upp: Kontakt 2');
  await page.keyboard.press('Enter');
  assert.deepEqual(await roles(), ['Tredje', 'Första', 'Andra']);
  await page.keyboard.press('Enter');
  await status('Kontakt 1 är redan först.');

  await page.getByRole('button', { name: 'Ta bort: Kontakt 2' }).focus();
  await page.keyboard.press('Enter');
  assert.deepEqual(await roles(), ['Tredje', 'Andra']);
  await status('Kontakt 2 är borttagen. 2 kvar.');
  assert.equal(await page.evaluate(() => document.activeElement.value), 'Andra');
  await assertAxeClean(page, 'after moves');
  await page.context().close();
});

async function importCsv(page, name, bytes) {
  await page.setInputFiles('#csv-file', { name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  await page.waitForSelector('#csv-result:not([hidden])');
  return page.textContent('#csv-summary');
}

test('a semicolon CSV with å, ä and ö is imported into the form and the preview', async () => {
  const page = await openEditor();
  await page.selectOption('#kommun', 'harnosand');
  const csv = `\uFEFF${CSV_HEADER}\r\n`
    + 'Äldreomsorgens växel;0611-00 00 01;;;;Måndag–fredag 8–16;"Hemtjänst\nBoende för äldre";2026-03-01;Testkälla;https://example.org\r\n'
    + 'Öppen förskola för anhöriga;;;https://example.org/anhoriga;;;;;Testkälla;\r\n';
  // The template downloads with every documented column, as UTF-8 with a byte order mark.
  const [template] = await Promise.all([page.waitForEvent('download'), page.click('#csv-template')]);
  assert.equal(template.suggestedFilename(), 'naravard-kontakter-mall.csv');
  assert.equal(readFileSync(await template.path(), 'utf8'), `\uFEFF${CSV_HEADER}\r\n`);
  const summary = await importCsv(page, 'kontakter.csv', csv);
  assert.match(summary, /2 av 2 rader lästes in från kontakter\.csv \(UTF-8, avgränsare ;\)/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'csv-result');
  assert.equal(await field(page, 'contact', 1, 'Vad kontakten gäller').inputValue(), 'Äldreomsorgens växel');
  assert.equal(await field(page, 'contact', 1, 'Vad man kan få hjälp med').inputValue(), 'Hemtjänst\nBoende för äldre');
  assert.equal(await field(page, 'contact', 2, 'Webbsida').inputValue(), 'https://example.org/anhoriga');
  await page.waitForFunction(() => (document.querySelector('#preview naravard-kontakt')?.shadowRoot?.textContent ?? '')
    .includes('Öppen förskola för anhöriga'));
  assert.match(await previewText(page, 'naravard-kontakt'), /Måndag–fredag 8–16/);
  await assertAxeClean(page, 'csv imported');
  await page.context().close();
});

test('a Windows-1252 CSV from older Excel is converted, and a broken CSV is refused row by row', async () => {
  const page = await openEditor();
  // "Hemtjänstens växel" with ä as the single byte 0xE4, commas as delimiters.
  const cp1252 = Buffer.concat([
    Buffer.from('role,Phone,Source\r\nHemtj'), Buffer.from([0xE4]), Buffer.from('nstens v'),
    Buffer.from([0xE4]), Buffer.from('xel,0611-00 00 03,Testk'), Buffer.from([0xE4]), Buffer.from('lla\r\n'),
  ]);
  const summary = await importCsv(page, 'gammal.csv', cp1252);
  assert.match(summary, /1 av 1 rader lästes in från gammal\.csv \(omvandlad från Windows-1252, avgränsare ,\)/);
  assert.equal(await field(page, 'contact', 1, 'Vad kontakten gäller').inputValue(), 'Hemtjänstens växel');

  const broken = `${CSV_HEADER}\nBra rad;0611-00 00 04;;;;;;;Testkälla;\nFel telefon;12;;;;;;;;\n`
    + 'Fel datum;;fel-adress;;;;;2026-02-30;;\n;0611-00 00 05;;;;;;;;\n';
  const result = await importCsv(page, 'trasig.csv', broken);
  assert.match(result, /1 av 4 rader lästes in/);
  assert.match(result, /3 rader har problem och lästes inte in/);
  const rows = await page.$$eval('#csv-problems li', (lis) => lis.map((li) => li.textContent));
  assert.ok(rows.some((r) => /^Rad 3, kolumn Telefon: "12" har 2 siffror/.test(r)), rows.join('\n'));
  assert.ok(rows.some((r) => /^Rad 4, kolumn E-post: "fel-adress" är inte en giltig e-postadress/.test(r)), rows.join('\n'));
  assert.ok(rows.some((r) => /^Rad 4, kolumn Kontrollerad: "2026-02-30" är inte ett giltigt datum/.test(r)), rows.join('\n'));
  assert.ok(rows.some((r) => /^Rad 5, kolumn Vad kontakten gäller: måste fyllas i \(fältet "role"\)/.test(r)), rows.join('\n'));
  // The good row was added after the earlier import's contact; the broken ones were not.
  assert.deepEqual(await page.$$eval('#contacts [data-field="role"]', (els) => els.map((e) => e.value)),
    ['Hemtjänstens växel', 'Bra rad']);
  await assertAxeClean(page, 'csv problems');

  // The rows fixed in the spreadsheet and the same file read again: nothing comes twice.
  const fixed = `${CSV_HEADER}\nBra rad;0611-00 00 04;;;;;;;Testkälla;\nFel telefon;0611-00 00 06;;;;;;;;\n`;
  assert.match(await importCsv(page, 'trasig.csv', fixed), /2 av 2 rader lästes in/);
  assert.deepEqual(await page.$$eval('#contacts [data-field="role"]', (els) => els.map((e) => e.value)),
    ['Hemtjänstens växel', 'Bra rad', 'Fel telefon']);
  assert.equal(await page.locator('#csv-problems li').count(), 0);

  const unknown = await importCsv(page, 'okand.csv', Buffer.from([0x52, 0x6f, 0x6c, 0x6c, 0x0a, 0x81]));
  assert.match(unknown, /Filen okand\.csv kunde inte läsas/);
  assert.match(await page.textContent('#csv-problems'), /varken UTF-8 eller Windows-1252/);
  await page.context().close();
});

test('an opened file with problems is listed by line and column; a good one fills the form', async () => {
  const page = await openEditor();
  const bad = '{\n  "schema": 1,\n  "regions": [{"id": "vasternorrland",\n    "municipalities": [{"id": "sundsvall", "contacts": [\n      {"role": "Växeln", "phone": "12"}]}]}]\n}\n';
  await page.setInputFiles('#open-file', { name: 'min.json', mimeType: 'application/json', buffer: Buffer.from(bad) });
  await page.waitForSelector('#open-result:not([hidden])');
  assert.match(await page.textContent('#open-summary'), /min\.json har 1 problem och öppnades inte/);
  assert.match(await page.textContent('#open-problems'),
    /Rad 5, kolumn 35, regions\[0\]\.municipalities\[0\]\.contacts\[0\]\.phone: "12" har 2 siffror/);
  await assertAxeClean(page, 'file refused');

  // A good file, with an English text the form does not show: it is kept on the way out.
  const good = JSON.stringify({
    schema: 1,
    regions: [{
      id: 'jamtland-harjedalen',
      municipalities: [{ id: 'are', contacts: [{ role: { sv: 'Växeln', en: 'Switchboard' }, phone: '0647-000 01', source: 'Testkälla' }] }],
      milestones: [{ date: '2028', title: 'Test', level: 'municipal', source: 'Testkälla' }],
    }],
  });
  await page.setInputFiles('#open-file', { name: 'bra.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.waitForFunction(() => /bra\.json är öppnad: 1 kontakter och 1 händelser/.test(document.getElementById('open-summary').textContent));
  assert.equal(await page.inputValue('#region'), 'jamtland-harjedalen');
  assert.equal(await page.inputValue('#kommun'), 'are');
  const role = field(page, 'contact', 1, 'Vad kontakten gäller');
  assert.equal(await role.inputValue(), 'Växeln');
  assert.equal(await field(page, 'milestone', 1, 'Hur exakt').inputValue(), 'year');
  assert.equal(await field(page, 'milestone', 1, 'År').inputValue(), '2028');
  await role.fill('Växeln i Åre');
  await checked(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-data')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.deepEqual(JSON.parse(text).regions[0].municipalities[0].contacts[0].role, { sv: 'Växeln i Åre', en: 'Switchboard' });

  // Another municipality chosen: the contacts move with the choice, none stays behind twice.
  await page.selectOption('#kommun', 'berg');
  await checked(page);
  const [moved] = await Promise.all([page.waitForEvent('download'), page.click('#download-data')]);
  const after = JSON.parse(readFileSync(await moved.path(), 'utf8'));
  assert.deepEqual(after.regions[0].municipalities.map((m) => [m.id, m.contacts.length]), [['berg', 1]]);

  // A file for a region the kit does not bundle is valid, but not one this form can edit.
  const other = JSON.stringify({
    schema: 1,
    regions: [{ id: 'provlan', name: 'Region Prov', county: 'Prov', county_code: '98',
      municipalities: [{ id: 'provby', name: 'Provby', code: '9801', contacts: [{ role: 'X', web: 'https://example.org' }] }] }],
  });
  await page.setInputFiles('#open-file', { name: 'prov.json', mimeType: 'application/json', buffer: Buffer.from(other) });
  await page.waitForFunction(() => /prov\.json har inga problem, men gäller en region eller kommun som inte följer med widgetarna \(provlan, provby\)/
    .test(document.getElementById('open-summary').textContent));
  assert.equal(await page.inputValue('#kommun'), 'berg');
  await page.context().close();
});

test('src= takes a blob: URL the page made, and still refuses javascript: and data: URLs', async () => {
  const data = JSON.stringify({ schema: 1, regions: [{ id: 'vasternorrland', municipalities: [{ id: 'timra', contacts: [{ role: 'Blobkontakt', phone: '060-00 00 09', source: 'Testkälla' }] }] }] });
  const page = await openHtml(browser, '<naravard-kontakt id="a" region="vasternorrland" kommun="timra" loading="eager"></naravard-kontakt>');
  await rendered(page);
  await page.evaluate((json) => {
    const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
    document.getElementById('a').setAttribute('src', url);
  }, data);
  await page.waitForFunction(() => document.getElementById('a').shadowRoot.textContent.includes('Blobkontakt'));
  for (const src of ['javascript:alert(1)', `data:application/json,${encodeURIComponent(data)}`]) {
    const other = await openHtml(browser, `<naravard-kontakt region="vasternorrland" kommun="timra" src="${src}"></naravard-kontakt>`);
    await rendered(other);
    await waitFor(async () => kitMessages(other).some((m) => /is not an http, https or blob: URL/.test(m.text)), 'refusal warning');
    assert.doesNotMatch(await shadowText(other, 'naravard-kontakt'), /Blobkontakt/);
    await other.context().close();
  }
  await page.context().close();
});

test('a lättläst text beside the Swedish one for a contact\'s role and a milestone\'s title and text', async () => {
  const page = await openEditor();
  const good = JSON.stringify({
    schema: 1,
    regions: [{
      id: 'vasternorrland',
      municipalities: [{ id: 'sundsvall', contacts: [{ role: { sv: 'Växeln', en: 'Switchboard', lattlast: 'Ring kommunen' }, phone: '060-00 00 02', source: 'Testkälla' }] }],
      milestones: [{ date: '2028', title: 'Ny hälsocentral', text: 'Hälsocentralen i Testby öppnar enligt planen.', level: 'municipal', source: 'Testkälla' }],
    }],
  });
  await page.setInputFiles('#open-file', { name: 'll.json', mimeType: 'application/json', buffer: Buffer.from(good) });
  await page.waitForFunction(() => /ll\.json är öppnad/.test(document.getElementById('open-summary').textContent));
  // An opened lättläst form is shown in its own field, labelled as such.
  assert.equal(await field(page, 'contact', 1, 'Vad kontakten gäller, på lättläst (om du vill)').inputValue(), 'Ring kommunen');
  assert.equal(await field(page, 'milestone', 1, 'Rubrik på lättläst (om du vill)').inputValue(), '');
  await typeInto(page, field(page, 'milestone', 1, 'Rubrik på lättläst (om du vill)'), 'En ny vårdcentral');
  await typeInto(page, field(page, 'milestone', 1, 'Text på lättläst (om du vill)'), 'Det kommer en ny vårdcentral i Testby. Det är planen.');
  await field(page, 'contact', 1, 'Vad kontakten gäller, på lättläst (om du vill)').fill('');
  await checked(page);
  await assertAxeClean(page, 'lättläst fields');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-data')]);
  const data = JSON.parse(readFileSync(await download.path(), 'utf8'));
  // Emptied: the role keeps its Swedish and English and loses only the lättläst form.
  assert.deepEqual(data.regions[0].municipalities[0].contacts[0].role, { sv: 'Växeln', en: 'Switchboard' });
  const m = data.regions[0].milestones[0];
  assert.deepEqual(m.title, { sv: 'Ny hälsocentral', lattlast: 'En ny vårdcentral' });
  assert.deepEqual(m.text, { sv: 'Hälsocentralen i Testby öppnar enligt planen.', lattlast: 'Det kommer en ny vårdcentral i Testby. Det är planen.' });
  assert.equal(await page.isHidden('#error-summary'), true);
  await page.context().close();
});
