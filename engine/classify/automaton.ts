// Multi-pattern matching over skeleton symbols with a real Aho-Corasick automaton.
//
// modern-ahocorasick builds the automaton (trie, failure links, terminal pattern sets). Its own
// search() walks grapheme clusters through Intl.Segmenter and allocates a match object per hit,
// which costs several microseconds for a 160-character SMS. Our input is already a symbol array
// over a 37-letter alphabet, so we take the library's versioned serialized tables (format
// "modern-ahocorasick" v1: symbols, CSR edges/labels/targets, failures, terminals/patternIndices)
// and expand them once into a dense transition table; a scan is then one array read per symbol.
// If a future library version changes the serialized format, we fall back to the library's own
// search() over the skeleton string (slower, same results); a test compares the two.

import AhoCorasick from 'modern-ahocorasick';

/** Skeleton symbols: 0-25 = a-z, 26-35 = 0-9, 36 = a letter or digit outside a-z0-9 (blocks matches). */
export const SENTINEL = 36;
export const ALPHABET = 37;

/** Growable buffer of raw hits: (pattern index, skeleton end position inclusive) pairs. */
export class HitBuffer {
  data = new Int32Array(256);
  length = 0; // number of pairs
  reset(): void {
    this.length = 0;
    if (this.data.length > 1 << 16) this.data = new Int32Array(256);
  }
  push(pattern: number, end: number): void {
    const i = this.length << 1;
    if (i + 2 > this.data.length) {
      const d = new Int32Array(this.data.length * 2);
      d.set(this.data);
      this.data = d;
    }
    this.data[i] = pattern;
    this.data[i + 1] = end;
    this.length++;
  }
}

interface SerializedV1 {
  format: string;
  version: number;
  symbols: string[];
  edges: number[];
  labels: number[];
  targets: number[];
  failures: number[];
  terminals: number[];
  patternIndices: number[];
}

function symbolOf(s: string): number {
  if (s.length !== 1) return -1;
  const c = s.charCodeAt(0);
  if (c >= 97 && c <= 122) return c - 97;
  if (c >= 48 && c <= 57) return 26 + c - 48;
  return -1;
}

function isArrayOfInts(a: unknown): a is number[] {
  return Array.isArray(a) && a.every((x) => Number.isInteger(x));
}

function readV1(json: string): SerializedV1 | null {
  let s: unknown;
  try {
    s = JSON.parse(json);
  } catch {
    return null;
  }
  if (typeof s !== 'object' || s === null) return null;
  const o = s as Record<string, unknown>;
  if (o.format !== 'modern-ahocorasick' || o.version !== 1) return null;
  if (!Array.isArray(o.symbols) || !o.symbols.every((x) => typeof x === 'string')) return null;
  for (const k of ['edges', 'labels', 'targets', 'failures', 'terminals', 'patternIndices']) {
    if (!isArrayOfInts(o[k])) return null;
  }
  const v = o as unknown as SerializedV1;
  const states = v.failures.length;
  if (v.edges.length !== states + 1 || v.terminals.length !== states + 1) return null;
  if (v.labels.length !== v.targets.length) return null;
  return v;
}

/** An automaton over skeleton symbols. Pattern strings must be over [a-z0-9]. */
/** A dense automaton's tables (see Automaton.delta). */
export interface DenseTables {
  delta: Int32Array;
  outStart: Int32Array;
  outList: Int32Array;
}

export class Automaton {
  readonly patterns: readonly string[];
  readonly lengths: Int32Array;
  /** true when the dense table is in use (false = library search() fallback). */
  readonly dense: boolean;
  /**
   * The dense table (for step()): entry row + symbol is the next state's row offset (state *
   * ALPHABET), or -(row + 1) when that state has outputs.
   */
  readonly delta: Int32Array;
  private readonly outStart: Int32Array;
  private readonly outList: Int32Array;
  private readonly lib: AhoCorasick | null;

  constructor(patterns: readonly string[], options: { forceFallback?: boolean; tables?: DenseTables | null } = {}) {
    this.patterns = patterns;
    this.lengths = Int32Array.from(patterns, (p) => p.length);
    for (const p of patterns) {
      if (p.length === 0 || !/^[a-z0-9]+$/.test(p)) throw new RangeError(`automaton pattern must be [a-z0-9]+: ${JSON.stringify(p)}`);
    }
    if (options.tables && !options.forceFallback) {
      // Tables compiled before, for these same patterns (tables.ts): no library, no compile.
      this.dense = true;
      this.delta = options.tables.delta;
      this.outStart = options.tables.outStart;
      this.outList = options.tables.outList;
      this.lib = null;
      return;
    }
    if (patterns.length === 0 && !options.forceFallback) {
      // Nothing to find: one state that stays put. Skips the library's setup (11 ms at every start, for NO_PATTERNS).
      this.dense = true;
      this.delta = new Int32Array(ALPHABET);
      this.outStart = new Int32Array(2);
      this.outList = new Int32Array(0);
      this.lib = null;
      return;
    }
    const ac = new AhoCorasick(patterns as string[]);
    const v1 = options.forceFallback ? null : readV1(ac.serialize());
    const tables = v1 ? compileDense(v1, patterns.length) : null;
    if (tables) {
      this.dense = true;
      this.delta = tables.delta;
      this.outStart = tables.outStart;
      this.outList = tables.outList;
      this.lib = null;
    } else {
      this.dense = false;
      this.delta = new Int32Array(0);
      this.outStart = new Int32Array(0);
      this.outList = new Int32Array(0);
      this.lib = ac;
    }
  }

