// pkg/ as an npm package (issue #8): `npm pack` holds everything a page needs, package.json
// points at the types and the Custom Elements Manifest, and the manifest lists every element,
// attribute, event, CSS part (as rendered in a real browser) and CSS property.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { useBrowser, open, openHtml, rendered } from '../support/browser.mjs';

const browser = useBrowser();
const PKG = new URL('../../pkg/', import.meta.url);
const read = (file) => readFileSync(new URL(file, PKG), 'utf8');
const manifest = () => JSON.parse(read('custom-elements.json'));
const TAGS = ['naravard-malbild', 'naravard-kontakt', 'naravard-fardplan'];

function declarations() {
  return manifest().modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
}

test('npm pack holds everything a page needs', () => {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: fileURLToPath(PKG), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [info] = JSON.parse(out);
  const files = info.files.map((f) => f.path).sort();
  for (const needed of [
    'package.json', 'naravard.js', 'naravard_wasm.js', 'naravard_wasm_bg.wasm',
    'embed.html', 'embed.css', 'embed.js', 'naravard-iframe.js',
    'naravard.d.ts', 'custom-elements.json', 'LICENSE-MIT', 'LICENSE-APACHE',
    // Pre-rendered fragments and the stylesheets they link (issue #15).
    'naravard-malbild.css', 'naravard-kontakt.css', 'naravard-fardplan.css',
    'prerendered/vasternorrland/kontakt.sv.html', 'prerendered/vastra-gotaland/fardplan.en.html',
    // Each widget's own build, for pages that show only that one.
    'naravard_malbild.js', 'naravard_malbild_bg.wasm', 'naravard_kontakt.js', 'naravard_kontakt_bg.wasm',
    'naravard_fardplan.js', 'naravard_fardplan_bg.wasm',
    // The bundled regions' data: as JSON for editors, packed for naravard.js to fetch for
    // the regions a page names...
    'data/vasternorrland.json', 'data/jamtland-harjedalen.json', 'data/vastra-gotaland.json',
    'data/vasternorrland.bin', 'data/jamtland-harjedalen.bin', 'data/vastra-gotaland.bin',
    // ...and each region's files for the one-widget builds: what that widget shows.
    'data/vasternorrland.kontakt.bin', 'data/jamtland-harjedalen.malbild.bin', 'data/vastra-gotaland.fardplan.bin',
  ]) {
    assert.ok(files.includes(needed), `${needed} is missing from the tarball: ${files.join(', ')}`);
  }
  const pkg = JSON.parse(read('package.json'));
  assert.equal(info.name, 'naravard-widgets');
  assert.notEqual(pkg.version, '0.0.0-dev', 'the build fills in the version');
  assert.match(pkg.version, /^\d+\.\d+\.\d+/);
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.equal(pkg.types, './naravard.d.ts');
  assert.equal(pkg.customElements, './custom-elements.json');
  assert.deepEqual(pkg.exports['.'], { types: './naravard.d.ts', default: './naravard.js' });
  // Every file package.json names is in the tarball.
  const named = [pkg.main, pkg.types, pkg.customElements, ...Object.values(pkg.exports)
    .flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)))];
  for (const file of named) {
    assert.ok(files.includes(file.replace(/^\.\//, '')), `package.json names ${file}, which is not packed`);
  }
  // The entry pins the glue and the wasm to this build, so caches cannot mix releases (the
  // shipped file is minified: the build id is a string in it, with its placeholder filled in).
  const entry = read('naravard.js');
  assert.match(entry, /["']\?v=[0-9a-f]{16}["']/);
  assert.doesNotMatch(entry, /BUILD_ID|BUNDLED_REGIONS/);
});

test('the manifest and the types list every element, attribute, event and CSS property', async () => {
  const decls = declarations();
  assert.deepEqual(decls.map((d) => d.tagName).sort(), [...TAGS].sort());
  assert.equal(manifest().schemaVersion.split('.')[0], '2');

  // Every attribute naravard.js observes is documented, and no element documents one it ignores.
  // Read from the shipped module's exports, in a page that loads it.
  const page = await open(browser, '/index.html');
  const observed = await page.evaluate(async () => [...(await import('/pkg/naravard.js')).ATTRIBUTES]);
  await page.context().close();
  assert.ok(observed.includes('region'), `naravard.js exports its observed attributes: ${observed}`);
  const documented = new Set(decls.flatMap((d) => d.attributes.map((a) => a.name)));
  assert.deepEqual(observed.filter((a) => !documented.has(a)), [], 'attributes missing from the manifest');
  assert.deepEqual([...documented].filter((a) => !observed.includes(a)), [], 'manifest attributes naravard.js does not observe');

  // Events: the ones the widgets' docs and code name.
  const events = Object.fromEntries(decls.map((d) => [d.tagName, d.events.map((e) => e.name).sort()]));
  assert.deepEqual(events['naravard-kontakt'], ['naravard-select']);
  assert.deepEqual(events['naravard-malbild'], ['naravard-toggle']);
  assert.deepEqual(events['naravard-fardplan'], ['naravard-filter', 'naravard-toggle']);

  // CSS properties: every token in docs/theming.md, on every element.
  const theming = readFileSync(new URL('../../docs/theming.md', import.meta.url), 'utf8');
  const tokens = [...theming.matchAll(/^\| `(--naravard-[a-z-]+)`/gm)].map((m) => m[1]).sort();
  assert.ok(tokens.length >= 10, 'tokens found in docs/theming.md');
  for (const d of decls) {
    assert.deepEqual(d.cssProperties.map((p) => p.name).sort(), tokens, `${d.tagName} CSS properties`);
  }

  // The TypeScript declarations type the three tags and every event's detail.
  const dts = read('naravard.d.ts');
  for (const tag of TAGS) assert.match(dts, new RegExp(`'${tag}': Naravard\\w+Element;`));
  for (const name of ['naravard-select', 'naravard-toggle', 'naravard-filter']) {
    assert.match(dts, new RegExp(`'${name}': CustomEvent<`));
  }
});

/** Every part name rendered in the shadow roots of the page, per tag name. */
function renderedParts(page) {
  return page.evaluate((tags) => {
    const found = {};
    for (const host of document.querySelectorAll(tags.join(','))) {
      const names = (found[host.localName] ??= []);
      for (const el of host.shadowRoot?.querySelectorAll('[part]') ?? []) {
        for (const name of el.getAttribute('part').split(/\s+/)) {
          if (name && !names.includes(name)) names.push(name);
        }
      }
    }
    return found;
  }, TAGS);
}

test('every CSS part the widgets render is in the manifest', async () => {
  const parts = {};
  const collect = (found) => {
    for (const [tag, names] of Object.entries(found)) {
      parts[tag] = [...new Set([...(parts[tag] ?? []), ...names])];
    }
  };

  const page = await open(browser, '/index.html');
  await rendered(page);
  collect(await renderedParts(page));
  await page.context().close();

  // A kontakt with its list open and one with a selection; a målbild with every part open; the
  // calm notices of an unknown region.
  const more = await openHtml(browser, `
    <naravard-kontakt id="searching" region="vasternorrland"></naravard-kontakt>
    <naravard-kontakt region="vastra-gotaland" kommun="goteborg"></naravard-kontakt>
    <naravard-malbild region="vasternorrland" expanded></naravard-malbild>
    <naravard-fardplan region="vasternorrland"></naravard-fardplan>
    <naravard-malbild region="nowhere"></naravard-malbild>
    <naravard-kontakt region="nowhere"></naravard-kontakt>
    <naravard-fardplan region="nowhere"></naravard-fardplan>`);
  await rendered(more);
  await more.locator('#searching input').fill('xyzzy');
  await more.waitForFunction(() => document.querySelector('#searching').shadowRoot.querySelector('[part~="no-match"]'));
  collect(await renderedParts(more));
  await more.locator('#searching input').fill('s');
  await more.waitForFunction(() => document.querySelector('#searching').shadowRoot.querySelector('[part~="option"]'));
  collect(await renderedParts(more));
  await more.locator('#searching input').press('Enter');
  await more.waitForFunction(() => document.querySelector('#searching').shadowRoot.querySelector('[part~="result"]'));
  collect(await renderedParts(more));
  const buttons = more.locator('naravard-fardplan button[part~="button"]');
  if (await buttons.count()) await buttons.first().click();
  collect(await renderedParts(more));
  await more.context().close();

  const documented = Object.fromEntries(declarations().map((d) => [d.tagName, d.cssParts.map((p) => p.name)]));
  for (const tag of TAGS) {
    assert.ok(parts[tag]?.length > 3, `${tag} rendered parts`);
    const missing = parts[tag].filter((p) => !documented[tag].includes(p));
    assert.deepEqual(missing, [], `${tag} renders parts the manifest does not list`);
  }
});
