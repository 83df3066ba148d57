// Folding one character at a time, as the classifier reads text: NFKC compatibility forms,
// invisible characters dropped, look-alike (Cyrillic/Greek) letters folded to Latin unless the word
// is written in its own script, case folded, diacritics stripped; each result with the classes of
// its characters. Results are cached (a flat table for the BMP). normalize.ts runs these over a
// whole text; the helpers at the end fold a single term or word the same way, for building
// vocabularies and lexicons.

// Character classes of folded characters.
export const SEP = 0; // whitespace, punctuation, symbols, controls
export const SYM = 1; // ASCII a-z or 0-9
export const WORD = 2; // another letter or digit

/** ASCII code -> symbol (or -1 for a separator). Upper case maps like lower case. */
export const ASCII_SYM = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  ASCII_SYM[97 + c] = c;
  ASCII_SYM[65 + c] = c;
}
for (let d = 0; d < 10; d++) ASCII_SYM[48 + d] = 26 + d;

/** Look-alike letters folded to Latin (keyed by the character before lower-casing). */
const LOOKALIKE: Record<string, string> = {
  // Cyrillic capitals
  А: 'a', В: 'b', С: 'c', Е: 'e', Н: 'h', І: 'i', Ј: 'j', К: 'k', М: 'm', О: 'o', Р: 'p',
  Ѕ: 's', Т: 't', Х: 'x', У: 'y', Ү: 'y', Ԛ: 'q', Ԝ: 'w', Ӏ: 'i', Ѵ: 'v', Ԁ: 'd',
  // Cyrillic small
  а: 'a', в: 'b', с: 'c', е: 'e', н: 'h', і: 'i', ј: 'j', к: 'k', м: 'm', о: 'o', р: 'p',
  ѕ: 's', т: 't', х: 'x', у: 'y', ү: 'y', ԛ: 'q', ԝ: 'w', ӏ: 'l', ѵ: 'v', ԁ: 'd', һ: 'h',
  // Greek capitals
  Α: 'a', Β: 'b', Ε: 'e', Ζ: 'z', Η: 'h', Ι: 'i', Κ: 'k', Μ: 'm', Ν: 'n', Ο: 'o', Ρ: 'p',
  Τ: 't', Υ: 'y', Χ: 'x', Ϲ: 'c', Ϳ: 'j',
  // Greek small
  α: 'a', β: 'b', γ: 'y', ε: 'e', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u',
  χ: 'x', ϲ: 'c', ω: 'w', η: 'n', μ: 'u', ϳ: 'j',
  // Latin letters that NFKD does not decompose
  ı: 'i', ł: 'l', Ł: 'l', ø: 'o', Ø: 'o', đ: 'd', Đ: 'd', ħ: 'h', Ħ: 'h', ŧ: 't', Ŧ: 't',
  ß: 'ss', æ: 'ae', Æ: 'ae', œ: 'oe', Œ: 'oe', ɑ: 'a', ɡ: 'g', ĸ: 'k',
};

/**
 * Look-alike folding is for words that mix scripts ("НІV" with a Latin V) or that are written
 * wholly in look-alikes ("АВЕКМНОРСТХ"): a spoof. A word written in Cyrillic or Greek with letters
 * that have no Latin look-alike ("Здравствуйте") is a word of that language and keeps its letters,
 * so Russian (and Greek) text stays readable for the Russian vocabularies.
 */
