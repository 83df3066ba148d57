// The condition tree: what a rule's `when` compiles to, with every name resolved and every test
// chosen at load time. Two things run it: the closures built here (a fast form with no tracing code
// at all, and a traced form that reports every comparison to a Tracer), and the generated code of
// codegen.ts, which specialises the tree for one channel × category cell.
import { MISSING, type Facts } from '../contract/index.ts';
import { Indeterminate, type ConditionSite, type Tracer, type Tri } from './trace.ts';

export type Condition = (f: Facts, t: Tracer | null) => Tri;
export type Getter = (f: Facts) => unknown;

export type Cond = { type: 'and' | 'or'; left: Cond; right: Cond } | { type: 'not'; operand: Cond } | { type: 'const'; value: Tri } | Presence | Leaf;

/** `X is present` / `X is missing`: true or false, never indeterminate (it is the test for missing facts). */
export interface Presence {
  type: 'presence';
  operand: LeafOperand;
  present: boolean;
  /** What the trace shows of it: made on the first traced decision, as most never are traced. */
  site: () => ConditionSite;
}

/** One comparison (or presence test) over one or two operands. */
export interface Leaf {
  type: 'leaf';
  operands: readonly LeafOperand[];
  /** The test over operand values already known not to be missing. */
  test: (a: unknown, b: unknown) => boolean;
  /** Per operand, the indeterminate result when its value is missing. */
  missing: readonly Indeterminate[];
  /** What the trace shows of it: made on the first traced decision, as most never are traced. */
  site: () => ConditionSite;
  /** What the test is, for code that writes it out instead of calling it. */
  form: LeafForm;
}

export type LeafForm =
  /** A true/false fact on its own. */
  | { kind: 'truthy' }
  /** `==` (true) or `!=` (false) against a scalar constant: the values compare with `===`. */
  | { kind: 'equals'; equal: boolean }
  /** `<`, `<=`, `>`, `>=` on numbers or dates. */
  | { kind: 'order'; op: '<' | '<=' | '>' | '>=' }
  /** `in` / `not in` a list known at load time. */
  | { kind: 'member'; values: readonly unknown[]; negated: boolean }
  /** A list `contains` a value, or `contains any` / `contains all` of a list. */
  | { kind: 'includes'; quantifier: 'one' | 'any' | 'all' }
  /** Anything else (text `contains`, `matches`, list equality): call `test`. */
  | { kind: 'call' };

export interface LeafOperand {
  get: Getter;
  /** Known at load time (a literal or a named list or value): `value` holds it. */
  constant: boolean;
  value?: unknown;
  /** The fact path this operand reads, when it is a fact. */
  fact?: string;
}

export const ALWAYS: Cond = Object.freeze({ type: 'const', value: true });

// Closures are built on first use and kept per tree: most rules only ever run as generated cells,
// and a bundle loads faster without two closure trees per rule.
const FAST = new WeakMap<Cond, Condition>();
const TRACED = new WeakMap<Cond, Condition>();

/** The fast closure of a condition tree (the reference evaluator's). */
export function conditionOf(c: Cond): Condition {
  let f = FAST.get(c);
  if (f === undefined) FAST.set(c, (f = closureOf(c)));
  return f;
}

/** The traced closure of a condition tree (explain mode's). */
export function tracedConditionOf(c: Cond): Condition {
  let f = TRACED.get(c);
  if (f === undefined) TRACED.set(c, (f = tracedClosureOf(c)));
  return f;
}

/** The fast closure: no tracer, no arrays, the constant operand read once at load. */
function closureOf(c: Cond): Condition {
  switch (c.type) {
    case 'and':
      return and(closureOf(c.left), closureOf(c.right));
    case 'or':
      return or(closureOf(c.left), closureOf(c.right));
    case 'not':
      return not(closureOf(c.operand));
    case 'const': {
      const v = c.value;
      return () => v;
    }
    case 'presence': {
      const { get } = c.operand;
      const present = c.present;
      return (f) => (get(f) !== MISSING) === present;
    }
    default:
      return leafClosure(c);
  }
}

function leafClosure(leaf: Leaf): Condition {
  const [o0, o1] = leaf.operands as [LeafOperand, LeafOperand?];
  const [m0, m1] = leaf.missing as [Indeterminate, Indeterminate?];
  const g0 = o0.get;
  const test = leaf.test;
  if (o1 === undefined) return (f) => {
    const a = g0(f);
    return a === MISSING ? m0 : test(a, undefined);
  };
  if (o1.constant) {
    const b = o1.value;
    if (leaf.form.kind === 'equals') {
      const equalWanted = leaf.form.equal;
      return (f) => {
        const a = g0(f);
        return a === MISSING ? m0 : (a === b) === equalWanted;
      };
    }
    return (f) => {
      const a = g0(f);
      return a === MISSING ? m0 : test(a, b);
    };
  }
  const g1 = o1.get;
  return (f) => {
    const a = g0(f);
    if (a === MISSING) return m0;
    const b = g1(f);
    return b === MISSING ? m1! : test(a, b);
  };
}

/** The traced closure: every comparison reports its operand values and result. */
function tracedClosureOf(c: Cond): Condition {
  switch (c.type) {
    case 'and':
      return and(tracedClosureOf(c.left), tracedClosureOf(c.right));
    case 'or':
      return or(tracedClosureOf(c.left), tracedClosureOf(c.right));
    case 'not':
      return not(tracedClosureOf(c.operand));
    case 'const': {
      const v = c.value;
      return () => v;
    }
    case 'presence': {
      const { present } = c;
      const { get } = c.operand;
      let site: ConditionSite | undefined;
      return (f, t) => {
        const v = (get(f) !== MISSING) === present;
        t?.condition((site ??= c.site()), v, []);
        return v;
      };
    }
    default:
      return tracedLeaf(c);
  }
}

function tracedLeaf(leaf: Leaf): Condition {
  const { test, missing } = leaf;
  const getters = leaf.operands.map((o) => o.get);
  let site: ConditionSite | undefined;
  return (f, t) => {
    const values = getters.map((g) => g(f));
    const gap = values.indexOf(MISSING);
    const v = gap >= 0 ? missing[gap]! : test(values[0], values[1]);
    t?.condition((site ??= leaf.site()), v, values);
    return v;
  };
}

// Three-valued logic: false wins over indeterminate in `and`, true wins in `or`, whatever the order.
// That makes the result independent of evaluation order, which the rule index relies on.
function and(l: Condition, r: Condition): Condition {
  return (f, t) => {
    const a = l(f, t);
    if (a === false) return false;
    const b = r(f, t);
    if (b === false) return false;
    return a === true ? b : a;
  };
}

function or(l: Condition, r: Condition): Condition {
  return (f, t) => {
    const a = l(f, t);
    if (a === true) return true;
    const b = r(f, t);
    if (b === true) return true;
    return a === false ? b : a;
  };
}

function not(c: Condition): Condition {
  return (f, t) => {
    const v = c(f, t);
    return v === true ? false : v === false ? true : v;
  };
}
