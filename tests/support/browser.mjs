// Shared set-up for the browser tests: one headless Chromium per test file, pages that record
// console messages and page errors, and helpers that look inside shadow roots.
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import { readFileSync } from 'node:fs';

export const BASE = process.env.NARAVARD_BASE_URL ?? 'http://127.0.0.1:8080';

// Chromium's background services try the network, which this machine's sandboxes refuse.
const FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Launches Chromium for the calling test file and closes it afterwards. */
export function useBrowser() {
  const state = {};
  before(async () => {
    state.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: FLAGS,
    });
  });
  after(async () => { await state.browser?.close(); });
  return state;
}

/**
 * Opens `path` on the test server in a fresh context. `page.messages` collects console
 * messages and `page.errors` uncaught page errors, so tests can assert on both.
 */
export async function open(state, path, options = {}) {
  const context = await state.browser.newContext(options.context ?? {});
  const page = await context.newPage();
  page.messages = [];
  page.errors = [];
  page.on('console', (m) => page.messages.push({ type: m.type(), text: m.text() }));
  page.on('pageerror', (e) => page.errors.push(String(e)));
  if (options.setup) await options.setup(page, context);
  await page.goto(BASE + path);
  return page;
}

/** A page whose body is `html`, with the kit loaded by its script tag. */
export async function openHtml(state, html, options = {}) {
  return open(state, '/blank.html', {
    ...options,
    setup: async (page, context) => {
      await options.setup?.(page, context);
      await page.route('**/blank.html', (route) => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="${options.lang ?? 'sv'}"><head><meta charset="utf-8">
          <script type="module" src="/pkg/naravard.js"></script></head><body>${html}</body></html>`,
      }));
    },
  });
}

/**
 * Waits until every host matching `selector` has rendered content in its shadow root.
 * Widgets start only near the viewport, so it scrolls to each one as a reader would.
 */
export async function rendered(page, selector = 'naravard-malbild, naravard-kontakt, naravard-fardplan') {
  await page.evaluate(async (sel) => {
    const done = (h) => h.shadowRoot?.querySelector('.naravard > *');
    for (const host of document.querySelectorAll(sel)) {
      if (done(host)) continue;
      host.scrollIntoView({ block: 'center' });
      const end = performance.now() + 5000;
      while (!done(host) && performance.now() < end) {
        await new Promise((r) => setTimeout(r, 16));
      }
    }
    scrollTo(0, 0);
  }, selector);
  await page.waitForFunction((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    return hosts.length > 0 && hosts.every((h) => h.shadowRoot?.querySelector('.naravard > *'));
  }, selector);
}

/** The text of a host's shadow root, whitespace collapsed. */
export function shadowText(page, selector) {
  return page.$eval(selector, (h) => (h.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim());
}

/** Runs axe-core inside the page (it checks open shadow roots too) and returns the violations. */
export async function axe(page) {
  const source = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async () => {
    const result = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }));
  });
}

/** Warnings and errors the kit wrote to the console. */
export function kitMessages(page) {
  return page.messages.filter((m) => /naravard/.test(m.text) && (m.type === 'warning' || m.type === 'error'));
}

/** Polls `condition` in the test process (for things like console messages) for up to 5 s. */
export async function waitFor(condition, what = 'condition', timeout = 5000) {
  const end = Date.now() + timeout;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
