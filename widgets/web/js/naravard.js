// The only file a page includes. It defines <naravard-malbild>, <naravard-kontakt> and
// <naravard-fardplan>, mounts the same widgets on <div data-naravard="…"> placeholders (for
// CMSs that strip unknown tags), and loads the wasm once, shared by every widget on the page.
// Until a widget has rendered, and for good if the wasm cannot load, whatever the editor put
// inside the element stays visible: the shadow root is attached only when there is something
// to show in it.

// Exported so the iframe embed (embed.js) accepts exactly the same widgets and attributes.
export const KINDS = ['malbild', 'kontakt', 'fardplan'];
export const ATTRIBUTES = [
  'region', 'kommun', 'lang', 'variant', 'heading-level', 'sections', 'expanded', 'src', 'remember',
  'levels', 'from', 'to', 'today', 'layout', 'theme', 'loading',
];
const registry = (globalThis.__naravard ??= { defined: false });

// The build replaces BUILD_ID with a hash of the glue and the wasm, so a browser that has
// this file never pairs it with a cached glue or wasm from another release.
const BUILD = '?v=BUILD_ID';
let kit; // Promise of the wasm module's exports, started by the first widget.
let wasmMemory; // the instance's memory, for the benchmark's and tests' figures
let dead = false; // set when the wasm module has stopped; fallbacks then stay
const sheets = new Map();
const mounted = new Set();

function loadKit() {
  kit ??= import(`./naravard_wasm.js${BUILD}`).then(async (module) => {
    const exports = await module.default({ module_or_path: new URL(`naravard_wasm_bg.wasm${BUILD}`, import.meta.url) });
    wasmMemory = exports.memory;
    return module;
  });
  return kit;
}

function sheetFor(module, kind) {
  let sheet = sheets.get(kind);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(module.stylesheet(kind));
    sheets.set(kind, sheet);
  }
  return sheet;
}

// Mounts, updates and unmounts one host (a custom element or a placeholder div). Attribute
// changes that arrive together are applied in one update.
class Mount {
  constructor(host, kind, prefix) {
    this.host = host;
    this.kind = kind;
    this.prefix = prefix;
    this.widget = null;
    this.generation = 0;
  }

  // A widget starts its work (loading the wasm, rendering, fetching its data file) only when
  // it comes near the viewport, so a long page pays nothing for widgets far below.
  // `loading="eager"` starts at once.
  connect() {
    if (this.host.getAttribute(`${this.prefix}loading`) === 'eager' || !nearViewport) {
      this.start();
    } else {
      nearViewport.observe(this.host);
      waiting.set(this.host, this);
    }
  }

  async start() {
    const generation = ++this.generation;
    let module;
    try {
      module = await loadKit();
    } catch (error) {
      if (!registry.loadWarned) {
        registry.loadWarned = true;
        console.warn('naravard: the widget kit could not load, so the fallback content stays in place.', error);
      }
      return;
    }
    // The element may have left the page (or come back) while the wasm was loading.
    if (generation !== this.generation || !this.host.isConnected || this.widget || dead) return;
    const prerendered = isPrerendered(this.host);
    const root = this.host.shadowRoot ?? this.host.attachShadow({ mode: 'open' });
    try {
      this.widget = module.mount(this.kind, this.host, this.prefix, prerendered) ?? null;
      if (this.widget && prerendered) {
        await takeOver(root, this.widget, sheetFor(module, this.kind));
        this.widget?.attached();
      } else {
        root.adoptedStyleSheets = [sheetFor(module, this.kind)];
        if (this.widget) {
          root.replaceChildren(this.widget.container());
          this.widget.attached();
        }
      }
    } catch (error) {
      showFallback(this);
      console.error(`naravard: the ${this.kind} widget could not start.`, error);
      return;
    }
    if (this.widget) mounted.add(this);
  }

  update() {
    if (!this.widget || this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (this.widget && !dead) this.widget.update();
    });
  }

  disconnect() {
    this.generation++;
    if (waiting.delete(this.host)) nearViewport?.unobserve(this.host);
    // Moving an element (remove, then insert) must not tear it down and rebuild it.
    queueMicrotask(() => {
      if (this.host.isConnected || !this.widget) return;
      const widget = this.widget;
      this.widget = null;
      mounted.delete(this);
      if (!dead) widget.unmount();
    });
  }
}

const waiting = new Map(); // host → Mount, for hosts not yet near the viewport
const nearViewport = globalThis.IntersectionObserver && new IntersectionObserver((entries) => {
  for (const entry of entries) {
    if (!entry.isIntersecting) continue;
    const mount = waiting.get(entry.target);
    waiting.delete(entry.target);
    nearViewport.unobserve(entry.target);
    mount?.start();
  }
}, { rootMargin: '600px 0px' });

