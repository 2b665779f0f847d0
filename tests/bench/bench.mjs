// `cargo xtask bench` runs this (issue #9): the kit's sizes, and its timings and memory in
// headless Chromium against the local server (NARAVARD_BASE_URL), each timing next to the
// hand-written JS yardstick in examples/bench/yardstick.js measured in the same run. It prints
// a table, then the same figures as one JSON object (on a line starting `BENCH_JSON `, and in
// target/bench.json). What each figure means: docs/performance.md.
//
//   node tests/bench/bench.mjs [--runs N] [--quick] [--only sizes,load,keys,memory,cycles,idle]
//
// Timings live only here, never in a test's assertion.
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { ROOT, budget, brotli, gzip, pkgSizes, downloadTotal } from './sizes.mjs';
import { generateData, GENERATED } from './generate-data.mjs';
import {
  summary, ratio, table, fmtMs, fmtRatio, fmtBytes, fmtKB, fmtMB, fmtSummary,
} from './stats.mjs';

// ---- options -----------------------------------------------------------------------------

const SECTIONS = ['sizes', 'load', 'keys', 'memory', 'cycles', 'idle'];
const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const QUICK = argv.includes('--quick');
const RUNS = Number(option('--runs') ?? (QUICK ? 3 : 20));
const ONLY = (option('--only') ?? SECTIONS.join(',')).split(',').map((s) => s.trim());
for (const s of ONLY) {
  if (!SECTIONS.includes(s)) {
    console.error(`bench: --only takes some of ${SECTIONS.join(',')}, not "${s}"`);
    process.exit(2);
  }
}
if (!Number.isInteger(RUNS) || RUNS < 1) {
  console.error('bench: --runs takes a positive whole number');
  process.exit(2);
}
const KEYSTROKES = QUICK ? 5 : 20;
const CYCLES = QUICK ? 100 : 1000;
const IDLE_RUNS = QUICK ? 3 : 10;
const THROTTLE = 4;
const BASE = process.env.NARAVARD_BASE_URL ?? 'http://127.0.0.1:8080';
// The same Chromium flags as the browser tests (tests/support/browser.mjs).
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
  ...(process.env.NARAVARD_BENCH_FLAGS ? process.env.NARAVARD_BENCH_FLAGS.split(' ') : []),
];
const HOSTS = 'naravard-malbild, naravard-kontakt, naravard-fardplan, js-finder, [data-naravard]';
// The finder's search field, found generically: its markup is still changing.
const SEARCH_FIELD = 'input[part~="input"], [role="combobox"], input[type="search"], input:not([type]), input[type="text"]';

// ---- in-page instrumentation -------------------------------------------------------------

// Runs before any page script. The moment a widget host's shadow root first holds content
// (`.naravard > *`, the kit's and the yardstick's container) the host gets `__benchFirst =
// performance.now()`, i.e. ms since navigation start. A shadow root made by script is watched
// from `attachShadow` on; a declarative one (a pre-rendered fragment) is found by watching the
// document, since the parser attaches it without calling `attachShadow`. `hosts`: HOSTS.
function instrument(hosts) {
  const watch = (host, root) => {
    const check = () => {
      if (host.__benchFirst == null && root.querySelector('.naravard > *')) {
        host.__benchFirst = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(root, { childList: true, subtree: true });
    check();
  };
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    const root = attach.call(this, init);
    watch(this, root);
    return root;
  };
  const parsed = new MutationObserver(() => {
    for (const host of document.querySelectorAll(hosts)) {
      if (host.shadowRoot && !host.__benchWatched) {
        host.__benchWatched = true;
        watch(host, host.shadowRoot);
      }
    }
  });
  parsed.observe(document, { childList: true, subtree: true });
}

async function newPage(browser, { throttle = 1, route = false } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(instrument, HOSTS);
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (route) {
    page.routed = 0;
    await page.route('**/bench/generated-data.json', (r) => {
      page.routed++;
      return r.fulfill({ status: 200, contentType: 'application/json', body: generatedJson() });
    });
  }
  return { context, page, cdp };
}

let generatedCache;
const generatedJson = () => (generatedCache ??= JSON.stringify(generateData(GENERATED)));

/** Waits until every widget host on the page has rendered content; false on timeout. */
function allRendered(page, timeout = 30_000) {
  return page.waitForFunction((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    return hosts.length > 0 && hosts.every((h) => h.__benchFirst != null);
  }, HOSTS, { timeout, polling: 50 }).then(() => true, () => false);
}

/** Resolves once the host's shadow root has seen no mutation for `ms` (at most `max` ms). */
function quiet(page, host, ms = 150, max = 5000) {
  return page.evaluate(([sel, ms, max]) => new Promise((resolve) => {
    const root = document.querySelector(sel)?.shadowRoot;
    if (!root) return resolve();
    let timer;
    const done = () => { observer.disconnect(); clearTimeout(cap); resolve(); };
    const observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ms); });
    observer.observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
    timer = setTimeout(done, ms);
    const cap = setTimeout(done, max);
  }), [host, ms, max]);
}

