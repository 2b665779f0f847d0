// The data editor (examples/editor.html, issue #17). The form is plain HTML; every check is the
// kit's own decoder, called through the editor's wasm (pkg/editor/, kept out of the widgets'
// download), so this file holds no rules of its own. It builds the data file from the form,
// asks the wasm for the problems (with their paths), puts each message next to its field and
// in the summary, and hands a file without problems to the real widgets as a blob: URL.
// Every visible text lives in editor.html (labels and <template id="texts">).

import init, * as kit from '/pkg/editor/naravard_editor.js';

const $ = (id) => document.getElementById(id);
const form = $('editor');
const texts = $('texts').content;
const LANG = document.documentElement.lang || 'sv';
const DEBOUNCE_MS = 300;

/** A text from the page's template with its {placeholders} filled in. */
function text(key, values = {}) {
  const node = texts.querySelector(`[data-key="${key}"]`);
  const raw = node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
  return raw.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

// ---- state ------------------------------------------------------------------------------

let regions = [];
let uid = 0;
/** The file being edited. Parts the form does not show (other municipalities, English texts,
 *  fields added to the format later) are kept as they are and written back. */
let doc = null;
const lists = { contact: [], milestone: [] }; // entries: { uid, base, li }
const touched = new Set(); // ids of fields the editor has typed in or left
let showAll = false; // after a download attempt, an import or an opened file: every problem
let problems = [];
let timer = 0;
let previewUrl = '';
let current = null; // the region and municipality the lists were last written to

// The form's fields and where each sits in a contact or milestone object.
const FIELDS = {
  contact: ['role', 'role-lattlast', 'phone', 'email', 'web', 'opening_hours', 'phone_hours', 'topics', 'verified', 'source-name', 'source-url'],
  milestone: ['precision', 'year', 'season', 'month', 'day', 'title', 'title-lattlast', 'text', 'text-lattlast', 'level', 'status', 'source-name', 'source-url'],
};
const DATE_PARTS = new Set(['precision', 'year', 'season', 'month', 'day']);
const TEXT_FIELDS = new Set(['role', 'opening_hours', 'phone_hours', 'title', 'text']);
// A field "<text>-lattlast" is that text's easy-to-read form (the data's "lattlast" key).
const EASY = '-lattlast';

function target() {
  const region = $('region').value;
  const kommun = $('kommun').value;
  doc ??= { schema: 1, regions: [] };
  let r = doc.regions.find((x) => x.id === region);
  if (!r) {
    r = { id: region };
    doc.regions.push(r);
  }
  r.municipalities ??= [];
  let m = r.municipalities.find((x) => x.id === kommun);
  if (!m) {
    m = { id: kommun };
    r.municipalities.push(m);
  }
  return { r, m, ri: doc.regions.indexOf(r), mi: r.municipalities.indexOf(m) };
}

// ---- reading the form into the data format ----------------------------------------------

function textValue(base, value) {
  // Keep an English text that came with an opened file; the form edits the Swedish one.
  if (base && typeof base === 'object' && !Array.isArray(base)) return { ...base, sv: value };
  return value;
}

function sourceValue(base, name, url) {
  if (!name && !url) return undefined;
  const out = base && typeof base === 'object' ? { ...base } : {};
  if (name) out.name = textValue(out.name, name); else delete out.name;
  if (url) out.url = url; else delete out.url;
  return out;
}

function readEntry(kind, entry) {
  const out = structuredClone(entry.base ?? {});
  const value = (field) => entry.li.querySelector(`[data-field="${field}"]`).value.trim();
  for (const field of FIELDS[kind]) {
    if (field.startsWith('source-') || DATE_PARTS.has(field) || field.endsWith(EASY)) continue;
    const v = value(field);
    if (field === 'topics') {
      const old = Array.isArray(out.topics) ? out.topics : [];
      const lines = v.split('\n').map((s) => s.trim()).filter(Boolean);
      if (lines.length) out.topics = lines.map((line, i) => textValue(old[i], line));
      else delete out.topics;
    } else if (!v) {
      delete out[field];
    } else {
      out[field] = TEXT_FIELDS.has(field) ? textValue(out[field], v) : v;
    }
  }
  for (const field of FIELDS[kind].filter((f) => f.endsWith(EASY))) {
    const name = field.slice(0, -EASY.length);
    const easy = value(field);
    const form = typeof out[name] === 'string' ? { sv: out[name] } : out[name];
    if (easy) out[name] = { ...form, lattlast: easy };
    else if (form && typeof form === 'object') {
      // Emptied: the text goes back to a plain string when Swedish is all it has.
      delete form.lattlast;
      out[name] = Object.keys(form).length === 1 && 'sv' in form ? form.sv : form;
    }
  }
  if (kind === 'milestone') {
    const date = dateValue(value);
    if (date) out.date = date; else delete out.date;
  }
  const source = sourceValue(out.source, value('source-name'), value('source-url'));
  if (source) out.source = source; else delete out.source;
  return out;
}

/** The milestone's date in the data format, at the precision chosen: "2027", "2026-autumn",
 *  "2026-09" or "2026-09-15". What is typed goes in as it is; the decoder judges it. */
function dateValue(value) {
  const year = value('year');
  if (!year) return '';
  const day = value('day');
  switch (value('precision')) {
    case 'season': return `${year}-${value('season')}`;
    case 'month': return `${year}-${value('month')}`;
    case 'day': return `${year}-${value('month')}-${/^\d$/.test(day) ? `0${day}` : day}`;
    default: return year;
  }
}

function showDateParts(li) {
  const precision = li.querySelector('[data-field="precision"]');
  if (!precision) return;
  for (const part of li.querySelectorAll('[data-when]')) {
    part.hidden = !part.dataset.when.split(' ').includes(precision.value);
  }
}

function build() {
  const { r, m } = target();
  const contacts = lists.contact.map((e) => readEntry('contact', e));
  const milestones = lists.milestone.map((e) => readEntry('milestone', e));
  if (contacts.length) m.contacts = contacts; else delete m.contacts;
  if (milestones.length) r.milestones = milestones; else delete r.milestones;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

// ---- entries ------------------------------------------------------------------------------

function fieldText(value) {
  if (value == null) return '';
  if (typeof value === 'string') return value;
  return value.sv ?? '';
}

function fillEntry(kind, entry, data) {
  const set = (field, v) => { entry.li.querySelector(`[data-field="${field}"]`).value = v ?? ''; };
  for (const field of FIELDS[kind]) {
    if (field === 'topics') set(field, (data.topics ?? []).map(fieldText).join('\n'));
    else if (field === 'source-name') set(field, fieldText(typeof data.source === 'string' ? data.source : data.source?.name));
    else if (field === 'source-url') set(field, typeof data.source === 'object' ? data.source?.url : '');
    else if (field === 'level') set(field, data.level ?? 'municipal');
    else if (field.endsWith(EASY)) set(field, data[field.slice(0, -EASY.length)]?.lattlast);
    else if (!DATE_PARTS.has(field)) set(field, fieldText(data[field]));
  }
  if (kind === 'milestone') {
    const [, year = '', season, month, day] = /^(\d{4})(?:-(spring|summer|autumn|winter)|-(\d{2})(?:-(\d{2}))?)?$/
      .exec(data.date ?? '') ?? [];
    set('precision', (day && 'day') || (month && 'month') || (season && 'season') || 'year');
    set('year', year);
    set('season', season ?? 'spring');
    set('month', month ?? '01');
    set('day', day ?? '');
    showDateParts(entry.li);
  }
}

function createEntry(kind, data = {}) {
  const li = $(`${kind}-template`).content.firstElementChild.cloneNode(true);
  li.querySelector('fieldset').append($('entry-end').content.cloneNode(true));
  const entry = { uid: ++uid, base: data, li };
  li.dataset.uid = entry.uid;
  for (const input of li.querySelectorAll('[data-field]')) {
    const id = `${kind[0]}${entry.uid}-${input.dataset.field}`;
    input.id = id;
    input.name = id;
    const label = li.querySelector(`[data-for="${input.dataset.field}"]`);
    label.htmlFor = id;
    const hint = li.querySelector(`[data-hint="${input.dataset.field}"]`);
    if (hint) {
      hint.id = `${id}-hint`;
      input.setAttribute('aria-describedby', hint.id);
    }
  }
  fillEntry(kind, entry, data);
  li.addEventListener('change', (event) => {
    if (event.target.dataset.field === 'precision') showDateParts(li);
  });
  li.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (button) act(kind, entry, button.dataset.action);
  });
  return entry;
}

