// Policy patterns (`pattern` declarations and `matches /.../` conditions) run on a linear-time engine:
// RE2 (re2js, a pure JavaScript port, with its linear-time lookbehinds), never on JavaScript's
// backtracking RegExp, so no pattern and no text can stall the service (`(?:a|a)*b` on 30 characters took
// 3.5 s on RegExp, doubling every character).
//
// A policy writes JavaScript regular expressions (flags i, m, s, u). This module translates one into RE2
// syntax with the same meaning, or refuses it (the checker reports `check/unsafe-pattern`):
//   - `.`, `\s`, `\S` and `^` under the m flag take JavaScript's definitions (line terminators \n \r
//     U+2028 U+2029; JavaScript's whitespace), where RE2's are narrower;
//   - under the i flag without u, letters match as JavaScript matches them (its case mapping: `s` does not
//     match `ſ`, nor `k` the Kelvin sign), by writing each letter's class out; with u, RE2's case folding,
//     which is Unicode's simple folding as JavaScript's is;
//   - capturing and named groups become plain groups (only whole matches are used);
//   - a lookahead that repeats what follows it, e.g. `(?=jan|feb)(?:jan|feb)`, is dropped: it only
//     guides a backtracking engine and changes no match;
//   - refused: other lookaheads, backreferences, `$` under the m flag, `\p{...}`, counted repetitions
//     over 1000, `\W` inside a case-insensitive class without u, `\b` / `\B` under both i and u, and a
//     repeated group that can match nothing (`(a*)*`: JavaScript and RE2 end such a repetition differently). A backtracking engine would be
//     needed for them, and RE2 offers none.
// One difference remains, by design: a character outside the Basic Multilingual Plane (an emoji) is one
// character for `.` and negated classes, as with the u flag, where JavaScript without u sees two halves.
//
// re2js has no DFA: it simulates the NFA, at about 25 ns per character and state (the default bundle's
// blood-pressure pattern: 22 µs on a 2 KB email; its plan-member-id pattern, with a lookbehind, 460 µs).
// So a pattern whose backtracking is bounded runs on JavaScript's own RegExp, compiled to machine code,
// whenever the text has no surrogate (then the two engines mean the same, see above): no `*`, `+` or
// `{n,}` anywhere, and at most NATIVE_BUDGET steps tried per position (an upper bound counted from the
// pattern, boundedSteps), so the time stays linear in the text with a small constant. Measured on
// the plan-member-id pattern over 2 KB emails: re2js 460 µs, RegExp about 2 µs.
import { RE2JS } from 're2js';

export interface PolicyPattern {
  readonly source: string;
  readonly flags: string;
  /** The RE2 pattern it runs as. */
  readonly linear: string;
  /** `regexp`: bounded backtracking, run on JavaScript's RegExp for texts without surrogates; `re2`: always on re2js. */
  readonly engine: 'regexp' | 're2';
  /** Whether the pattern matches anywhere in the text. */
  test(text: string): boolean;
  /**
   * Calls `found(start, end)` for each non-empty match, leftmost-first and without overlap, as a loop of
   * RegExp.exec with the g flag finds them (empty matches are skipped). Offsets are UTF-16 code units.
   */
  forEachMatch(text: string, found: (start: number, end: number) => void): void;
}

export type PatternResult = { ok: true; pattern: PolicyPattern } | { ok: false; message: string; hint: string };

class Refusal extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

// ---- character sets, as sorted lists of inclusive code point ranges [lo0, hi0, lo1, hi1, ...] ----

type Ranges = number[];
const MAX_CP = 0x10ffff;

