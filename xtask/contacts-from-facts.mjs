// Writes the municipalities' and regions' contacts, web sites and minority languages into the
// bundled data (widgets/core/data/*.json) from the facts in widgets/core/data/facts/*.tsv, so
// the data and the facts cannot drift. Only the "municipalities" list and the region's
// "contacts" and "minority_languages" lines are rewritten; the rest of each file is left
// as it is. The native test widgets/core/tests/facts.rs checks the result both ways.
//
//   node xtask/contacts-from-facts.mjs          rewrite the data files
//   node xtask/contacts-from-facts.mjs --check  exit 1 if they differ from what it would write
//
// The editorial choices (a fact row not shown, the hours in our words) are in the tables
// below, each with its reason; docs/sources-contacts.md lists them for readers.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = join(root, 'widgets/core/data');
const factsDir = join(dataDir, 'facts');

function tsv(name) {
  const [head, ...lines] = readFileSync(join(factsDir, name), 'utf8').split('\n').filter((l) => l.trim());
  const cols = head.split('\t');
  return lines.map((l) => Object.fromEntries(l.split('\t').map((v, i) => [cols[i], v.trim()])));
}

/** Rows of contacts.tsv a resident is not shown although they are high or medium, and why:
 * widgets/core/data/facts-not-shown.tsv (the native facts test reads it too). */
const SKIP = readFileSync(join(dataDir, 'facts-not-shown.tsv'), 'utf8').split('\n').slice(1).filter((l) => l.trim())
  .map((l) => { const [code, kind, value, url, why] = l.split('\t'); return { code, kind, value, url, why }; });

/** The hours rows in our own words (Swedish, English, lättläst); each must come from the same page as the phone number. */
const HOURS = {
  1435: { opening_hours: ['Måndag–fredag 8.00–16.30', 'Monday–Friday 8.00–16.30', 'Måndag till fredag. Klockan 8.00–16.30.'] },
  1439: { opening_hours: ['Kommunhuset: måndag–torsdag 8.00–16.00, fredag 8.00–15.00, stängt för lunch 12.00–13.00', 'Town hall: Monday–Thursday 8.00–16.00, Friday 8.00–15.00, closed for lunch 12.00–13.00', 'Kommunhuset. Måndag till torsdag. Klockan 8.00–16.00. Fredag. Klockan 8.00–15.00. Stängt för lunch klockan 12.00–13.00.'] },
  1440: { phone_hours: ['Måndag–fredag 8.00–16.30, tisdagar även 16.30–18.00', 'Monday–Friday 8.00–16.30, Tuesdays also 16.30–18.00', 'Måndag till fredag. Klockan 8.00–16.30. På tisdagar också klockan 16.30–18.00.'] },
  1442: { opening_hours: ['Måndag 8.00–18.00, tisdag–torsdag 8.00–16.30, fredag och dag före helgdag 8.00–15.00, stängt för lunch 12.00–13.00', 'Monday 8.00–18.00, Tuesday–Thursday 8.00–16.30, Friday and the day before a holiday 8.00–15.00, closed for lunch 12.00–13.00', 'Måndag. Klockan 8.00–18.00. Tisdag till torsdag. Klockan 8.00–16.30. Fredag och dagen före en helgdag. Klockan 8.00–15.00. Stängt för lunch klockan 12.00–13.00.'] },
  1446: {
    phone_hours: ['Växeln: måndag–fredag 7.30–16.00, stängt för lunch 12.00–13.00', 'Switchboard: Monday–Friday 7.30–16.00, closed for lunch 12.00–13.00', 'Växeln. Måndag till fredag. Klockan 7.30–16.00. Stängt för lunch klockan 12.00–13.00.'],
    opening_hours: ['Kommunhuset: måndag–fredag 8.00–12.00', 'Town hall: Monday–Friday 8.00–12.00', 'Kommunhuset. Måndag till fredag. Klockan 8.00–12.00.'],
  },
  1447: { phone_hours: ['Måndag–fredag 8.00–16.30', 'Monday–Friday 8.00–16.30', 'Måndag till fredag. Klockan 8.00–16.30.'] },
  1472: { phone_hours: ['Måndag–fredag 7.30–16.00', 'Monday–Friday 7.30–16.00', 'Måndag till fredag. Klockan 7.30–16.00.'] },
  1486: { opening_hours: ['Måndag–fredag 8.00–16.30', 'Monday–Friday 8.00–16.30', 'Måndag till fredag. Klockan 8.00–16.30.'] },
  1488: { opening_hours: ['Måndag–fredag 8.00–16.30', 'Monday–Friday 8.00–16.30', 'Måndag till fredag. Klockan 8.00–16.30.'] },
  1495: { phone_hours: ['Måndag–torsdag 8.00–16.30, fredag 8.00–16.00', 'Monday–Thursday 8.00–16.30, Friday 8.00–16.00', 'Måndag till torsdag. Klockan 8.00–16.30. Fredag. Klockan 8.00–16.00.'] },
  1497: { opening_hours: ['Måndag–fredag 7.30–16.00', 'Monday–Friday 7.30–16.00', 'Måndag till fredag. Klockan 7.30–16.00.'] },
  2284: { opening_hours: ['Helgfria vardagar 7.30–17.00, 15 maj–15 september 7.30–16.15', 'Weekdays except public holidays 7.30–17.00, 15 May–15 September 7.30–16.15', 'Vardagar. Klockan 7.30–17.00. Från 15 maj till 15 september. Klockan 7.30–16.15. Stängt på helgdagar.'] },
};

