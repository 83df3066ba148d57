// A literal prefilter for the policy's `pattern`s. Most regexes need some literal text to match
// ("Plan B", "bp" or "blood pressure", a month name...), and most messages contain none of it.
// Running a regex costs a try at every position of the text (a lookbehind or `\b` first defeats
// the engine's own literal search). The literals' skeletons ride along in the extension
// automaton, which rules most texts out for free; one includes() per literal decides the rest.
//
// The analysis is conservative: it reads the regex source and keeps only literals that every
// match (or a positive lookaround of it) must contain; anything it does not fully understand
// yields no literal, and a source it cannot parse yields no prefilter at all (the regex always
// runs). Findings never change, only the work to find them.

import { termSkeleton } from './fold.ts';

/**
 * Clauses of required literals: a text can match only if, for every clause, it contains at least
 * one of the clause's literals. Case-insensitive regexes have lower-case literals, to be looked
 * for in the lower-cased text.
 */
export interface Prefilter {
  clauses: readonly (readonly string[])[];
  caseless: boolean;
  /** Flag u: case-insensitive matching then also folds `ſ` to `s`, which toLowerCase() does not. */
  unicode: boolean;
}

/** Literals of one clause at most (an alternation of more gives no clause). */
const MAX_LITERALS = 32;
/** Clauses kept, cheapest first. */
const MAX_CLAUSES = 4;

class Unsupported extends Error {}

