// The benchmark's yardstick (issue #9): the kontakt finder's core written by hand in plain
// JS, no framework, no build step. <js-finder region="…"> renders, in an open shadow root,
// a labelled search field over the region's municipality names and a list of the matches;
// choosing one lists its contacts. With src="…" it reads the region from a data file in the
// kit's format (docs/data-format.md). `cargo xtask bench` times it next to the kit in the same
// run and prints every kit timing as a ratio to it. Not part of the kit.
const NAMES = {
  vasternorrland: 'Ånge,Timrå,Härnösand,Sundsvall,Kramfors,Sollefteå,Örnsköldsvik',
  'jamtland-harjedalen': 'Ragunda,Bräcke,Krokom,Strömsund,Åre,Berg,Härjedalen,Östersund',
  'vastra-gotaland': 'Härryda,Partille,Öckerö,Stenungsund,Tjörn,Orust,Sotenäs,Munkedal,Tanum,'
    + 'Dals-Ed,Färgelanda,Ale,Lerum,Vårgårda,Bollebygd,Grästorp,Essunga,Karlsborg,Gullspång,'
    + 'Tranemo,Bengtsfors,Mellerud,Lilla Edet,Mark,Svenljunga,Herrljunga,Vara,Götene,Tibro,'
    + 'Töreboda,Göteborg,Mölndal,Kungälv,Lysekil,Uddevalla,Strömstad,Vänersborg,Trollhättan,'
    + 'Alingsås,Borås,Ulricehamn,Åmål,Mariestad,Lidköping,Skara,Skövde,Hjo,Tidaholm,Falköping',
};

const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
const el = (tag, props = {}, ...children) => {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
};

async function municipalities(host) {
  const region = host.getAttribute('region') ?? 'vasternorrland';
  const src = host.getAttribute('src');
  if (!src) return (NAMES[region] ?? '').split(',').filter(Boolean).map((name) => ({ name, contacts: [] }));
  const data = await (await fetch(src)).json();
  return data.regions.find((r) => r.id === region)?.municipalities ?? [];
}

customElements.define('js-finder', class extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const list = await municipalities(this);
    const items = list.map((m) => ({ m, key: fold(m.name) }));
    const input = el('input', { id: 'q', type: 'search', autocomplete: 'off' });
    input.setAttribute('part', 'input');
    const status = el('p', { role: 'status' });
    const results = el('ul', { className: 'results' });
    const contacts = el('ul', { className: 'contacts' });
    const show = (m) => {
      input.value = m.name;
      results.replaceChildren();
      contacts.replaceChildren(...m.contacts.map((c) => el('li', {},
        c.web ? el('a', { href: c.web }, c.role) : c.role)));
    };
    input.addEventListener('input', () => {
      const q = fold(input.value);
      const hits = q ? items.filter((i) => i.key.includes(q)) : [];
      status.textContent = q ? `${hits.length} kommuner` : '';
      results.replaceChildren(...hits.map(({ m }) => {
        const button = el('button', { type: 'button' }, m.name);
        button.addEventListener('click', () => show(m));
        return el('li', {}, button);
      }));
    });
    const root = this.attachShadow({ mode: 'open' });
    root.replaceChildren(el('div', { className: 'naravard' },
      el('label', { htmlFor: 'q' }, 'Sök din kommun'), input, status, results, contacts));
  }
});
