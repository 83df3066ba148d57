// The compiler: a checked policy becomes plain closures over the facts. Each condition is compiled
// twice from the same code: a fast form with no tracing at all, and a traced form that reports every
// comparison to a Tracer. Rules are indexed by the channels and categories they can apply to, so a
// decision only runs the rules that could match.
import type * as A from '../grammar/ast.ts';
import { formatOperand } from '../grammar/formatter.ts';
import { NO_TIER, type CheckedPolicy, type CheckedRule, type Resolution } from './checker.ts';
import { MISSING, type Facts } from './facts.ts';
import { Indeterminate, type ConditionSite, type Tracer, type Tri } from './trace.ts';
import { CATEGORIES, CHANNELS } from './vocabulary.ts';

export type Effect = 'allow' | 'downgrade' | 'deny';
export type Condition = (f: Facts, t: Tracer | null) => Tri;
type Getter = (f: Facts) => unknown;

export interface Reason {
  rule: string;
  effect: Effect;
  text: string;
  citation?: string;
}

export type Strategy = { kind: 'redact'; labels: ReadonlySet<string> } | { kind: 'route'; channel: string; alert?: string };

export interface CompiledRule {
  name: string;
  effect: Effect;
  /** The response's reason for this rule, built once and shared by every decision. */
  reason: Reason;
  when: Condition;
  whenTraced: Condition;
  strategies: readonly Strategy[];
  span: A.Node['span'];
}

export interface RuleSet {
  deny: readonly CompiledRule[];
  downgrade: readonly CompiledRule[];
  allow: readonly CompiledRule[];
}

export interface CompiledRules {
  rules: readonly CompiledRule[];
  /** index[channel][category]: the rules that can apply, by effect, in bundle order. */
  index: ReadonlyMap<string, ReadonlyMap<string, RuleSet>>;
}

const ALWAYS: Condition = () => true;

/** Compile every rule of a checked policy; `sourceOf` gives a file's text for condition texts. */
export function compileRules(policy: CheckedPolicy, sourceOf: (file: string) => string): CompiledRules {
  const c = new RuleCompiler(policy, sourceOf);
  const rules = policy.rules.map((r) => c.rule(r));
  return { rules, index: buildIndex(policy, rules) };
}

class RuleCompiler {
  constructor(
    private readonly policy: CheckedPolicy,
    private readonly sourceOf: (file: string) => string,
  ) {}

  rule(r: CheckedRule): CompiledRule {
    const reason: Reason = { rule: r.name.name, effect: r.effect.effect, text: r.because.value };
    if (r.cite) reason.citation = r.cite.value;
    return {
      name: r.name.name,
      effect: r.effect.effect,
      reason: Object.freeze(reason),
      when: r.when ? this.expr(r.when, false) : ALWAYS,
      whenTraced: r.when ? this.expr(r.when, true) : ALWAYS,
      strategies: r.effect.effect === 'downgrade' ? r.effect.strategies.map((s) => this.strategy(s)) : [],
      span: r.span,
    };
  }

  private strategy(s: A.Strategy): Strategy {
    if (s.strategy === 'redact') return { kind: 'redact', labels: new Set(this.staticValues(s.labels)) };
    return s.alert ? { kind: 'route', channel: s.channel.name, alert: this.fillSettings(s.alert.value) } : { kind: 'route', channel: s.channel.name };
  }

