// Pre-rendered widgets (issue #15): the fragments the build writes to pkg/prerendered/ show
// their content with the page itself, read fully without JavaScript, hold under the strict
// CSP, and the kit takes them over without moving, flashing or doubling anything.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, BASE } from '../support/browser.mjs';
import { regionsFromData } from '../support/regions.mjs';

const browser = useBrowser();
const KINDS = ['malbild', 'kontakt', 'fardplan'];
const HOSTS = KINDS.map((k) => `naravard-${k}`).join(', ');
const REGIONS = regionsFromData().regions.map((r) => r.id);
// The fragments' language parts: pkg/prerendered/<region>/<widget>.<lang>.html.
const LANGS = ['sv', 'lattlast', 'en'];

async function fragment(region, kind, lang) {
  const response = await fetch(`${BASE}/pkg/prerendered/${region}/${kind}.${lang}.html`);
  assert.equal(response.status, 200, `${region}/${kind}.${lang}.html`);
  return response.text();
}

/** The strict CSP the server sends for examples/csp/, read off the server itself. */
async function strictCsp() {
  const response = await fetch(`${BASE}/csp/index.html`);
  const csp = response.headers.get('content-security-policy');
  assert.ok(csp?.includes("style-src 'self'"), 'the server sends the strict CSP under /csp/');
  return csp;
}

/** Opens a page (under /csp/, so same-origin paths match) whose body holds `fragments`. */
function openPage(body, { script = true, csp = null, context = {}, setup } = {}) {
  return open(browser, '/csp/prerendered.html', {
    context,
    setup: async (page, ctx) => {
      await setup?.(page, ctx);
      await page.route('**/csp/prerendered.html', (route) => route.fulfill({
        contentType: 'text/html; charset=utf-8',
        headers: csp ? { 'Content-Security-Policy': csp } : {},
        body: `<!doctype html><html lang="sv"><head><meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <link rel="stylesheet" href="/assets/site.css">
          ${script ? '<script type="module" src="/pkg/naravard.js"></script>' : ''}
          </head><body><main>${body}</main></body></html>`,
      }));
    },
  });
}

/**
 * In the page: a canonical form of a container's markup (attributes sorted, adjacent text
 * joined, `hidden` by presence, an input by its value), so the parsed pre-rendered markup and
 * the DOM the kit builds compare equal exactly when they show and say the same.
 */
function canonScript() {
  globalThis.__canon = function canon(node) {
    const attrs = [...node.attributes]
      .filter((a) => !(node.localName === 'input' && a.name === 'value'))
      .map((a) => `${a.name}="${a.name === 'hidden' ? '' : a.value}"`)
      .sort();
    if (node.localName === 'input') attrs.push(`.value="${node.value}"`);
    let inner = '';
    let text = '';
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) { text += child.data; continue; }
      if (text) { inner += JSON.stringify(text); text = ''; }
      if (child.nodeType === Node.ELEMENT_NODE) inner += canon(child);
    }
    if (text) inner += JSON.stringify(text);
    return `<${node.localName} ${attrs.join(' ')}>${inner}</${node.localName}>`;
  };
  // Before the kit runs (module scripts run after this), keep each pre-rendered container.
  document.addEventListener('readystatechange', () => {
    if (document.readyState !== 'interactive') return;
    globalThis.__before = [...document.querySelectorAll('naravard-malbild, naravard-kontakt, naravard-fardplan')]
      .map((h) => { const c = h.shadowRoot?.querySelector('.naravard'); return c ? globalThis.__canon(c) : null; });
  });
}

/** Scrolls to each widget as a reader would, until the kit has taken every one over. */
async function takenOver(page) {
  await page.evaluate(async (sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    for (const host of hosts) {
      host.scrollIntoView({ block: 'center' });
      const end = performance.now() + 10_000;
      while (globalThis.__naravard?.liveCount?.() < hosts.indexOf(host) + 1 && performance.now() < end) {
        await new Promise((r) => setTimeout(r, 16));
      }
    }
    scrollTo(0, 0);
  }, HOSTS);
  await page.waitForFunction((n) => globalThis.__naravard?.liveCount() === n,
    await page.locator(HOSTS).count());
}

