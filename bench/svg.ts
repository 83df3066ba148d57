// A small hand-written SVG line chart with logarithmic axes (powers of ten), for BENCHMARKS.md.

export interface Series {
  name: string;
  color: string;
  points: readonly (readonly [number, number])[];
}

export interface Chart {
  title: string;
  xLabel: string;
  yLabel: string;
  series: readonly Series[];
}

const W = 640;
const H = 400;
const M = { left: 90, right: 24, top: 44, bottom: 56 };

const decades = (lo: number, hi: number): number[] => {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) out.push(10 ** e);
  return out;
};

const label = (v: number): string => (v >= 1e6 ? `${v / 1e6}M` : v >= 1e3 ? `${v / 1e3}k` : String(v));
const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function logLogChart(c: Chart): string {
  const xs = c.series.flatMap((s) => s.points.map((p) => p[0]));
  const ys = c.series.flatMap((s) => s.points.map((p) => p[1]));
  const xTicks = decades(Math.min(...xs), Math.max(...xs));
  const yTicks = decades(Math.min(...ys), Math.max(...ys));
  const [x0, x1] = [Math.log10(xTicks[0]!), Math.log10(xTicks[xTicks.length - 1]!)];
  const [y0, y1] = [Math.log10(yTicks[0]!), Math.log10(yTicks[yTicks.length - 1]!)];
  const px = (x: number): number => M.left + ((Math.log10(x) - x0) / (x1 - x0 || 1)) * (W - M.left - M.right);
  const py = (y: number): number => H - M.bottom - ((Math.log10(y) - y0) / (y1 - y0 || 1)) * (H - M.top - M.bottom);
  const f = (n: number): string => n.toFixed(1);

  const grid = [
    ...xTicks.map((t) => `<line x1="${f(px(t))}" y1="${M.top}" x2="${f(px(t))}" y2="${H - M.bottom}" class="grid"/><text x="${f(px(t))}" y="${H - M.bottom + 18}" text-anchor="middle">${label(t)}</text>`),
    ...yTicks.map((t) => `<line x1="${M.left}" y1="${f(py(t))}" x2="${W - M.right}" y2="${f(py(t))}" class="grid"/><text x="${M.left - 8}" y="${f(py(t)) + 4}" text-anchor="end">${label(t)}</text>`),
  ];
  const lines = c.series.map((s) => {
    const path = s.points.map(([x, y], k) => `${k === 0 ? 'M' : 'L'}${f(px(x))},${f(py(y))}`).join(' ');
    const dots = s.points.map(([x, y]) => `<circle cx="${f(px(x))}" cy="${f(py(y))}" r="3.5" fill="${s.color}"/>`).join('');
    return `<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2.5"/>${dots}`;
  });
  // The legend sits in the lower left, where falling curves leave room, on a white box.
  const legendTop = H - M.bottom - 12 - c.series.length * 20;
  const legend = [
    `<rect x="${M.left + 8}" y="${legendTop - 6}" width="250" height="${c.series.length * 20 + 8}" fill="#fff" stroke="#ccc"/>`,
    ...c.series.map((s, i) => `<rect x="${M.left + 16}" y="${legendTop + 4 + i * 20}" width="14" height="4" fill="${s.color}"/><text x="${M.left + 36}" y="${legendTop + 10 + i * 20}">${esc(s.name)}</text>`),
  ];
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<style>.grid{stroke:#ddd;stroke-width:1}text{fill:#333}</style>
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${W / 2}" y="24" text-anchor="middle" font-size="15" font-weight="bold">${esc(c.title)}</text>
${grid.join('\n')}
<line x1="${M.left}" y1="${H - M.bottom}" x2="${W - M.right}" y2="${H - M.bottom}" stroke="#333"/>
<line x1="${M.left}" y1="${M.top}" x2="${M.left}" y2="${H - M.bottom}" stroke="#333"/>
<text x="${(M.left + W - M.right) / 2}" y="${H - 14}" text-anchor="middle">${esc(c.xLabel)}</text>
<text transform="translate(22 ${(M.top + H - M.bottom) / 2}) rotate(-90)" text-anchor="middle">${esc(c.yLabel)}</text>
${lines.join('\n')}
${legend.join('\n')}
</svg>
`;
}