// Printing shows every widget, also those the reader never scrolled to.
function startAll() {
  for (const mount of [...waiting.values()]) {
    waiting.delete(mount.host);
    nearViewport?.unobserve(mount.host);
    mount.start();
  }
}

// ---- pre-rendered widgets (issue #15) -----------------------------------------------------
// A pre-rendered fragment (pkg/prerendered/…) arrives with a declarative shadow root that
// already holds the widget's container. The kit renders the same widget into a fresh container
// and swaps it in, with the stylesheet, in one task once that render is complete: nothing
// moves, flashes or doubles, and a panic cannot happen mid-way as it could with hydration.

// The pre-rendered container: a direct child of the shadow root (`:scope` does not work on one).
function prerenderedContainer(root) {
  return [...(root?.children ?? [])].find((child) => child.classList.contains('naravard'));
}

function isPrerendered(host) {
  return !!prerenderedContainer(host.shadowRoot);
}

async function takeOver(root, widget, sheet) {
  const fresh = widget.container();
  // Yew renders in a microtask after mount; until it has, the pre-rendered markup stays.
  for (let i = 0; i < 100 && !fresh.firstElementChild; i++) {
    await (i === 0 ? Promise.resolve() : new Promise((resolve) => setTimeout(resolve, 10)));
  }
  const old = prerenderedContainer(root);
  const focused = root.activeElement?.id;
  root.adoptedStyleSheets = [sheet];
  root.replaceChildren(fresh);
  // What the resident typed before the kit ran is kept, and answered.
  for (const input of old?.querySelectorAll('input[id]') ?? []) {
    const twin = fresh.querySelector(`#${CSS.escape(input.id)}`);
    if (twin && input.value !== input.defaultValue) {
      twin.value = input.value;
      twin.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }
  if (focused) fresh.querySelector(`#${CSS.escape(focused)}`)?.focus();
}

function showFallback(mount) {
  // A slot shows the light-DOM children: the editor's fallback content.
  mount.host.shadowRoot?.replaceChildren(document.createElement('slot'));
}

function defineElement(kind) {
  const name = `naravard-${kind}`;
  if (customElements.get(name)) return;
  customElements.define(name, class extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #mount = new Mount(this, kind, '');
    connectedCallback() {
      if (this.#mount.widget) return;
      this.#mount.connect();
    }
    disconnectedCallback() { this.#mount.disconnect(); }
    attributeChangedCallback() { this.#mount.update(); }
  });
}

// Placeholders: <div data-naravard="kontakt" data-region="…">.
const placeholders = new WeakMap();

function scanPlaceholders(root) {
  const found = root.querySelectorAll ? root.querySelectorAll('[data-naravard]') : [];
  const list = root.matches?.('[data-naravard]') ? [root, ...found] : found;
  for (const host of list) {
    const kind = host.getAttribute('data-naravard');
    if (!KINDS.includes(kind)) {
      console.warn(`naravard: data-naravard="${kind}" is not a widget; use one of ${KINDS.join(', ')}.`);
      continue;
    }
    let mount = placeholders.get(host);
    if (!mount) {
      mount = new Mount(host, kind, 'data-');
      placeholders.set(host, mount);
    }
    if (!mount.widget) mount.connect();
  }
}

function watchPlaceholders() {
  scanPlaceholders(document);
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        placeholders.get(record.target)?.update();
        continue;
      }
      for (const node of record.addedNodes) scanPlaceholders(node);
      for (const node of record.removedNodes) {
        if (node.nodeType !== Node.ELEMENT_NODE) continue;
        for (const host of [node, ...node.querySelectorAll('[data-naravard]')]) {
          placeholders.get(host)?.disconnect();
        }
      }
    }
  }).observe(document.documentElement, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ATTRIBUTES.map((a) => `data-${a}`),
  });
}

if (!registry.defined) {
  // A second copy of this script on the page must do no harm.
  registry.defined = true;
  // For tests and the benchmark: how many widgets are live, and the wasm memory in bytes.
  registry.liveCount = () => mounted.size;
  registry.wasmMemoryBytes = () => wasmMemory?.buffer.byteLength ?? 0;
  KINDS.forEach(defineElement);
  addEventListener('beforeprint', startAll);
  addEventListener('naravard-fatal', () => {
    dead = true;
    for (const mount of mounted) showFallback(mount);
    mounted.clear();
  });
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', watchPlaceholders, { once: true });
  } else {
    watchPlaceholders();
  }
}