function normalize(r: Ranges): Ranges {
  const pairs: [number, number][] = [];
  for (let i = 0; i < r.length; i += 2) pairs.push([r[i]!, r[i + 1]!]);
  pairs.sort((a, b) => a[0] - b[0]);
  const out: Ranges = [];
  for (const [lo, hi] of pairs) {
    if (out.length > 0 && lo <= out[out.length - 1]! + 1) out[out.length - 1] = Math.max(out[out.length - 1]!, hi);
    else out.push(lo, hi);
  }
  return out;
}
const union = (...sets: Ranges[]): Ranges => normalize(sets.flat());
function complement(r: Ranges): Ranges {
  const n = normalize(r);
  const out: Ranges = [];
  let next = 0;
  for (let i = 0; i < n.length; i += 2) {
    if (n[i]! > next) out.push(next, n[i]! - 1);
    next = n[i + 1]! + 1;
  }
  if (next <= MAX_CP) out.push(next, MAX_CP);
  return out;
}
const has = (r: Ranges, cp: number): boolean => {
  for (let i = 0; i < r.length; i += 2) if (cp >= r[i]! && cp <= r[i + 1]!) return true;
  return false;
};

const DIGIT: Ranges = [0x30, 0x39];
const WORD: Ranges = normalize([0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a]);
/** JavaScript's \s: WhiteSpace and LineTerminator. */
const SPACE: Ranges = normalize([9, 13, 0x20, 0x20, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff]);
const LINE_TERMINATORS: Ranges = normalize([0x0a, 0x0a, 0x0d, 0x0d, 0x2028, 0x2029]);
const SURROGATES: Ranges = [0xd800, 0xdfff];
const ASTRAL: Ranges = [0x10000, MAX_CP];

let caseTable: { canon: Uint16Array; classes: Map<number, number[]>; cased: number[] } | undefined;
/**
 * JavaScript's Canonicalize for the i flag without u (ECMA-262 22.2.2.7.3), for every BMP code unit;
 * the code units of each canonical form shared by two or more (`k` and `K`), and all those code units.
 * Built once: a pattern's letters then cost a look-up each, not a pass over the BMP.
 */
function caseClasses(): NonNullable<typeof caseTable> {
  if (caseTable) return caseTable;
  const canon = Uint16Array.from({ length: 0x10000 }, (_, c) => c);
  // toUpperCase maps each code point on its own (no context), so a block of 256 code units that it
  // leaves as it is holds no code unit to map; only the few blocks with cased letters are read one by
  // one. (A block never pairs surrogates: 0xdbff and 0xdc00 fall in different blocks.)
  for (let block = 0; block < 0x10000; block += 256) {
    const text = String.fromCharCode(...canon.subarray(block, block + 256));
    if (text.toUpperCase() === text) continue;
    for (let c = block; c < block + 256; c++) {
      const u = String.fromCharCode(c).toUpperCase();
      canon[c] = u.length === 1 && !(c >= 128 && u.charCodeAt(0) < 128) ? u.charCodeAt(0) : c;
    }
  }
  const size = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) size[canon[c]!] = size[canon[c]!]! + 1;
  const classes = new Map<number, number[]>();
  const cased: number[] = [];
  for (let c = 0; c < 0x10000; c++) {
    if (size[canon[c]!]! < 2) continue;
    cased.push(c);
    const members = classes.get(canon[c]!);
    if (members) members.push(c);
    else classes.set(canon[c]!, [c]);
  }
  return (caseTable = { canon, classes, cased });
}

/** The characters a set matches under the i flag without u: every code unit whose canonical form is one of the set's. */
function caseClosed(r: Ranges): Ranges {
  const { canon, classes, cased } = caseClasses();
  const out: Ranges = [];
  const addClassOf = (c: number): void => {
    for (const d of classes.get(canon[c]!) ?? []) out.push(d, d);
  };
  for (let i = 0; i < r.length; i += 2) {
    const lo = r[i]!;
    const hi = Math.min(r[i + 1]!, 0xffff);
    if (lo <= hi) {
      out.push(lo, hi); // each code unit is in its own class
      if (hi - lo < cased.length) for (let c = lo; c <= hi; c++) addClassOf(c);
      else for (const c of cased) if (c >= lo && c <= hi) addClassOf(c);
    }
    if (r[i + 1]! > 0xffff) out.push(Math.max(lo, 0x10000), r[i + 1]!);
  }
  return normalize(out);
}

