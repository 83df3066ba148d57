// What each benchmark returns, and how it is printed: aligned tables on the terminal, Markdown in
// BENCHMARKS.md.
import type { Rate } from './measure.ts';

export interface Table {
  headers: string[];
  rows: string[][];
}

export interface Target {
  what: string;
  target: string;
  measured: string;
  met: boolean;
}

export interface Section {
  title: string;
  /** What was measured and how, in a sentence or two (Markdown). */
  intro: string;
  tables: Table[];
  targets: Target[];
  /** Observations drawn from this run's figures (Markdown). */
  notes: string[];
  /** Files the run regenerates (the scaling chart, the Cedar translation). */
  files?: { path: string; text: string }[];
  /** Markdown placed after the tables (the chart). */
  after?: string;
}

const group = (n: number, digits = 0): string => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

export const perSecond = (r: Rate | number): string => `${group(typeof r === 'number' ? r : r.perSecond)}/s`;
/** "812,345/s (790,000–830,000)": the median and the spread of the runs. */
export const rateWithSpread = (r: Rate): string => `${perSecond(r)} (${group(r.min)}–${group(r.max)})`;
/** The time one operation takes at this rate, in microseconds. */
export const micro = (r: Rate): string => `${group(1e6 / r.perSecond, 2)} µs`;
export const ms = (v: number): string => `${group(v, v < 10 ? 2 : v < 100 ? 1 : 0)} ms`;
export const times = (v: number): string => `${group(v, v < 10 ? 1 : 0)}×`;
export const mb = (bytes: number): string => `${group(bytes / (1024 * 1024), 1)} MiB`;
export const count = (n: number): string => group(n);

export function markdownTable(t: Table): string {
  const line = (cells: string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(t.headers), line(t.headers.map(() => '---')), ...t.rows.map(line)].join('\n');
}

export function terminalTable(t: Table): string {
  const widths = t.headers.map((h, i) => Math.max(h.length, ...t.rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(t.headers), widths.map((w) => '-'.repeat(w)).join('  '), ...t.rows.map(line)].join('\n');
}

export function targetsTable(targets: readonly Target[]): Table {
  return { headers: ['target', 'wanted', 'measured', 'met'], rows: targets.map((t) => [t.what, t.target, t.measured, t.met ? 'yes' : 'no']) };
}
