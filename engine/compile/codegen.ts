// The cell compiler: one generated function per channel × category cell of the rule index, so the
// hot path runs straight-line code instead of a tree of closures. In a cell the channel, category,
// tier and consent scope are known, so every comparison on them is decided here, once, and the
// rules' conditions shrink to what still depends on the request. What remains is written out as
// JavaScript (plain booleans where no fact can be missing, else three-valued numbers: 0 false,
// 1 true, 2 indeterminate) and compiled with `new Function`, the way schema validators such as Ajv
// compile schemas.
//
// Safety: the generated source holds only fixed templates, local names, integers and the fact
// catalog's fixed read expressions (facts.ts). Every value from the policy (constants, lists,
// tests) is passed in as an argument and read by position, never written into the source, so no
// policy text can become code.
//
// A cell returns the outcome for the bitmask of the rules that applied, or undefined when the
// reference evaluator (evaluator.ts) must decide: a deny or downgrade rule came out indeterminate
// (its reason needs the cause), or something threw.
import type { CellFacts, CellFn, RuleSet } from './compiler.ts';
import type { Cond, Leaf, LeafOperand } from './conditions.ts';
import { FACTS, MISSING, type Facts } from '../contract/index.ts';
import type { Tri } from './trace.ts';


/** The outcome for each effect, from the bitmask of the rules of that effect that applied (bit i: rule i of the cell). */
export interface CellOutcomes<O> {
  deny: (mask: number) => O;
  downgrade: (mask: number) => O;
  allow: (mask: number) => O;
}


/** Bits of a small integer per effect; a cell with more rules of one effect keeps the reference evaluator. */
const MAX_RULES_PER_EFFECT = 30;

/** Lists up to this size are tested with `===` in line; longer ones with a Set. */
const INLINE_MEMBERS = 8;

/** The generated function of a cell, or undefined when the cell is too large for bitmasks. */
export function generateCell<O>(set: RuleSet, cell: CellFacts, outcomes: CellOutcomes<O>): CellFn<O> | undefined {
  if (set.deny.length > MAX_RULES_PER_EFFECT || set.downgrade.length > MAX_RULES_PER_EFFECT || set.allow.length > MAX_RULES_PER_EFFECT) return undefined;
  const w = new CellWriter(knownFacts(cell));
  // Each phase reads the facts it is first to need, so a deny (most decisions) reads no more than it must.
  const deny = set.deny.map((r, i) => w.rule(r.condition, i, 'd', true));
  const denyReads = w.newReads();
  const downgrade = set.downgrade.map((r, i) => w.rule(r.condition, i, 'g', true));
  const downgradeReads = w.newReads();
  const allow = set.allow.map((r, i) => w.rule(r.condition, i, 'a', false));
  const allowReads = w.newReads();
  const body = [
    '"use strict";',
    ...w.prelude(), // after the reads: the readers are values too
    'return function cell(f, D) {',
    // Facts built some other way than buildFacts could disagree with the cell: let the reference decide.
    '  if (f.tier !== TIER || f.scope !== SCOPE) return undefined;',
    '  let d = 0, g = 0, a = 0, u = 0;',
    ...denyReads,
    ...deny,
    '  if (d !== 0) return denyOf(d);',
    '  if (u !== 0) return undefined;',
    ...downgradeReads,
    ...downgrade,
    '  if (u !== 0) return undefined;',
    '  if (g !== 0) return downgradeOf(g);',
    ...allowReads,
    ...allow,
    '  return a !== 0 ? allowOf(a) : D;',
    '};',
  ].join('\n');
  const factory = new Function('V', 'MISSING', 'TIER', 'SCOPE', 'denyOf', 'downgradeOf', 'allowOf', body) as (...args: unknown[]) => CellFn<O>;
  return factory(w.values, MISSING, cell.tier, cell.scope, outcomes.deny, outcomes.downgrade, outcomes.allow);
}

function knownFacts(cell: CellFacts): ReadonlyMap<string, unknown> {
  return new Map<string, unknown>([
    ['channel', cell.channel],
    ['message.category', cell.category],
    ['message.tier', cell.tier],
    ['message.scope', cell.scope ?? MISSING],
  ]);
}

interface Read {
  name: string;
  /** The catalog's inline expression (undefined when missing), or undefined to call `get` (MISSING when missing). */
  expression: string | undefined;
  get: LeafOperand['get'];
}

/** Writes one cell's source; every value the code needs goes into `values` and is named `vN`. */
class CellWriter {
  readonly values: unknown[] = [];
  private readonly valueNames = new Map<unknown, string>();
  /** What the cell reads (a fact by its path, or a computed operand by its getter): the local `rN` it is read into, and how. */
  private readonly readNames = new Map<unknown, Read>();
  private temps = 0;
  private flushed = 0;

  constructor(private readonly known: ReadonlyMap<string, unknown>) {}