async function gc(cdp) {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
}

async function heapUsed(cdp) {
  await gc(cdp);
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const wasmBytes = (page) => page.evaluate(() => globalThis.__naravard?.wasmMemoryBytes?.() ?? null);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---- (1) sizes -----------------------------------------------------------------------------

function sizes() {
  const rows = pkgSizes();
  const limits = budget();
  const total = downloadTotal(rows, limits.files);
  const yardBuffer = readFileSync(join(ROOT, 'examples/bench/yardstick.js'));
  const yardstick = { file: 'examples/bench/yardstick.js', raw: yardBuffer.length, gzip: gzip(yardBuffer), brotli: brotli(yardBuffer) };
  // The other pages of size-budget.json: the other one-widget pages and all three on one page.
  const pages = Object.fromEntries(Object.entries(limits.other_pages ?? {})
    .map(([name, page]) => [name, { ...page, ...downloadTotal(rows, page.files) }]));
  return { files: rows, download: { files: limits.files, ...total }, pages, budget: limits, yardstick };
}

// ---- (2) cold loads --------------------------------------------------------------------------

const PRERENDERED_PAGE = '/pkg/prerendered/bench-kontakt.html';
const LOAD_PAGES = [
  { key: 'malbild', label: '<naravard-malbild>', path: '/bench/malbild.html' },
  { key: 'kontakt', label: '<naravard-kontakt>', path: '/bench/kontakt.html' },
  { key: 'fardplan', label: '<naravard-fardplan>', path: '/bench/fardplan.html' },
  { key: 'all', label: 'all three on one page', path: '/bench/all.html' },
  { key: 'yardstick', label: 'yardstick (JS finder)', path: '/bench/yardstick.html' },
  // The finder's pre-rendered fragment (pkg/prerendered/) in the kontakt page's shell, written
  // next to the fragments for the run (see `writePrerenderedPage`). Its first content is counted
  // as every row's is: when the widget's shadow root holds content and the page's stylesheets
  // (here also the fragment's own) have arrived.
  { key: 'prerendered', label: 'pre-rendered <naravard-kontakt>', path: PRERENDERED_PAGE },
  // First contentful paint (when the frame was shown): the pre-rendered page against the
  // yardstick's. The pre-rendered widget paints all of its content in that frame, the
  // yardstick a search field.
  { key: 'yardstickPaint', label: 'yardstick, first paint', path: '/bench/yardstick.html', paint: true, base: 'yardstickPaint' },
  { key: 'prerenderedPaint', label: 'pre-rendered <naravard-kontakt>, first paint', path: PRERENDERED_PAGE, paint: true, base: 'yardstickPaint' },
];

/** Writes the pre-rendered bench page from the built fragment, so it always matches the kit; returns a remover. */
async function writePrerenderedPage() {
  // The bench pages are made from one template by the server (xtask/src/bench_pages.rs).
  const response = await fetch(`${BASE}/bench/kontakt.html`);
  if (!response.ok) throw new Error(`GET /bench/kontakt.html: ${response.status}`);
  const shell = await response.text();
  const fragment = readFileSync(join(ROOT, 'pkg/prerendered/vastra-gotaland/kontakt.sv.html'), 'utf8');
  const page = shell
    .replace('href="../assets/', 'href="/assets/')
    .replace(/<naravard-kontakt[^>]*><\/naravard-kontakt>/, fragment);
  const file = join(ROOT, 'pkg', PRERENDERED_PAGE.replace(/^\/pkg\//, ''));
  writeFileSync(file, page);
  return () => rmSync(file, { force: true });
}

/**
 * One cold load (fresh context, empty cache): ms from navigation start to the last host's first
 * content, and not before the page's stylesheets have arrived (content cannot show without
 * them; a script-rendered widget only runs after them anyway, a pre-rendered one is parsed
 * before them).
 */
async function coldLoad(browser, path, throttle, paint = false) {
  const { context, page } = await newPage(browser, { throttle });
  try {
    if (paint) {
      await page.goto(BASE + path, { waitUntil: 'commit' });
      const painted = await page.waitForFunction(
        () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        null, { timeout: 30_000, polling: 50 },
      ).then((h) => h.jsonValue(), () => null);
      return painted == null ? { t: null, error: 'no first contentful paint' } : { t: painted };
    }
    await page.goto(BASE + path, { waitUntil: 'commit' });
    if (!(await allRendered(page))) return { t: null, error: `timed out (errors: ${page.errors.join('; ') || 'none'})` };
    const { t, phases } = await page.evaluate(([sel, steps]) => {
      const first = Math.max(
        ...[...document.querySelectorAll(sel)].map((h) => h.__benchFirst),
        ...performance.getEntriesByType('resource').filter((e) => /\.css($|\?)/.test(e.name)).map((e) => e.responseEnd),
      );
      // Where the time went: when the kit's files arrived and its start's marks (naravard.js).
      const arrived = (re) => performance.getEntriesByType('resource').find((e) => re.test(e.name))?.responseEnd;
      const marked = (name) => performance.getEntriesByName(`naravard:${name}`)[0]?.startTime;
      const at = {
        loader: arrived(/\/naravard\.js($|\?)/), wasm: arrived(/_bg\.wasm($|\?)/), data: arrived(/\/data\/[^/]+\.bin($|\?)/),
        ...Object.fromEntries(steps.map((s) => [`mark:${s}`, marked(s)])),
      };
      return { t: first, phases: Object.fromEntries(Object.entries(at).filter(([, v]) => v != null)) };
    }, [HOSTS, PHASE_MARKS]);
    return { t, phases };
  } finally {
    await context.close();
  }
}

// The loader's User Timing marks, in the order of a start (widgets/web/js/naravard.js).
const PHASE_MARKS = ['requested', 'compiled', 'instantiated', 'data', 'mounted'];
const PHASE_ROWS = [
  ['loader', 'naravard.js has arrived'],
  ['mark:requested', 'glue, wasm and data requested'],
  ['data', 'the region\'s data file has arrived'],
  ['wasm', 'the wasm has arrived'],
  ['mark:compiled', 'glue and wasm compiled'],
  ['mark:instantiated', 'wasm instantiated'],
  ['mark:data', 'the region\'s data read into the wasm'],
  ['mark:mounted', 'widget mounted (Yew renders next)'],
  ['first', 'first content'],
];
// The page whose start the phase table breaks down.
const PHASE_PAGE = 'kontakt';

async function loads(browser) {
  const remove = await writePrerenderedPage();
  try {
    return await loadsOf(browser);
  } finally {
    remove();
  }
}

async function loadsOf(browser) {
  const out = {};
  for (const throttle of [1, THROTTLE]) {
    const times = Object.fromEntries(LOAD_PAGES.map((p) => [p.key, []]));
    const phases = Object.fromEntries(PHASE_ROWS.map(([key]) => [key, []]));
    const errors = {};
    // Interleaved (each run loads every page once) so that the machine's noise falls on all alike.
    for (let run = 0; run < RUNS; run++) {
      for (const p of LOAD_PAGES) {
        const { t, error, phases: at } = await coldLoad(browser, p.path, throttle, p.paint);
        times[p.key].push(t);
        if (p.key === PHASE_PAGE && t != null) {
          for (const [key] of PHASE_ROWS) phases[key].push(key === 'first' ? t : at?.[key] ?? null);
        }
        if (error) errors[p.key] ??= error;
      }
      progress(`cold loads, CPU ${throttle}×: ${run + 1}/${RUNS}`);
    }
    out[`cpu${throttle}x`] = Object.fromEntries(LOAD_PAGES.map((p) => [p.key, {
      ...summary(times[p.key]), samples: times[p.key].map((t) => (t == null ? null : +t.toFixed(2))), error: errors[p.key],
    }]));
    out[`phases${throttle}x`] = Object.fromEntries(PHASE_ROWS.map(([key]) => [key, summary(phases[key])]));
  }
  return out;
}

// ---- (3) keystroke → DOM ---------------------------------------------------------------------

const LETTERS = ['s', 'k', 'a', 'l', 'e', 'r', 'o', 'b', 'n', 't'];

/**
 * Types one character at a time into the finder's search field and measures, in the page,
 * from the keystroke (keydown or beforeinput, whichever comes first, caught in the capture
 * phase on window before the field sees it) to the next mutation in the host's shadow root.
 * The field is cleared with Backspace and the DOM left to settle between keystrokes.
 */
async function keystrokes(browser, path, host, generated, throttle = 1) {
  const { context, page } = await newPage(browser, { route: generated, throttle });
  try {
    await page.goto(BASE + path);
    if (!(await allRendered(page))) return { na: `the widget did not render (errors: ${page.errors.join('; ') || 'none'})` };
    const hasField = await page.waitForFunction(([h, f]) => !!document.querySelector(h)?.shadowRoot?.querySelector(f),
      [host, SEARCH_FIELD], { timeout: 5000, polling: 50 }).then(() => true, () => false);
    if (!hasField) return { na: 'no search field' };
    let note;
    if (generated && host !== 'js-finder') {
      // Wait for the data file to arrive and the widget to show its region. (The yardstick
      // reads the file before it renders anything, so it has it by now.)
      const shown = await page.waitForFunction((h) => /Bench/.test(document.querySelector(h)?.shadowRoot?.textContent ?? ''),
        host, { timeout: 15_000, polling: 50 }).then(() => true, () => false);
      if (!shown) note = `the widget never showed the generated region (the file was requested ${page.routed} times)`;
    }
    await quiet(page, host, 300);
    await page.evaluate(([h, f]) => {
      const root = document.querySelector(h).shadowRoot;
      const state = (globalThis.__benchKey = { t0: null, t1: null });
      const start = () => { if (state.t0 == null) state.t0 = performance.now(); };
      addEventListener('keydown', start, true);
      addEventListener('beforeinput', start, true);
      new MutationObserver(() => {
        if (state.t0 != null && state.t1 == null) state.t1 = performance.now();
      }).observe(root, { childList: true, subtree: true, characterData: true, attributes: true });
      root.querySelector(f).focus();
    }, [host, SEARCH_FIELD]);
    const times = [];
    let timeouts = 0;
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.evaluate(() => { globalThis.__benchKey.t0 = null; globalThis.__benchKey.t1 = null; });
      await page.keyboard.type(LETTERS[i % LETTERS.length]);
      const changed = await page.waitForFunction(() => globalThis.__benchKey.t1 != null, null, { timeout: 3000, polling: 'raf' })
        .then(() => true, () => false);
      if (changed) {
        times.push(await page.evaluate(() => globalThis.__benchKey.t1 - globalThis.__benchKey.t0));
      } else {
        times.push(null);
        timeouts++;
      }
      await quiet(page, host);
      await page.keyboard.press('Backspace');
      await quiet(page, host);
    }
    return {
      ...summary(times), samples: times.map((t) => (t == null ? null : +t.toFixed(2))),
      note: [note, timeouts ? `${timeouts} keystrokes changed nothing within 3 s` : null].filter(Boolean).join('; ') || undefined,
    };
  } finally {
    await context.close();
  }
}

async function keys(browser) {
  const bundled = await keystrokes(browser, '/bench/kontakt.html', 'naravard-kontakt', false);
  const yardBundled = await keystrokes(browser, '/bench/yardstick.html', 'js-finder', false);
  progress('keystrokes: bundled data done');
  const big = await keystrokes(browser, '/bench/kontakt-generated.html', 'naravard-kontakt', true);
  const yardBig = await keystrokes(browser, '/bench/yardstick-generated.html', 'js-finder', true);
  progress('keystrokes: generated data done');
  // Issue #14's target: within one frame (16 ms) on the big file with the CPU slowed 4×.
  const slow = await keystrokes(browser, '/bench/kontakt-generated.html', 'naravard-kontakt', true, THROTTLE);
  const yardSlow = await keystrokes(browser, '/bench/yardstick-generated.html', 'js-finder', true, THROTTLE);
  progress('keystrokes: generated data at 4× CPU done');
  return {
    bundled: { region: 'vastra-gotaland', municipalities: 49, kit: bundled, yardstick: yardBundled },
    generated: { ...GENERATED, bytes: generatedJson().length, kit: big, yardstick: yardBig },
    generatedSlow: { ...GENERATED, bytes: generatedJson().length, throttle: THROTTLE, kit: slow, yardstick: yardSlow },
  };
}

// ---- (4) memory with 1 and 50 widgets --------------------------------------------------------

/** Adds `tags` (element names, with the attributes in `attrs`) to a page, waits for all to render. */
async function addWidgets(page, tags, attrs) {
  await page.evaluate(([tags, attrs]) => {
    for (const tag of tags) {
      const el = document.createElement(tag);
      for (const [k, v] of Object.entries(attrs[tag] ?? {})) el.setAttribute(k, v);
      document.querySelector('main').append(el);
    }
  }, [tags, attrs]);
  return allRendered(page);
}

// `loading="eager"`: these sections measure what widgets cost once rendered, and 50 widgets
// reach far below the viewport, where a widget otherwise waits to be scrolled near.
const ATTRS = {
  'naravard-malbild': { region: 'vasternorrland', loading: 'eager' },
  'naravard-kontakt': { region: 'vastra-gotaland', loading: 'eager' },
  'naravard-fardplan': { region: 'vastra-gotaland', loading: 'eager' },
  'js-finder': { region: 'vastra-gotaland' },
};
const KINDS = ['naravard-kontakt', 'naravard-malbild', 'naravard-fardplan'];

async function memoryCase(browser, path, tags) {
  const { context, page, cdp } = await newPage(browser);
  try {
    await page.goto(BASE + path);
    const before = await heapUsed(cdp);
    if (!(await addWidgets(page, tags, ATTRS))) return { error: 'the widgets did not all render' };
    await sleep(300);
    const heap = await heapUsed(cdp);
    return { widgets: tags.length, jsHeapUsed: heap, jsHeapBefore: before, jsHeapAdded: heap - before, wasmMemory: await wasmBytes(page) };
  } finally {
    await context.close();
  }
}

async function memory(browser) {
  const rep = (tag, n) => Array.from({ length: n }, () => tag);
  const mixed = Array.from({ length: 50 }, (_, i) => KINDS[i % 3]);
  const out = {
    kit1: await memoryCase(browser, '/bench/empty.html', ['naravard-kontakt']),
    kit50: await memoryCase(browser, '/bench/empty.html', rep('naravard-kontakt', 50)),
    kit50mixed: await memoryCase(browser, '/bench/empty.html', mixed),
    yardstick1: await memoryCase(browser, '/bench/yardstick-empty.html', ['js-finder']),
    yardstick50: await memoryCase(browser, '/bench/yardstick-empty.html', rep('js-finder', 50)),
  };
  progress('memory done');
  return out;
}

// ---- (5) mount/unmount cycles ----------------------------------------------------------------

async function cycles(browser) {
  const { context, page, cdp } = await newPage(browser);
  try {
    await page.goto(BASE + '/bench/empty.html');
    // One cycle first, so the wasm is loaded and the figures below are growth only.
    const result = await page.evaluate(async ([total, kinds, attrs]) => {
      const main = document.querySelector('main');
      const until = async (cond, what) => {
        const end = performance.now() + 20_000;
        while (!cond()) {
          if (performance.now() > end) throw new Error(`timed out waiting for ${what}`);
          await new Promise((r) => setTimeout(r, 0));
        }
      };
      const batch = async (n, offset) => {
        const els = [];
        for (let i = 0; i < n; i++) {
          const tag = kinds[(offset + i) % kinds.length];
          const el = document.createElement(tag);
          for (const [k, v] of Object.entries(attrs[tag])) el.setAttribute(k, v);
          els.push(el);
        }
        main.append(...els);
        await until(() => els.every((e) => e.__benchFirst != null), 'the widgets to render');
        for (const el of els) el.remove();
        await until(() => globalThis.__naravard.liveCount() === 0, 'the widgets to unmount');
      };
      await batch(3, 0);
      const mem = () => globalThis.__naravard.wasmMemoryBytes();
      const marks = [{ cycles: 0, wasmMemory: mem() }];
      const checkpoints = new Set([Math.round(total / 10), Math.round(total / 2), total]);
      const BATCH = 10;
      const started = performance.now();
      for (let done = 0; done < total;) {
        const n = Math.min(BATCH, total - done);
        await batch(n, done);
        done += n;
        if (checkpoints.has(done)) marks.push({ cycles: done, wasmMemory: mem() });
      }
      return { marks, ms: performance.now() - started, live: globalThis.__naravard.liveCount() };
    }, [CYCLES, KINDS, ATTRS]);
    const heapAfter = await heapUsed(cdp);
    progress('mount/unmount cycles done');
    return { cycles: CYCLES, batch: 10, ...result, jsHeapAfter: heapAfter };
  } finally {
    await context.close();
  }
}

// ---- (6) main-thread time with no widget in view ---------------------------------------------

/**
 * Chromium's own counters (CDP Performance.getMetrics): TaskDuration is the main thread's busy
 * time, ScriptDuration the part spent running JS (and wasm). Read once when the load event has
 * been seen and again after 2 s with nothing happening; the difference is the main-thread work
 * after load. The same page without the kit gives the browser's own share, which is subtracted.
 */
async function idleOnce(browser, path) {
  const { context, page, cdp } = await newPage(browser);
  try {
    await cdp.send('Performance.enable');
    const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await page.goto(BASE + path, { waitUntil: 'load' });
    const atLoad = await read();
    await sleep(2000);
    const atEnd = await read();
    const longTasks = await page.evaluate(() => new Promise((resolve) => {
      const load = performance.getEntriesByType('navigation')[0]?.loadEventEnd ?? 0;
      new PerformanceObserver((list, observer) => {
        observer.disconnect();
        resolve(list.getEntries().filter((e) => e.startTime >= load).reduce((s, e) => s + e.duration, 0));
      }).observe({ type: 'longtask', buffered: true });
      setTimeout(() => resolve(0), 200);
    }));
    const rendered = await page.evaluate((sel) => [...document.querySelectorAll(sel)].filter((h) => h.__benchFirst != null).length, HOSTS);
    return {
      taskAfterLoad: (atEnd.TaskDuration - atLoad.TaskDuration) * 1000,
      scriptAfterLoad: (atEnd.ScriptDuration - atLoad.ScriptDuration) * 1000,
      taskTotal: atEnd.TaskDuration * 1000,
      scriptTotal: atEnd.ScriptDuration * 1000,
      longTasksAfterLoad: longTasks,
      rendered,
    };
  } finally {
    await context.close();
  }
}

async function idle(browser) {
  const pages = { kit: '/bench/below-fold.html', control: '/bench/below-fold-control.html', yardstick: '/bench/yardstick-below-fold.html' };
  const runs = Object.fromEntries(Object.keys(pages).map((k) => [k, []]));
  for (let i = 0; i < IDLE_RUNS; i++) {
    for (const [k, path] of Object.entries(pages)) runs[k].push(await idleOnce(browser, path));
    progress(`main thread, no widget in view: ${i + 1}/${IDLE_RUNS}`);
  }
  const pick = (k, f) => summary(runs[k].map((r) => r[f]));
  const out = {};
  for (const k of Object.keys(pages)) {
    out[k] = {
      taskAfterLoad: pick(k, 'taskAfterLoad'),
      scriptAfterLoad: pick(k, 'scriptAfterLoad'),
      taskTotal: pick(k, 'taskTotal'),
      longTasksAfterLoad: pick(k, 'longTasksAfterLoad'),
      widgetsRendered: runs[k][0]?.rendered ?? null,
    };
  }
  // Paired by run, so the control's noise in that run cancels.
  const minus = (a, b, f) => summary(runs[a].map((r, i) => r[f] - runs[b][i][f]));
  out.kitMinusControl = { taskAfterLoad: minus('kit', 'control', 'taskAfterLoad'), taskTotal: minus('kit', 'control', 'taskTotal') };
  out.yardstickMinusControl = { taskAfterLoad: minus('yardstick', 'control', 'taskAfterLoad'), taskTotal: minus('yardstick', 'control', 'taskTotal') };
  return out;
}

// ---- report ----------------------------------------------------------------------------------

function progress(message) {
  process.stderr.write(`bench: ${message}\n`);
}

function report(r) {
  const out = [];
  const say = (s = '') => out.push(s);
  say(`Nära vård widget kit — benchmark, ${r.date}`);
  say(`Chromium ${r.env.chromium}, Node ${r.env.node}, ${r.env.cpus} CPUs (${r.env.cpuModel}); ${r.env.runs} cold loads per page and CPU setting${r.env.quick ? ' (--quick)' : ''}`);
  say('Times are ms. "× yardstick" compares with the hand-written JS finder (examples/bench/yardstick.js) measured in the same run;');
  say('on this shared machine the ratios hold better than the absolute times.');

  if (r.sizes) {
    const s = r.sizes;
    say();
    say('1. Sizes of pkg/ (bytes; gzip -9 and brotli -q 11 by node:zlib)');
    const rows = s.files.map((f) => [f.file, fmtBytes(f.raw), fmtBytes(f.gzip), fmtBytes(f.brotli)]);
    const d = s.download;
    rows.push([`page download, one finder: ${d.files.join(' + ')}`, fmtBytes(d.raw), fmtBytes(d.gzip), fmtBytes(d.brotli)]);
    for (const [name, p] of Object.entries(s.pages ?? {})) {
      rows.push([`page download, ${name}: ${p.files.length} files`, fmtBytes(p.raw), fmtBytes(p.gzip), fmtBytes(p.brotli)]);
    }
    rows.push(['yardstick.js (hand-written JS finder)', fmtBytes(s.yardstick.raw), fmtBytes(s.yardstick.gzip), fmtBytes(s.yardstick.brotli)]);
    say(table(['file', 'raw', 'gzip -9', 'brotli -q 11'], rows));
    const b = s.budget;
    const verdict = d.brotli > b.brotli_bytes_max ? `OVER the budget by ${fmtBytes(d.brotli - b.brotli_bytes_max)} B`
      : d.brotli > b.aim_bytes ? `within the budget; ${fmtBytes(d.brotli - b.aim_bytes)} B above the aim` : 'within the budget and the aim';
    say(`  download ${fmtKB(d.brotli)} brotli; budget ${fmtKB(b.brotli_bytes_max)}, aim ${fmtKB(b.aim_bytes)} (size-budget.json): ${verdict}; ${fmtRatio(ratio(d.brotli, s.yardstick.brotli))} the yardstick`);
    for (const [name, p] of Object.entries(s.pages ?? {})) {
      const over = p.brotli > p.brotli_bytes_max ? `OVER its budget of ${fmtKB(p.brotli_bytes_max)}` : `within its budget of ${fmtKB(p.brotli_bytes_max)}`;
      say(`  ${name}: ${fmtKB(p.brotli)} brotli, ${over} (${p.files.join(' + ')})`);
    }
    if (d.missing.length) say(`  missing from pkg/: ${d.missing.join(', ')}`);
  }

  if (r.load) {
    say();
    say(`2. Cold load: navigation start → first rendered content, ms (median [q1–q3] of ${r.env.runs} loads, fresh context each)`);
    const one = r.load.cpu1x;
    const four = r.load[`cpu${THROTTLE}x`];
    const rows = LOAD_PAGES.map((p) => [
      p.label,
      fmtSummary(one[p.key]), p.key === (p.base ?? 'yardstick') ? '' : fmtRatio(ratio(one[p.key].median, one[p.base ?? 'yardstick'].median)),
      fmtSummary(four[p.key]), p.key === (p.base ?? 'yardstick') ? '' : fmtRatio(ratio(four[p.key].median, four[p.base ?? 'yardstick'].median)),
    ]);
    say(table(['page', 'CPU 1×', '× yardstick', `CPU ${THROTTLE}× slower`, '× yardstick'], rows));
    const p1 = r.load.phases1x;
    const p4 = r.load[`phases${THROTTLE}x`];
    if (p1 && p4) {
      say();
      say(`  Where a cold load of <naravard-${PHASE_PAGE}> goes: ms from navigation start (median of the loads above; resource`);
      say('  timing\'s responseEnd for files, the loader\'s naravard:* marks for its steps; medians, so steps may not add up)');
      say(table(['step', 'CPU 1×', `CPU ${THROTTLE}× slower`], PHASE_ROWS.map(([key, label]) => [label, fmtSummary(p1[key]), fmtSummary(p4[key])])));
    }
    for (const [setting, set] of Object.entries(r.load)) {
      if (setting.startsWith('phases')) continue;
      for (const p of LOAD_PAGES) {
        if (set[p.key].missing) say(`  ${p.label}, ${setting}: ${set[p.key].missing} loads did not render: ${set[p.key].error ?? ''}`);
      }
    }
  }

  if (r.keys) {
    say();
    say(`3. Finder keystroke → next DOM mutation in the shadow root, ms (median [q1–q3] of ${KEYSTROKES} keystrokes)`);
    const k = r.keys;
    const cell = (m) => (m.na ? `n/a — ${m.na}` : fmtSummary(m));
    const rows = [
      [`bundled data (${k.bundled.region}, ${k.bundled.municipalities} municipalities)`, cell(k.bundled.kit), cell(k.bundled.yardstick),
        fmtRatio(ratio(k.bundled.kit.median, k.bundled.yardstick.median))],
      [`generated file (${k.generated.municipalities} municipalities, ${k.generated.contacts.toLocaleString('en-US')} contacts, ${fmtMB(k.generated.bytes)})`,
        cell(k.generated.kit), cell(k.generated.yardstick), fmtRatio(ratio(k.generated.kit.median, k.generated.yardstick.median))],
    ];
    if (k.generatedSlow) {
      rows.push([`the same file, CPU ${k.generatedSlow.throttle}× slower (target: within 16 ms)`,
        cell(k.generatedSlow.kit), cell(k.generatedSlow.yardstick), fmtRatio(ratio(k.generatedSlow.kit.median, k.generatedSlow.yardstick.median))]);
    }
    say(table(['data', 'kit', 'yardstick', '× yardstick'], rows));
    for (const [name, set] of Object.entries(k)) {
      for (const who of ['kit', 'yardstick']) if (set[who].note) say(`  ${name}, ${who}: ${set[who].note}`);
    }
  }

  if (r.memory) {
    say();
    say('4. Memory with widgets on a page (JS heap used after GC, CDP Runtime.getHeapUsage; wasm linear memory)');
    const m = r.memory;
    const row = (label, x) => (x.error ? [label, `error: ${x.error}`, '', '']
      : [label, fmtMB(x.jsHeapUsed), fmtMB(x.jsHeapAdded), x.wasmMemory == null ? '–' : fmtMB(x.wasmMemory)]);
    say(table(['page', 'JS heap', 'JS heap added', 'wasm memory'], [
      row('kit, 1 <naravard-kontakt>', m.kit1),
      row('kit, 50 <naravard-kontakt>', m.kit50),
      row('kit, 50 mixed (17 kontakt, 17 malbild, 16 fardplan)', m.kit50mixed),
      row('yardstick, 1 <js-finder>', m.yardstick1),
      row('yardstick, 50 <js-finder>', m.yardstick50),
    ]));
  }

  if (r.cycles) {
    say();
    const c = r.cycles;
    say(`5. Mount/unmount cycles (append, await render, remove; batches of ${c.batch ?? 10}; kinds in turn)`);
    if (c.error) {
      say(`  error: ${c.error}`);
    } else {
      say(table(['after cycles', 'wasm memory', 'growth'], c.marks.map((x) => [
        String(x.cycles), fmtMB(x.wasmMemory), x.cycles ? `${fmtBytes(x.wasmMemory - c.marks[0].wasmMemory)} B` : '',
      ])));
      say(`  ${c.cycles} cycles took ${fmtMs(c.ms)} ms; live widgets after: ${c.live}; JS heap after GC: ${fmtMB(c.jsHeapAfter)}`);
    }
  }

  if (r.idle) {
    say();
    const i = r.idle;
    say(`6. Main thread with no widget in view (3 widgets 6000 px below the fold), ms (median [q1–q3] of ${IDLE_RUNS} loads)`);
    say('   from CDP Performance.getMetrics: TaskDuration/ScriptDuration from the load event to 2 s later; control = the same page without the kit');
    const rows = [
      ['kit page, main-thread tasks after load', fmtSummary(i.kit.taskAfterLoad)],
      ['kit page, of which script (JS + wasm)', fmtSummary(i.kit.scriptAfterLoad)],
      ['kit page, long tasks (>50 ms) after load', fmtSummary(i.kit.longTasksAfterLoad)],
      ['control page (no kit), tasks after load', fmtSummary(i.control.taskAfterLoad)],
      ['kit − control, after load  (issue #9 target: < 5 ms)', fmtSummary(i.kitMinusControl.taskAfterLoad)],
      ['kit − control, whole load (navigation → 2 s after load)', fmtSummary(i.kitMinusControl.taskTotal)],
      ['yardstick − control, after load', fmtSummary(i.yardstickMinusControl.taskAfterLoad)],
      ['yardstick − control, whole load', fmtSummary(i.yardstickMinusControl.taskTotal)],
    ];
    say(table(['figure', 'ms'], rows));
    say(`  widgets that rendered although out of view: kit ${i.kit.widgetsRendered}/3, yardstick ${i.yardstick.widgetsRendered}/1`);
  }

  for (const [section, error] of Object.entries(r.errors)) {
    say();
    say(`! ${section} failed: ${error}`);
  }
  say();
  say('JSON: the same figures are on the next line (prefixed BENCH_JSON) and in target/bench.json.');
  return out.join('\n');
}

// ---- main ------------------------------------------------------------------------------------

const result = {
  date: new Date().toISOString(),
  env: {
    node: process.version, cpus: availableParallelism(), cpuModel: cpus()[0]?.model ?? '?',
    runs: RUNS, quick: QUICK, keystrokes: KEYSTROKES, cycles: CYCLES, idleRuns: IDLE_RUNS, throttle: THROTTLE, base: BASE,
  },
  errors: {},
};

async function section(name, fn) {
  if (!ONLY.includes(name)) return;
  try {
    result[name] = await fn();
  } catch (error) {
    result.errors[name] = error?.stack ?? String(error);
    progress(`${name} failed: ${error}`);
  }
}

await section('sizes', () => sizes());
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: FLAGS });
result.env.chromium = browser.version();
try {
  // Warm the server and the OS file cache once, so the first measured load is not the odd one out.
  await coldLoad(browser, '/bench/all.html', 1);
  await section('load', () => loads(browser));
  await section('keys', () => keys(browser));
  await section('memory', () => memory(browser));
  await section('cycles', () => cycles(browser));
  await section('idle', () => idle(browser));
} finally {
  await browser.close();
}

console.log(report(result));
const json = JSON.stringify(result);
console.log(`BENCH_JSON ${json}`);
mkdirSync(join(ROOT, 'target'), { recursive: true });
writeFileSync(join(ROOT, 'target/bench.json'), `${json}\n`);
process.exitCode = Object.keys(result.errors).length ? 1 : 0;
