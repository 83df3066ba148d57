// A whole text prepared for the classifier: folded character by character (fold.ts: NFKC forms,
// invisible characters dropped, look-alike letters, case, diacritics) with an offset map back into
// the original text. Then the skeleton: the letters and digits of the folded text as symbols 0..36
// (a-z, 0-9, 36 = any other letter), each with its folded position and word-boundary flags. The
// automata run over the skeleton (stepped by the same pass that builds it, see Walk), detectors
// over the folded string.
//
// Everything here works in module-level scratch buffers that grow as needed (no per-call
// allocation of big structures). `prepare()` is not re-entrant, which is fine: classification is
// synchronous and findings are copied out before the next call.

import { type Automaton, HitBuffer, NO_PATTERNS, SENTINEL, step } from './automaton.ts';
import { ASCII_SYM, bmpCode, bmpFold, F_DROP, F_MARK, F_UNKNOWN, fold, markNativeWords, nativeFold, SEP, SYM } from './fold.ts';

/** The Cyrillic and Greek letters of the text being prepared that keep their script (fold.ts), or null. */
let native: Uint8Array | null = null;

/** Skeleton flags. */
export const WORD_START = 1;
export const WORD_END = 2;

/** The prepared state of the last `prepare()` call. Read-only for callers. */
export interface Prepared {
  /** Original text. */
  text: string;
  /** True when the folded text is index-aligned with the original (fstart/fend not written). */
  identity: boolean;
  /** True when the text is pure ASCII: the folded text is then text.toLowerCase() (fcode not written). */
  ascii: boolean;
  /** Folded length (UTF-16 units). */
  flen: number;
  /** Folded code units (length flen; not written for pure ASCII text: use foldedText()). */
  fcode: Uint16Array;
  /** Folded unit -> original start offset (only when !identity). */
  fstart: Int32Array;
  /** Folded unit -> original end offset, exclusive (only when !identity). */
  fend: Int32Array;
  /** Skeleton length. */
  n: number;
  /** Skeleton symbols (0..36). */
  sym: Uint8Array;
  /** Skeleton position -> folded index. */
  pos: Int32Array;
  /** Skeleton flags: WORD_START | WORD_END. */
  flags: Uint8Array;
  /** Digit statistics of the folded text, for gating the numeric detectors. */
  digits: number;
  maxDigitRun: number;
  /** A letter directly followed by a digit somewhere (E11, AB1234567, 1EG4...). */
  letterDigit: boolean;
  /** True when prepare() was given a Walk: its automata ran over the skeleton (their hits are complete). */
  walked: boolean;
}

/**
 * Two dense automata (automaton.ts, `dense` true) that prepare() runs while it builds the
 * skeleton, so that their table reads overlap the skeleton work (P.walked: their hits are
 * complete when prepare() returns).
 */
export interface Walk {
  a: Automaton;
  b: Automaton;
  hitsA: HitBuffer;
  hitsB: HitBuffer;
}

let cap = 0;
const P: Prepared = {
  text: '',
  identity: true,
  ascii: true,
  flen: 0,
  fcode: new Uint16Array(0),
  fstart: new Int32Array(0),
  fend: new Int32Array(0),
  n: 0,
  sym: new Uint8Array(0),
  pos: new Int32Array(0),
  flags: new Uint8Array(0),
  digits: 0,
  maxDigitRun: 0,
  letterDigit: false,
  walked: false,
};
let fcls = new Uint8Array(0);
// The general path's skeleton buffers (P.sym/pos/flags point here, or to the short ones below).
let gSym = new Uint8Array(0);
let gPos = new Int32Array(0);
let gFlags = new Uint8Array(0);

/**
 * Scratch for pure-ASCII text up to SHORT characters (most messages): fixed arrays, never
 * reassigned, so the optimizer treats them as constants in the hot loop (about 1.7x faster
 * than the same loop over arrays read from a mutable field).
 */
export const SHORT = 8192;
const shortBytes = new Uint8Array(SHORT);
const shortSym = new Uint8Array(SHORT);
const shortPos = new Int32Array(SHORT);
const shortFlags = new Uint8Array(SHORT);
const encoder = new TextEncoder();

