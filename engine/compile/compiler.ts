// The compiler: a checked policy becomes condition trees over the facts (conditions.ts), with every
// name resolved and every test chosen here, once. Rules are indexed by the channels and categories
// they can apply to, so a decision only runs the rules that could match; each cell of the index gets
// its own generated code (codegen.ts) on first use, and the trees' closures (fast and traced) are
// built when the reference evaluator or explain mode first needs them.
import type * as A from '../../grammar/ast.ts';
import { formatOperand } from '../../grammar/formatter.ts';
import { NO_TIER, type CheckedPolicy, type CheckedRule, type Resolution } from '../check/index.ts';
import { ALWAYS, type Cond, type Getter, type Leaf, type LeafForm, type LeafOperand, type Presence } from './conditions.ts';
import { Indeterminate, type ConditionSite } from './trace.ts';
import { CATEGORIES, CHANNELS, parseTimeOfDay, type Facts } from '../contract/index.ts';
import { policyPattern } from '../contract/index.ts'; // policy patterns run in linear time (contract/pattern.ts)

export type Effect = 'allow' | 'downgrade' | 'deny';

export interface Reason {
  rule: string;
  effect: Effect;
  text: string;
  citation?: string;
}

/**
 * What a downgrade sends instead. `redact`: the message with the words of these labels removed (with
 * the phrase that would dangle), or `replacement` in their place where they name a place or service.
 * `route`: the content on a secure channel and the alert on the requested one. `defer`: the sends
 * later, at the next time the patient's clock reads `minuteOfDay` (minutes after midnight).
 */
export type Strategy =
  | { kind: 'redact'; labels: ReadonlySet<string>; replacement?: string; replacements?: ReadonlyMap<string, string> }
  | { kind: 'route'; channel: string; alert?: string }
  | { kind: 'defer'; minuteOfDay: number };

export interface CompiledRule {
  name: string;
  effect: Effect;
  /** The response's reason for this rule, built once and shared by every decision. */
  reason: Reason;
  /** The condition tree: generated cells (codegen.ts) and its closures (conditions.ts) run it. */
  condition: Cond;
  strategies: readonly Strategy[];
  span: A.Node['span'];
}

export interface RuleSet {
  deny: readonly CompiledRule[];
  downgrade: readonly CompiledRule[];
  allow: readonly CompiledRule[];
  /** The facts every request of this cell shares. */
  cell: CellFacts;
  /** The cell's generated code (codegen.ts), made by the evaluator on the cell's first decision. */
  generated?: CellFn<Outcome>;
}

