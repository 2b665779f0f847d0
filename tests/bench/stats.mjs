// Small statistics and formatting helpers for the bench.

/** The q-quantile (0…1) of numbers, linearly interpolated; null for no numbers. */
export function quantile(values, q) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return null;
  const at = (xs.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return xs[lo] + (xs[hi] - xs[lo]) * (at - lo);
}

/** Median and quartiles, with how many values there were and how many were missing. */
export function summary(values) {
  const ok = values.filter((v) => typeof v === 'number' && Number.isFinite(v));
  return {
    n: ok.length,
    missing: values.length - ok.length,
    median: quantile(ok, 0.5),
    q1: quantile(ok, 0.25),
    q3: quantile(ok, 0.75),
    min: ok.length ? Math.min(...ok) : null,
    max: ok.length ? Math.max(...ok) : null,
  };
}

export const ratio = (a, b) => (a != null && b != null && b > 0 ? a / b : null);

export const fmtMs = (v) => (v == null ? 'n/a' : v >= 100 ? v.toFixed(0) : v.toFixed(1));
export const fmtRatio = (r) => (r == null ? '–' : `${r >= 10 ? r.toFixed(0) : r.toFixed(1)}×`);
export const fmtBytes = (v) => (v == null ? 'n/a' : v.toLocaleString('en-US'));
export const fmtKB = (v) => (v == null ? 'n/a' : `${(v / 1024).toFixed(1)} KB`);
export const fmtMB = (v) => (v == null ? 'n/a' : `${(v / 1048576).toFixed(2)} MB`);

/** "median [q1–q3]" in ms. */
export const fmtSummary = (s) => (s?.median == null ? 'n/a' : `${fmtMs(s.median)} [${fmtMs(s.q1)}–${fmtMs(s.q3)}]`);

/** A plain text table: the first column left-aligned, the others right-aligned. */
export function table(header, rows, indent = '  ') {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((r) => String(r[c] ?? '').length)));
  const line = (r) => indent + r.map((cell, c) => {
    const s = String(cell ?? '');
    return c === 0 ? s.padEnd(widths[c]) : s.padStart(widths[c]);
  }).join('   ').trimEnd();
  return [line(header), indent + widths.map((w) => '-'.repeat(w)).join('   '), ...rows.map(line)].join('\n');
}