/** The needs assessors' phone hours, where the care row's note gives them from its page. */
const CARE_HOURS = {
  1440: ['Handläggarna för äldreomsorg: måndag–fredag 8.30–9.30', 'Elderly care case officers: Monday–Friday 8.30–9.30', 'Handläggarna för äldre. De tar reda på om du kan få hjälp. Måndag till fredag. Klockan 8.30–9.30.'],
  1472: ['Biståndshandläggarna: vardagar 8.30–9.30', 'Needs assessors: weekdays 8.30–9.30', 'Biståndshandläggarna. De tar reda på om du kan få hjälp. Vardagar. Klockan 8.30–9.30.'],
  2280: ['Måndag, onsdag och fredag 8.15–9.15', 'Monday, Wednesday and Friday 8.15–9.15', 'Måndag, onsdag och fredag. Klockan 8.15–9.15.'],
};

/** Roles where the default would say more or less than the source. */
const ROLES = {
  '1419|0304-60 10 00': ['Växel', 'Switchboard', 'Kommunens växel'],
  '1419|0304-60 10 10': ['Kundcenter', 'Customer centre', 'Kommunens kundcenter'],
  '1444|0514-582 30': ['Medborgarkontoret', 'The citizens\' office', 'Kommunens medborgarkontor'],
  '1461|0530-181 04': ['Kommunkansliet', 'The municipal office', 'Kommunens kontor'],
  '1484|registrator@lysekil.se': ['Kommunens registrator (officiell post)', 'The municipality\'s registry (official mail)', 'Kommunens adress för officiell post'],
  '2281|060-19 25 50': ['Socialtjänstens mottagning inom vård och omsorg', 'Social services\' intake for care and support', 'Socialtjänsten. Hit vänder du dig om vård och omsorg.'],
};

const ROLE = {
  main: ['Kontakta kommunen', 'Contact the municipality', 'Kommunen'],
  mainPhone: ['Ring kommunen', 'Call the municipality', 'Kommunens telefon'],
  mainEmail: ['Skriv till kommunen', 'Write to the municipality', 'Kommunens mejl'],
  region: ['Kontakta regionen', 'Contact the region', 'Regionen'],
  care: ['Hemtjänst och annan äldreomsorg', 'Home care and other elderly care', 'Hjälp för äldre. Till exempel hemtjänst. Det är hjälp hemma.'],
  carePage: ['Hemtjänst och annan äldreomsorg: kommunens sida', 'Home care and other elderly care: the municipality\'s page', 'Hjälp för äldre. Till exempel hemtjänst. Läs mer på kommunens sida.'],
};

const LANGUAGES = { finnish: 'finnish', 'sámi': 'sami', 'sámi (south)': 'sami', meankieli: 'meankieli' };

const skipped = (row) => SKIP.some((s) => s.code === row.org_code && s.kind === row.kind
  && (s.value === '*' || s.value === row.value) && (s.url === '*' || s.url === row.source_url));
