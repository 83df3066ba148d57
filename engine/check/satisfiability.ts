// Can a condition ever be true? Used by the checker to report unreachable rules. The condition is
// put in negation normal form, expanded to a bounded disjunctive normal form, and each conjunction
// is checked for contradictions: one fact held to disjoint values, a fact both missing and compared,
// a number or date range that is empty, or the same test asserted and denied. Anything it cannot
// prove contradictory counts as satisfiable, so it never rejects a rule that could apply.
import type * as A from '../../grammar/ast.ts';
import { formatExpr } from '../../grammar/formatter.ts';
import type { ListInfo, Resolution } from './resolution.ts';

interface Literal {
  atom: A.Expr; // a comparison, a bare operand, or a boolean literal
  negated: boolean;
}
type Conjunction = Literal[];

const MAX_TERMS = 256;

// Facts that stay defined when their parent record is missing.
const ALWAYS_DEFINED = new Set(['vendor.known', 'vendor.covers']);

export function isContradiction(
  expr: A.Expr,
  resolutions: ReadonlyMap<A.PathRef, Resolution>,
  lists: ReadonlyMap<string, ListInfo>,
  categoriesOfTier: (tier: string) => string[],
): boolean {
  const terms = dnf(expr, false);
  if (terms === undefined) return false;
  const ctx = { resolutions, lists, categoriesOfTier };
  return terms.every((t) => !consistent(t, ctx));
}

/** DNF of `expr` (negated if `neg`), or undefined when it would exceed MAX_TERMS. */
function dnf(expr: A.Expr, neg: boolean): Conjunction[] | undefined {
  if (expr.type === 'not') return dnf(expr.operand, !neg);
  if (expr.type === 'and' || expr.type === 'or') {
    const l = dnf(expr.left, neg);
    const r = dnf(expr.right, neg);
    if (!l || !r) return undefined;
    const conjunctive = (expr.type === 'and') !== neg;
    if (!conjunctive) return l.length + r.length > MAX_TERMS ? undefined : [...l, ...r];
    if (l.length * r.length > MAX_TERMS) return undefined;
    return l.flatMap((a) => r.map((b) => [...a, ...b]));
  }
  return [[{ atom: expr, negated: neg }]];
}

interface Ctx {
  resolutions: ReadonlyMap<A.PathRef, Resolution>;
  lists: ReadonlyMap<string, ListInfo>;
  categoriesOfTier: (tier: string) => string[];
}

interface Range {
  lo: number;
  loOpen: boolean;
  hi: number;
  hiOpen: boolean;
}

class Constraints {
  readonly allowed = new Map<string, Set<string>>();
  readonly excluded = new Map<string, Set<string>>();
  readonly ranges = new Map<string, Range>();
  readonly missing = new Set<string>();
  readonly present = new Set<string>();
  readonly compared = new Set<string>();
  readonly signs = new Map<string, boolean>();
  contradiction = false;

  allow(fact: string, values: Iterable<string>): void {
    const next = new Set(values);
    const prev = this.allowed.get(fact);
    this.allowed.set(fact, prev ? new Set([...prev].filter((v) => next.has(v))) : next);
  }

  exclude(fact: string, values: Iterable<string>): void {
    const set = this.excluded.get(fact) ?? new Set<string>();
    for (const v of values) set.add(v);
    this.excluded.set(fact, set);
  }

  bound(fact: string, r: Range): void {
    const p = this.ranges.get(fact) ?? { lo: -Infinity, loOpen: false, hi: Infinity, hiOpen: false };
    const lo = r.lo > p.lo || (r.lo === p.lo && r.loOpen) ? { lo: r.lo, loOpen: r.loOpen } : { lo: p.lo, loOpen: p.loOpen };
    const hi = r.hi < p.hi || (r.hi === p.hi && r.hiOpen) ? { hi: r.hi, hiOpen: r.hiOpen } : { hi: p.hi, hiOpen: p.hiOpen };
    this.ranges.set(fact, { ...lo, ...hi });
  }

  /** The same test asserted and denied in one conjunction. */
  sign(key: string, positive: boolean): void {
    const prev = this.signs.get(key);
    if (prev !== undefined && prev !== positive) this.contradiction = true;
    this.signs.set(key, positive);
  }

  empty(): boolean {
    if (this.contradiction) return true;
    for (const [fact, allowed] of this.allowed) {
      const excluded = this.excluded.get(fact);
      if ([...allowed].every((v) => excluded?.has(v))) return true;
    }
    for (const r of this.ranges.values()) if (r.lo > r.hi || (r.lo === r.hi && (r.loOpen || r.hiOpen))) return true;
    for (const m of this.missing) {
      if (this.present.has(m)) return true;
      for (const c of this.compared) if (c === m || (c.startsWith(`${m}.`) && !ALWAYS_DEFINED.has(c))) return true;
      for (const p of this.present) if (p.startsWith(`${m}.`)) return true;
    }
    return false;
  }
}

function consistent(term: Conjunction, ctx: Ctx): boolean {
  const c = new Constraints();
  for (const lit of term) apply(lit, c, ctx);
  return !c.empty();
}

