// The only file a page includes. It defines <naravard-malbild>, <naravard-kontakt> and
// <naravard-fardplan>, mounts the same widgets on <div data-naravard="…"> placeholders (for
// CMSs that strip unknown tags), and loads one wasm, shared by every widget on the page: the
// one that holds only the page's widget when the page shows one kind (most pages), else the
// one with all three. Until a widget has rendered, and for good if the wasm cannot load,
// whatever the editor put inside the element stays visible: the shadow root is attached only
// when there is something to show in it.

// Exported so the iframe embed (embed.js) accepts exactly the same widgets and attributes.
export const KINDS = ['malbild', 'kontakt', 'fardplan'];
export const ATTRIBUTES = [
  'region', 'kommun', 'lang', 'variant', 'heading-level', 'sections', 'expanded', 'src', 'remember',
  'levels', 'from', 'to', 'today', 'layout', 'theme', 'loading',
];
const registry = (globalThis.__naravard ??= { defined: false });

// The build replaces BUILD_ID with a hash of the glue, the wasm and the data files, so a
// browser that has this file never pairs it with a cached file from another release.
const BUILD = '?v=BUILD_ID';
// The bundled regions, filled in by the build from widgets/core/data/: each is a file
// data/<id>.json, fetched only when a widget on the page names it (the wasm holds only the
// national data, so it stays small however much regional data the kit bundles).
const REGIONS = ['BUNDLED_REGIONS'];
// The wasm builds (xtask/src/build.rs): each widget alone, and all three together.
const ALL = 'naravard_wasm';
const ALONE = { malbild: 'naravard_malbild', kontakt: 'naravard_kontakt', fardplan: 'naravard_fardplan' };

let dead = false; // set when a wasm module has stopped; fallbacks then stay
const builds = new Map(); // build name → Build
const sheets = new Map();
const mounted = new Set();
const regionText = new Map(); // region id → Promise of its data file's text
const regionWarned = new Set();
const seen = new Set(); // the widget kinds met before the first build was chosen
let primary; // the name of the build chosen for the page's first widgets

const fileUrl = (path) => new URL(`${path}${BUILD}`, import.meta.url);