let nativeAt: Uint8Array = new Uint8Array(0);
const NATIVE_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff]/;
const LETTER_RUN = /[\p{L}\p{M}]+(?:['`\u2018\u2019][\p{L}\p{M}]+)*/gu;
const APOSTROPHES = new Set(["'", '`', '\u2018', '\u2019']);
/** An apostrophe typed ', `, ‘ or ’ inside a word of its own script: 2 in the marks (see markNativeWords). */
const NATIVE_APOSTROPHE = 2;
const MODIFIER_APOSTROPHE = 0x02bc;
const NATIVE_LETTER = /[\u0370-\u03ff\u0400-\u04ff]/;
const nativeCache = new Map<number, number>();

/**
 * Mark the Cyrillic and Greek letters of words written in their own script (see above): 1 at their
 * offsets in the returned buffer (shared, valid until the next call), or null when there are none.
 * An apostrophe typed ', `, ‘ or ’ between two of those letters is marked NATIVE_APOSTROPHE:
 * Ukrainian writes п'ятниця, п’ятниця, п`ятниця and пʼятниця alike, and nativeFold() reads them all
 * as the letter ʼ (U+02BC), so the word stays whole (thirty-fourth session).
 */
export function markNativeWords(text: string): Uint8Array | null {
  if (!NATIVE_SCRIPT.test(text)) return null;
  if (nativeAt.length < text.length) nativeAt = new Uint8Array(Math.max(256, text.length));
  else nativeAt.fill(0, 0, text.length);
  LETTER_RUN.lastIndex = 0;
  let found = false;
  let m: RegExpExecArray | null;
  while ((m = LETTER_RUN.exec(text)) !== null) {
    const run = m[0];
    if (!NATIVE_SCRIPT.test(run) || /[A-Za-z]/.test(run)) continue;
    let allLookalike = true;
    for (const ch of run) {
      if (!RE_MARK.test(ch) && !APOSTROPHES.has(ch) && LOOKALIKE[ch] === undefined && LOOKALIKE[ch.toLowerCase()] === undefined) {
        allLookalike = false;
        break;
      }
    }
    if (allLookalike) continue;
    for (let i = 0; i < run.length; i++) {
      if (NATIVE_LETTER.test(run[i]!)) nativeAt[m.index + i] = 1;
      else if (APOSTROPHES.has(run[i]!) && NATIVE_LETTER.test(run[i - 1]!) && NATIVE_LETTER.test(run[i + 1]!)) {
        nativeAt[m.index + i] = NATIVE_APOSTROPHE;
      }
    }
    found = true;
  }
  return found ? nativeAt : null;
}

/** A Cyrillic or Greek letter kept in its script: lower case, without diacritics, class WORD (an apostrophe inside such a word: ʼ). */
export function nativeFold(c: number): number {
  if (c === 0x27 || c === 0x60 || c === 0x2018 || c === 0x2019) return (MODIFIER_APOSTROPHE << 2) | WORD;
  let v = nativeCache.get(c);
  if (v === undefined) {
    const out = String.fromCharCode(c).normalize('NFKD').replace(RE_MARKS_G, '').toLowerCase();
    v = out.length === 1 ? (out.charCodeAt(0) << 2) | WORD : bmpCode[c]! >= 0 ? bmpCode[c]! : (c << 2) | WORD;
    nativeCache.set(c, v);
  }
  return v;
}

/**
 * Characters removed outright (beyond the \p{Cf} format characters): Hangul fillers, and the Hawaiian
 * ʻokina (U+02BB), written inside words and names ("Hawaiʻi", "Kaʻaihue"; twenty-second session, probe
 * 165), read as the words are spelled without it.
 */
const EXTRA_INVISIBLE = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x02bb]);

const RE_MARK = /\p{M}/u;
const RE_FORMAT = /\p{Cf}/u;
const RE_WORD = /[\p{L}\p{N}]/u;
const RE_SYMBOL = /\p{S}/u;
const RE_MARKS_G = /\p{M}+/gu;

// A folded code point: the characters it becomes and their classes, or a drop.
export interface Fold {
  /** 0 = emit `out`, 1 = drop (invisible), 2 = drop (combining mark: extends the previous char) */
  kind: 0 | 1 | 2;
  out: string;
  cls: Uint8Array;
}

/**
 * Fold results, filled on demand. For the BMP a flat Int32Array: UNKNOWN, DROP, MARK, MULTI (see
 * bmpFolds) or, for the usual single-unit result, (unit << 2) | class. Astral code points: a
 * bounded map.
 */
export const F_UNKNOWN = -1;
export const F_DROP = -2;
export const F_MARK = -3;
export const F_MULTI = -4;
export const bmpCode = new Int32Array(0x10000).fill(F_UNKNOWN);
const bmpFolds = new Map<number, Fold>();
const astralFolds = new Map<number, Fold>();

export function bmpFold(cp: number): number {
  const f = computeFold(cp);
  let v: number;
  if (f.kind === 1) v = F_DROP;
  else if (f.kind === 2) v = F_MARK;
  else if (f.out.length === 1) v = (f.out.charCodeAt(0) << 2) | f.cls[0]!;
  else {
    v = F_MULTI;
    bmpFolds.set(cp, f);
  }
  bmpCode[cp] = v;
  return v;
}
const NO_CLS = new Uint8Array(0);

