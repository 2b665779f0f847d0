// The builder page's list of regions and municipalities (examples/assets/regions.json), made
// from the bundled data in widgets/core/data/. Run `node tests/support/regions.mjs` after the
// bundled data changes; tests/browser/builder.test.mjs fails while the two disagree.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const DATA = new URL('../../widgets/core/data/', import.meta.url);
export const REGIONS_JSON = new URL('../../examples/assets/regions.json', import.meta.url);

/** `{ regions: [{ id, name, website, municipalities: [{ id, name, code }] }] }`, by name. */
export function regionsFromData() {
  const regions = [];
  for (const file of readdirSync(DATA).filter((f) => f.endsWith('.json')).sort()) {
    const data = JSON.parse(readFileSync(new URL(file, DATA), 'utf8'));
    for (const r of data.regions ?? []) {
      regions.push({
        id: r.id,
        name: r.name,
        website: r.website,
        municipalities: (r.municipalities ?? [])
          .map((m) => ({ id: m.id, name: m.name, code: m.code }))
          .sort((a, b) => a.name.localeCompare(b.name, 'sv')),
      });
    }
  }
  regions.sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { regions };
}

export function regionsJsonText() {
  return `${JSON.stringify(regionsFromData(), null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(REGIONS_JSON, regionsJsonText());
  console.log(`wrote ${fileURLToPath(REGIONS_JSON)}`);
}