function renderList(kind) {
  const ol = $(`${kind}s`);
  lists[kind].forEach((entry, i) => {
    const legend = entry.li.querySelector('legend');
    legend.textContent = text(kind, { n: i + 1 });
    // The buttons say which entry they act on, for screen readers' lists of buttons.
    for (const button of entry.li.querySelectorAll('button[data-action]')) {
      button.setAttribute('aria-label', `${button.textContent.trim()}: ${legend.textContent}`);
    }
    if (ol.children[i] !== entry.li) ol.insertBefore(entry.li, ol.children[i] ?? null);
  });
  while (ol.children.length > lists[kind].length) ol.lastElementChild.remove();
}

function announce(message) {
  const status = $('status');
  status.textContent = '';
  // A fresh text node after a pause, so the same message is read again.
  setTimeout(() => { status.textContent = message; }, 50);
}

function what(kind, entry) {
  return text(kind, { n: lists[kind].indexOf(entry) + 1 });
}

function add(kind, data = {}, focus = true) {
  const entry = createEntry(kind, data);
  lists[kind].push(entry);
  renderList(kind);
  if (focus) {
    entry.li.querySelector('[data-field]').focus();
    announce(text(`added-${kind}`, { n: lists[kind].length }));
  }
  return entry;
}

function act(kind, entry, action) {
  const list = lists[kind];
  const i = list.indexOf(entry);
  if (action === 'remove') {
    const name = what(kind, entry);
    list.splice(i, 1);
    renderList(kind);
    const next = list[i] ?? list[i - 1];
    if (next) next.li.querySelector('[data-field]').focus();
    else $(`add-${kind}`).focus();
    announce(text('removed', { what: name, count: list.length }));
  } else {
    const j = action === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) {
      announce(text(j < 0 ? 'first' : 'last', { what: what(kind, entry) }));
      return;
    }
    [list[i], list[j]] = [list[j], list[i]];
    renderList(kind);
    // Focus stays on the button that was pressed, now in the entry's new place.
    entry.li.querySelector(`button[data-action="${action}"]`).focus();
    announce(text('moved', { what: text(kind, { n: i + 1 }), n: j + 1 }));
  }
  schedule();
}