function computeFold(cp: number): Fold {
  if (cp >= 0xd800 && cp <= 0xdfff) {
    // A lone surrogate: keep it as a separator.
    return { kind: 0, out: String.fromCharCode(cp), cls: new Uint8Array([SEP]) };
  }
  const ch = String.fromCodePoint(cp);
  if (EXTRA_INVISIBLE.has(cp) || RE_FORMAT.test(ch)) return { kind: 1, out: '', cls: NO_CLS };
  if (RE_MARK.test(ch)) return { kind: 2, out: '', cls: NO_CLS };
  const digit = decimalDigit(cp);
  if (digit >= 0) return { kind: 0, out: String.fromCharCode(48 + digit), cls: new Uint8Array([SYM]) };
  let out = '';
  const decomposed = ch.normalize('NFKD').replace(RE_MARKS_G, '');
  // A symbol that compatibility spells with brackets, a slash or a space ("⒜" "(a)", "℁" "a/s",
  // "¨" " ̈") stays one symbol: inside a word it hides nothing ("H⒜IV" is read as HIV, "A¨1c" as A1c).
  if (RE_SYMBOL.test(ch) && /[()/ ]/.test(decomposed)) return { kind: 0, out: ch, cls: new Uint8Array([SEP]) };
  for (const c of decomposed) {
    const direct = LOOKALIKE[c];
    if (direct !== undefined) {
      out += direct;
      continue;
    }
    const lower = c.toLowerCase().normalize('NFKD').replace(RE_MARKS_G, '');
    for (const l of lower) out += LOOKALIKE[l] ?? l;
  }
  if (out.length === 0) return { kind: 1, out: '', cls: NO_CLS };
  const cls = new Uint8Array(out.length);
  for (let i = 0; i < out.length; i++) {
    const code = out.charCodeAt(i);
    if (code < 128) cls[i] = ASCII_SYM[code]! >= 0 ? SYM : SEP;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < out.length) {
      // A surrogate pair inside the output: classify the whole code point, on both halves.
      const c = RE_WORD.test(out.slice(i, i + 2)) ? WORD : SEP;
      cls[i] = c;
      cls[i + 1] = c;
      i++;
    } else cls[i] = RE_WORD.test(out[i]!) ? WORD : SEP;
  }
  return { kind: 0, out, cls };
}

const RE_DIGIT = /\p{Nd}/u;

/**
 * The value of a decimal digit of any script ("٢" Arabic-Indic, "۴" Persian, "५" Devanagari), or -1:
 * a number is a number in every script, for the detectors and for the found-phone test. Unicode
 * assigns decimal digits only in runs of ten from 0 to 9, so the value is the offset in its run.
 */
function decimalDigit(cp: number): number {
  if (cp < 128 || !RE_DIGIT.test(String.fromCodePoint(cp))) return -1;
  let zero = cp;
  while (zero > 0 && RE_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return (cp - zero) % 10;
}

export function fold(cp: number): Fold {
  if (cp < 0x10000) {
    const f = bmpFolds.get(cp);
    if (f !== undefined) return f;
    return computeFold(cp);
  }
  let f = astralFolds.get(cp);
  if (f === undefined) {
    f = computeFold(cp);
    if (astralFolds.size >= 50_000) astralFolds.clear();
    astralFolds.set(cp, f);
  }
  return f;
}

/** True if the original character at offset i is an upper-case letter (any script). */
export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  const ch = String.fromCodePoint(text.codePointAt(i)!);
  return ch !== ch.toLowerCase();
}

/**
 * Skeleton of a vocabulary term: its a-z0-9 symbols as a string, and the positions (1..len-1)
 * where the term has a word break (a separator, or a letter/digit change). Returns null when the
 * term has a letter outside a-z after folding (it could never match).
 */
export function termSkeleton(term: string): { skeleton: string; breaks: number[]; letters: string } | null {
  let skeleton = '';
  let letters = '';
  const breaks: number[] = [];
  let sepPending = false;
  let prevKind = 0; // 1 letter, 2 digit
  for (const ch of term) {
    const cp = ch.codePointAt(0)!;
    let out: string;
    let cls: ArrayLike<number>;
    if (cp < 128) {
      const s = ASCII_SYM[cp]!;
      out = s >= 0 ? String.fromCharCode(cp >= 65 && cp <= 90 ? cp + 32 : cp) : ch;
      cls = [s >= 0 ? SYM : SEP];
    } else {
      const f = fold(cp);
      if (f.kind !== 0) continue;
      out = f.out;
      cls = f.cls;
    }
    for (let j = 0; j < out.length; j++) {
      const c = cls[j]!;
      if (c === SEP) {
        sepPending = true;
        continue;
      }
      if (c === WORD) return null;
      const code = out.charCodeAt(j);
      const kind = code >= 97 ? 1 : 2;
      if (skeleton.length > 0 && (sepPending || kind !== prevKind)) breaks.push(skeleton.length);
      skeleton += out[j];
      letters += cp < 128 ? ch : out[j];
      sepPending = false;
      prevKind = kind;
    }
  }
  return { skeleton, breaks, letters };
}

/**
 * A word or phrase folded as texts are (NFKC, look-alikes, case, diacritics; invisible characters
 * dropped), without touching the scratch state of prepare(): for building lexicons at any time.
 */
export function foldString(text: string): string {
  const native = markNativeWords(text);
  let out = '';
  let i = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const at = i;
    i += ch.length;
    if (cp < 128 && (native === null || native[at] === 0)) {
      out += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
      continue;
    }
    if (native !== null && native[at] !== 0) {
      out += String.fromCharCode(nativeFold(cp) >>> 2);
      continue;
    }
    const f = fold(cp);
    if (f.kind === 0) out += f.out;
  }
  return out;
}
