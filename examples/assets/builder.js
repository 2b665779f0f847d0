// The snippet builder (examples/builder.html): reads the form, shows the real widget with the
// chosen attributes and tokens, and writes the code an editor pastes into their CMS. Every
// visible text lives in builder.html (labels, the <template id="texts"> and data-* attributes
// on the status line); this file only assembles them.

const form = document.getElementById('builder');
const preview = document.getElementById('preview');
const snippet = document.getElementById('snippet');
const css = document.getElementById('css');
const status = document.getElementById('copy-status');
const kommunField = document.getElementById('kommun-field');
const kommunInput = document.getElementById('kommun');
const datalist = document.getElementById('kommuner');
const tokenFields = [...document.querySelectorAll('#tokens [data-token]')];
const texts = document.getElementById('texts').content;

// Where this page loads the kit from: the folder of its own naravard.js.
const kitScript = document.querySelector('script[src$="naravard.js"]');
const KIT_BASE = new URL('.', kitScript.src).href;
const DEFAULT_HEADING_LEVEL = '2';

let regions = [];
const hashes = new Map(); // file name → Promise of "sha384-…"
let generation = 0;

/** A text from the page's template, in the widget's language when it has one. */
function text(key, lang) {
  const node = texts.querySelector(`[data-key="${key}"][lang="${lang}"]`)
    ?? texts.querySelector(`[data-key="${key}"]`);
  return node?.textContent.replace(/\s+/g, ' ').trim() ?? '';
}