const SHRINK_ABOVE = 1 << 20;

function ensure(size: number): void {
  if (size <= cap && (cap <= SHRINK_ABOVE || size > cap >> 2)) return;
  const c = Math.max(256, size);
  P.fcode = new Uint16Array(c);
  P.fstart = new Int32Array(c);
  P.fend = new Int32Array(c);
  gSym = new Uint8Array(c);
  gPos = new Int32Array(c);
  gFlags = new Uint8Array(c);
  fcls = new Uint8Array(c);
  cap = c;
}

/**
 * Fold `text` and build its skeleton into the shared scratch state, which it returns. With a
 * `walk` (dense automata, empty hit buffers), the skeleton also gets scanned (P.walked).
 */
export function prepare(text: string, walk: Walk | null = null): Prepared {
  const len = text.length;
  P.text = text;
  foldedCache = null;
  P.walked = walk !== null;
  const w = walk ?? NO_WALK;
  // One native UTF-8 encoding tells whether the text is pure ASCII (len characters give len
  // bytes), and a typed-array loop over the bytes is much faster than charCodeAt.
  if (len <= SHORT) {
    const r = encoder.encodeInto(text, shortBytes);
    if (r.read === len && r.written === len) {
      skeletonAscii(len, w);
      return P;
    }
  }
  ensure(len);
  P.sym = gSym;
  P.pos = gPos;
  P.flags = gFlags;
  native = markNativeWords(text);
  const stop = foldAligned(text, len, w);
  if (stop < len) {
    // From `stop` on: keep the aligned prefix, fold the rest, and continue the skeleton and the
    // walk where the aligned pass left them.
    const from = P.n;
    foldUnicode(text, len, stop);
    buildSkeleton(stop);
    walkOn(w, from);
  }
  return P;
}

/** Run the walk over skeleton positions [from, P.n), from the rows foldAligned() reached. */
function walkOn(walk: Walk, from: number): void {
  const { a, b, hitsA, hitsB } = walk;
  const sym = P.sym;
  let rowA = kRowA;
  let rowB = kRowB;
  for (let k = from; k < P.n; k++) {
    const s = sym[k]!;
    rowA = step(a, rowA, s, k, hitsA);
    rowB = step(b, rowB, s, k, hitsB);
  }
}

/** A walk that finds nothing, for prepare() without one. */
const NO_WALK: Walk = { a: NO_PATTERNS, b: NO_PATTERNS, hitsA: new HitBuffer(), hitsB: new HitBuffer() };

/**
 * Short pure-ASCII text: the skeleton straight from the UTF-8 bytes, and the walk's automata run
 * symbol by symbol. The folded text is then text.toLowerCase(), index-aligned, so no folded
 * buffer is written.
 */
function skeletonAscii(len: number, walk: Walk): void {
  const b = shortBytes;
  const sym = shortSym;
  const pos = shortPos;
  const flags = shortFlags;
  const { a, b: other, hitsA, hitsB } = walk;
  let rowA = 0;
  let rowB = 0;
  let n = 0;
  let prevWord = false;
  let prevLetter = false;
  let digits = 0;
  let run = 0;
  let maxRun = 0;
  let letterDigit = false;
  for (let i = 0; i < len; i++) {
    const s = ASCII_SYM[b[i]!]!;
    if (s < 0) {
      if (prevWord) {
        flags[n - 1]! |= WORD_END;
        prevWord = false;
      }
      prevLetter = false;
      if (run > maxRun) maxRun = run;
      run = 0;
      continue;
    }
    if (s >= 26) {
      digits++;
      run++;
      if (prevLetter) letterDigit = true;
      prevLetter = false;
    } else {
      if (run > maxRun) maxRun = run;
      run = 0;
      prevLetter = true;
    }
    rowA = step(a, rowA, s, n, hitsA);
    rowB = step(other, rowB, s, n, hitsB);
    sym[n] = s;
    pos[n] = i;
    flags[n] = prevWord ? 0 : WORD_START;
    n++;
    prevWord = true;
  }
  if (prevWord) flags[n - 1]! |= WORD_END;
  if (run > maxRun) maxRun = run;
  P.sym = shortSym;
  P.pos = shortPos;
  P.flags = shortFlags;
  P.identity = true;
  P.ascii = true;
  P.flen = len;
  P.n = n;
  P.digits = digits;
  P.maxDigitRun = maxRun;
  P.letterDigit = letterDigit;
}