test('with JavaScript off, the pre-rendered widgets read fully and the fallback stays hidden', async () => {
  const body = (await Promise.all(KINDS.map((k) => fragment('vasternorrland', k, 'sv')))).join('\n');
  const page = await openPage(body, { script: false, context: { javaScriptEnabled: false } });
  // The målbild: headings, and every card's text for the resident (no panel closed).
  const malbild = page.locator('naravard-malbild');
  await assert.doesNotReject(malbild.locator('h2.title').waitFor({ state: 'visible', timeout: 5000 }));
  const panels = malbild.locator('.panel');
  assert.ok(await panels.count() > 2, 'the trait cards are there');
  for (const panel of await panels.all()) assert.ok(await panel.isVisible(), 'every panel is open');
  // The finder: the region's card, the national numbers, and every municipality with its
  // way in, in a native disclosure that opens without a script.
  const kontakt = page.locator('naravard-kontakt');
  assert.ok(await kontakt.locator('.card.region').isVisible(), 'the region card shows');
  assert.ok(await kontakt.locator('a[href="tel:1177"]').first().isVisible(), '1177 shows');
  const routes = kontakt.locator('.routes');
  assert.equal(await routes.isVisible(), false, 'the list starts folded');
  await kontakt.locator('summary').click();
  assert.ok(await routes.isVisible(), 'the summary opens the list without JavaScript');
  const sundsvall = routes.locator('li', { hasText: 'Sundsvall' });
  assert.ok(await sundsvall.locator('a').isVisible(), 'Sundsvall has its way in');
  // The roadmap: every milestone's details.
  const details = page.locator('naravard-fardplan .details');
  assert.ok(await details.count() > 2);
  for (const d of await details.all()) assert.ok(await d.isVisible(), 'details shown');
  // The light-DOM fallback is hidden by the shadow root: no doubled content.
  for (const kind of KINDS) {
    assert.equal(await page.locator(`naravard-${kind} > p`).isVisible(), false, `${kind} fallback hidden`);
  }
  await page.context().close();
});

test('where a CMS strips <template>, the fallback shows without JavaScript', async () => {
  const html = (await fragment('vasternorrland', 'malbild', 'sv')).replace(/<template[\s\S]*<\/template>/, '');
  const page = await openPage(html, { script: false, context: { javaScriptEnabled: false } });
  const fallback = page.locator('naravard-malbild > p');
  assert.ok(await fallback.isVisible(), 'the fallback shows');
  assert.match(await fallback.innerText(), /Läs om nära vård på Region Västernorrland/);
  await page.context().close();
});

// The tall window sees every widget whole, so any change at all on taking over would count.
for (const viewport of [{ width: 1280, height: 720 }, { width: 360, height: 740 }, { width: 1280, height: 6000 }]) {
  test(`under the strict CSP the kit takes over at ${viewport.width}×${viewport.height}: CLS 0, no violation, no doubling, the finder answers`, async () => {
    const body = (await Promise.all(KINDS.map((k) => fragment('vasternorrland', k, 'sv')))).join('\n');
    const page = await openPage(body, {
      csp: await strictCsp(),
      context: { viewport },
      setup: (p) => p.addInitScript(() => {
        globalThis.__shifts = [];
        globalThis.__violations = [];
        addEventListener('securitypolicyviolation', (e) => {
          globalThis.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
        }, true);
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) {
            if (!entry.hadRecentInput) globalThis.__shifts.push(entry.value);
          }
        }).observe({ type: 'layout-shift', buffered: true });
      }),
    });
    // Content is there before the kit: the heading shows at once.
    await page.locator('naravard-malbild h2.title').waitFor({ state: 'visible' });
    await page.waitForFunction(() => globalThis.__naravard?.liveCount() >= 1);
    await page.waitForTimeout(800);
    const shifts = await page.evaluate(() => globalThis.__shifts);
    assert.equal(shifts.reduce((a, b) => a + b, 0), 0, `layout shifts: ${shifts.join(', ')}`);
    await takenOver(page);
    assert.deepEqual(await page.evaluate(() => globalThis.__violations), [], 'no CSP violation');
    assert.deepEqual(page.errors, []);
    for (const kind of KINDS) {
      const counts = await page.$eval(`naravard-${kind}`, (h) => ({
        containers: h.shadowRoot.querySelectorAll('.naravard').length,
        roots: h.shadowRoot.querySelectorAll('[part="root"]').length,
        links: h.shadowRoot.querySelectorAll('link').length,
        sheets: h.shadowRoot.adoptedStyleSheets.length,
      }));
      assert.deepEqual(counts, { containers: 1, roots: 1, links: 0, sheets: 1 }, `${kind}: one copy, styled by the kit`);
    }
    // The interactive finder has replaced the static one and answers typing.
    const input = page.locator('naravard-kontakt input[role="combobox"]');
    await input.scrollIntoViewIfNeeded();
    await input.fill('sunds');
    const option = page.locator('naravard-kontakt [role="option"]', { hasText: 'Sundsvall' });
    await option.waitFor({ state: 'visible' });
    await input.press('Enter');
    await page.locator('naravard-kontakt .card.municipality', { hasText: 'Sundsvall' }).waitFor();
    assert.equal(await page.locator('naravard-kontakt .routes').count(), 0, 'the overview gave way to the choice');
    await page.context().close();
  });
}

