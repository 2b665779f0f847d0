// A size profile of a wasm file by function and by crate, from its code and name sections:
// what `twiggy top` shows, without installing it. Use it on the release wasm before
// wasm-bindgen (it still has its names):
//   node tests/bench/wasm-profile.mjs target/wasm32-unknown-unknown/release/naravard_web.wasm [N]
import { readFileSync } from 'node:fs';

const [file, topArg] = process.argv.slice(2);
if (!file) {
  console.error('usage: node tests/bench/wasm-profile.mjs FILE.wasm [N]');
  process.exit(2);
}
const top = Number(topArg ?? 20);
const bytes = readFileSync(file);

let pos = 8;
function leb() {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[pos++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (b < 0x80) return result;
  }
}
function name() {
  const len = leb();
  const s = bytes.subarray(pos, pos + len).toString('utf8');
  pos += len;
  return s;
}

let imported = 0;
const bodies = []; // sizes of function bodies, in order of definition
const names = new Map(); // function index → name
const sections = [];
let dataBytes = 0;
while (pos < bytes.length) {
  const id = bytes[pos++];
  const size = leb();
  const start = pos;
  const end = pos + size;
  let label = `section ${id}`;
  if (id === 0) {
    const custom = name();
    label = `custom "${custom}"`;
    if (custom === 'name') {
      while (pos < end) {
        const sub = bytes[pos++];
        const subSize = leb();
        const subEnd = pos + subSize;
        if (sub === 1) {
          const count = leb();
          for (let i = 0; i < count; i++) {
            const index = leb();
            names.set(index, name());
          }
        }
        pos = subEnd;
      }
    }
  } else if (id === 2) {
    label = 'import';
    const count = leb();
    for (let i = 0; i < count; i++) {
      name();
      name();
      const kind = bytes[pos++];
      if (kind === 0) { leb(); imported++; }
      else if (kind === 1) { pos++; const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
      else if (kind === 3) { pos += 2; }
    }
  } else if (id === 10) {
    label = 'code';
    const count = leb();
    for (let i = 0; i < count; i++) {
      const len = leb();
      bodies.push(len);
      pos += len;
    }
  } else if (id === 11) {
    label = 'data';
    dataBytes = size;
  }
  sections.push([label, size]);
  pos = end;
}

// Rust legacy mangling: _ZN<len><ident>...E, with a trailing 17h<hash>.
function demangle(raw) {
  if (!raw.startsWith('_ZN')) return raw;
  const parts = [];
  let i = 3;
  while (i < raw.length && raw[i] !== 'E') {
    let n = 0;
    while (raw[i] >= '0' && raw[i] <= '9') n = n * 10 + Number(raw[i++]);
    if (n === 0) break;
    parts.push(raw.slice(i, i + n));
    i += n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replaceAll('$LT$', '<').replaceAll('$GT$', '>').replaceAll('$u20$', ' ')
    .replaceAll('$RF$', '&').replaceAll('$C$', ',').replaceAll('$u7b$', '{')
    .replaceAll('$u7d$', '}').replaceAll('$u5b$', '[').replaceAll('$u5d$', ']')
    .replaceAll('$BP$', '*').replaceAll('..', '::');
}

// The crate a function belongs to: the first path segment, or for a trait impl
// `<Type as Trait>::f` the type's; for v0-mangled names (`_RNv…Cs<hash>_<len><crate>…`) the
// first crate root named.
function crateOf(fn) {
  if (fn.startsWith('__wbindgen_describe') || /WasmDescribe(Vector)?>::describe/.test(fn)) {
    return '(wasm-bindgen descriptors: removed by wasm-bindgen)';
  }
  if (/^__wbg|^__wbindgen|^__externref/.test(fn)) return '(wasm-bindgen glue)';
  if (/^_?R/.test(fn)) {
    const root = fn.match(/C(?:s[0-9A-Za-z]*_)?(\d+)([A-Za-z_])/);
    if (root) {
      const at = root.index + root[0].length - 1;
      return fn.slice(at, at + Number(root[1]));
    }
  }
  const path = fn.replace(/^_/, '').replace(/^(?:<|&|mut |dyn |\[|\()+/, '');
  const m = path.match(/^([a-z_][a-z0-9_]*)::/);
  return m ? m[1] : 'other';
}

// Descriptor functions only tell wasm-bindgen the types; it removes them, so they are left
// out of the function list (the crate list shows their total).
const fns = bodies.map((size, i) => ({ size, name: demangle(names.get(imported + i) ?? `func[${imported + i}]`) }));
const total = bytes.length;
const pct = (n) => `${((100 * n) / total).toFixed(1)}%`;
console.log(`${file}: ${total.toLocaleString('en')} bytes, ${fns.length} functions`);
console.log('\nSections');
for (const [label, size] of sections.sort((a, b) => b[1] - a[1])) {
  console.log(`  ${size.toLocaleString('en').padStart(9)}  ${pct(size).padStart(6)}  ${label}`);
}
console.log(`\nTop ${top} functions by body size`);
for (const f of [...fns].filter((f) => !crateOf(f.name).startsWith('(wasm-bindgen descriptors')).sort((a, b) => b.size - a.size).slice(0, top)) {
  console.log(`  ${f.size.toLocaleString('en').padStart(9)}  ${pct(f.size).padStart(6)}  ${f.name.slice(0, 110)}`);
}
const crates = new Map();
for (const f of fns) {
  const c = crateOf(f.name);
  const entry = crates.get(c) ?? { size: 0, count: 0 };
  entry.size += f.size;
  entry.count++;
  crates.set(c, entry);
}
crates.set('(data segments)', { size: dataBytes, count: 0 });
console.log(`\nTop ${top} crates by code size (data segments for comparison)`);
for (const [c, e] of [...crates].sort((a, b) => b[1].size - a[1].size).slice(0, top)) {
  console.log(`  ${e.size.toLocaleString('en').padStart(9)}  ${pct(e.size).padStart(6)}  ${c} (${e.count} functions)`);
}
if (process.env.SHOW_OTHER) {
  for (const f of fns.filter((f) => crateOf(f.name).startsWith('other')).sort((a, b) => b.size - a.size).slice(0, 30)) {
    console.log(`  other: ${f.size} ${f.name.slice(0, 120)}`);
  }
}
