// One use_region hook for all three widgets (issue #13): while a `src` data file that
// defines the region is still loading, every widget says it is fetching (not "kan inte
// visas") and warns nobody; once the file is there the region shows; a region that stays
// unknown gets the calm notice and one console warning.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const TAGS = ['naravard-malbild', 'naravard-kontakt', 'naravard-fardplan'];

// A region that only the data file defines (a test region; no real facts).
const DATASET = JSON.stringify({
  schema: 1,
  regions: [{
    id: 'provlan',
    name: 'Region Provlän',
    county: 'Provlän',
    county_code: '98',
    source: 'Testdata',
    municipalities: [{ id: 'provby', name: 'Provby', code: '9801', source: 'Testdata' }],
    malbild: { title: 'Provläns målbild', lead: 'En målbild för test.', source: 'Testdata' },
    milestones: [{ date: '2024', title: 'Provsteg', source: 'Testdata' }],
  }],
});

async function page(release) {
  return openHtml(browser, TAGS.map((t) => `<${t} region="provlan" src="/custom/provlan.json" loading="eager"></${t}>`).join('\n'), {
    setup: (p) => p.route('**/custom/provlan.json', async (route) => {
      await release;
      await route.fulfill({ contentType: 'application/json', body: DATASET });
    }),
  });
}

test('while the src file loads, every widget says so and nobody is warned; then the region shows', async () => {
  let open;
  const gate = new Promise((r) => { open = r; });
  const p = await page(gate);
  await rendered(p);
  for (const tag of TAGS) {
    const text = await shadowText(p, tag);
    assert.match(text, /Hämtar information/, `${tag}: ${text}`);
    assert.doesNotMatch(text, /kan inte visas/, tag);
  }
  await p.waitForTimeout(200);
  assert.deepEqual(kitMessages(p), [], 'no warning while the file loads');
  open();
  for (const [tag, shown] of [
    ['naravard-malbild', /Provläns målbild/],
    ['naravard-kontakt', /Provlän/],
    ['naravard-fardplan', /Provsteg/],
  ]) {
    await waitFor(async () => shown.test(await shadowText(p, tag)), `${tag} shows the region`);
  }
  assert.deepEqual(kitMessages(p).filter((m) => /not a known region/.test(m.text)), []);
  await p.context().close();
});

test('a region the file does not define: the calm notice and one warning per widget', async () => {
  const p = await openHtml(browser, TAGS.map((t) => `<${t} region="ingenstans" src="/custom/provlan.json" loading="eager"></${t}>`).join('\n'), {
    setup: (page) => page.route('**/custom/provlan.json', (route) => route.fulfill({ contentType: 'application/json', body: DATASET })),
  });
  await rendered(p);
  for (const tag of TAGS) {
    await waitFor(async () => /kan inte visas/.test(await shadowText(p, tag)), `${tag} shows the notice`);
  }
  await waitFor(() => kitMessages(p).filter((m) => /not a known region/.test(m.text)).length >= 3, 'the warnings');
  const warnings = kitMessages(p).filter((m) => /not a known region/.test(m.text));
  assert.equal(warnings.length, 3, JSON.stringify(warnings));
  for (const w of warnings) assert.match(w.text, /provlan/, 'the file\'s region is named among the valid ones');
  await p.context().close();
});