// One wasm build: its glue module and its compiled module, fetched at once and in parallel
// (no waterfall: the glue does not have to run before the wasm is requested), the wasm
// compiled off the main thread while its bytes arrive. Nothing runs until a widget starts.
class Build {
  constructor(name) {
    this.name = name;
    this.glue = import(`./${name}.js${BUILD}`);
    this.compiled = fetch(fileUrl(`${name}_bg.wasm`)).then(async (response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${response.url}`);
      // Streaming compilation needs the right content type; a misconfigured server still works.
      if (response.headers.get('content-type')?.startsWith('application/wasm')) {
        return WebAssembly.compileStreaming(response);
      }
      return WebAssembly.compile(await response.arrayBuffer());
    });
    // Failures are reported when a widget awaits them (load), not as unhandled rejections.
    this.glue.catch(() => {});
    this.compiled.catch(() => {});
    this.kit = null; // Promise of the glue module once the wasm is instantiated
    this.module = null; // the same module, once there
    this.memory = null; // the instance's memory, for the benchmark's and tests' figures
    this.regions = new Set(); // region ids whose data this instance holds
  }

  load() {
    this.kit ??= Promise.all([this.glue, this.compiled]).then(async ([module, wasmModule]) => {
      const exports = await module.default({ module_or_path: wasmModule });
      this.memory = exports.memory;
      this.module = module;
      return module;
    });
    return this.kit;
  }
}

function build(name) {
  let found = builds.get(name);
  if (!found) {
    found = new Build(name);
    builds.set(name, found);
  }
  return found;
}

// The elements already on the page connect one after another while this script defines the
// elements, so the choice waits for the end of that task: one kind → that widget's build;
// more → the one with all three. A kind that appears later, and is not in the chosen build,
// uses the build with all three.
function choose(kind) {
  if (primary) return;
  if (!seen.size) {
    queueMicrotask(() => {
      primary = seen.size === 1 ? ALONE[[...seen][0]] : ALL;
    });
  }
  seen.add(kind);
}

// The build for a widget of `kind`, created (and so fetched) on first use.
function buildFor(kind) {
  return build(primary === ALONE[kind] ? primary : ALL);
}

function regionOf(host, prefix) {
  return (host.getAttribute(`${prefix}region`) ?? '').trim().toLowerCase();
}

// Starts fetching a bundled region's data file (once); null for a region the kit does not
// bundle (a `src` file may define it, or the widget tells the editor it is unknown).
function regionData(id) {
  if (!REGIONS.includes(id)) return null;
  let text = regionText.get(id);
  if (!text) {
    text = fetch(fileUrl(`data/${id}.json`)).then((response) => {
      if (!response.ok) throw new Error(`the server answered ${response.status} for ${response.url}`);
      return response.text();
    });
    text.catch(() => regionText.delete(id)); // forgotten, so a later widget tries again
    regionText.set(id, text);
  }
  return text;
}

// Resolves when the build's wasm holds the region's data; undefined (nothing to wait for)
// when it already does or the region is not bundled. Rejects when the file cannot be used.
function regionReady(kit, id) {
  if (kit.regions.has(id)) return undefined;
  const text = regionData(id);
  return text?.then((body) => {
    if (kit.regions.has(id)) return;
    const problems = kit.module.add_data(body);
    if (problems) throw new Error(`it has problems:\n  ${problems}`);
    kit.regions.add(id);
  });
}

function warnRegion(id, error) {
  if (regionWarned.has(id)) return;
  regionWarned.add(id);
  console.warn(`naravard: the bundled data for region="${id}" (data/${id}.json) could not be used, so the fallback content stays in place.`, error);
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
  // A widget near the viewport starts at once: its downloads (glue, wasm, region data) go
  // out together, with no wait for the observer's first callback. One far below waits, and
  // so do its downloads: compiling the wasm would cost a page that never scrolls there.
  connect() {
    if (!primary) choose(this.kind);
    if (this.host.getAttribute(`${this.prefix}loading`) === 'eager' || !nearViewport || isNear(this.host)) {
      this.start();
    } else {
      nearViewport.observe(this.host);
      waiting.set(this.host, this);
    }
  }

  async start() {
    const generation = ++this.generation;
    regionData(regionOf(this.host, this.prefix)); // requested now, beside the wasm
    await null; // after choose()'s microtask, so the page's build is known
    const kit = buildFor(this.kind);
    let module;
    try {
      module = await kit.load();
    } catch (error) {
      if (!registry.loadWarned) {
        registry.loadWarned = true;
        console.warn('naravard: the widget kit could not load, so the fallback content stays in place.', error);
      }
      return;
    }
    const region = regionOf(this.host, this.prefix);
    try {
      await regionReady(kit, region);
    } catch (error) {
      warnRegion(region, error);
      return;
    }
    // The element may have left the page (or come back) while the wasm was loading.
    if (generation !== this.generation || !this.host.isConnected || this.widget || dead) return;
    const prerendered = isPrerendered(this.host);
    const root = this.host.shadowRoot ?? this.host.attachShadow({ mode: 'open' });
    try {
      this.widget = module.mount(this.kind, this.host, this.prefix, prerendered) ?? null;
      this.kit = kit;
      if (this.widget && prerendered) {
        await takeOver(root, this.widget, sheetFor(module, this.kind));
        this.widget?.attached();
      } else {
        root.adoptedStyleSheets = [sheetFor(module, this.kind)];
        if (this.widget) {
          root.replaceChildren(this.widget.container());
          // The contrast check reads computed styles (a style recalculation) for an editor's
          // console warning: after the first paint, not before it.
          const widget = this.widget;
          setTimeout(() => { if (this.widget === widget && !dead) widget.attached(); });
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
    queueMicrotask(async () => {
      this.pending = false;
      if (!this.widget || dead) return;
      // A new region's data comes first; the widget shows the old one until then.
      const region = regionOf(this.host, this.prefix);
      const ready = regionReady(this.kit, region);
      if (ready) {
        try {
          await ready;
        } catch (error) {
          warnRegion(region, error);
          this.stop();
          return;
        }
      }
      if (this.widget && !dead) this.widget.update();
    });
  }

  // Unmounts the widget at once and shows the editor's fallback content.
  stop() {
    const widget = this.widget;
    if (!widget) return;
    this.widget = null;
    mounted.delete(this);
    if (!dead) widget.unmount();
    showFallback(this);
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

const MARGIN = 600; // px around the viewport within which a widget starts

// Whether the host is within MARGIN of the viewport now. The page's layout is needed for its
// first paint anyway. A host with no box (display: none, e.g. a closed tab) waits for the
// observer.
function isNear(host) {
  const box = host.getBoundingClientRect();
  if (!box.width && !box.height) return false;
  // Like the observer's rootMargin: MARGIN above and below, none at the sides.
  return box.bottom > -MARGIN && box.top < innerHeight + MARGIN && box.right > 0 && box.left < innerWidth;
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
}, { rootMargin: `${MARGIN}px 0px` });

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
  // For tests and the benchmark: how many widgets are live, which wasm builds the page
  // fetched, and their memory in bytes.
  registry.liveCount = () => mounted.size;
  registry.builds = () => [...builds.keys()];
  registry.wasmMemoryBytes = () => [...builds.values()]
    .reduce((sum, kit) => sum + (kit.memory?.buffer.byteLength ?? 0), 0);
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
