// The iframe embed, for CMSs that strip script tags: embed.html?widget=kontakt&region=…&kommun=…
// shows one widget with the same attributes as the element, and tells its parent page its
// height (see naravard-iframe.js) so the frame never scrolls or jumps.
import { KINDS as WIDGETS, ATTRIBUTES } from './naravard.js';

const params = new URLSearchParams(location.search);
const widget = params.get('widget') ?? '';
if (!WIDGETS.includes(widget)) {
  console.warn(`naravard: embed.html needs ?widget= with one of ${WIDGETS.join(', ')}.`);
}
const element = document.createElement(`naravard-${WIDGETS.includes(widget) ? widget : 'malbild'}`);
for (const name of ATTRIBUTES) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
const lang = params.get('lang');
if (lang === 'sv' || lang === 'en') document.documentElement.lang = lang;
document.body.append(element);

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last) return;
  last = height;
  // Only a height goes out, so any parent may hear it.
  parent.postMessage({ type: 'naravard-height', height }, '*');
}).observe(document.documentElement);