test('what the resident typed into the pre-rendered finder before the kit ran is kept and answered', async () => {
  const page = await openPage(await fragment('vasternorrland', 'kontakt', 'sv'), {
    // The wasm arrives late, as on a slow connection.
    setup: (p) => p.route(/naravard_\w+_bg\.wasm/, async (route) => {
      await new Promise((r) => setTimeout(r, 1500));
      await route.continue();
    }),
  });
  const input = page.locator('naravard-kontakt input[role="combobox"]');
  await input.click();
  await page.keyboard.type('örnsk');
  assert.equal(await page.evaluate(() => globalThis.__naravard?.liveCount() ?? 0), 0, 'typed before the kit ran');
  await page.locator('naravard-kontakt [role="option"]', { hasText: 'Örnsköldsvik' }).waitFor({ state: 'visible' });
  assert.equal(await input.inputValue(), 'örnsk');
  assert.equal(await page.evaluate(() => document.querySelector('naravard-kontakt').shadowRoot.activeElement?.id), 'kontakt-search', 'the field keeps the focus');
  await page.context().close();
});

test('the kit\'s first render equals the pre-rendered markup, for every widget, region and language, lättläst included', async () => {
  const parts = [];
  for (const region of REGIONS) {
    for (const kind of KINDS) {
      for (const lang of LANGS) parts.push(await fragment(region, kind, lang));
    }
  }
  const page = await openPage(parts.join('\n'), { setup: (p) => p.addInitScript(canonScript) });
  await takenOver(page);
  const { before, after, names } = await page.evaluate((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    return {
      before: globalThis.__before,
      after: hosts.map((h) => globalThis.__canon(h.shadowRoot.querySelector('.naravard'))),
      names: hosts.map((h) => `${h.localName} ${h.getAttribute('region')} ${h.getAttribute('lang')} ${h.getAttribute('variant') ?? ''}`),
    };
  }, HOSTS);
  assert.equal(after.length, REGIONS.length * KINDS.length * LANGS.length);
  for (let i = 0; i < after.length; i++) {
    assert.ok(before[i], `${names[i]}: pre-rendered container seen`);
    assert.equal(after[i], before[i], `${names[i]}: the kit's render differs from the pre-rendered one`);
  }
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the builder gives the pre-rendered fragment with the script tag, linked at the kit\'s folder', async () => {
  const page = await open(browser, '/builder.html');
  await page.waitForSelector('html[data-builder-ready]');
  await page.click('label[for="w-kontakt"]');
  await page.click('label[for="mode-prerendered"]');
  await page.fill('#base', 'https://cdn.example.org/naravard/');
  await page.waitForFunction(() => {
    const code = document.getElementById('snippet').textContent;
    return code.includes('shadowrootmode') && code.includes('cdn.example.org');
  });
  const code = await page.locator('#snippet').textContent();
  assert.match(code, /^<script type="module" src="https:\/\/cdn\.example\.org\/naravard\/naravard\.js"><\/script>/);
  assert.match(code, /<naravard-kontakt region="[a-z-]+" lang="sv">/);
  assert.match(code, /<link rel="stylesheet" href="https:\/\/cdn\.example\.org\/naravard\/naravard-kontakt\.css">/);
  assert.ok(code.includes('class="routes"'), 'the finder\'s overview is in the code');
  assert.ok(await page.locator('#kommun').isDisabled(), 'no municipality can be pre-chosen');

  // Lättläst gives the lättläst fragment, not the standard one without a word.
  await page.selectOption('#variant', 'lattlast');
  await page.waitForFunction(() => document.getElementById('snippet').textContent.includes('variant="lattlast"'));
  const region = await page.inputValue('#region');
  const lattlast = await fragment(region, 'kontakt', 'lattlast');
  const shadow = (html) => html.slice(html.indexOf('<div class="naravard"'), html.indexOf('</template>'));
  const easy = await page.locator('#snippet').textContent();
  assert.ok(easy.includes(shadow(lattlast)), 'the snippet holds the lättläst fragment');
  assert.ok(!easy.includes(shadow(await fragment(region, 'kontakt', 'sv'))), 'not the standard one');
  await page.context().close();
});