// Skeleton-building and walk state carried from the aligned pass into buildSkeleton() and walkOn().
let kPrevWord = false;
let kPrevLetter = false;
let kRun = 0;
let kRowA = 0;
let kRowB = 0;

/**
 * Any other text (non-ASCII, or long), first pass: while folding keeps offsets aligned (ASCII,
 * and BMP characters that fold to exactly one unit: é -> e, Ｈ -> h, Cyrillic Н -> h, an em dash or
 * a curly quote -> a separator), build the skeleton and, once a non-ASCII character is met, the
 * folded buffer (long pure-ASCII text writes none: its folded text is text.toLowerCase()). Stops
 * at the first character that needs the general path (surrogates, invisible characters,
 * combining marks, expansions) and returns its index.
 */
function foldAligned(text: string, len: number, walk: Walk): number {
  const sym = P.sym;
  const pos = P.pos;
  const flags = P.flags;
  const fcode = P.fcode;
  const { a, b: other, hitsA, hitsB } = walk;
  let rowA = 0;
  let rowB = 0;
  let asciiOnly = true;
  let n = 0;
  let prevWord = false;
  let prevLetter = false;
  let digits = 0;
  let run = 0;
  let maxRun = 0;
  let letterDigit = false;
  let i = 0;
  for (; i < len; i++) {
    const c = text.charCodeAt(i);
    let s: number;
    if (c < 128 && ((c !== 39 && c !== 96) || native === null || native[i] === 0)) {
      s = ASCII_SYM[c]!;
      if (!asciiOnly) fcode[i] = s >= 0 && c <= 90 && c >= 65 ? c + 32 : c;
    } else {
      if (c >= 0xd800 && c <= 0xdfff) break;
      let v = bmpCode[c]!;
      if (v === F_UNKNOWN) v = bmpFold(c);
      if (native !== null && native[i] !== 0) v = nativeFold(c);
      if (v < 0) break;
      if (asciiOnly) {
        asciiOnly = false;
        for (let j = 0; j < i; j++) {
          const a = text.charCodeAt(j);
          fcode[j] = a <= 90 && a >= 65 ? a + 32 : a;
        }
      }
      const u = v >>> 2;
      fcode[i] = u;
      const k = v & 3;
      s = k === SEP ? -1 : k === SYM ? ASCII_SYM[u]! : SENTINEL;
    }
    if (s < 0) {
      if (prevWord) {
        flags[n - 1]! |= WORD_END;
        prevWord = false;
      }
      prevLetter = false;
      if (run > maxRun) maxRun = run;
      run = 0;
      continue;
    }
    if (s >= 26 && s < SENTINEL) {
      digits++;
      run++;
      if (prevLetter) letterDigit = true;
      prevLetter = false;
    } else {
      if (run > 0) {
        if (run > maxRun) maxRun = run;
        run = 0;
      }
      prevLetter = s < 26;
    }
    // A change between Latin letters or digits and another script is a word break ("HIV检测").
    if (prevWord && (s === SENTINEL) !== (sym[n - 1] === SENTINEL)) {
      flags[n - 1]! |= WORD_END;
      prevWord = false;
    }
    rowA = step(a, rowA, s, n, hitsA);
    rowB = step(other, rowB, s, n, hitsB);
    sym[n] = s;
    pos[n] = i;
    flags[n] = prevWord ? 0 : WORD_START;
    n++;
    prevWord = true;
  }
  if (i === len) {
    if (prevWord) flags[n - 1]! |= WORD_END;
    if (run > maxRun) maxRun = run;
  }
  P.identity = true;
  P.ascii = asciiOnly;
  P.flen = i;
  P.n = n;
  P.digits = digits;
  P.maxDigitRun = maxRun;
  P.letterDigit = letterDigit;
  kPrevWord = prevWord;
  kPrevLetter = prevLetter;
  kRun = run;
  kRowA = rowA;
  kRowB = rowB;
  return i;
}