function escapeHtml(value) {
  return String(value)
    .replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

/** Lower case without diacritics, so "ornskoldsvik" finds "Örnsköldsvik". */
function fold(value) {
  return value.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}

function region(id) {
  return regions.find((r) => r.id === id);
}

/** The municipality the editor typed, as its id when it is one of the region's. */
function kommunValue(regionId, typed) {
  const wanted = fold(typed);
  if (!wanted) return '';
  const match = region(regionId)?.municipalities
    .find((m) => fold(m.name) === wanted || m.id === wanted || m.code === wanted);
  return match ? match.id : typed.trim();
}

/** Everything the form says, in the shape the rest of this file needs. */
function read() {
  const data = new FormData(form);
  const widget = data.get('widget');
  const regionId = data.get('region');
  const attributes = [['region', regionId]];
  const kommun = widget === 'kontakt' ? kommunValue(regionId, data.get('kommun') ?? '') : '';
  if (kommun) attributes.push(['kommun', kommun]);
  for (const name of ['lang', 'variant', 'theme']) {
    if (data.get(name)) attributes.push([name, data.get(name)]);
  }
  if (data.get('heading-level') && data.get('heading-level') !== DEFAULT_HEADING_LEVEL) {
    attributes.push(['heading-level', data.get('heading-level')]);
  }
  const mode = data.get('mode');
  const tokens = mode === 'iframe' ? [] : tokenFields
    .map((input) => [input.dataset.token, input.value.trim(), input.dataset.default ?? ''])
    .filter(([, value, fallback]) => value && value.toLowerCase() !== fallback.toLowerCase())
    .map(([token, value]) => [token, value]);
  let base = (data.get('base') ?? '').trim() || KIT_BASE;
  if (!base.endsWith('/')) base += '/';
  return {
    widget, regionId, attributes, tokens, mode, base,
    versioned: data.get('versioned') === 'on',
    lang: data.get('lang') || 'sv',
  };
}

/** The live widget: the real element, attributes set one by one, tokens on the wrapper. */
function showPreview(state) {
  const tag = `naravard-${state.widget}`;
  let element = preview.firstElementChild;
  if (element?.localName !== tag) {
    element = document.createElement(tag);
    preview.replaceChildren(element);
  }
  const wanted = new Map(state.attributes);
  for (const name of element.getAttributeNames()) {
    if (!wanted.has(name)) element.removeAttribute(name);
  }
  for (const [name, value] of wanted) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
  for (const input of tokenFields) preview.style.removeProperty(input.dataset.token);
  for (const [token, value] of state.tokens) preview.style.setProperty(token, value);
}

/** "sha384-…" of a file of the kit this page runs, for the integrity attribute. */
function integrity(file) {
  if (!hashes.has(file)) {
    hashes.set(file, (async () => {
      const response = await fetch(new URL(file, KIT_BASE), { cache: 'no-store' });
      if (!response.ok) throw new Error(`${file}: ${response.status}`);
      const digest = await crypto.subtle.digest('SHA-384', await response.arrayBuffer());
      let binary = '';
      for (const byte of new Uint8Array(digest)) binary += String.fromCharCode(byte);
      return `sha384-${btoa(binary)}`;
    })());
  }
  return hashes.get(file);
}

function attributeText(attributes) {
  return attributes.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
}

function fallbackHtml(state) {
  if (state.widget === 'kontakt') return escapeHtml(text('fallback-kontakt', state.lang));
  const r = region(state.regionId);
  const name = r?.name ?? form.elements.region.selectedOptions[0]?.textContent ?? state.regionId;
  const link = r?.website ? `<a href="${escapeHtml(r.website)}">${escapeHtml(name)}</a>` : escapeHtml(name);
  return escapeHtml(text('fallback-other', state.lang)).replace('{link}', link);
}

async function scriptTag(state, file, type) {
  let extra = '';
  if (state.versioned) extra = ` integrity="${await integrity(file)}" crossorigin="anonymous"`;
  return `<script${type}src="${escapeHtml(state.base + file)}"${extra}`;
}

async function code(state) {
  const tag = `naravard-${state.widget}`;
  if (state.mode === 'iframe') {
    const params = new URLSearchParams({ widget: state.widget });
    for (const [name, value] of state.attributes) params.set(name, value);
    const src = `${state.base}embed.html?${params}`;
    const script = await scriptTag(state, 'naravard-iframe.js', ' ');
    return {
      html: `${text('iframe-comment')}\n${script} defer></script>\n\n${text('iframe-here')}\n`
        + `<iframe data-naravard-frame title="${escapeHtml(text(`title-${state.widget}`, state.lang))}"\n`
        + `  src="${escapeHtml(src)}"\n  width="100%" height="480" loading="lazy"></iframe>`,
      css: `${text('css-iframe')}\niframe[data-naravard-frame] {\n  display: block;\n  width: 100%;\n  border: 0;\n}`,
    };
  }
  if (state.mode === 'prerendered') return prerenderedCode(state);
  const script = await scriptTag(state, 'naravard.js', ' type="module" ');
  const rules = state.tokens.map(([token, value]) => `  ${token}: ${value};`).join('\n');
  return {
    html: `${script}></script>\n\n<${tag}${attributeText(state.attributes)}>\n`
      + `  <p>${fallbackHtml(state)}</p>\n</${tag}>`,
    css: rules ? `${tag} {\n${rules}\n}` : text('css-none'),
  };
}

/**
 * The pre-rendered fragment the build made for this widget, region and language, lättläst
 * included (pkg/prerendered/…), its stylesheet link pointed at the kit's folder. Only the
 * region, language, variant and theme go on the element: other settings would make the kit's
 * own first render differ from the pre-rendered one, and the page would change when the kit
 * starts.
 */
async function prerenderedCode(state) {
  const tag = `naravard-${state.widget}`;
  // Lättläst is Swedish: with English the kit shows standard English, and so does the fragment.
  const lattlast = state.lang === 'sv'
    && state.attributes.some(([name, value]) => name === 'variant' && value === 'lattlast');
  const file = `prerendered/${state.regionId}/${state.widget}.${lattlast ? 'lattlast' : state.lang}.html`;
  const response = await fetch(new URL(file, KIT_BASE));
  if (!response.ok) throw new Error(`${file}: ${response.status}`);
  let fragment = (await response.text()).trim()
    .replace(/(<link rel="stylesheet" href=")[^"]*(naravard-[a-z]+\.css")/, `$1${escapeHtml(state.base)}$2`);
  const theme = state.attributes.find(([name]) => name === 'theme');
  if (theme) fragment = fragment.replace(`<${tag} `, `<${tag}${attributeText([theme])} `);
  const script = await scriptTag(state, 'naravard.js', ' type="module" ');
  const rules = state.tokens.map(([token, value]) => `  ${token}: ${value};`).join('\n');
  return {
    html: `${script}></script>\n\n${fragment}`,
    css: rules ? `${tag} {\n${rules}\n}` : text('css-none'),
  };
}

async function update() {
  const state = read();
  kommunField.hidden = state.widget !== 'kontakt';
  // A pre-rendered fragment is made with the default heading level and no municipality.
  kommunInput.disabled = state.mode === 'prerendered';
  form.elements['heading-level'].disabled = state.mode === 'prerendered';
  document.getElementById('tokens').disabled = state.mode === 'iframe';
  showPreview(state);
  const mine = ++generation;
  try {
    const out = await code(state);
    if (mine !== generation) return;
    snippet.textContent = out.html;
    css.textContent = out.css;
    snippet.dataset.ready = state.versioned ? 'integrity' : 'plain';
  } catch (error) {
    console.warn('builder: could not compute the integrity hash', error);
  }
}

function fillMunicipalities() {
  const r = region(form.elements.region.value);
  datalist.replaceChildren(...(r?.municipalities ?? []).map((m) => {
    const option = document.createElement('option');
    option.value = m.name;
    return option;
  }));
}

async function copy(button) {
  const target = document.getElementById(button.dataset.target);
  // Empty first, so the same message is announced again on a second copy.
  status.textContent = '';
  let message;
  try {
    await navigator.clipboard.writeText(target.textContent);
    message = button.dataset.target === 'css' ? status.dataset.copiedCss : status.dataset.copiedSnippet;
  } catch {
    message = status.dataset.failed;
  }
  setTimeout(() => { status.textContent = message; }, 50);
}

async function start() {
  form.elements.base.value = KIT_BASE;
  try {
    const response = await fetch(new URL('regions.json', import.meta.url));
    regions = (await response.json()).regions;
  } catch (error) {
    console.warn('builder: the list of municipalities could not load', error);
  }
  try {
    const pkg = await (await fetch(new URL('package.json', KIT_BASE))).json();
    document.getElementById('version').textContent = pkg.version;
  } catch {
    // The example version in the hint stays.
  }
  fillMunicipalities();
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', update);
  form.addEventListener('change', (event) => {
    if (event.target === form.elements.region) {
      kommunInput.value = '';
      fillMunicipalities();
    }
    update();
  });
  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', () => copy(button));
  }
  await update();
  document.documentElement.dataset.builderReady = '';
}

start();