function apply({ atom, negated }: Literal, c: Constraints, ctx: Ctx): void {
  c.sign(formatExpr(atom), !negated); // the canonical text: the same test, whatever its spans
  switch (atom.type) {
    case 'boolean':
      if (atom.value === negated) c.contradiction = true;
      return;
    case 'presence': {
      const fact = factOf(atom.path, ctx);
      if (fact) (atom.present !== negated ? c.present : c.missing).add(fact);
      return;
    }
    case 'path': {
      const fact = factOf(atom, ctx);
      if (fact) {
        c.compared.add(fact);
        c.allow(fact, [String(!negated)]);
      }
      return;
    }
    case 'compare':
      return applyCompare(atom, negated, c, ctx);
    case 'in':
      return applyIn(atom, negated, c, ctx);
    default:
      for (const side of operandsOf(atom)) {
        const fact = side.type === 'path' ? factOf(side, ctx) : undefined;
        if (fact) c.compared.add(fact);
      }
  }
}

function applyCompare(e: Extract<A.Comparison, { type: 'compare' }>, negated: boolean, c: Constraints, ctx: Ctx): void {
  const [fact, value, flipped] = factAndConstant(e.left, e.right, ctx);
  for (const side of [e.left, e.right]) {
    const f = side.type === 'path' ? factOf(side, ctx) : undefined;
    if (f) c.compared.add(f);
  }
  if (fact === undefined || value === undefined) return;
  const op = flipped ? flip(e.op) : e.op;
  if (typeof value === 'number') {
    const r = rangeOf(negated ? negate(op) : op, value);
    if (r) c.bound(fact, r);
    return;
  }
  const equal = (op === '==') !== negated;
  if (equal) setEqual(fact, [value], c, ctx);
  else c.exclude(fact, [value]);
}

function applyIn(e: Extract<A.Comparison, { type: 'in' }>, negated: boolean, c: Constraints, ctx: Ctx): void {
  const fact = e.left.type === 'path' ? factOf(e.left, ctx) : undefined;
  if (fact) c.compared.add(fact);
  const values = staticList(e.right, ctx);
  if (fact === undefined || values === undefined) return;
  if (e.negated !== negated) c.exclude(fact, values);
  else setEqual(fact, values, c, ctx);
}

/** `message.tier == clinical` also pins the category to that tier's categories. */
function setEqual(fact: string, values: string[], c: Constraints, ctx: Ctx): void {
  c.allow(fact, values);
  if (fact === 'message.tier') c.allow('message.category', values.flatMap(ctx.categoriesOfTier));
}

function factOf(p: A.PathRef, ctx: Ctx): string | undefined {
  const r = ctx.resolutions.get(p);
  return r?.kind === 'fact' ? r.path : undefined;
}

function constantOf(o: A.Operand, ctx: Ctx): string | number | undefined {
  switch (o.type) {
    case 'string':
      return o.value;
    case 'number':
      return o.value;
    case 'boolean':
      return String(o.value);
    case 'date':
      return Date.parse(o.value);
    case 'path': {
      const r = ctx.resolutions.get(o);
      return r?.kind === 'value' ? r.value : undefined;
    }
    default:
      return undefined;
  }
}

function factAndConstant(l: A.Operand, r: A.Operand, ctx: Ctx): [string | undefined, string | number | undefined, boolean] {
  const lf = l.type === 'path' ? factOf(l, ctx) : undefined;
  if (lf) return [lf, constantOf(r, ctx), false];
  const rf = r.type === 'path' ? factOf(r, ctx) : undefined;
  return [rf, constantOf(l, ctx), true];
}

function staticList(o: A.Operand, ctx: Ctx): string[] | undefined {
  if (o.type === 'list') {
    const items = o.items.map((i) => constantOf(i, ctx));
    return items.every((i) => typeof i === 'string') ? (items as string[]) : undefined;
  }
  const r = o.type === 'path' ? ctx.resolutions.get(o) : undefined;
  return r?.kind === 'list' ? r.list.values : undefined;
}

const FLIPPED: Record<A.CompareOp, A.CompareOp> = { '<': '>', '<=': '>=', '>': '<', '>=': '<=', '==': '==', '!=': '!=' };
const NEGATED: Record<A.CompareOp, A.CompareOp> = { '<': '>=', '<=': '>', '>': '<=', '>=': '<', '==': '!=', '!=': '==' };
const flip = (op: A.CompareOp): A.CompareOp => FLIPPED[op];
const negate = (op: A.CompareOp): A.CompareOp => NEGATED[op];

/** The range of values for which `fact op value` holds; `!=` constrains no range. */
function rangeOf(op: A.CompareOp, v: number): Range | undefined {
  switch (op) {
    case '<':
      return { lo: -Infinity, loOpen: false, hi: v, hiOpen: true };
    case '<=':
      return { lo: -Infinity, loOpen: false, hi: v, hiOpen: false };
    case '>':
      return { lo: v, loOpen: true, hi: Infinity, hiOpen: false };
    case '>=':
      return { lo: v, loOpen: false, hi: Infinity, hiOpen: false };
    case '==':
      return { lo: v, loOpen: false, hi: v, hiOpen: false };
    case '!=':
      return undefined;
  }
}

function operandsOf(e: A.Expr): A.Operand[] {
  switch (e.type) {
    case 'contains':
    case 'in':
    case 'compare':
      return [e.left, e.right];
    case 'matches':
      return [e.left];
    default:
      return [];
  }
}