  /** `const vN = V[N];` for every value, run once when the cell is generated. */
  prelude(): string[] {
    return this.values.map((_, i) => `const v${i} = V[${i}];`);
  }

  /** The reads of the facts first used since the last call: one local each, inline where the catalog gives an expression. */
  newReads(): string[] {
    const reads = [...this.readNames.values()].slice(this.flushed);
    this.flushed = this.readNames.size;
    return reads.map(({ name, expression, get }) => `  const ${name} = ${expression ?? `${this.value(get)}(f)`};`);
  }

  /** One rule: its condition, then its bit in the mask (`d`, `g` or `a`); for deny and downgrade an indeterminate sets `u`. */
  rule(condition: Cond, bit: number, mask: 'd' | 'g' | 'a', restrictive: boolean): string {
    const c = fold(condition, this.known);
    if (c.type === 'const') {
      if (c.value === true) return `  ${mask} |= ${1 << bit};`;
      return c.value === false || !restrictive ? '' : '  u = 1;';
    }
    if (this.definite(c)) return `  if (${this.bool(c)}) ${mask} |= ${1 << bit};`;
    const out: string[] = [];
    const t = this.cond(c, out);
    const onUnknown = restrictive ? ` else if (${t} === 2) u = 1;` : '';
    return `  {\n${out.map((s) => `    ${s}`).join('\n')}\n    if (${t} === 1) ${mask} |= ${1 << bit};${onUnknown}\n  }`;
  }

  /** Statements computing `c` (pushed on `out`); returns the temporary holding it, or a literal. */
  private cond(c: Cond, out: string[]): string {
    if (c.type === 'const') return c.value === true ? '1' : c.value === false ? '0' : '2';
    const t = `t${this.temps++}`;
    if (this.definite(c)) {
      out.push(`const ${t} = ${this.bool(c)} ? 1 : 0;`);
      return t;
    }
    switch (c.type) {
      case 'and':
      case 'or': {
        // Three-valued, as in conditions.ts: the right side runs only when the left does not decide.
        const a = this.cond(c.left, out);
        const inner: string[] = [];
        const b = this.cond(c.right, inner);
        const [decides, other] = c.type === 'and' ? [0, 1] : [1, 0];
        out.push(`let ${t} = ${decides};`, `if (${a} !== ${decides}) {`, ...inner.map((s) => `  ${s}`), `  ${t} = ${b} === ${decides} ? ${decides} : ${a} === ${other} ? ${b} : 2;`, '}');
        return t;
      }
      case 'not': {
        const v = this.cond(c.operand, out);
        out.push(`const ${t} = ${v} === 2 ? 2 : 1 - ${v};`);
        return t;
      }
      case 'presence': {
        const missing = this.missingTest(c.operand, this.read(c.operand));
        out.push(`const ${t} = ${missing} ? ${c.present ? 0 : 1} : ${c.present ? 1 : 0};`);
        return t;
      }
      default:
        out.push(`const ${t} = ${this.leaf(c)};`);
        return t;
    }
  }

  /** Never indeterminate: every operand is a constant, fixed by the cell, or a fact every request has. */
  private definite(c: Cond): boolean {
    switch (c.type) {
      case 'const':
        return typeof c.value === 'boolean';
      case 'and':
      case 'or':
        return this.definite(c.left) && this.definite(c.right);
      case 'not':
        return this.definite(c.operand);
      case 'presence':
        return true;
      default:
        return c.operands.every((o) => o.constant || (o.fact !== undefined && (this.known.has(o.fact) || FACTS[o.fact]?.alwaysPresent === true)));
    }
  }

  /** A definite condition as one JavaScript boolean expression: two-valued logic is plain `&&`, `||`, `!`. */
  private bool(c: Cond): string {
    switch (c.type) {
      case 'const':
        return String(c.value === true);
      case 'and':
        return `(${this.bool(c.left)} && ${this.bool(c.right)})`;
      case 'or':
        return `(${this.bool(c.left)} || ${this.bool(c.right)})`;
      case 'not':
        return `!${this.bool(c.operand)}`;
      case 'presence': {
        const missing = this.missingTest(c.operand, this.read(c.operand));
        return c.present ? `!(${missing})` : `(${missing})`;
      }
      default:
        return `(${this.test(c, c.operands.map((o) => this.operand(o)))})`;
    }
  }

  /** A comparison: 2 when an operand is missing, else its test as 1 or 0. */
  private leaf(leaf: Leaf): string {
    const names = leaf.operands.map((o) => this.operand(o));
    const checks = leaf.operands.flatMap((o, i) => (o.constant || (o.fact !== undefined && this.known.has(o.fact)) ? [] : [this.missingTest(o, names[i]!)]));
    const test = this.test(leaf, names);
    return checks.length > 0 ? `${checks.join(' || ')} ? 2 : ${test} ? 1 : 0` : `${test} ? 1 : 0`;
  }