const isPlain = (cp: number): boolean => (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
/** One code point in RE2 syntax: letters and digits as they are, other printable ASCII escaped, the rest as \x{...}. */
const hex = (cp: number): string => (isPlain(cp) ? String.fromCharCode(cp) : cp === 0x20 ? ' ' : cp > 0x20 && cp < 0x7f ? `\\${String.fromCharCode(cp)}` : `\\x{${cp.toString(16)}}`);

/** A set as RE2 syntax: one character, or a class of ranges (surrogate code points left out: RE2 reads code points). */
function emitSet(r: Ranges): string {
  const n = normalize(r);
  const parts: string[] = [];
  for (let i = 0; i < n.length; i += 2) {
    let lo = n[i]!;
    let hi = n[i + 1]!;
    // RE2 cannot name surrogates; the text has none once read as code points, except lone halves.
    if (lo >= 0xd800 && hi <= 0xdfff) continue;
    if (lo < 0xd800 && hi >= 0xd800 && hi <= 0xdfff) hi = 0xd7ff;
    else if (lo >= 0xd800 && lo <= 0xdfff && hi > 0xdfff) lo = 0xe000;
    else if (lo < 0xd800 && hi > 0xdfff) {
      parts.push(`${hex(lo)}-${hex(0xd7ff)}`);
      lo = 0xe000;
    }
    parts.push(lo === hi ? hex(lo) : `${hex(lo)}-${hex(hi)}`);
  }
  if (parts.length === 0) return '[^\\x{0}-\\x{10ffff}]'; // matches nothing
  if (parts.length === 1 && n.length === 2 && n[0] === n[1]) return parts[0]!;
  return `[${parts.join('')}]`;
}

// ---- the parser: JavaScript pattern syntax (with Annex B without u) into nodes ----

type Node =
  | { k: 'set'; ranges: Ranges }
  | { k: 'assert'; src: string }
  | { k: 'group'; body: Node }
  | { k: 'look'; ahead: boolean; negative: boolean; body: Node }
  | { k: 'quant'; atom: Node; q: string }
  | { k: 'seq'; items: Node[] }
  | { k: 'alt'; alts: Node[] };

const SYNTAX = new Set('^$\\.*+?()[]{}|/');

/** Whether a node can match the empty string. */
function nullable(n: Node): boolean {
  switch (n.k) {
    case 'set':
      return false;
    case 'assert':
    case 'look':
      return true;
    case 'group':
      return nullable(n.body);
    case 'quant':
      return /^[*?]|^\{0[,}]/.test(n.q) || nullable(n.atom);
    case 'seq':
      return n.items.every(nullable);
    case 'alt':
      return n.alts.some(nullable);
  }
}

class Parser {
  private i = 0;
  constructor(
    private readonly s: string,
    private readonly unicode: boolean,
    private readonly ignoreCase: boolean,
    private readonly dotAll: boolean,
    private readonly multiline: boolean,
  ) {}

  parse(): Node {
    const node = this.disjunction();
    if (this.i < this.s.length) throw new Refusal(`Unexpected \`${this.s[this.i]}\``, 'check the brackets of the pattern');
    return node;
  }

  private peek(): string | undefined {
    return this.s[this.i];
  }

  private disjunction(): Node {
    const alts = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.alternative());
    }
    return alts.length === 1 ? alts[0]! : { k: 'alt', alts };
  }

  private alternative(): Node {
    const items: Node[] = [];
    while (this.i < this.s.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.term();
      const q = this.quantifier();
      if (q === undefined) items.push(atom);
      else {
        if (atom.k === 'assert' || atom.k === 'look') throw new Refusal('A repeated lookaround or anchor is not supported by the linear-time pattern engine', 'remove the repetition after it');
        // JavaScript rejects a repetition that matches nothing and tries the group's next way instead;
        // RE2 stops there. They agree unless the repeated group can match nothing.
        if (nullable(atom) && !/^\{\d+\}$/.test(q)) {
          throw new Refusal('A repeated group that can match nothing, such as (a*)* or (\\b|x)*, is read differently by the linear-time pattern engine', 'make what repeats match at least one character, e.g. (a+)* or x*');
        }
        items.push({ k: 'quant', atom, q });
      }
    }
    return { k: 'seq', items };
  }

  private quantifier(): string | undefined {
    const c = this.peek();
    let q: string | undefined;
    if (c === '*' || c === '+' || c === '?') {
      this.i++;
      q = c;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.s.slice(this.i));
      if (!m) return undefined; // a literal brace (Annex B)
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      if (min > 1000 || (max !== Infinity && max > 1000)) throw new Refusal(`The count in \`${m[0]}\` is over 1000, the most the linear-time pattern engine repeats`, 'use a smaller count, or `+` / `*`');
      this.i += m[0].length;
      q = m[0];
    } else return undefined;
    if (this.peek() === '?') {
      this.i++;
      q += '?';
    }
    return q;
  }

  private term(): Node {
    const c = this.s[this.i]!;
    switch (c) {
      case '^':
        this.i++;
        return { k: 'assert', src: this.multiline ? `(?:^|(?<=${emitSet(LINE_TERMINATORS)}))` : '^' };
      case '$':
        this.i++;
        if (this.multiline) throw new Refusal('`$` with the m flag (the end of any line) is not supported by the linear-time pattern engine', 'drop the m flag and match the line end with `[\\r\\n]` or `$` (the end of the text)');
        return { k: 'assert', src: '$' };
      case '.':
        this.i++;
        return { k: 'set', ranges: this.dotAll ? [0, MAX_CP] : complement(LINE_TERMINATORS) };
      case '(':
        return this.group();
      case '[':
        return { k: 'set', ranges: this.characterClass() };
      case '\\':
        return this.atomEscape();
      case ')':
        throw new Refusal('Unexpected `)`', 'check the brackets of the pattern');
      default: {
        const cp = this.unicode ? this.s.codePointAt(this.i)! : this.s.charCodeAt(this.i);
        this.i += cp > 0xffff ? 2 : 1;
        if (!this.unicode && cp >= 0xd800 && cp <= 0xdbff) {
          // A character outside the BMP written as itself: without u it is two code units, matched in a row.
          const low = this.s.charCodeAt(this.i);
          if (low >= 0xdc00 && low <= 0xdfff && !/^[*+?{]/.test(this.s.slice(this.i + 1))) {
            this.i++;
            return { k: 'set', ranges: [(cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000, (cp - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000] };
          }
        }
        if (cp >= 0xd800 && cp <= 0xdfff) throw new Refusal('A lone surrogate code unit is not supported by the linear-time pattern engine', 'add the u flag, or write the whole character');
        return { k: 'set', ranges: this.caseless([cp, cp]) };
      }
    }
  }

  /** Case-insensitive without u: JavaScript's own case mapping, written out. With u, RE2's (?i) folds as JavaScript does. */
  private caseless(r: Ranges): Ranges {
    return this.ignoreCase && !this.unicode ? caseClosed(r) : r;
  }

  private group(): Node {
    const rest = this.s.slice(this.i);
    let look: { ahead: boolean; negative: boolean } | undefined;
    if (rest.startsWith('(?:')) this.i += 3;
    else if (rest.startsWith('(?=') || rest.startsWith('(?!')) {
      look = { ahead: true, negative: rest[2] === '!' };
      this.i += 3;
    } else if (rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
      look = { ahead: false, negative: rest[3] === '!' };
      this.i += 4;
    } else if (rest.startsWith('(?<')) {
      const end = rest.indexOf('>');
      this.i += end + 1; // a named group: only whole matches are used, so it is a plain group
    } else if (rest.startsWith('(?')) throw new Refusal(`\`${rest.slice(0, 3)}\` is not a group the linear-time pattern engine runs`, 'use (?:...) for a group');
    else this.i += 1;
    const body = this.disjunction();
    if (this.peek() !== ')') throw new Refusal('A group is not closed', 'add the missing `)`');
    this.i++;
    return look ? { k: 'look', ...look, body } : { k: 'group', body };
  }

  private atomEscape(): Node {
    const c = this.s[this.i + 1];
    if (c === undefined) throw new Refusal('The pattern ends with `\\`', 'escape the backslash as `\\\\`');
    if (c === 'b' || c === 'B') {
      // With i and u, JavaScript counts ſ and the Kelvin sign as word characters at a boundary; RE2 does not.
      if (this.ignoreCase && this.unicode) throw new Refusal(`\`\\${c}\` with both the i and u flags is not supported by the linear-time pattern engine`, 'drop the u flag (or the i flag)');
      this.i += 2;
      return { k: 'assert', src: `\\${c}` };
    }
    if (c === 'k' && (this.unicode || /\(\?<[^=!]/.test(this.s))) throw new Refusal('A backreference (`\\k<name>`) needs a backtracking engine, which could take exponential time', 'match the text again instead of referring back to a group');
    if (c >= '1' && c <= '9') throw new Refusal(`A backreference (\`\\${c}\`) needs a backtracking engine, which could take exponential time`, 'match the text again instead of referring back to a group');
    return { k: 'set', ranges: this.caseless(this.characterEscape(false)) };
  }

  /** `\` and what follows (not \b, \B or a backreference), as a set; `inClass` for the escapes of a class. */
  private characterEscape(inClass: boolean): Ranges {
    const c = this.s[this.i + 1]!;
    this.i += 2;
    const one = (cp: number): Ranges => [cp, cp];
    switch (c) {
      case 'd':
        return DIGIT;
      case 'D':
        return complement(DIGIT);
      case 'w':
        return this.ignoreCase && this.unicode ? union(WORD, [0x17f, 0x17f, 0x212a, 0x212a]) : WORD;
      case 'W':
        if (this.ignoreCase && this.unicode) return complement(union(WORD, [0x17f, 0x17f, 0x212a, 0x212a]));
        if (inClass && this.ignoreCase) throw new Refusal('`\\W` inside a case-insensitive class is not supported by the linear-time pattern engine', 'write the class without `\\W`, or add the u flag');
        return complement(WORD);
      case 's':
        return SPACE;
      case 'S':
        return complement(SPACE);
      case 'n':
        return one(0x0a);
      case 'r':
        return one(0x0d);
      case 't':
        return one(0x09);
      case 'v':
        return one(0x0b);
      case 'f':
        return one(0x0c);
      case 'b':
        return one(0x08); // in a class: backspace
      case '0':
        if (/[0-9]/.test(this.s[this.i] ?? '')) throw new Refusal('An octal escape is not supported by the linear-time pattern engine', 'write the character as \\xHH');
        return one(0);
      case 'c': {
        const l = this.s[this.i];
        if (l !== undefined && /[A-Za-z]/.test(l)) {
          this.i++;
          return one(l.charCodeAt(0) % 32);
        }
        if (this.unicode) throw new Refusal('`\\c` needs a letter after it', 'write the control character as \\xHH');
        this.i--; // Annex B: `\c` not followed by a letter is a backslash and a `c`
        return one(0x5c);
      }
      case 'x': {
        const m = /^[0-9A-Fa-f]{2}/.exec(this.s.slice(this.i));
        if (!m) {
          if (this.unicode) throw new Refusal('`\\x` needs two hexadecimal digits', 'write \\xHH');
          return one(0x78);
        }
        this.i += 2;
        return one(Number.parseInt(m[0], 16));
      }
      case 'u': {
        const braced = this.unicode ? /^\{([0-9A-Fa-f]+)\}/.exec(this.s.slice(this.i)) : null;
        if (braced) {
          this.i += braced[0].length;
          return one(Number.parseInt(braced[1]!, 16));
        }
        const m = /^[0-9A-Fa-f]{4}/.exec(this.s.slice(this.i));
        if (!m) {
          if (this.unicode) throw new Refusal('`\\u` needs four hexadecimal digits', 'write \\uHHHH');
          return one(0x75);
        }
        this.i += 4;
        let cp = Number.parseInt(m[0], 16);
        const pair = /^\\u(d[c-f][0-9a-f]{2})/i.exec(this.s.slice(this.i));
        if (cp >= 0xd800 && cp <= 0xdbff && pair && (this.unicode || !inClass)) {
          this.i += 6;
          cp = (cp - 0xd800) * 0x400 + (Number.parseInt(pair[1]!, 16) - 0xdc00) + 0x10000;
        }
        if (cp >= 0xd800 && cp <= 0xdfff) throw new Refusal('A lone surrogate code unit is not supported by the linear-time pattern engine', 'write the whole character, with the u flag');
        return one(cp);
      }
      case 'p':
      case 'P':
        if (this.unicode) throw new Refusal('Unicode property escapes (`\\p{...}`) are not supported by the linear-time pattern engine', 'list the characters, or a range of them, in a class');
        return one(c.charCodeAt(0));
      default: {
        if (this.unicode && !SYNTAX.has(c) && !(inClass && c === '-')) throw new Refusal(`\`\\${c}\` is not an escape`, 'remove the backslash');
        const cp = this.unicode ? this.s.codePointAt(this.i - 1)! : c.charCodeAt(0);
        if (cp > 0xffff) this.i++;
        return one(cp);
      }
    }
  }

  private characterClass(): Ranges {
    this.i++; // [
    const negated = this.peek() === '^';
    if (negated) this.i++;
    const parts: Ranges[] = [];
    const atom = (): { set: Ranges; single?: number } => {
      if (this.peek() === '\\') {
        const set = this.characterEscape(true);
        return set.length === 2 && set[0] === set[1] && !'dDwWsS'.includes(this.s[this.i - 1]!) ? { set, single: set[0]! } : { set };
      }
      const cp = this.unicode ? this.s.codePointAt(this.i)! : this.s.charCodeAt(this.i);
      this.i += cp > 0xffff ? 2 : 1;
      if (cp >= 0xd800 && cp <= 0xdfff) throw new Refusal('A character outside the Basic Multilingual Plane in a class needs the u flag here', 'add the u flag');
      return { set: [cp, cp], single: cp };
    };
    while (this.peek() !== ']') {
      if (this.i >= this.s.length) throw new Refusal('A class is not closed', 'add the missing `]`');
      const a = atom();
      if (this.peek() === '-' && this.s[this.i + 1] !== ']' && this.s[this.i + 1] !== undefined) {
        this.i++;
        const b = atom();
        if (a.single !== undefined && b.single !== undefined) {
          parts.push([a.single, b.single]);
          continue;
        }
        parts.push(a.set, [0x2d, 0x2d], b.set); // Annex B: `[\d-x]` is \d, `-` and x
        continue;
      }
      parts.push(a.set);
    }
    this.i++; // ]
    const set = this.caseless(union(...parts));
    if (!negated) return set;
    // Without u a negated class matches a lone surrogate, so it matches each half of an astral character;
    // RE2 reads the pair as one character: match it whole (it counts as one, see above).
    const out = complement(set);
    return this.unicode || !has(out, 0xd800) ? out : union(out, ASTRAL);
  }
}

/** The RE2 syntax of a node. */
function emit(n: Node): string {
  switch (n.k) {
    case 'set':
      return emitSet(has(n.ranges, 0xd800) && has(n.ranges, 0xdfff) ? union(n.ranges, ASTRAL) : n.ranges);
    case 'assert':
      return n.src;
    case 'group':
      return `(?:${emit(n.body)})`;
    case 'look':
      if (n.ahead) throw new Refusal('A lookahead (`(?=...)` or `(?!...)`) needs a backtracking engine, which could take exponential time', 'match the text itself, or check it with a second condition');
      return `(?<${n.negative ? '!' : '='}${emit(n.body)})`;
    case 'quant': {
      const atom = emit(n.atom);
      return `${n.atom.k === 'seq' || n.atom.k === 'alt' ? `(?:${atom})` : atom}${n.q}`;
    }
    case 'seq':
      return emitSeq(n.items);
    case 'alt':
      return n.alts.map(emit).join('|');
  }
}

const zeroWidth = (n: Node): boolean => n.k === 'assert' || (n.k === 'look' && !n.ahead);

/**
 * A sequence, dropping each positive lookahead that repeats what follows it (after anchors and
 * lookbehinds, which do not move): the rest of the match then contains what it looks for.
 */
function emitSeq(items: Node[]): string {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.k === 'look' && item.ahead && !item.negative && repeatsWhatFollows(item.body, items.slice(i + 1))) continue;
    out.push(emit(item));
  }
  return out.join('');
}

function repeatsWhatFollows(body: Node, rest: Node[]): boolean {
  let wanted: string;
  try {
    wanted = emit(body);
  } catch {
    return false;
  }
  for (let skip = 0; skip <= rest.length; skip++) {
    const after = rest.slice(skip);
    const first = after[0];
    if (first?.k === 'group' && safeEmit(first.body) === wanted) return true;
    let text = '';
    for (const n of after) {
      const s = safeEmit(n);
      if (s === undefined) break;
      text += s;
      if (text === wanted) return true;
      if (!wanted.startsWith(text)) break;
    }
    if (!rest[skip] || !zeroWidth(rest[skip]!)) break;
  }
  return false;
}

function safeEmit(n: Node): string | undefined {
  try {
    return emit(n);
  } catch {
    return undefined;
  }
}

/** The RE2 syntax of a JavaScript pattern with the same meaning (see above), or a Refusal. */
export function translatePattern(source: string, flags: string): string {
  return translated(source, flags).linear;
}

function translated(source: string, flags: string): { linear: string; node: Node } {
  for (const f of flags) if (!'imsu'.includes(f)) throw new Refusal(`The flag \`${f}\` is not supported here`, 'the flags are i, m, s and u');
  const unicode = flags.includes('u');
  const ignoreCase = flags.includes('i');
  const node = new Parser(source, unicode, ignoreCase, flags.includes('s'), flags.includes('m')).parse();
  const body = emit(node);
  return { linear: ignoreCase && unicode ? `(?i)${body}` : body, node };
}

/** Steps a backtracking engine may try from one position, at most (see the header). */
const NATIVE_BUDGET = 20_000;

/**
 * An upper bound on the steps a backtracking engine tries from one start position: each way the
 * first part of a sequence can match tries the rest once (JavaScript's lookarounds are atomic: one
 * way). Infinity when a repetition is unbounded.
 */
function boundedSteps(n: Node): number {
  return cost(n).steps;
}

function cost(n: Node): { ways: number; steps: number } {
  switch (n.k) {
    case 'set':
    case 'assert':
      return { ways: 1, steps: 1 };
    case 'group':
      return cost(n.body);
    case 'look':
      return { ways: 1, steps: cost(n.body).steps };
    case 'seq':
      return n.items.reduceRight((rest, item) => {
        const c = cost(item);
        return { ways: c.ways * rest.ways, steps: c.steps + c.ways * rest.steps };
      }, { ways: 1, steps: 0 });
    case 'alt':
      return n.alts.map(cost).reduce((a, b) => ({ ways: a.ways + b.ways, steps: a.steps + b.steps }), { ways: 0, steps: 0 });
    case 'quant': {
      const [min, max] = repetitions(n.q);
      if (max === Infinity) return { ways: Infinity, steps: Infinity };
      const atom = cost(n.atom);
      // k repetitions: the atom tried after each way of the k - 1 before it.
      let ways = 0;
      let steps = 0;
      let prefixWays = 1;
      let prefixSteps = 0;
      for (let k = 0; k <= max && steps <= NATIVE_BUDGET; k++) {
        if (k >= min) {
          ways += prefixWays;
          steps += prefixSteps;
        }
        prefixSteps += prefixWays * atom.steps;
        prefixWays *= atom.ways;
      }
      return { ways, steps: Math.max(steps, 1) };
    }
  }
}

/** [min, max] of a quantifier as the parser keeps it (`*`, `+`, `?`, `{m}`, `{m,}`, `{m,n}`, each maybe lazy). */
function repetitions(q: string): [number, number] {
  const c = q[0];
  if (c === '*') return [0, Infinity];
  if (c === '+') return [1, Infinity];
  if (c === '?') return [0, 1];
  const m = /^\{(\d+)(,(\d*))?\}/.exec(q)!;
  const min = Number(m[1]);
  return [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
}

const compiled = new Map<string, PatternResult>();
const CACHE_MAX = 4096;

/**
 * Compiles a policy pattern for the linear-time engine, or says why it cannot run there. `flags` may
 * carry g or y (ignored). Results are cached by source and flags.
 */
export function compilePolicyPattern(source: string, flags: string = ''): PatternResult {
  const f = [...new Set(flags.replace(/[gy]/g, ''))].sort().join('');
  const key = `${f}/${source}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  let result: PatternResult;
  try {
    const { linear, node } = translated(source, f);
    const re = RE2JS.compile(linear, RE2JS.LOOKBEHINDS);
    const native = boundedSteps(node) <= NATIVE_BUDGET ? new RegExp(source, `${f}g`) : null;
    result = { ok: true, pattern: linearPattern(source, f, linear, re, native) };
  } catch (e) {
    result = e instanceof Refusal ? { ok: false, message: e.message, hint: e.hint } : { ok: false, message: `The linear-time pattern engine cannot run this pattern: ${(e as Error).message}`, hint: 'simplify the pattern' };
  }
  if (compiled.size >= CACHE_MAX) compiled.clear();
  compiled.set(key, result);
  return result;
}

/** compilePolicyPattern, throwing a SyntaxError when the pattern cannot run on the linear-time engine. */
export function policyPattern(source: string, flags: string = ''): PolicyPattern {
  const r = compilePolicyPattern(source, flags);
  if (!r.ok) throw new SyntaxError(`/${source}/${flags.replace(/[gy]/g, '')}: ${r.message}`);
  return r.pattern;
}

const SURROGATE = /[\ud800-\udfff]/;

function linearPattern(source: string, flags: string, linear: string, re: RE2JS, native: RegExp | null): PolicyPattern {
  return Object.freeze({
    source,
    flags,
    linear,
    engine: native === null ? 're2' : 'regexp',
    test(text: string): boolean {
      if (native === null || SURROGATE.test(text)) return re.test(text);
      native.lastIndex = 0;
      return native.test(text);
    },
    forEachMatch(text: string, found: (start: number, end: number) => void): void {
      if (native !== null && !SURROGATE.test(text)) {
        native.lastIndex = 0;
        let m: RegExpExecArray | null;
        while ((m = native.exec(text)) !== null) {
          if (m[0].length === 0) native.lastIndex = m.index + 1;
          else found(m.index, m.index + m[0].length);
        }
        return;
      }
      if (!re.test(text)) return; // most texts stop here
      for (const m of re.matchAll(text)) {
        const start = m.index ?? 0;
        const end = start + m[0].length;
        if (end > start) found(start, end);
      }
    },
  });
}