  private fillSettings(text: string): string {
    const settings = this.policy.settings as Record<string, string | undefined>;
    return text.replace(/\{([^}]*)\}/g, (_, key: string) => settings[key] ?? '');
  }

  private staticValues(ref: A.ListRef): string[] {
    if (ref.type === 'list') return ref.items.map((i) => String(this.constant(i)));
    const r = this.resolution(ref);
    return r.kind === 'list' ? r.list.values : r.kind === 'value' ? [r.value] : [];
  }

  private resolution(p: A.PathRef): Resolution {
    const r = this.policy.resolutions.get(p);
    if (!r) throw new Error(`internal: unresolved name ${p.segments.join('.')}`);
    return r;
  }

  // ---- conditions ----

  private expr(e: A.Expr, traced: boolean): Condition {
    switch (e.type) {
      case 'and':
        return and(this.expr(e.left, traced), this.expr(e.right, traced));
      case 'or':
        return or(this.expr(e.left, traced), this.expr(e.right, traced));
      case 'not':
        return not(this.expr(e.operand, traced));
      default:
        return this.comparison(e, traced);
    }
  }

  /** A comparison is a pure test over its operands' values, wrapped with a tracer when traced. */
  private comparison(e: A.Comparison | A.Operand, traced: boolean): Condition {
    if (e.type === 'presence') return this.presence(e, traced);
    const operands = comparisonOperands(e);
    const getters = operands.map((o) => this.getter(o));
    const test = this.test(e);
    const missing = operands.map((o) => new Indeterminate(`\`${formatOperand(o)}\` is missing`));
    const evaluate = (values: unknown[]): Tri => {
      const gap = values.indexOf(MISSING);
      return gap >= 0 ? missing[gap]! : test(values[0], values[1]);
    };
    if (traced) {
      const site = this.site(e, operands);
      return (f, t) => {
        const values = getters.map((g) => g(f));
        const v = evaluate(values);
        t?.condition(site, v, values);
        return v;
      };
    }
    // Fast forms: no array, no tracer, one or two getters.
    const [g0, g1] = getters as [Getter, Getter?];
    const [m0, m1] = missing as [Indeterminate, Indeterminate?];
    if (g1 === undefined) return (f) => {
      const a = g0(f);
      return a === MISSING ? m0 : test(a, undefined);
    };
    const right = operands[1]!;
    if (this.isConstant(right)) {
      // The usual `fact op constant`: the constant is read once here, not through a getter per decision.
      const b = this.constant(right);
      if (e.type === 'compare' && (e.op === '==' || e.op === '!=') && !Array.isArray(b)) {
        // A scalar equals only itself (see `equal`): compare inline, the commonest test in a policy.
        const equalWanted = e.op === '==';
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
    return (f) => {
      const a = g0(f);
      if (a === MISSING) return m0;
      const b = g1(f);
      return b === MISSING ? m1! : test(a, b);
    };
  }

  /** An operand whose value is known at load time (what `getter` turns into a constant function). */
  private isConstant(o: A.Operand): boolean {
    if (o.type === 'path') return this.resolution(o).kind !== 'fact';
    return o.type !== 'list' || !o.items.some((i) => i.type === 'path' && this.resolution(i).kind === 'fact');
  }

  /** `X is present` / `X is missing`: never indeterminate, it is the test for missing facts. */
  private presence(e: Extract<A.Comparison, { type: 'presence' }>, traced: boolean): Condition {
    const get = this.getter(e.path);
    const test = (f: Facts): boolean => (get(f) !== MISSING) === e.present;
    if (!traced) return test;
    const site = this.site(e, []);
    return (f, t) => {
      const v = test(f);
      t?.condition(site, v, []);
      return v;
    };
  }

  private site(e: A.Comparison | A.Operand, operands: A.Operand[]): ConditionSite {
    return {
      text: this.text(e.span),
      span: e.span,
      operands: operands.map((o) => {
        const r = o.type === 'path' ? this.policy.resolutions.get(o) : undefined;
        const fact = r?.kind === 'fact' ? r.info : undefined;
        // Facts and named lists are worth showing; a literal is already in the condition's text.
        const shown = fact !== undefined || r?.kind === 'list';
        return { text: formatOperand(o), phi: fact?.phi === true, date: fact?.type.t === 'date', shown };
      }),
    };
  }

  private text(span: A.Node['span']): string {
    return this.sourceOf(span.file).slice(span.offset, span.endOffset).replace(/\s+/g, ' ');
  }

  /** The test a comparison applies to its operand values (already known not to be missing). */
  private test(e: A.Comparison | A.Operand): (a: unknown, b: unknown) => boolean {
    switch (e.type) {
      case 'compare':
        return compareTest(e.op);
      case 'in': {
        const set = this.constantSet(e.right);
        const member = set ? (a: unknown) => set.has(a) : (a: unknown, b: unknown) => (b as unknown[]).includes(a);
        return e.negated ? (a, b) => !member(a, b) : member;
      }
      case 'contains':
        return this.containsTest(e);
      case 'matches': {
        const re = new RegExp((e.pattern as A.RegexLiteral).source, (e.pattern as A.RegexLiteral).flags.replace(/[gy]/g, ''));
        return (a) => re.test(a as string);
      }
      default:
        return (a) => a === true;
    }
  }

  private containsTest(e: Extract<A.Comparison, { type: 'contains' }>): (a: unknown, b: unknown) => boolean {
    const textual = this.policy.types.get(e.left)?.t === 'string';
    if (textual) return (a, b) => (a as string).toLowerCase().includes((b as string).toLowerCase());
    if (e.quantifier === 'one') return (a, b) => (a as unknown[]).includes(b);
    const test = e.quantifier === 'any' ? 'some' : 'every';
    return (a, b) => (b as unknown[])[test]((x) => (a as unknown[]).includes(x));
  }

  /** The values of a list operand known at load time, as a Set for fast membership. */
  private constantSet(o: A.Operand): ReadonlySet<unknown> | undefined {
    if (o.type === 'list') return o.items.every((i) => i.type !== 'path' || this.resolution(i).kind !== 'fact') ? new Set(o.items.map((i) => this.constant(i))) : undefined;
    if (o.type === 'path') {
      const r = this.resolution(o);
      if (r.kind === 'list') return new Set(r.list.values);
    }
    return undefined;
  }

  private getter(o: A.Operand): Getter {
    if (this.isConstant(o)) {
      const value = this.constant(o);
      return () => value;
    }
    if (o.type === 'list') {
      const items = o.items.map((i) => this.getter(i));
      return (f) => items.map((g) => g(f));
    }
    // What is left is a path naming a fact.
    return (this.resolution(o as A.PathRef) as Extract<Resolution, { kind: 'fact' }>).info.get;
  }

  private constant(o: A.Operand): unknown {
    switch (o.type) {
      case 'date':
        return Date.parse(o.value);
      case 'string':
      case 'number':
      case 'boolean':
        return o.value;
      case 'list':
        return o.items.map((i) => this.constant(i));
      case 'path': {
        const r = this.resolution(o);
        return r.kind === 'list' ? r.list.values : r.kind === 'value' ? r.value : undefined;
      }
    }
  }
}

function comparisonOperands(e: Exclude<A.Comparison, { type: 'presence' }> | A.Operand): A.Operand[] {
  switch (e.type) {
    case 'compare':
    case 'in':
    case 'contains':
      return [e.left, e.right];
    case 'matches':
      return [e.left];
    default:
      return [e];
  }
}

function compareTest(op: A.CompareOp): (a: unknown, b: unknown) => boolean {
  switch (op) {
    case '==':
      return equal;
    case '!=':
      return (a, b) => !equal(a, b);
    case '<':
      return (a, b) => (a as number) < (b as number);
    case '<=':
      return (a, b) => (a as number) <= (b as number);
    case '>':
      return (a, b) => (a as number) > (b as number);
    case '>=':
      return (a, b) => (a as number) >= (b as number);
  }
}

/** Lists are equal when they hold the same values, in any order. */
function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x) => b.includes(x)) && b.every((x) => a.includes(x));
  return a === b;
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

