// A large custom data file for the finder benchmark: one new region, "bench-region", with 290
// municipalities and 10,000 contacts, in the kit's data format (docs/data-format.md; the rules
// are in widgets/core/src/decode.rs: ids are lowercase slugs, codes four unique digits, every
// contact has a role and at least one of email, phone and web; a file is at most 2 MB).
// Deterministic, so every run measures the same file. `node tests/bench/generate-data.mjs`
// prints it, e.g. to check it with the validator.

const FIRST = ['Norr', 'Sör', 'Väst', 'Öst', 'Stor', 'Lill', 'Ny', 'Gamm', 'Berg', 'Sjö', 'Å',
  'Ljus', 'Mal', 'Hög', 'Tall', 'Björk', 'Ek', 'Gran'];
const LAST = ['by', 'åker', 'köping', 'torp', 'holm', 'vik', 'sala', 'sjö', 'berga', 'dal', 'ås',
  'näs', 'hult', 'fors', 'stad', 'lund', 'bo'];

export const GENERATED = { region: 'bench-region', municipalities: 290, contacts: 10_000 };

/** The file as a JS value; `JSON.stringify` it to serve it. */
export function generateData({ municipalities = 290, contacts = 10_000 } = {}) {
  const list = [];
  for (let i = 0; i < municipalities; i++) {
    const first = FIRST[i % FIRST.length];
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
    const round = Math.floor(i / (FIRST.length * LAST.length));
    const name = round ? `${first}${last} ${round + 1}` : `${first}${last}`;
    const id = `m${String(i + 1).padStart(4, '0')}`;
    // Spread the contacts as evenly as they go: 140 municipalities get 35, the rest 34.
    const count = Math.floor(contacts / municipalities) + (i < contacts % municipalities ? 1 : 0);
    const own = [];
    for (let j = 1; j <= count; j++) {
      const contact = { role: `${ROLES[j % ROLES.length]} ${j}, ${name}`, web: `https://example.org/${id}/${j}` };
      if (j % 3 === 0) contact.phone = `010-${String(100 + (j % 900)).padStart(3, '0')} ${String(i % 100).padStart(2, '0')} 00`;
      if (j % 5 === 0) contact.email = `kontakt${j}@${id}.example.org`;
      contact.source = 'generated for the benchmark';
      own.push(contact);
    }
    list.push({
      id,
      name,
      code: String(9000 + i + 1), // 9001…9290: four digits, unique
      website: `https://example.org/${id}`,
      contacts: own,
    });
  }
  return {
    schema: 1,
    regions: [{
      id: GENERATED.region,
      name: 'Region Bench',
      county: 'Bench',
      county_code: '99',
      municipalities: list,
    }],
  };
}

const ROLES = ['Hemtjänst', 'Biståndshandläggare', 'Kommunens sjuksköterska', 'Rehabilitering',
  'Anhörigstöd', 'Äldreomsorg', 'Funktionsstöd'];

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(generateData())}\n`);
}
