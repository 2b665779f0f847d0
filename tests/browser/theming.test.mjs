// Theming and style isolation (issue #7): tokens reach inside, the host page's CSS does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, open, openHtml, rendered, kitMessages, axe, waitFor } from '../support/browser.mjs';

const browser = useBrowser();

/** Computed styles of the widget container inside a host's shadow root. */
function containerStyle(page, selector) {
  return page.$eval(selector, (h) => {
    const c = getComputedStyle(h.shadowRoot.querySelector('.naravard'));
    return { color: c.color, background: c.backgroundColor, font: c.fontFamily, size: c.fontSize, lineHeight: c.lineHeight };
  });
}

function luminance(rgb) {
  const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
  return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
}

test('the design tokens change computed styles inside the shadow root', async () => {
  const page = await openHtml(browser, `
    <naravard-malbild region="vasternorrland" id="plain"></naravard-malbild>
    <div id="themed-host"><naravard-malbild region="vasternorrland" id="themed"></naravard-malbild></div>`, {
    setup: (p) => p.addInitScript(() => {
      // Tokens set on an ancestor, through the CSSOM (no inline style in the markup).
      addEventListener('DOMContentLoaded', () => {
        const host = document.querySelector('#themed-host').style;
        host.setProperty('--naravard-color-text', 'rgb(10, 20, 30)');
        host.setProperty('--naravard-color-background', 'rgb(250, 240, 230)');
        host.setProperty('--naravard-font-family', 'Georgia, serif');
        host.setProperty('--naravard-font-size', '20px');
        host.setProperty('--naravard-color-link', 'rgb(120, 0, 60)');
      });
    }),
  });
  await rendered(page);
  const plain = await containerStyle(page, '#plain');
  const themed = await containerStyle(page, '#themed');
  assert.equal(themed.color, 'rgb(10, 20, 30)');
  assert.equal(themed.background, 'rgb(250, 240, 230)');
  assert.match(themed.font, /Georgia/);
  assert.equal(themed.size, '20px');
  assert.notEqual(plain.color, themed.color);
  const link = await page.$eval('#themed', (h) => {
    const a = h.shadowRoot.querySelector('a[href]');
    return a && getComputedStyle(a).color;
  });
  if (link) assert.equal(link, 'rgb(120, 0, 60)');
  await page.context().close();
});

test('theme="dark" is dark, theme="auto" follows the system, light is the default', async () => {
  const html = `
    <naravard-kontakt region="vasternorrland" id="light"></naravard-kontakt>
    <naravard-kontakt region="vasternorrland" id="dark" theme="dark"></naravard-kontakt>
    <naravard-kontakt region="vasternorrland" id="auto" theme="auto"></naravard-kontakt>`;
  const page = await openHtml(browser, html, { context: { colorScheme: 'dark' } });
  await rendered(page);
  assert.ok(luminance((await containerStyle(page, '#light')).background) > 0.8);
  assert.ok(luminance((await containerStyle(page, '#dark')).background) < 0.2);
  assert.ok(luminance((await containerStyle(page, '#auto')).background) < 0.2);
  await page.emulateMedia({ colorScheme: 'light' });
  assert.ok(luminance((await containerStyle(page, '#auto')).background) > 0.8);
  assert.ok(luminance((await containerStyle(page, '#dark')).background) < 0.2);
  await page.context().close();
});

test('forced colours keep controls and the focus ring visible', async () => {
  const page = await open(browser, '/index.html');
  await page.emulateMedia({ forcedColors: 'active' });
  await rendered(page);
  // Tab into the first widget's first control and look at its focus ring.
  const ring = await page.evaluate(() => {
    const host = document.querySelector('naravard-malbild');
    const control = host.shadowRoot.querySelector('button, a[href], input');
    control.focus();
    const s = getComputedStyle(control);
    return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
  });
  assert.notEqual(ring.style, 'none');
  assert.ok(ring.width >= 2, JSON.stringify(ring));
  const buttons = await page.evaluate(() => [...document.querySelectorAll('naravard-malbild, naravard-kontakt, naravard-fardplan')]
    .flatMap((h) => [...h.shadowRoot.querySelectorAll('button')])
    .map((b) => {
      const s = getComputedStyle(b);
      return s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0;
    }));
  assert.ok(buttons.length > 0);
  assert.ok(buttons.every(Boolean), 'every button keeps a visible border in forced colours');
  await page.context().close();
});