/** The prefilter of a regex, or null when no literal is required (or the source is not understood). */
export function literalPrefilter(source: string, flags: string): Prefilter | null {
  if (flags.includes('v')) return null; // class set syntax: not parsed here
  const parser = new Parser(source, flags.includes('i'), flags.includes('u'));
  let clauses: string[][];
  try {
    clauses = parser.pattern();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  const kept = simplify(clauses);
  return kept.length === 0 ? null : { clauses: kept, caseless: parser.caseless, unicode: flags.includes('u') };
}

/**
 * False when the regex cannot match `text`. `lower` is text.toLowerCase() (read only for a
 * case-insensitive prefilter); `ascii` says the text is pure ASCII.
 */
export function mayMatch(f: Prefilter, text: string, lower: string, ascii: boolean): boolean {
  // Non-ASCII text under flags iu: `ſ` matches `s` but does not lower-case to it.
  if (f.caseless && f.unicode && !ascii) return true;
  const t = f.caseless ? lower : text;
  for (const clause of f.clauses) {
    let found = false;
    for (let i = 0; i < clause.length && !found; i++) found = t.includes(clause[i]!);
    if (!found) return false;
  }
  return true;
}

/**
 * The literals of a classifier's prefilters as skeletons (see normalize.ts termSkeleton), for the
 * extension automaton to look for in the same pass as the terms. A literal in the text has its
 * skeleton in the text's skeleton (folding works character by character, keeps the literal's
 * letters and digits in order, and anything between them is one of the literal's own
 * separators; `ſ` and the Kelvin sign fold to `s` and `k` as flag iu would match them). So a
 * clause none of whose literal skeletons was seen cannot match, without any string search.
 */
export class LiteralSkeletons {
  readonly skeletons: string[] = [];
  private readonly ids = new Map<string, number>();

  /** Per clause of `f`: its literals' skeleton ids, or null when one has no skeleton (not checked this way). */
  add(f: Prefilter): (Int32Array | null)[] {
    return f.clauses.map((clause) => {
      const ids = new Int32Array(clause.length);
      for (let i = 0; i < clause.length; i++) {
        const sk = termSkeleton(clause[i]!)?.skeleton ?? '';
        if (sk.length === 0) return null;
        let id = this.ids.get(sk);
        if (id === undefined) {
          id = this.skeletons.length;
          this.ids.set(sk, id);
          this.skeletons.push(sk);
        }
        ids[i] = id;
      }
      return ids;
    });
  }
}

/** False when a clause has none of its literal skeletons in `seen` (indexed by LiteralSkeletons id). */
export function skeletonMayMatch(clauses: readonly (Int32Array | null)[], seen: Uint8Array): boolean {
  for (const ids of clauses) {
    if (ids === null) continue;
    let found = false;
    for (let i = 0; i < ids.length && !found; i++) found = seen[ids[i]!] === 1;
    if (!found) return false;
  }
  return true;
}

/**
 * Trim spaces off literals (a part of a required literal is required too, and a search for a
 * literal that starts with a space stops at every space), drop clauses that every text satisfies,
 * literals that contain another of their clause, duplicate and implied clauses; cheapest first.
 */
function simplify(clauses: string[][]): string[][] {
  const trimmed = clauses.map((c) => c.map((lit) => lit.trim())).filter((c) => !c.includes(''));
  const reduced = trimmed.map((c) => [...new Set(c)].filter((lit, _, all) => !all.some((o) => o !== lit && lit.includes(o))).sort());
  const distinct = reduced.filter((c, i) => reduced.findIndex((o) => o.join('\0') === c.join('\0')) === i);
  // A clause is implied by another when each literal of the other contains one of its own
  // (["abc"] implies ["b", "x"]): such a clause filters nothing more.
  const implies = (a: string[], b: string[]): boolean => a.every((lit) => b.some((o) => lit.includes(o)));
  const kept = distinct.filter((c, i) => !distinct.some((o, j) => j !== i && implies(o, c) && (!implies(c, o) || j < i)));
  return kept.sort((a, b) => a.length - b.length || shortest(b) - shortest(a)).slice(0, MAX_CLAUSES);
}

const shortest = (clause: readonly string[]): number => Math.min(...clause.map((l) => l.length));

/** The better of two clauses for a filter: longer shortest literal, then fewer literals. */
function better(a: string[], b: string[]): string[] {
  const d = shortest(a) - shortest(b);
  return d > 0 || (d === 0 && a.length <= b.length) ? a : b;
}

const HEX = /^[0-9a-fA-F]+$/;
const SYNTAX = '^$\\.*+?()[]{}|/';

/** Recursive descent over JavaScript regex syntax (without flag v). */
class Parser {
  private i = 0;

  constructor(
    private readonly src: string,
    readonly caseless: boolean,
    private readonly unicode: boolean,
  ) {}

  pattern(): string[][] {
    const { clauses } = this.disjunction();
    if (this.i !== this.src.length) throw new Unsupported();
    return clauses;
  }

  /**
   * Alternatives: each must bring a clause; their best clauses joined make one. When every
   * alternative is an exact set of strings, so is the disjunction (their union, kept small).
   */
  private disjunction(): Reading {
    const alternatives = [this.alternative()];
    while (this.src[this.i] === '|') {
      this.i++;
      alternatives.push(this.alternative());
    }
    if (alternatives.length === 1) return alternatives[0]!;
    const exact = alternatives.every((a) => a.exact !== null) ? [...new Set(alternatives.flatMap((a) => a.exact!))] : null;
    const joined: string[] = [];
    for (const { clauses } of alternatives) {
      if (clauses.length === 0) return { clauses: [], exact: null };
      joined.push(...clauses.reduce(better));
    }
    const within = (set: string[] | null): string[] | null => (set !== null && set.length <= MAX_LITERALS ? set : null);
    return { clauses: within(joined) ? [joined] : [], exact: within(exact) };
  }

  /**
   * A sequence of terms. The strings it can match, as far as they run contiguously, are kept as a
   * set (cross products of characters, optional characters and exact groups, while small): each
   * such run is a clause, since a match contains one of its strings. Zero-width assertions do not
   * break a run; a positive lookbehind at the start of a run joins it (the text holds what it looks
   * for right before what follows). `exact` is the whole sequence's set when nothing escaped it.
   */
  private alternative(): Reading {
    const clauses: string[][] = [];
    let run: string[] = [''];
    let complete = true;
    const flush = (): void => {
      if (!run.includes('')) clauses.push(run);
      run = [''];
    };
    const extend = (set: readonly string[]): void => {
      if (run.length * set.length > MAX_LITERALS) {
        flush();
        complete = false;
        run = [...set];
        return;
      }
      run = run.flatMap((a) => set.map((b) => a + b));
    };
    const breakRun = (): void => {
      flush();
      complete = false;
    };
    for (;;) {
      const c = this.src[this.i];
      if (c === undefined || c === '|' || c === ')') break;
      const atom = this.atom();
      const [min, max] = this.quantifier(atom.kind === 'assertion' || atom.kind === 'lookbehind');
      if (atom.kind === 'assertion') continue;
      const set = atom.kind === 'char' ? [atom.char] : atom.kind === 'group' ? atom.exact : null;
      if (set !== null && min === 1 && max === 1) extend(set);
      else if (set !== null && min === 0 && max === 1) extend([...set, '']);
      else if (set !== null && min >= 1) {
        // "ab+c" needs "ab", then "bc".
        extend(set);
        breakRun();
        run = [...set];
      } else if (atom.kind === 'lookbehind' && atom.exact !== null && run.length === 1 && run[0] === '') {
        complete = false;
        run = [...atom.exact];
      } else {
        breakRun();
        if ('clauses' in atom && min >= 1) clauses.push(...atom.clauses);
      }
    }
    const exact = complete ? run : null;
    flush();
    return { clauses, exact };
  }

  private atom(): Atom {
    const src = this.src;
    const c = src[this.i]!;
    this.i++;
    switch (c) {
      case '^':
      case '$':
        return ASSERTION;
      case '.':
        return OPAQUE;
      case '[':
        this.skipClass();
        return OPAQUE;
      case '(':
        return this.group();
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
      case '{':
        throw new Unsupported(); // a quantifier with nothing before it, or a literal brace
      default:
        return this.char(c);
    }
  }

  private char(c: string): Atom {
    if (!this.caseless) return { kind: 'char', char: c };
    // Case-insensitive: ASCII only (a non-ASCII letter may match characters lower-casing cannot find).
    return c.charCodeAt(0) < 128 ? { kind: 'char', char: c.toLowerCase() } : OPAQUE;
  }

  private group(): Atom {
    const src = this.src;
    let kind: 'group' | 'lookahead' | 'lookbehind' | 'negative' = 'group';
    if (src[this.i] === '?') {
      const next = src.slice(this.i + 1, this.i + 3);
      if (next === '<=' || next === '<!') {
        kind = next === '<=' ? 'lookbehind' : 'negative';
        this.i += 3;
      } else if (next[0] === ':' || next[0] === '=' || next[0] === '!') {
        kind = next[0] === '=' ? 'lookahead' : next[0] === '!' ? 'negative' : 'group';
        this.i += 2;
      } else if (next[0] === '<') {
        const close = src.indexOf('>', this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else throw new Unsupported(); // modifiers or anything newer
    }
    const { clauses, exact } = this.disjunction();
    if (src[this.i] !== ')') throw new Unsupported();
    this.i++;
    if (kind === 'negative') return ASSERTION;
    // A lookahead's strings overlap what follows: only its clauses are kept.
    return { kind, clauses, exact: kind === 'lookahead' ? null : exact };
  }

  private skipClass(): void {
    const src = this.src;
    let j = this.i;
    if (src[j] === '^') j++;
    while (j < src.length && src[j] !== ']') j += src[j] === '\\' ? 2 : 1;
    if (j >= src.length) throw new Unsupported();
    this.i = j + 1;
  }

  private escape(): Atom {
    const src = this.src;
    const c = src[this.i];
    if (c === undefined) throw new Unsupported();
    this.i++;
    if (c === 'b' || c === 'B') return ASSERTION;
    if ('dDwWsS'.includes(c)) return OPAQUE;
    if (c >= '0' && c <= '9') {
      // A backreference (or a legacy octal escape): what it matches is unknown here.
      while (this.i < src.length && src[this.i]! >= '0' && src[this.i]! <= '9') this.i++;
      return OPAQUE;
    }
    if (c === 'k' && src[this.i] === '<') return this.skipTo('>');
    if ((c === 'p' || c === 'P') && this.unicode && src[this.i] === '{') return this.skipTo('}');
    if (c === 'c' && /[a-zA-Z]/.test(src[this.i] ?? '')) {
      this.i++; // a control character
      return OPAQUE;
    }
    if (c === 'x') return this.hex(2);
    if (c === 'u') {
      if (this.unicode && src[this.i] === '{') {
        const close = src.indexOf('}', this.i);
        const digits = close < 0 ? '' : src.slice(this.i + 1, close);
        if (!HEX.test(digits) || parseInt(digits, 16) > 0x10ffff) throw new Unsupported();
        this.i = close + 1;
        return this.char(String.fromCodePoint(parseInt(digits, 16)));
      }
      return this.hex(4);
    }
    const control = { n: '\n', r: '\r', t: '\t', v: '\v', f: '\f' }[c];
    if (control !== undefined) return this.char(control);
    if (SYNTAX.includes(c) || c === '-') return this.char(c);
    return OPAQUE; // \c, \0, other identity escapes: left out
  }

  private hex(n: number): Atom {
    const digits = this.src.slice(this.i, this.i + n);
    if (digits.length !== n || !HEX.test(digits)) return OPAQUE; // a legacy identity escape ("\x" is "x")
    this.i += n;
    return this.char(String.fromCharCode(parseInt(digits, 16)));
  }

  private skipTo(close: string): Atom {
    const j = this.src.indexOf(close, this.i);
    if (j < 0) throw new Unsupported();
    this.i = j + 1;
    return OPAQUE;
  }

  /** [min, max] of a quantifier at the cursor (1, 1 without one). */
  private quantifier(zeroWidth: boolean): [number, number] {
    const src = this.src;
    const c = src[this.i];
    let q: [number, number];
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(this.i));
      if (m === null) throw new Unsupported(); // a literal brace (legacy syntax)
      this.i += m[0].length - 1;
      const min = Number(m[1]);
      q = [min, m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3])];
    } else return [1, 1];
    if (zeroWidth) throw new Unsupported();
    this.i++;
    if (src[this.i] === '?') this.i++;
    return q;
  }
}

/** What a (sub)pattern needs: clauses of literals, and the exact strings it matches when known and few. */
interface Reading {
  clauses: string[][];
  exact: string[] | null;
}

type Atom =
  | { kind: 'char'; char: string }
  | ({ kind: 'group' | 'lookahead' | 'lookbehind' } & Reading)
  | { kind: 'assertion' | 'opaque' };
const ASSERTION: Atom = { kind: 'assertion' };
const OPAQUE: Atom = { kind: 'opaque' };