  /** The test written out for the common forms; anything else calls the leaf's test. */
  private test(leaf: Leaf, [a, b]: string[]): string {
    const form = leaf.form;
    const right = leaf.operands[1];
    switch (form.kind) {
      case 'truthy':
        return `${a} === true`;
      case 'equals':
        return `${a} ${form.equal ? '===' : '!=='} ${b}`;
      case 'order':
        return `${a} ${form.op} ${b}`;
      case 'member':
        if (form.values.length === 0 || form.values.length > INLINE_MEMBERS) break;
        return `${form.negated ? '!' : ''}(${form.values.map((v) => `${a} === ${this.value(v)}`).join(' || ')})`;
      case 'includes': {
        if (form.quantifier === 'one') return `${a}.includes(${b})`;
        // `contains any|all [..]` of a list known at load time: one `includes` per item.
        const items = right?.constant && Array.isArray(right.value) && right.value.length <= INLINE_MEMBERS ? right.value : undefined;
        if (!items) break;
        if (form.quantifier === 'all') return items.length === 0 ? 'true' : `(${items.map((v) => `${a}.includes(${this.value(v)})`).join(' && ')})`;
        return items.length === 0 ? 'false' : `(${a}.length !== 0 && (${items.map((v) => `${a}.includes(${this.value(v)})`).join(' || ')}))`;
      }
    }
    return `${this.value(leaf.test)}(${a}, ${b ?? 'undefined'})`;
  }

  /** Missing is `undefined` for an inlined read, MISSING for a getter's result. */
  private missingTest(o: LeafOperand, name: string): string {
    return this.readNames.get(o.fact ?? o.get)?.expression === undefined ? `${name} === MISSING` : `${name} === undefined`;
  }

  /** How the code names an operand: a value (a constant or a fact the cell fixes), or a fact read. */
  private operand(o: LeafOperand): string {
    if (o.constant) return this.value(o.value);
    if (o.fact !== undefined && this.known.has(o.fact)) return this.value(this.known.get(o.fact));
    return this.read(o);
  }

  private read(o: LeafOperand): string {
    const key = o.fact ?? o.get;
    let entry = this.readNames.get(key);
    if (entry === undefined) {
      entry = { name: `r${this.readNames.size}`, expression: o.fact === undefined ? undefined : FACTS[o.fact]?.read, get: o.get };
      this.readNames.set(key, entry);
    }
    return entry.name;
  }

  private value(v: unknown): string {
    let name = this.valueNames.get(v);
    if (name === undefined) {
      name = `v${this.values.length}`;
      this.values.push(v);
      this.valueNames.set(v, name);
    }
    return name;
  }
}

/**
 * The condition with everything the cell fixes decided: comparisons whose operands are all known
 * become constants, and `and` / `or` / `not` over constants simplify with the same three-valued
 * logic as at run time.
 */
function fold(c: Cond, known: ReadonlyMap<string, unknown>): Cond {
  switch (c.type) {
    case 'const':
      return c;
    case 'not': {
      const v = fold(c.operand, known);
      return v.type === 'const' ? constant(v.value === true ? false : v.value === false ? true : v.value) : { type: 'not', operand: v };
    }
    case 'and':
    case 'or':
      return junction(c.type, fold(c.left, known), fold(c.right, known));
    case 'presence': {
      const v = valueOf(c.operand, known);
      return v === UNKNOWN ? c : constant((v !== MISSING) === c.present);
    }
    default:
      return foldLeaf(c, known);
  }
}

function junction(type: 'and' | 'or', l: Cond, r: Cond): Cond {
  const decides = type === 'and' ? false : true;
  if ((l.type === 'const' && l.value === decides) || (r.type === 'const' && r.value === decides)) return constant(decides);
  if (l.type === 'const' && l.value === !decides) return r;
  if (r.type === 'const' && r.value === !decides) return l;
  // Both indeterminate constants: indeterminate (the left one, as the closures would give).
  if (l.type === 'const' && r.type === 'const') return l;
  return { type, left: l, right: r };
}

const UNKNOWN = Symbol('unknown until the request arrives');

function valueOf(o: LeafOperand, known: ReadonlyMap<string, unknown>): unknown {
  if (o.constant) return o.value;
  return o.fact !== undefined && known.has(o.fact) ? known.get(o.fact) : UNKNOWN;
}

function foldLeaf(leaf: Leaf, known: ReadonlyMap<string, unknown>): Cond {
  const values = leaf.operands.map((o) => valueOf(o, known));
  const gap = values.indexOf(MISSING);
  if (gap >= 0) return constant(leaf.missing[gap]!);
  if (values.includes(UNKNOWN)) return leaf;
  try {
    return constant(leaf.test(values[0], values[1]));
  } catch {
    return leaf; // a test that throws is left to throw at run time, where it denies (fail closed)
  }
}

const constant = (value: Tri): Cond => ({ type: 'const', value });
