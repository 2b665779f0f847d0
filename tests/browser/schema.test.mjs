// The data format's JSON Schema under a real JSON Schema validator (Ajv, draft 2020-12): the
// schema itself compiles in strict mode, every bundled and sample data file passes it, and its
// patterns decide each case of widgets/core/tests/rule-cases.json as the decoder does (the
// native test tests/rules.rs runs the same table through the decoder). No browser needed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = new URL('../../', import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, ROOT), 'utf8'));
const schema = readJson('examples/data/naravard-data.schema.json');

function validator() {
  // Strict, but a text's `sv` and `en` may also match the pattern of added language tags
  // (`^[a-z]{2,3}$`): that overlap is the format's design, not a mistake.
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowMatchingProperties: true });
  return ajv.compile(schema);
}

const explain = (validate) => (validate.errors ?? [])
  .map((e) => `${e.instancePath || '/'} ${e.message}`).join('; ');

test('the generated schema compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(typeof validator(), 'function');
});

test('every bundled and sample data file is valid against the schema', () => {
  const validate = validator();
  const files = [
    ...readdirSync(new URL('widgets/core/data/', ROOT)).map((f) => `widgets/core/data/${f}`),
    ...readdirSync(new URL('examples/data/', ROOT))
      .filter((f) => !f.endsWith('.schema.json'))
      .map((f) => `examples/data/${f}`),
  ].filter((f) => f.endsWith('.json'));
  assert.ok(files.length >= 5, files.join(', '));
  for (const file of files) {
    assert.ok(validate(readJson(file)), `${file}: ${explain(validate)}`);
  }
});

test('the schema refuses what the decoder refuses: unknown fields, wrong types, no schema', () => {
  const validate = validator();
  const ok = { schema: 1, national: { contacts: [{ role: 'Växel', web: 'https://rvn.se' }] } };
  assert.ok(validate(ok), explain(validate));
  for (const bad of [
    { national: {} },
    { schema: 2 },
    { schema: 1, regions: [{ id: 'x', nmae: 'typo' }] },
    { schema: 1, national: { contacts: [{ role: 'R', web: 'tel:1177' }] } },
    { schema: 1, regions: [{ id: 'Stora Bokstäver' }] },
  ]) {
    assert.equal(validate(bad), false, JSON.stringify(bad));
  }
});

// The same file shapes as widgets/core/tests/rules.rs.
function file(rule, value) {
  switch (rule) {
    case 'link': return { schema: 1, national: { contacts: [{ role: 'R', web: value }] } };
    case 'phone': return { schema: 1, national: { contacts: [{ role: 'R', phone: value }] } };
    case 'email': return { schema: 1, national: { contacts: [{ role: 'R', email: value }] } };
    case 'date': return { schema: 1, national: { contacts: [{ role: 'R', web: 'https://rvn.se', verified: value }] } };
    case 'partial_date': return { schema: 1, national: { milestones: [{ date: value, title: 'T' }] } };
    default: throw new Error(`no file shape for the rule ${rule}`);
  }
}

test('each value rule and its schema pattern decide every case of the shared table alike', () => {
  const validate = validator();
  const cases = readJson('widgets/core/tests/rule-cases.json');
  const rules = Object.keys(cases).filter((k) => !k.startsWith('_'));
  assert.deepEqual(rules.sort(), ['date', 'email', 'link', 'partial_date', 'phone']);
  for (const rule of rules) {
    for (const value of cases[rule].valid) {
      assert.ok(validate(file(rule, value)), `${rule}: ${JSON.stringify(value)} refused: ${explain(validate)}`);
    }
    for (const value of cases[rule].invalid) {
      assert.equal(validate(file(rule, value)), false, `${rule}: ${JSON.stringify(value)} accepted`);
    }
  }
});

test('every link field of the format uses the one link rule', () => {
  const link = schema.$defs.contact.properties.web;
  const found = [];
  const walk = (node, path) => {
    if (!node || typeof node !== 'object') return;
    // A field is a link field if its pattern takes a web address.
    const isLink = typeof node.pattern === 'string' && new RegExp(node.pattern, 'u').test('https://rvn.se');
    if (isLink) found.push([path, node]);
    for (const [key, child] of Object.entries(node)) walk(child, `${path}/${key}`);
  };
  walk(schema, '#');
  const paths = found.map(([path]) => path);
  // website of a region and a municipality, a contact's web, a reading link, a source's url.
  assert.equal(found.length, 5, paths.join(', '));
  for (const [path, node] of found) {
    assert.equal(node.pattern, link.pattern, path);
    assert.equal(node.maxLength, link.maxLength, path);
  }
});