// ---- problems -----------------------------------------------------------------------------

/** The id of the form field a problem's path points at, or '' for one the form does not show. */
function fieldFor(path) {
  const { ri, mi } = target();
  const prefixes = [
    ['contact', `regions[${ri}].municipalities[${mi}].contacts[`],
    ['milestone', `regions[${ri}].milestones[`],
  ];
  for (const [kind, prefix] of prefixes) {
    if (!path.startsWith(prefix)) continue;
    const rest = path.slice(prefix.length);
    const index = Number.parseInt(rest, 10);
    const entry = lists[kind][index];
    if (!entry) return '';
    const after = rest.slice(rest.indexOf(']') + 1).replace(/^\./, '');
    let field = after.split(/[.[]/)[0];
    if (field === 'source') field = after.includes('.url') ? 'source-url' : 'source-name';
    if (FIELDS[kind].includes(`${field}${EASY}`) && /\.lattlast\b/.test(after)) field = `${field}${EASY}`;
    if (field === 'date') field = entry.li.querySelector('[data-field="precision"]').value === 'day' ? 'day' : 'year';
    // A problem with the whole entry (e.g. no way to reach the contact) goes to its first
    // field that can fix it.
    if (!FIELDS[kind].includes(field)) field = kind === 'contact' ? 'phone' : 'year';
    return `${kind[0]}${entry.uid}-${field}`;
  }
  return '';
}

function labelOf(id) {
  const input = $(id);
  const label = input && document.querySelector(`label[for="${id}"]`);
  const legend = input?.closest('li.entry')?.querySelector('legend');
  return [legend?.textContent, label?.textContent].filter(Boolean).join(', ').replace(/\s+/g, ' ').trim();
}

function render() {
  for (const old of form.querySelectorAll('.field-error')) old.remove();
  for (const input of form.querySelectorAll('[aria-invalid]')) {
    input.removeAttribute('aria-invalid');
    const hint = $(`${input.id}-hint`);
    if (hint) input.setAttribute('aria-describedby', hint.id); else input.removeAttribute('aria-describedby');
  }
  const shown = [];
  const byField = new Map();
  for (const p of problems) {
    const id = fieldFor(p.path);
    if (id && !showAll && !touched.has(id)) continue;
    shown.push({ ...p, id });
    if (id) byField.set(id, [...(byField.get(id) ?? []), p]);
  }
  for (const [id, list] of byField) {
    const input = $(id);
    const error = document.createElement('p');
    error.className = 'field-error';
    error.id = `${id}-error`;
    for (const p of list) {
      const span = document.createElement('span');
      span.textContent = p.message;
      if (p.lang !== LANG) span.lang = p.lang;
      error.append(span, ' ');
    }
    input.before(error);
    input.setAttribute('aria-invalid', 'true');
    const hint = $(`${id}-hint`);
    input.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
  }
  const summary = $('error-summary');
  const items = shown.map((p) => {
    const li = document.createElement('li');
    const message = document.createElement('span');
    message.textContent = p.message;
    if (p.lang !== LANG) message.lang = p.lang;
    if (p.id) {
      const a = document.createElement('a');
      a.href = `#${p.id}`;
      a.append(`${labelOf(p.id)}: `, message);
      li.append(a);
    } else {
      li.append(`${p.path || text('whole-file')}: `, message);
    }
    return li;
  });
  $('error-list').replaceChildren(...items);
  summary.hidden = items.length === 0;
}

// ---- checking, preview, snippet ---------------------------------------------------------

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(check, DEBOUNCE_MS);
}