/**
 * Fold text[from..len) into fcode/fcls/fstart/fend after the aligned prefix text[0..from) that
 * foldAligned() handled (its fcode and skeleton are kept; buildSkeleton() continues from `from`).
 */
function foldUnicode(text: string, len: number, from: number): void {
  let fcode = P.fcode;
  let cls = fcls;
  let fstart = P.fstart;
  let fend = P.fend;
  for (let j = 0; j < from; j++) {
    if (P.ascii) {
      const c = text.charCodeAt(j);
      fcode[j] = c >= 65 && c <= 90 ? c + 32 : c;
    }
    fstart[j] = j;
    fend[j] = j + 1;
  }
  P.ascii = false;
  let k = from;
  let i = from;
  let limit = cap;
  while (i < len) {
    const cp = text.codePointAt(i)!;
    if (cp < 128 && ((cp !== 39 && cp !== 96) || native === null || native[i] === 0)) {
      if (k >= limit) {
        growKeep(k + 64);
        ({ fcode, fstart, fend } = P);
        cls = fcls;
        limit = cap;
      }
      const s = ASCII_SYM[cp]!;
      fcode[k] = s >= 0 && cp >= 65 && cp <= 90 ? cp + 32 : cp;
      cls[k] = s >= 0 ? SYM : SEP;
      fstart[k] = i;
      fend[k] = i + 1;
      k++;
      i++;
      continue;
    }
    if (cp < 0x10000) {
      let v = bmpCode[cp]!;
      if (v === F_UNKNOWN) v = bmpFold(cp);
      if (native !== null && native[i] !== 0) v = nativeFold(cp);
      if (v >= 0) {
        if (k >= limit) {
          growKeep(k + 64);
          ({ fcode, fstart, fend } = P);
          cls = fcls;
          limit = cap;
        }
        fcode[k] = v >>> 2;
        cls[k] = v & 3;
        fstart[k] = i;
        fend[k] = i + 1;
        k++;
        i++;
        continue;
      }
      if (v === F_DROP) {
        i++;
        continue;
      }
      if (v === F_MARK) {
        if (k > 0 && fend[k - 1] === i) fend[k - 1] = i + 1;
        i++;
        continue;
      }
    }
    const next = i + (cp > 0xffff ? 2 : 1);
    const f = fold(cp);
    if (f.kind === 0) {
      const out = f.out;
      if (k + out.length > limit) {
        growKeep(k + out.length + 64);
        ({ fcode, fstart, fend } = P);
        cls = fcls;
        limit = cap;
      }
      for (let j = 0; j < out.length; j++) {
        fcode[k] = out.charCodeAt(j);
        cls[k] = f.cls[j]!;
        fstart[k] = i;
        fend[k] = next;
        k++;
      }
    } else if (f.kind === 2 && k > 0 && fend[k - 1] === i) {
      // A combining mark: the span of the character it decorates grows over it.
      fend[k - 1] = next;
    }
    i = next;
  }
  P.identity = false;
  P.flen = k;
}

/** Grow the scratch buffers keeping their content (only the folding pass needs this). */
function growKeep(size: number): void {
  const c = Math.max(size, cap * 2);
  const fcode = new Uint16Array(c);
  fcode.set(P.fcode);
  const fstart = new Int32Array(c);
  fstart.set(P.fstart);
  const fend = new Int32Array(c);
  fend.set(P.fend);
  const cls = new Uint8Array(c);
  cls.set(fcls);
  const sym = new Uint8Array(c);
  sym.set(P.sym);
  const pos = new Int32Array(c);
  pos.set(P.pos);
  const flags = new Uint8Array(c);
  flags.set(P.flags);
  P.fcode = fcode;
  P.fstart = fstart;
  P.fend = fend;
  fcls = cls;
  P.sym = sym;
  P.pos = pos;
  P.flags = flags;
  gSym = sym;
  gPos = pos;
  gFlags = flags;
  cap = c;
}