const shown = (row) => (row.confidence === 'high' || row.confidence === 'medium') && !skipped(row);
// The third form, where there is one, is lättläst (variant="lattlast").
const text = ([sv, en, lattlast]) => (lattlast ? { sv, en, lattlast } : { sv, en });

function source(url, isRegion) {
  const name = isRegion ? ['Regionens webbsida', 'The region\'s web page'] : ['Kommunens webbsida', 'The municipality\'s web page'];
  return { name: text(name), url };
}

/** Rows of one kind family, one per value (high before medium, then a page that gives more). */
function pick(rows, kinds) {
  const list = rows.filter((r) => kinds.includes(r.kind));
  const perUrl = (u) => rows.filter((r) => r.source_url === u).length;
  const best = new Map();
  for (const r of list) {
    const key = `${r.kind}|${r.value}`;
    const had = best.get(key);
    const better = !had || (had.confidence !== 'high' && r.confidence === 'high')
      || (had.confidence === r.confidence && perUrl(r.source_url) > perUrl(had.source_url));
    if (better) best.set(key, r);
  }
  return [...best.values()];
}

function contactsFor(code, rows, isRegion) {
  rows = rows.filter(shown);
  const out = [];
  const role = (r, fallback) => text(ROLES[`${code}|${r?.value}`] ?? fallback);
  // Main: one contact per page; two numbers on one page are two contacts.
  const main = pick(rows, ['phone_main', 'email_main']);
  const hours = rows.filter((r) => r.kind === 'hours_main');
  for (const url of [...new Set(main.map((r) => r.source_url))]) {
    const here = main.filter((r) => r.source_url === url);
    const phones = here.filter((r) => r.kind === 'phone_main');
    const email = here.find((r) => r.kind === 'email_main');
    const groups = phones.length > 1 ? phones.map((p, i) => [p, i === 0 ? email : undefined]) : [[phones[0], email]];
    for (const [phone, mail] of groups) {
      if (!phone && !mail) continue;
      const c = { kind: 'main' };
      const fallback = isRegion ? ROLE.region : phone && mail ? ROLE.main : phone ? ROLE.mainPhone : ROLE.mainEmail;
      c.role = role(phone ?? mail, fallback);
      if (phone) c.phone = phone.value;
      if (phone && hours.some((h) => h.source_url === url)) {
        const words = HOURS[code];
        if (!words) throw new Error(`${code}: an hours row without words in HOURS`);
        for (const [field, pair] of Object.entries(words)) c[field] = text(pair);
      }
      if (mail) c.email = mail.value;
      c.verified = (phone ?? mail).checked;
      c.source = source(url, isRegion);
      out.push(c);
    }
  }
  // Care: phone and e-mail from one page together; a care page alone is a link.
  const care = pick(rows, ['phone_care', 'email_care', 'contact_page']);
  for (const url of [...new Set(care.map((r) => r.source_url))]) {
    const here = care.filter((r) => r.source_url === url);
    const phone = here.find((r) => r.kind === 'phone_care');
    const mail = here.find((r) => r.kind === 'email_care');
    const c = { kind: 'care', role: role(phone ?? mail, phone || mail ? ROLE.care : ROLE.carePage) };
    if (phone) c.phone = phone.value;
    if (phone && CARE_HOURS[code]) c.phone_hours = text(CARE_HOURS[code]);
    if (mail) c.email = mail.value;
    if (!phone && !mail) c.web = url;
    c.verified = here[0].checked;
    c.source = source(url, isRegion);
    out.push(c);
  }
  return out;
}

function minorities(code, areas) {
  const seen = new Set();
  return areas.filter((a) => a.org_code === code).flatMap((a) => {
    const language = LANGUAGES[a.language];
    if (!language) throw new Error(`${code}: unknown language ${a.language}`);
    if (seen.has(language)) return [];
    seen.add(language);
    const sametinget = a.source_url.includes('sametinget.se');
    const name = sametinget
      ? ['Sametinget: kommuner och regioner i förvaltningsområdet för samiska', 'The Sámi Parliament: municipalities and regions in the Sámi administrative area']
      : ['Kommunens webbsida om förvaltningsområdet', 'The municipality\'s web page on the administrative area'];
    return [{ language, source: { name: text(name), url: a.source_url } }];
  });
}

