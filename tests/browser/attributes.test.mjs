// Attributes from a hostile or careless editor (issue #10): unknown, empty and huge values,
// and every attribute removed at once. Each widget answers with a calm message for the
// resident and a short console warning for the editor, never a crash or a blank box.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrowser, openHtml, rendered, shadowText, kitMessages, waitFor } from '../support/browser.mjs';

const browser = useBrowser();
const HUGE = 'x'.repeat(100000);

for (const kind of ['malbild', 'kontakt', 'fardplan']) {
  const tag = `naravard-${kind}`;

  test(`${tag}: unknown, empty and huge regions get a calm message and a short warning`, async () => {
    for (const value of ['atlantis', '', HUGE]) {
      const page = await openHtml(browser, `<${tag} region="${value}"></${tag}>`);
      await rendered(page, tag);
      const text = await shadowText(page, tag);
      assert.ok(text.length > 20, `a message is shown for region="${value.slice(0, 10)}"`);
      await waitFor(() => kitMessages(page).length > 0, 'a console warning');
      const warning = kitMessages(page).find((m) => /region/.test(m.text));
      assert.ok(warning, 'the warning names the attribute');
      assert.match(warning.text, /vasternorrland/, 'the warning lists the valid values');
      assert.ok(warning.text.length < 1000, 'a huge value is not echoed in full');
      assert.deepEqual(page.errors, []);
      await page.context().close();
    }
  });

  test(`${tag}: nonsense in every attribute, then every attribute removed at once`, async () => {
    const attrs = ['kommun', 'lang', 'heading-level', 'sections', 'expanded', 'src', 'remember',
      'levels', 'from', 'to', 'today', 'layout', 'theme']
      .map((a) => `${a}="${a === 'src' ? 'javascript:alert(1)' : '\u202e<b>?</b>' + HUGE.slice(0, 5000)}"`).join(' ');
    const page = await openHtml(browser, `<${tag} region="vasternorrland" ${attrs}></${tag}>`);
    await rendered(page, tag);
    assert.ok((await shadowText(page, tag)).length > 20);
    await page.$eval(tag, (el) => [...el.attributes].forEach((a) => el.removeAttribute(a.name)));
    await page.waitForTimeout(150);
    assert.ok((await shadowText(page, tag)).length > 20, 'still a message, not a blank box');
    assert.equal(await page.evaluate(() => globalThis.__naravard.liveCount()), 1, 'the app is still alive');
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