/** Continue the skeleton over folded units [from, flen), from the state foldAligned() left. */
function buildSkeleton(from: number): void {
  const flen = P.flen;
  const fcode = P.fcode;
  const sym = P.sym;
  const pos = P.pos;
  const flags = P.flags;
  let n = P.n;
  let prevWord = kPrevWord;
  let prevLetter = kPrevLetter;
  let digits = P.digits;
  let run = kRun;
  let maxRun = P.maxDigitRun;
  let letterDigit = P.letterDigit;
  const cls = fcls;
  for (let i = from; i < flen; i++) {
    const c = cls[i]!;
    if (c === SEP) {
      if (prevWord) flags[n - 1]! |= WORD_END;
      prevWord = false;
      prevLetter = false;
      if (run > maxRun) maxRun = run;
      run = 0;
      continue;
    }
    let s = SENTINEL;
    if (c === SYM) {
      s = ASCII_SYM[fcode[i]!]!;
      if (s >= 26) {
        digits++;
        run++;
        if (prevLetter) letterDigit = true;
        prevLetter = false;
      } else {
        if (run > maxRun) maxRun = run;
        run = 0;
        prevLetter = true;
      }
    } else {
      if (run > maxRun) maxRun = run;
      run = 0;
      prevLetter = false;
    }
    if (prevWord && (s === SENTINEL) !== (sym[n - 1] === SENTINEL)) {
      flags[n - 1]! |= WORD_END;
      prevWord = false;
    }
    sym[n] = s;
    pos[n] = i;
    flags[n] = prevWord ? 0 : WORD_START;
    n++;
    prevWord = true;
  }
  if (prevWord) flags[n - 1]! |= WORD_END;
  if (run > maxRun) maxRun = run;
  P.n = n;
  P.digits = digits;
  P.maxDigitRun = maxRun;
  P.letterDigit = letterDigit;
}

// --- helpers over the prepared state ---------------------------------------------------------

let foldedCache: string | null = null;

/** Typed arrays are little-endian here, so fcode's bytes are UTF-16LE. */
const LITTLE_ENDIAN = new Uint8Array(Uint16Array.of(1).buffer)[0] === 1;

/** The folded text of the last prepare() as a string (built lazily, at most once per call). */
export function foldedText(p: Prepared): string {
  if (foldedCache !== null) return foldedCache;
  let s: string;
  if (p.ascii) s = p.text.toLowerCase();
  else if (LITTLE_ENDIAN) {
    // Copies the code units as they are (lone surrogates too), about 4x faster than fromCharCode.
    s = Buffer.from(p.fcode.buffer, p.fcode.byteOffset, p.flen * 2).toString('utf16le');
  } else {
    s = '';
    const CHUNK = 4096;
    for (let i = 0; i < p.flen; i += CHUNK) {
      s += String.fromCharCode.apply(null, p.fcode.subarray(i, Math.min(p.flen, i + CHUNK)) as unknown as number[]);
    }
  }
  foldedCache = s;
  return s;
}

/** Original start offset of folded index i. */
export function origStart(p: Prepared, i: number): number {
  return p.identity ? i : p.fstart[i]!;
}

/** Original end offset (exclusive) of folded index i. */
export function origEnd(p: Prepared, i: number): number {
  return p.identity ? i + 1 : p.fend[i]!;
}

/**
 * Fold `text` for matching: NFKC compatibility forms, invisible characters removed, look-alike
 * letters folded to Latin, lower case, diacritics stripped. `map[i]` is the offset in `text` of the
 * character that produced folded character i. Exported for tests and debugging.
 */
export function normalize(text: string): { text: string; map: Int32Array } {
  const t = typeof text === 'string' ? text : String(text ?? '');
  const p = prepare(t);
  const folded = foldedText(p);
  const map = new Int32Array(p.flen);
  if (p.identity) for (let i = 0; i < p.flen; i++) map[i] = i;
  else map.set(p.fstart.subarray(0, p.flen));
  return { text: folded, map };
}