  /** The dense tables, to be saved and given back to a new Automaton of the same patterns (null: not dense). */
  tables(): DenseTables | null {
    return this.dense ? { delta: this.delta, outStart: this.outStart, outList: this.outList } : null;
  }

  /** Append every occurrence in sym[0..n) to `hits` as (pattern, end position) pairs. */
  scan(sym: Uint8Array, n: number, hits: HitBuffer): void {
    if (this.lib !== null) {
      this.scanLibrary(sym, n, hits);
      return;
    }
    let row = 0;
    for (let k = 0; k < n; k++) row = step(this, row, sym[k]!, k, hits);
  }

  /** Push the outputs of the state at table row `row` as hits ending at k. */
  emit(row: number, k: number, hits: HitBuffer): void {
    const s = row / ALPHABET;
    const b = this.outStart[s + 1]!;
    for (let j = this.outStart[s]!; j < b; j++) hits.push(this.outList[j]!, k);
  }

  private scanLibrary(sym: Uint8Array, n: number, hits: HitBuffer): void {
    let str = '';
    for (let k = 0; k < n; k++) {
      const s = sym[k]!;
      str += s === SENTINEL ? '_' : s < 26 ? String.fromCharCode(97 + s) : String.fromCharCode(48 + s - 26);
    }
    const found = this.lib!.search(str);
    // The library orders by end, then longer first; keep end order (ties: any order is fine).
    for (const m of found) hits.push(m.patternIndex, m.end - 1);
  }
}

/** An automaton with no patterns (finds nothing). */
export const NO_PATTERNS = new Automaton([]);

/**
 * One symbol through a dense automaton (a.delta): returns the next row, and pushes the outputs of
 * the state reached to `hits` as ending at skeleton position k. Small enough to be inlined into
 * a caller's loop, so that a pass building the skeleton can run the automaton as it goes.
 */
export function step(a: Automaton, row: number, s: number, k: number, hits: HitBuffer): number {
  const v = a.delta[row + s]!;
  if (v >= 0) return v;
  a.emit(-v - 1, k, hits);
  return -v - 1;
}

/** Expand the library's sparse trie + failure links into a dense DFA with per-state outputs. */
function compileDense(v: SerializedV1, patternCount: number): { delta: Int32Array; outStart: Int32Array; outList: Int32Array } | null {
  const states = v.failures.length;
  const symMap = v.symbols.map(symbolOf);
  if (symMap.some((x) => x < 0)) return null;
  const delta = new Int32Array(states * ALPHABET);
  // Breadth-first order, so that a state's failure target (shallower) is complete before it.
  const order = new Int32Array(states);
  const seen = new Uint8Array(states);
  let head = 0;
  let tail = 0;
  order[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const s = order[head++]!;
    if (s !== 0) {
      const f = v.failures[s]!;
      if (f < 0 || f >= states || seen[f] !== 1) return null;
      delta.copyWithin(s * ALPHABET, f * ALPHABET, f * ALPHABET + ALPHABET);
    }
    for (let e = v.edges[s]!; e < v.edges[s + 1]!; e++) {
      const t = v.targets[e]!;
      const c = symMap[v.labels[e]!];
      if (c === undefined || t <= 0 || t >= states || seen[t] === 1) return null;
      delta[s * ALPHABET + c] = t;
      seen[t] = 1;
      order[tail++] = t;
    }
  }
  if (tail !== states) return null;
  // Outputs: a state's own patterns plus those of its failure state (already computed, BFS).
  const outs: number[][] = new Array(states);
  for (let i = 0; i < states; i++) {
    const s = order[i]!;
    const own: number[] = [];
    for (let t = v.terminals[s]!; t < v.terminals[s + 1]!; t++) {
      const p = v.patternIndices[t];
      if (p === undefined || p < 0 || p >= patternCount) return null;
      own.push(p);
    }
    const inherited = s === 0 ? [] : outs[v.failures[s]!]!;
    outs[s] = inherited.length === 0 ? own : own.concat(inherited);
  }
  // Rows in breadth-first order: text mostly steps between the root and shallow states, so those rows
  // sit together in a few kilobytes that stay in cache, instead of spread over the whole table.
  const rank = new Int32Array(states);
  for (let r = 0; r < states; r++) rank[order[r]!] = r;
  const outStart = new Int32Array(states + 1);
  let total = 0;
  for (let r = 0; r < states; r++) {
    outStart[r] = total;
    total += outs[order[r]!]!.length;
  }
  outStart[states] = total;
  const outList = new Int32Array(total);
  for (let r = 0; r < states; r++) outList.set(outs[order[r]!]!, outStart[r]!);
  // Targets as row offsets, negative when the target state has outputs.
  const table = new Int32Array(states * ALPHABET);
  for (let r = 0; r < states; r++) {
    const from = order[r]! * ALPHABET;
    for (let c = 0; c < ALPHABET; c++) {
      const t = delta[from + c]!;
      table[r * ALPHABET + c] = outs[t]!.length > 0 ? -(rank[t]! * ALPHABET) - 1 : rank[t]! * ALPHABET;
    }
  }
  return { delta: table, outStart, outList };
}