// ---- the rule index ----

function buildIndex(policy: CheckedPolicy, rules: readonly CompiledRule[]): CompiledRules['index'] {
  const index = new Map(CHANNELS.map((channel) => [channel as string, new Map(CATEGORIES.map((category) => [category as string, { deny: [], downgrade: [], allow: [] } as Record<Effect, CompiledRule[]>]))]));
  // Each rule goes into the cells its scope allows, in bundle order (one pass over the rules,
  // rather than one per cell).
  rules.forEach((rule, i) => {
    const scope = ruleScope(policy.rules[i]!, policy);
    for (const channel of scope.channels) for (const category of scope.categories) index.get(channel)!.get(category)![rule.effect].push(rule);
  });
  return index;
}

interface RuleScope {
  channels: Set<string>;
  categories: Set<string>;
}

/**
 * The channels and categories a rule can apply to, read from the conditions joined by `and` at the
 * top of its `when`. A conjunct that is false makes the whole condition false (three-valued `and`),
 * so skipping the rule elsewhere never changes a decision.
 */
function ruleScope(r: CheckedRule, policy: CheckedPolicy): RuleScope {
  const scope: RuleScope = { channels: new Set(CHANNELS), categories: new Set(CATEGORIES) };
  for (const conjunct of conjuncts(r.when)) {
    const pinned = pins(conjunct, policy);
    if (!pinned) continue;
    const target = pinned.fact === 'channel' ? scope.channels : scope.categories;
    for (const v of [...target]) if (pinned.values.has(v) === pinned.negated) target.delete(v);
  }
  return scope;
}

function conjuncts(e: A.Expr | undefined): A.Expr[] {
  if (!e) return [];
  return e.type === 'and' ? [...conjuncts(e.left), ...conjuncts(e.right)] : [e];
}

/** `channel == sms`, `channel in unsecured`, `message.category not in [...]`, `message.tier == clinical`. */
function pins(e: A.Expr, policy: CheckedPolicy): { fact: 'channel' | 'category'; values: Set<string>; negated: boolean } | undefined {
  if (e.type !== 'compare' && e.type !== 'in') return undefined;
  if (e.type === 'compare' && e.op !== '==' && e.op !== '!=') return undefined;
  const r = e.left.type === 'path' ? policy.resolutions.get(e.left) : undefined;
  if (r?.kind !== 'fact' || !['channel', 'message.category', 'message.tier'].includes(r.path)) return undefined;
  const values = staticValues(e.right, policy);
  if (!values) return undefined;
  const negated = e.type === 'compare' ? e.op === '!=' : e.negated;
  if (r.path === 'channel') return { fact: 'channel', values: new Set(values), negated };
  if (r.path === 'message.category') return { fact: 'category', values: new Set(values), negated };
  // A tier pins the categories of that tier (`none` pins the categories in no tier).
  const categories = CATEGORIES.filter((c) => values.includes(policy.tierOf.get(c) ?? NO_TIER));
  return { fact: 'category', values: new Set(categories), negated };
}

function staticValues(o: A.Operand, policy: CheckedPolicy): string[] | undefined {
  if (o.type === 'path') {
    const r = policy.resolutions.get(o);
    return r?.kind === 'list' ? r.list.values : r?.kind === 'value' ? [r.value] : undefined;
  }
  if (o.type === 'string') return [o.value];
  if (o.type === 'list' && o.items.every((i) => i.type === 'string' || (i.type === 'path' && policy.resolutions.get(i)?.kind === 'value'))) {
    return o.items.map((i) => (i.type === 'string' ? i.value : (policy.resolutions.get(i as A.PathRef) as { value: string }).value));
  }
  return undefined;
}