function check() {
  clearTimeout(timer);
  const json = build();
  problems = JSON.parse(kit.validate(json, LANG));
  render();
  document.documentElement.dataset.checked = String(Date.now());
  if (problems.length === 0) updatePreview(json);
  const note = $('preview-note');
  note.dataset.stale = problems.length ? 'true' : 'false';
  note.textContent = text(problems.length ? 'preview-stale' : 'preview-fresh');
  updateSnippet();
  return json;
}

function updatePreview(json) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const old = previewUrl;
  previewUrl = url;
  const { r, m } = target();
  const preview = $('preview');
  let kontakt = preview.querySelector('naravard-kontakt');
  let fardplan = preview.querySelector('naravard-fardplan');
  if (!kontakt) {
    kontakt = document.createElement('naravard-kontakt');
    fardplan = document.createElement('naravard-fardplan');
    for (const el of [kontakt, fardplan]) el.setAttribute('loading', 'eager');
    preview.replaceChildren(kontakt, fardplan);
  }
  for (const [el, attrs] of [[kontakt, { region: r.id, kommun: m.id, src: url }], [fardplan, { region: r.id, src: url }]]) {
    for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  }
  // The widgets keep the previous file until the new one has loaded; let it go a little later.
  if (old) setTimeout(() => URL.revokeObjectURL(old), 10_000);
}

function fileName() {
  return `naravard-${$('kommun').value || 'data'}.json`;
}

function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

function snippetText() {
  const kitScript = document.querySelector('script[src$="naravard.js"]');
  const base = new URL('.', kitScript.src).href;
  const src = $('file-url').value.trim() || fileName();
  const { r, m } = target();
  const attrs = (list) => list.map(([n, v]) => ` ${n}="${escapeHtml(v)}"`).join('');
  return `<script type="module" src="${escapeHtml(`${base}naravard.js`)}"></script>\n\n`
    + `${text('snippet-comment')}\n`
    + `<naravard-kontakt${attrs([['region', r.id], ['kommun', m.id], ['src', src]])}>\n`
    + `  <p>${escapeHtml(text('fallback-kontakt'))}</p>\n</naravard-kontakt>\n\n`
    + `<naravard-fardplan${attrs([['region', r.id], ['src', src]])}>\n`
    + `  <p>${escapeHtml(text('fallback-fardplan'))}</p>\n</naravard-fardplan>\n`;
}

function updateSnippet() {
  $('snippet').textContent = snippetText();
}

function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function refuseWithSummary() {
  showAll = true;
  check();
  if (problems.length) {
    $('error-summary').focus();
    announce(text('download-refused'));
    return true;
  }
  return false;
}