const json = (v) => JSON.stringify(v);

function municipalityBlock(m, contacts, areas, id) {
  const checked = m.website_checked === 'yes';
  const head = { id, name: m.municipality, code: m.municipality_code };
  if (m.website) head.website = m.website;
  const src = {
    name: checked
      ? text(['SCB:s kommunkoder; webbplatsen sedd i offentliga förteckningar', 'Statistics Sweden\'s municipality codes; the web site as seen in public listings'])
      : text(['SCB:s kommunkoder; webbplatsen är känd men inte kontrollerad här', 'Statistics Sweden\'s municipality codes; the web site is well known but not checked here']),
  };
  const ind = '        ';
  const parts = Object.entries(head).map(([k, v]) => `${json(k)}: ${json(v)}`);
  const lines = [`${ind}{${parts.join(', ')},`];
  if (contacts.length) {
    lines.push(`${ind}  "contacts": [`);
    lines.push(contacts.map((c) => `${ind}    ${json(c)}`).join(',\n'));
    lines.push(`${ind}  ],`);
  }
  if (areas.length) lines.push(`${ind}  "minority_languages": ${json(areas)},`);
  lines.push(`${ind}  "source": ${json(src)}}`);
  return lines.join('\n');
}

export function generate() {
  const municipalities = tsv('municipalities.tsv');
  const regions = tsv('regions.tsv');
  const contacts = tsv('contacts.tsv');
  const areas = tsv('minority-areas.tsv');
  const out = {};
  for (const file of ['vasternorrland.json', 'jamtland-harjedalen.json', 'vastra-gotaland.json']) {
    let body = readFileSync(join(dataDir, file), 'utf8');
    const county = body.match(/"county_code": "(\d\d)"/)[1];
    const ids = new Map([...body.matchAll(/\{"id": "([a-z-]+)", "name": "[^"]+", "code": "(\d{4})"/g)].map((x) => [x[2], x[1]]));
    const blocks = municipalities.filter((m) => m.county_code === county).map((m) => {
      const id = ids.get(m.municipality_code);
      if (!id) throw new Error(`${file}: no id for ${m.municipality_code}`);
      const rows = contacts.filter((r) => r.org_code === m.municipality_code);
      return municipalityBlock(m, contactsFor(m.municipality_code, rows, false), minorities(m.municipality_code, areas), id);
    });
    const start = body.indexOf('      "municipalities": [\n');
    const end = body.indexOf('\n      ],\n', start);
    if (start < 0 || end < 0) throw new Error(`${file}: no municipalities list`);
    body = `${body.slice(0, start)}      "municipalities": [\n${blocks.join(',\n')}${body.slice(end)}`;
    // The region's own lines, just before its municipalities.
    body = body.replace(/^ {6}"(contacts|minority_languages)": .*,\n/gm, '');
    const regionRows = contacts.filter((r) => r.org_code === county);
    const own = [];
    const rc = contactsFor(county, regionRows, true);
    if (rc.length) own.push(`      "contacts": ${json(rc)},\n`);
    const ra = minorities(county, areas);
    if (ra.length) own.push(`      "minority_languages": ${json(ra)},\n`);
    const at = body.indexOf('      "municipalities": [\n');
    body = body.slice(0, at) + own.join('') + body.slice(at);
    if (!regions.some((r) => r.county_code === county)) throw new Error(`${county} not in regions.tsv`);
    out[file] = body;
  }
  return out;
}

const cell = (v) => String(v).replaceAll('|', '\\|');
const host = (u) => new URL(u).hostname.replace(/^www\./, '');

/** docs/sources-contacts.md: per county, what the bundled data says and where each fact is from. */
export function sourcesDoc(files) {
  const out = [];
  out.push('# Källor för kontaktuppgifterna / Sources of the contact data', '');
  out.push('*Generated by `node xtask/contacts-from-facts.mjs` from `widgets/core/data/facts/` (a copy of the');
  out.push('reviewed facts, unchanged) and `widgets/core/data/facts-not-shown.tsv`; do not edit by hand.*', '');
  out.push('Every phone number, e-mail address and opening hour the finder shows comes from a `high` or');
  out.push('`medium` row of `contacts.tsv`, each row backed by a public page of the organisation, and is');
  out.push('shown with that page (its domain, linked) and the day the row was checked. `low` rows (third-party');
  out.push('hosts, pages from 2016 or earlier, press lines) are never shown; `tests/facts.rs` fails on any');
  out.push('number or address in the bundled data that no shown row gives, and on any route the facts give that');
  out.push('the data lacks. Roles and hours are written in our own words. Where a municipality has no route,');
  out.push('the card starts at its web site (`municipalities.tsv`) and 1177.', '');
  out.push('Columns: **main** = switchboard, contact centre or general e-mail (`kind: "main"`); **care** = the');
  out.push('route for applying for home care or other elderly care (`kind: "care"`); **source** = the page(s).', '');
  const rows = tsv('contacts.tsv');
  for (const file of ['vasternorrland.json', 'jamtland-harjedalen.json', 'vastra-gotaland.json']) {
    const region = JSON.parse(files[file]).regions[0];
    out.push(`## ${region.name}`, '');
    const describe = (cs, kind) => cs.filter((c) => c.kind === kind).map((c) => {
      const bits = [c.phone, c.email, c.web ? `page ${host(c.web)}` : null].filter(Boolean);
      const hours = [c.phone_hours?.sv, c.opening_hours?.sv].filter(Boolean).map((h) => ` (${h})`).join('');
      return `${c.role.sv}: ${bits.join(', ')}${hours}`;
    }).join('<br>') || '–';
    const sources = (cs) => [...new Set(cs.map((c) => c.source.url))].map((u) => `[${host(u)}](${u})`).join('<br>') || '–';
    const minority = (areas) => (areas ?? []).map((a) => `${a.language} ([${host(a.source.url)}](${a.source.url}))`).join(', ') || '–';
    out.push('| who | code | main | care | source | checked | minority language |', '|---|---|---|---|---|---|---|');
    const rc = region.contacts ?? [];
    out.push(`| ${region.name} | ${region.county_code} | ${cell(describe(rc, 'main'))} | ${cell(describe(rc, 'care'))} | ${sources(rc)} | ${rc[0]?.verified ?? '–'} | ${minority(region.minority_languages)} |`);
    for (const m of region.municipalities) {
      const cs = m.contacts ?? [];
      const main = cs.length ? describe(cs, 'main') : `no route in the facts: starts at [${host(m.website)}](${m.website}) and 1177`;
      out.push(`| ${m.name} | ${m.code} | ${cell(main)} | ${cell(describe(cs, 'care'))} | ${sources(cs)} | ${cs[0]?.verified ?? '–'} | ${minority(m.minority_languages)} |`);
    }
    out.push('');
  }
  out.push('## Rows of the facts not shown, and why', '');
  out.push('High or medium rows left out on purpose (`widgets/core/data/facts-not-shown.tsv`):', '');
  out.push('| who | kind | value | reason |', '|---|---|---|---|');
  for (const s of SKIP) {
    const name = rows.find((r) => r.org_code === s.code)?.org_name ?? s.code;
    out.push(`| ${name} | ${s.kind} | ${cell(s.value === '*' ? 'all' : s.value || '(page)')} | ${cell(s.why)} |`);
  }
  out.push('');
  out.push('Hours given on another page than the phone number are not attached to it (Trollhättan).');
  out.push('`minority_language` rows of `contacts.tsv` are not contact routes; the administrative areas come');
  out.push('from `minority-areas.tsv`. `low` rows (never shown): ' + rows.filter((r) => r.confidence === 'low').length + '.', '');
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  let differ = false;
  const files = generate();
  const docPath = join(root, 'docs/sources-contacts.md');
  const doc = sourcesDoc(files);
  let docNow = '';
  try { docNow = readFileSync(docPath, 'utf8'); } catch { /* first run */ }
  if (docNow !== doc) {
    differ = true;
    if (check) console.error('docs/sources-contacts.md differs; run node xtask/contacts-from-facts.mjs');
    else writeFileSync(docPath, doc);
  }
  for (const [file, body] of Object.entries(files)) {
    const path = join(dataDir, file);
    if (readFileSync(path, 'utf8') === body) continue;
    differ = true;
    if (check) console.error(`${file} differs from the facts; run node xtask/contacts-from-facts.mjs`);
    else writeFileSync(path, body);
  }
  if (check && differ) process.exit(1);
}