/** Every element's box and key styles inside each widget, for comparing two host pages. */
function layoutSignature(page) {
  return page.evaluate(() => [...document.querySelectorAll('naravard-malbild, naravard-kontakt, naravard-fardplan')]
    .map((h) => {
      const origin = h.shadowRoot.querySelector('.naravard').getBoundingClientRect();
      return [...h.shadowRoot.querySelectorAll('*')].map((el) => {
        const r = el.getBoundingClientRect();
        const s = getComputedStyle(el);
        // A hidden element has no box, and so no position to compare.
        if (el.getClientRects().length === 0) return [el.tagName, 'no box', s.display].join(' ');
        return [el.tagName, Math.round(r.x - origin.x), Math.round(r.y - origin.y), Math.round(r.width), Math.round(r.height),
          s.display, s.lineHeight, s.textTransform, s.letterSpacing, s.boxSizing, s.color].join(' ');
      });
    }));
}

test('a hostile host stylesheet changes nothing inside the widgets', async () => {
  const viewport = { width: 900, height: 1200 };
  const calm = await open(browser, '/hostile.html', {
    context: { viewport },
    setup: (p) => p.route('**/assets/hostile.css', (route) => route.fulfill({ contentType: 'text/css', body: 'html { font-size: 10px }' })),
  });
  await rendered(calm);
  const hostile = await open(browser, '/hostile.html', { context: { viewport } });
  await rendered(hostile);
  const [a, b] = [await layoutSignature(calm), await layoutSignature(hostile)];
  for (let w = 0; w < a.length; w++) {
    assert.equal(b[w].length, a[w].length);
    const diff = a[w].map((line, i) => [line, b[w][i]]).filter(([x, y]) => x !== y).slice(0, 3);
    assert.deepEqual(diff, [], `widget ${w} looks different on the hostile page`);
  }
  // And it works: a button still toggles inside the hostile page.
  const toggled = await hostile.evaluate(async () => {
    const button = document.querySelector('naravard-malbild').shadowRoot.querySelector('button[aria-expanded]');
    if (!button) return 'no button';
    const before = button.getAttribute('aria-expanded');
    button.click();
    await new Promise((r) => setTimeout(r, 50));
    return before !== button.getAttribute('aria-expanded');
  });
  assert.equal(toggled, true);
  await calm.context().close();
  await hostile.context().close();
});

test('a host that sets low-contrast tokens gets one console warning naming them and the ratio', async () => {
  const page = await openHtml(browser, '<div id="pale"><naravard-malbild region="vasternorrland"></naravard-malbild></div>', {
    setup: (p) => p.addInitScript(() => addEventListener('DOMContentLoaded', () => {
      document.querySelector('#pale').style.setProperty('--naravard-color-text', '#c8c8c8');
    })),
  });
  await rendered(page);
  await waitFor(() => kitMessages(page).some((m) => /contrast|hard to read/.test(m.text)), 'the contrast warning');
  const warnings = kitMessages(page).filter((m) => /hard to read/.test(m.text));
  assert.equal(warnings.length, 1);
  assert.match(warnings[0].text, /--naravard-color-text on --naravard-color-background is 1\.\d\d:1/);
  await page.context().close();
});

test('the three host designs of the theming example pass axe-core with no contrast warning', async () => {
  const page = await open(browser, '/theming.html');
  await rendered(page);
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(kitMessages(page), []);
  await page.context().close();
});