// ---- region and municipality --------------------------------------------------------------

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  o.textContent = label;
  return o;
}

function fillKommuner() {
  const r = regions.find((x) => x.id === $('region').value);
  $('kommun').replaceChildren(...(r?.municipalities ?? []).map((m) => option(m.id, m.name)));
}

function showKnown() {
  const region = $('region').value;
  const kommun = $('kommun').value;
  const raw = kit.bundled(region, kommun);
  const known = raw ? JSON.parse(raw) : { municipality: {}, milestones: [] };
  const name = $('kommun').selectedOptions[0]?.textContent ?? kommun;
  const items = (known.municipality.contacts ?? []).map((c) => {
    const li = document.createElement('li');
    li.textContent = [fieldText(c.role), c.phone, c.email, c.web].filter(Boolean).join(' · ');
    return li;
  });
  if (!items.length) {
    const li = document.createElement('li');
    li.textContent = text('known-none', { name });
    items.push(li);
  }
  $('known-contacts').replaceChildren(...items);
  $('known-milestones').textContent = text('known-milestones', { count: known.milestones.length });
}

/** Moves the edited lists to another region or municipality: the previous target keeps only
 *  what the form does not edit, and goes if nothing is left of it. */
function retarget(previous) {
  const r = doc?.regions.find((x) => x.id === previous.region);
  if (r) {
    const m = r.municipalities?.find((x) => x.id === previous.kommun);
    if (m) {
      delete m.contacts;
      if (Object.keys(m).length === 1) r.municipalities.splice(r.municipalities.indexOf(m), 1);
    }
    delete r.milestones;
    if (r.municipalities?.length === 0) delete r.municipalities;
    if (Object.keys(r).length === 1) doc.regions.splice(doc.regions.indexOf(r), 1);
  }
  showKnown();
  schedule();
}

// ---- files in ------------------------------------------------------------------------------

function readBytes(input) {
  const file = input.files?.[0];
  if (!file) return null;
  return file.arrayBuffer().then((buffer) => ({ file, bytes: new Uint8Array(buffer) }));
}

function problemItem(prefix, message, lang) {
  const li = document.createElement('li');
  const span = document.createElement('span');
  span.textContent = message;
  if (lang !== LANG) span.lang = lang;
  li.append(`${prefix}: `, span);
  return li;
}

async function importCsv() {
  const got = await readBytes($('csv-file'));
  if (!got) return;
  const result = JSON.parse(kit.import_csv(got.bytes, LANG));
  const box = $('csv-result');
  const problemsList = result.problems.map((p) => problemItem(
    [p.row ? text('csv-row', { row: p.row }) : '', p.column ? text('csv-column', { column: p.column }) : '']
      .filter(Boolean).join(', ') || got.file.name,
    p.message, p.lang,
  ));
  let summary;
  if (result.encoding === null) {
    summary = text('csv-refused', { file: got.file.name });
  } else {
    const encoding = result.encoding === 'windows-1252' ? text('converted') : 'UTF-8';
    summary = text('csv-read', {
      ok: result.contacts.length, rows: result.rows, file: got.file.name, encoding, delimiter: result.delimiter,
    });
    const badRows = new Set(result.problems.map((p) => p.row)).size;
    if (badRows) summary += ` ${text(badRows === 1 ? 'csv-problems-one' : 'csv-problems', { count: badRows })}`;
    // Reading the same file again (after fixing rows in the spreadsheet) replaces what the
    // last reading of it added, so the good rows do not come twice.
    lists.contact = lists.contact.filter((e) => e.csv !== got.file.name);
    for (const { contact } of result.contacts) add('contact', contact, false).csv = got.file.name;
    renderList('contact');
    if (result.contacts.length) showAll = true;
  }
  $('csv-summary').textContent = summary;
  $('csv-problems').replaceChildren(...problemsList);
  box.hidden = false;
  box.focus();
  check();
  announce(summary);
}

/** Whether the form can edit the file: its first region, and that region's first municipality
 *  if it has one, are among the bundled ones (the pickers offer only those). */
function editable(data) {
  const r = data.regions?.[0];
  const known = regions.find((x) => x.id === r?.id);
  const m = r?.municipalities?.[0];
  return Boolean(known && (!m || known.municipalities.some((x) => x.id === m.id)));
}