export interface CompiledRules {
  rules: readonly CompiledRule[];
  /** index[channel][category]: the rules that can apply, by effect, in bundle order. */
  index: ReadonlyMap<string, ReadonlyMap<string, RuleSet>>;
}

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
    const condition = r.when ? this.cond(r.when) : ALWAYS;
    return {
      name: r.name.name,
      effect: r.effect.effect,
      reason: Object.freeze(reason),
      condition,
      strategies: r.effect.effect === 'downgrade' ? r.effect.strategies.map((s) => this.strategy(s)) : [],
      span: r.span,
    };
  }

  private strategy(s: A.Strategy): Strategy {
    switch (s.strategy) {
      case 'redact': {
        const replacement = s.replacement?.value ?? this.policy.settings.redaction_replacement;
        const labels = new Set(this.staticValues(s.labels));
        return replacement === undefined || replacement === '' ? { kind: 'redact', labels } : { kind: 'redact', labels, replacement };
      }
      case 'route':
        return s.alert ? { kind: 'route', channel: s.channel.name, alert: this.fillSettings(s.alert.value) } : { kind: 'route', channel: s.channel.name };
      case 'defer':
        // The checker admits only the names of DEFER_TIMES and times of day in quotes.
        return { kind: 'defer', minuteOfDay: 'name' in s.until ? this.policy.quietHours.end : parseTimeOfDay(s.until.value)! };
    }
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

  /** A `when` as the condition tree both closures and generated cells run (see codegen.ts). */
  private cond(e: A.Expr): Cond {
    switch (e.type) {
      case 'and':
      case 'or':
        return { type: e.type, left: this.cond(e.left), right: this.cond(e.right) };
      case 'not':
        return { type: 'not', operand: this.cond(e.operand) };
      case 'presence':
        return this.presence(e);
      default:
        return this.comparison(e);
    }
  }

  /** A comparison: its operands, the pure test over their values, and what to say when one is missing. */
  private comparison(e: Exclude<A.Comparison, { type: 'presence' }> | A.Operand): Leaf {
    const operands = comparisonOperands(e);
    const resolved = operands.map((o) => this.operand(o));
    return {
      type: 'leaf',
      operands: resolved,
      test: this.test(e),
      missing: operands.map((o) => new Indeterminate(`\`${formatOperand(o)}\` is missing`)),
      site: () => this.site(e, operands),
      form: this.form(e, resolved[1]),
    };
  }

  private form(e: Exclude<A.Comparison, { type: 'presence' }> | A.Operand, right: LeafOperand | undefined): LeafForm {
    switch (e.type) {
      case 'compare':
        // A scalar equals only itself (see `equal`): the commonest test in a policy compares with `===`.
        if (e.op === '==' || e.op === '!=') return right?.constant && !Array.isArray(right.value) ? { kind: 'equals', equal: e.op === '==' } : { kind: 'call' };
        return { kind: 'order', op: e.op };
      case 'in': {
        const set = this.constantSet(e.right);
        return set ? { kind: 'member', values: [...set], negated: e.negated } : { kind: 'call' };
      }
      case 'contains':
        return this.policy.types.get(e.left)?.t === 'string' ? { kind: 'call' } : { kind: 'includes', quantifier: e.quantifier };
      case 'matches':
        return { kind: 'call' };
      default:
        return { kind: 'truthy' };
    }
  }

  private operand(o: A.Operand): LeafOperand {
    const get = this.getter(o);
    if (this.isConstant(o)) return { get, constant: true, value: this.constant(o) };
    const r = o.type === 'path' ? this.resolution(o) : undefined;
    return r?.kind === 'fact' ? { get, constant: false, fact: r.path } : { get, constant: false };
  }

  /** An operand whose value is known at load time (what `getter` turns into a constant function). */
  private isConstant(o: A.Operand): boolean {
    if (o.type === 'path') return this.resolution(o).kind !== 'fact';
    return o.type !== 'list' || !o.items.some((i) => i.type === 'path' && this.resolution(i).kind === 'fact');
  }

  /** `X is present` / `X is missing`: never indeterminate, it is the test for missing facts. */
  private presence(e: Extract<A.Comparison, { type: 'presence' }>): Presence {
    return { type: 'presence', operand: this.operand(e.path), present: e.present, site: () => this.site(e, []) };
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
        // The linear-time engine (contract/pattern.ts): no pattern and no message can stall the service.
        const re = policyPattern((e.pattern as A.RegexLiteral).source, (e.pattern as A.RegexLiteral).flags);
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
    return e.quantifier === 'any' ? containsAny : containsAll;
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

// Loops, not `some`/`every` with a callback: no closure per decision (most lists here are empty).
function containsAny(a: unknown, b: unknown): boolean {
  const have = a as unknown[];
  if (have.length === 0) return false;
  for (const x of b as unknown[]) if (have.includes(x)) return true;
  return false;
}

function containsAll(a: unknown, b: unknown): boolean {
  const have = a as unknown[];
  for (const x of b as unknown[]) if (!have.includes(x)) return false;
  return true;
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

// ---- the rule index ----

function buildIndex(policy: CheckedPolicy, rules: readonly CompiledRule[]): CompiledRules['index'] {
  const cell = (channel: string, category: string): RuleSet & Record<Effect, CompiledRule[]> => ({
    deny: [],
    downgrade: [],
    allow: [],
    cell: { channel, category, tier: policy.tierOf.get(category) ?? NO_TIER, scope: policy.scopeOf.get(category) },
  });
  const index = new Map(CHANNELS.map((channel) => [channel as string, new Map(CATEGORIES.map((category) => [category as string, cell(channel, category)]))]));
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

/** What every request in a cell shares: the facts the index already fixed. */
export interface CellFacts {
  channel: string;
  category: string;
  tier: string;
  scope: string | undefined;
}

/** A cell's generated decision function (codegen.ts): undefined when the reference evaluator must decide. */
export type CellFn<O> = (f: Facts, defaultOutcome: O) => O | undefined;

export interface Outcome {
  effect: Effect;
  reasons: readonly Reason[];
  /** The downgrade rules that applied, in bundle order: their strategies make the actions. */
  downgrades: readonly CompiledRule[];
  /** The downgrade's strategies in the order they are tried (see actions.ts); empty for other effects. */
  strategies: readonly Strategy[];
  isDefault: boolean;
}

export const NO_RULES: readonly CompiledRule[] = Object.freeze([]);
export const NO_STRATEGIES: readonly Strategy[] = Object.freeze([]);

/** The outcome when no rule applies. */
export function defaultOutcomeOf(effect: 'allow' | 'deny', text: string): Outcome {
  return { effect, reasons: [Object.freeze({ rule: 'default', effect, text })], downgrades: NO_RULES, strategies: NO_STRATEGIES, isDefault: true };
}