async function openFile() {
  const got = await readBytes($('open-file'));
  if (!got) return;
  const json = new TextDecoder('utf-8').decode(got.bytes);
  const found = JSON.parse(kit.validate(json, LANG));
  const box = $('open-result');
  let summary;
  if (found.length) {
    summary = text('open-refused', { file: got.file.name, count: found.length });
    $('open-problems').replaceChildren(...found.map((p) => problemItem(
      [text('line-column', { line: p.line, column: p.column }), p.path].filter(Boolean).join(', '),
      p.message, p.lang,
    )));
  } else if (!editable(JSON.parse(json))) {
    const first = JSON.parse(json).regions?.[0];
    summary = text('open-unknown', { file: got.file.name, id: [first?.id, first?.municipalities?.[0]?.id].filter(Boolean).join(', ') });
    $('open-problems').replaceChildren();
  } else {
    doc = JSON.parse(json);
    // The first region and municipality of the file are the ones the form edits.
    const r = doc.regions[0];
    const m = r.municipalities?.[0];
    $('region').value = r.id;
    fillKommuner();
    if (m) $('kommun').value = m.id;
    for (const kind of ['contact', 'milestone']) lists[kind] = [];
    for (const c of m?.contacts ?? []) add('contact', c, false);
    for (const ms of r.milestones ?? []) add('milestone', ms, false);
    renderList('contact');
    renderList('milestone');
    showAll = true;
    current = { region: $('region').value, kommun: $('kommun').value };
    showKnown();
    summary = text('open-ok', { file: got.file.name, contacts: lists.contact.length, milestones: lists.milestone.length });
    $('open-problems').replaceChildren();
    check();
  }
  $('open-summary').textContent = summary;
  box.hidden = false;
  box.focus();
  announce(summary);
}

// ---- start ----------------------------------------------------------------------------------

async function start() {
  await init({ module_or_path: new URL('/pkg/editor/naravard_editor_bg.wasm', import.meta.url) });
  regions = JSON.parse(kit.regions());
  $('region').replaceChildren(...regions.map((r) => option(r.id, r.name)));
  fillKommuner();
  showKnown();
  const template = new Blob([kit.csv_template(LANG)], { type: 'text/csv;charset=utf-8' });
  $('csv-template').href = URL.createObjectURL(template);

  current = { region: $('region').value, kommun: $('kommun').value };
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    if (event.target.dataset.field) touched.add(event.target.id);
    schedule();
  });
  form.addEventListener('focusout', (event) => {
    if (event.target.dataset?.field && !touched.has(event.target.id) && event.target.value) {
      touched.add(event.target.id);
      schedule();
    }
  });
  form.addEventListener('change', (event) => {
    if (event.target === $('region')) fillKommuner();
    if (event.target === $('region') || event.target === $('kommun')) {
      retarget(current);
      current = { region: $('region').value, kommun: $('kommun').value };
    }
    if (event.target.dataset.field) {
      touched.add(event.target.id);
      schedule();
    }
  });
  $('add-contact').addEventListener('click', () => { add('contact'); schedule(); });
  $('add-milestone').addEventListener('click', () => { add('milestone'); schedule(); });
  $('csv-file').addEventListener('change', importCsv);
  $('open-file').addEventListener('change', openFile);
  $('file-url').addEventListener('input', updateSnippet);
  $('error-list').addEventListener('click', (event) => {
    const a = event.target.closest('a[href^="#"]');
    if (!a) return;
    // As GOV.UK's summary does: move to the field itself and show its label with it.
    event.preventDefault();
    const input = $(a.getAttribute('href').slice(1));
    input?.closest('.field')?.scrollIntoView({ block: 'start' });
    input?.focus({ preventScroll: true });
  });
  $('download-data').addEventListener('click', () => {
    if (refuseWithSummary()) return;
    download(fileName(), build(), 'application/json');
    announce(text('downloaded', { file: fileName() }));
  });
  $('download-snippet').addEventListener('click', () => {
    if (refuseWithSummary()) return;
    download(`${fileName().replace(/\.json$/, '')}-kod.html`, snippetText(), 'text/html');
  });
  check();
  document.documentElement.dataset.editorReady = '';
}

start().catch((error) => {
  console.error('editor: could not start', error);
});
