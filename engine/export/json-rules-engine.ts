// Export a compiled policy as json-rules-engine rules, and run them with phigate's semantics.
//
// Each phigate rule becomes one json-rules-engine rule whose conditions hold exactly when phigate's
// rule applies; a deny or downgrade rule that can be indeterminate also gets a twin rule (event
// `indeterminate`) whose conditions hold exactly when phigate could not evaluate it (see
// lowering.ts). Priorities run deny rules first, then downgrade, then allow. Facts are phigate's
// fact catalog, flattened: one json-rules-engine fact per fact path (`consent.scopes`), computed
// once per request from `buildFacts`, with a missing fact given as `null` (MISSING_FACT).
import { Engine, type RuleProperties } from 'json-rules-engine';
import { diagnostic, type Diagnostic, type Result } from '../../grammar/diagnostics.ts';
import type { CompiledPolicy, CompiledRule, Effect, Strategy } from '../compile/index.ts';
import type { CheckedRule } from '../check/index.ts';
import { FACT_PATHS, FACTS, MISSING, timeOfDayText, type Facts } from '../contract/index.ts';
import { bookEntry, combineFirings, type CombinedDecision, type Firing, type RuleBook } from './combine.ts';
import { lowerRule, type Formula, type Operand, type Test } from './lowering.ts';
import { addPhigateOperators, MISSING_FACT, PHIGATE_OPERATOR_NAMES } from './operators.ts';

export const JSON_RULES_ENGINE = 'json-rules-engine';

export type JreCondition =
  | { all: JreCondition[]; priority?: number }
  | { any: JreCondition[]; priority?: number }
  | { not: JreCondition; priority?: number }
  | { fact: string; operator: string; value: unknown; priority?: number };

export type ExportedStrategy = { redact: string[]; with?: string } | { route: string; alert?: string } | { defer: { until: string } };

export interface ExportedEvent {
  /** The rule's effect; `indeterminate` for the twin that holds when the rule cannot be evaluated. */
  type: Effect | 'indeterminate';
  params: {
    rule: string;
    /** For `indeterminate` events: the effect of the rule that could not be evaluated. */
    effect?: 'deny' | 'downgrade';
    reason: string;
    citation?: string;
    /** For downgrades: what to send instead, tried in order. */
    strategies?: ExportedStrategy[];
  };
}

export interface ExportedRule {
  name: string;
  priority: number;
  conditions: Extract<JreCondition, { all: unknown } | { any: unknown } | { not: unknown }>;
  event: ExportedEvent;
}

export interface ExportedPolicy {
  format: typeof JSON_RULES_ENGINE;
  policy: { name: string; version: string; digest: string };
  default: { effect: 'allow' | 'deny'; reason: string };
  /** The value a fact has when the request does not provide it. */
  missing: typeof MISSING_FACT;
  /** The fact paths the rules read: the facts to compute for each request. */
  facts: string[];
  /** The custom operators the rules use (engine/export/operators.ts). */
  operators: string[];
  rules: ExportedRule[];
}

/** deny > downgrade > allow: json-rules-engine runs higher priorities first. */
const PRIORITY: Record<Effect, number> = { deny: 3, downgrade: 2, allow: 1 };
/** Within a rule: the channel and category tests first (they rule most requests out), then presence. */
const SCOPE_PRIORITY = 3;
const PRESENCE_PRIORITY = 2;
const SCOPE_FACTS = new Set(['channel', 'message.category', 'message.tier']);

/** Export a compiled policy; errors name each rule and construct that has no faithful equivalent. */
export function exportJsonRulesEngine(policy: CompiledPolicy): Result<ExportedPolicy> {
  const compiled = new Map(policy.rules.rules.map((r) => [r.name, r]));
  const diagnostics: Diagnostic[] = [];
  const rules: ExportedRule[] = [];
  const facts = new Set<string>();
  const operators = new Set<string>();
  for (const rule of policy.checked.rules) {
    const exported = exportRule(policy, rule, compiled.get(rule.name.name)!, operators);
    diagnostics.push(...exported.diagnostics);
    rules.push(...exported.rules);
    for (const f of exported.facts) facts.add(f);
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { ok: false, diagnostics };
  return {
    ok: true,
    diagnostics,
    value: {
      format: JSON_RULES_ENGINE,
      policy: { name: policy.name, version: policy.version, digest: policy.digest },
      default: { effect: policy.defaultOutcome.effect as 'allow' | 'deny', reason: policy.defaultOutcome.reasons[0]!.text },
      missing: MISSING_FACT,
      facts: FACT_PATHS.filter((p) => facts.has(p)),
      operators: [...PHIGATE_OPERATOR_NAMES].filter((o) => operators.has(o)),
      rules,
    },
  };
}

/** One policy rule as one json-rules-engine rule, plus its indeterminate twin when it needs one. */
function exportRule(policy: CompiledPolicy, rule: CheckedRule, compiled: CompiledRule, operators: Set<string>): { rules: ExportedRule[]; facts: ReadonlySet<string>; diagnostics: Diagnostic[] } {
  const lowered = lowerRule(policy.checked, rule);
  if (!lowered.ok) return { rules: [], facts: new Set(), diagnostics: lowered.diagnostics };
  const { applies, undetermined, facts } = lowered.value;
  const effect = rule.effect.effect;
  const renderer = new Renderer(rule.name.name, operators);
  const event = eventOf(compiled);
  const rules: ExportedRule[] = [{ name: rule.name.name, priority: PRIORITY[effect], conditions: renderer.top(applies), event }];
  if (undetermined && effect !== 'allow') {
    const params = { rule: event.params.rule, effect, reason: event.params.reason, ...(event.params.citation ? { citation: event.params.citation } : {}) };
    rules.push({ name: `${rule.name.name} (indeterminate)`, priority: PRIORITY[effect], conditions: renderer.top(undetermined), event: { type: 'indeterminate', params } });
  }
  const diagnostics = effect === 'downgrade' ? [redecisionWarning(rule), ...renderer.diagnostics] : renderer.diagnostics;
  return { rules, facts, diagnostics };
}

function eventOf(r: CompiledRule): ExportedEvent {
  const params: ExportedEvent['params'] = { rule: r.name, reason: r.reason.text };
  if (r.reason.citation) params.citation = r.reason.citation;
  if (r.effect === 'downgrade') params.strategies = r.strategies.map(strategyOf);
  return { type: r.effect, params };
}

function strategyOf(s: Strategy): ExportedStrategy {
  switch (s.kind) {
    case 'redact':
      return s.replacement === undefined ? { redact: [...s.labels] } : { redact: [...s.labels], with: s.replacement };
    case 'route':
      return s.alert === undefined ? { route: s.channel } : { route: s.channel, alert: s.alert };
    case 'defer':
      // The time of day on the patient's clock; the app computes the instant from the patient's time zone.
      return { defer: { until: timeOfDayText(s.minuteOfDay) } };
  }
}

function redecisionWarning(rule: CheckedRule): Diagnostic {
  return diagnostic(
    'export/unsupported',
    `Rule \`${rule.name.name}\` downgrades: json-rules-engine reports the downgrade and its strategies, but it cannot build the safer message (redact, route, defer) and decide it again as phigate does`,
    rule.effect.span,
    'the app must turn the event\'s strategies into sends and decide each of them again, or ask phigate (POST /v1/decide), which returns the sends',
    'warning',
  );
}

/** Formulas as json-rules-engine conditions (a fact on the left, a value or `{ fact }` on the right). */
class Renderer {
  readonly diagnostics: Diagnostic[] = [];

  constructor(
    private readonly rule: string,
    private readonly operators: Set<string>,
  ) {}

  /** The rule's conditions: json-rules-engine wants `all`, `any` or `not` at the top. */
  top(f: Formula): ExportedRule['conditions'] {
    if (f.kind === 'all') return { all: f.of.map((g) => this.prioritised(g)) };
    if (f.kind === 'any' || f.kind === 'not') return this.condition(f) as ExportedRule['conditions'];
    return { all: [this.prioritised(f)] };
  }

  private prioritised(f: Formula): JreCondition {
    const c = this.condition(f);
    // Only against a fixed value: a fact on the right may be missing, and its presence test must run first.
    const scopes = f.kind === 'test' && 'fact' in c && SCOPE_FACTS.has(c.fact) && !isFactRef(c.value);
    return scopes ? { ...c, priority: SCOPE_PRIORITY } : c;
  }

  private condition(f: Formula): JreCondition {
    switch (f.kind) {
      case 'all':
        return { all: f.of.map((g) => this.condition(g)) };
      case 'any':
        return { any: f.of.map((g) => this.condition(g)) };
      case 'not':
        return { not: this.condition(f.of) };
      case 'present':
      case 'missing':
        return this.use({ fact: f.fact, operator: f.kind, value: true, priority: PRESENCE_PRIORITY });
      case 'test':
        return this.test(f.test, f.negated, f.span);
    }
  }

  private test(t: Test, negated: boolean, span: Extract<Formula, { kind: 'test' }>['span']): JreCondition {
    const c = this.positiveOrNegated(t, negated);
    if (c) return c;
    this.diagnostics.push(
      diagnostic(
        'export/unsupported',
        `Rule \`${this.rule}\`: this condition asks whether the whole text appears inside fixed words; json-rules-engine needs the fact on the left of \`contains\``,
        span,
        'to ask whether the text contains the words, write the fact first: `message.body contains "words"`',
      ),
    );
    return { all: [] };
  }

  /** The condition for the test (or its negation), or undefined when json-rules-engine cannot say it (text inside fixed words). */
  private positiveOrNegated(t: Test, negated: boolean): JreCondition | undefined {
    const simple = (operator: string, opposite: string | undefined, fact: string, value: unknown): JreCondition =>
      negated && opposite ? this.use({ fact, operator: opposite, value }) : this.maybeNot(this.use({ fact, operator, value }), negated);
    switch (t.op) {
      case 'isTrue':
        return simple('equal', 'notEqual', factOf(t.operand)!, true);
      case 'equal': {
        const [fact, other] = factFirst(t.left, t.right);
        const [operator, opposite] = t.kind === 'list' ? ['setEqual', undefined] : t.kind === 'date' ? ['dateEqual', undefined] : ['equal', 'notEqual'];
        return simple(operator, opposite, fact, valueOf(other));
      }
      case 'order': {
        const swapped = factOf(t.left) === undefined;
        const cmp = swapped ? FLIPPED[t.cmp] : t.cmp;
        const [fact, other] = swapped ? [factOf(t.right)!, t.left] : [factOf(t.left)!, t.right];
        const names = t.kind === 'date' ? DATE_ORDER : NUMBER_ORDER;
        return this.use({ fact, operator: names[negated ? COMPLEMENT[cmp] : cmp], value: valueOf(other) });
      }
      case 'in':
        // `value in fact-list` is `fact-list contains value`.
        if (factOf(t.left) === undefined) return simple('contains', 'doesNotContain', factOf(t.right)!, valueOf(t.left));
        return simple('in', 'notIn', factOf(t.left)!, valueOf(t.right));
      case 'contains': {
        const left = factOf(t.left);
        if (t.quantifier === 'one') return left === undefined ? simple('in', 'notIn', factOf(t.right)!, valueOf(t.left)) : simple('contains', 'doesNotContain', left, valueOf(t.right));
        if (t.quantifier === 'any') {
          const [fact, other] = factFirst(t.left, t.right); // "any in common" reads the same both ways
          return simple('containsAny', undefined, fact, valueOf(other));
        }
        // `[a, b] contains all fact-list`: every value of the fact's list is one of a, b.
        return left === undefined ? simple('allIn', undefined, factOf(t.right)!, valueOf(t.left)) : simple('containsAll', undefined, left, valueOf(t.right));
      }
      case 'textContains': {
        const left = factOf(t.left);
        return left === undefined ? undefined : simple('textContains', undefined, left, valueOf(t.right));
      }
      case 'matches':
        return simple('matches', undefined, factOf(t.left)!, t.pattern);
    }
  }

  private maybeNot(c: JreCondition, negated: boolean): JreCondition {
    return negated ? { not: c } : c;
  }

  private use<C extends { operator: string }>(c: C): C {
    if (PHIGATE_OPERATOR_NAMES.has(c.operator)) this.operators.add(c.operator);
    return c;
  }
}

const NUMBER_ORDER = { '<': 'lessThan', '<=': 'lessThanInclusive', '>': 'greaterThan', '>=': 'greaterThanInclusive' } as const;
const DATE_ORDER = { '<': 'dateBefore', '<=': 'dateOnOrBefore', '>': 'dateAfter', '>=': 'dateOnOrAfter' } as const;
/** `b > a` is `a < b`. */
const FLIPPED = { '<': '>', '<=': '>=', '>': '<', '>=': '<=' } as const;
/** Between two present values (never NaN), not `a < b` is `a >= b`. */
const COMPLEMENT = { '<': '>=', '<=': '>', '>': '<=', '>=': '<' } as const;

const isFactRef = (v: unknown): boolean => typeof v === 'object' && v !== null && 'fact' in v;
const factOf = (o: Operand): string | undefined => ('fact' in o ? o.fact : undefined);
const valueOf = (o: Operand): unknown => ('fact' in o ? { fact: o.fact } : o.value);

/** For symmetric tests: the fact on the left, whichever side it was written on. */
function factFirst(a: Operand, b: Operand): [string, Operand] {
  const fa = factOf(a);
  return fa !== undefined ? [fa, b] : [factOf(b)!, a];
}

// ---- facts ----

export type JsonRulesEngineFacts = Record<string, unknown>;

/** phigate's facts for one request as json-rules-engine facts: one per fact path, missing as null. */
export function jsonRulesEngineFacts(facts: Facts, paths: readonly string[] = FACT_PATHS): JsonRulesEngineFacts {
  const out: JsonRulesEngineFacts = {};
  for (const p of paths) {
    const v = FACTS[p]!.get(facts);
    out[p] = v === MISSING ? MISSING_FACT : v;
  }
  return out;
}

// ---- the runner ----

export interface JsonRulesEngineDecision extends CombinedDecision {
  /** The strategies of each downgrade rule that applied (the events' params). */
  strategies: ReadonlyMap<string, readonly ExportedStrategy[]>;
}

interface Prepared {
  engine: Engine;
  book: RuleBook;
  /** json-rules-engine keeps run state on the Engine, so runs on one engine go one at a time. */
  queue: Promise<unknown>;
}

const preparedEngines = new WeakMap<ExportedPolicy, Prepared>();

/**
 * Decide with json-rules-engine running the exported rules, combining its events with phigate's
 * semantics: deny > indeterminate deny/downgrade (fail closed) > downgrade > allow > default. A
 * failure of the engine itself denies. The Engine is built on first use of `exported` and reused.
 */
export function decideWithJsonRulesEngine(exported: ExportedPolicy, facts: JsonRulesEngineFacts): Promise<JsonRulesEngineDecision> {
  const p = preparedFor(exported);
  const decided = p.queue.then(() => p.engine.run(facts)).then(
    (r) => decisionOf(r.events as ExportedEvent[], p.book),
    (e: unknown) => {
      // A failed run leaves rules of it still running on the Engine: never reuse that Engine.
      preparedEngines.delete(exported);
      return engineFailure(e);
    },
  );
  p.queue = decided;
  return decided;
}

function preparedFor(exported: ExportedPolicy): Prepared {
  let p = preparedEngines.get(exported);
  if (p === undefined) {
    const engine = addPhigateOperators(new Engine(exported.rules as RuleProperties[]));
    // Once a deny applies, or a downgrade (or its indeterminate twin) fires, lower priorities cannot
    // change the decision: skip them, as phigate does.
    engine.on('success', (event) => {
      const e = event as ExportedEvent;
      if (e.type === 'deny' || e.type === 'downgrade' || (e.type === 'indeterminate' && e.params.effect === 'downgrade')) engine.stop();
    });
    p = { engine, book: ruleBookOf(exported), queue: Promise.resolve() };
    preparedEngines.set(exported, p);
  }
  return p;
}

/** Each exported rule's effect, reasons and bundle position, for combining. */
export function ruleBookOf(exported: ExportedPolicy): RuleBook {
  const rules = new Map(
    exported.rules
      .filter((r) => r.event.type !== 'indeterminate')
      .map((r, i) => [r.event.params.rule, bookEntry(r.event.params.rule, r.event.type as Effect, i, r.event.params.reason, r.event.params.citation)]),
  );
  return { rules, defaultEffect: exported.default.effect, defaultReason: Object.freeze({ rule: 'default', effect: exported.default.effect, text: exported.default.reason }) };
}

function decisionOf(events: readonly ExportedEvent[], book: RuleBook): JsonRulesEngineDecision {
  const firings: Firing[] = events.map((e) => ({ rule: e.params.rule, indeterminate: e.type === 'indeterminate' }));
  const combined = combineFirings(firings, book);
  const strategies = new Map(events.filter((e) => e.type === 'downgrade').map((e) => [e.params.rule, e.params.strategies ?? []]));
  return { ...combined, strategies };
}

function engineFailure(e: unknown): JsonRulesEngineDecision {
  const text = `json-rules-engine could not run the rules (${e instanceof Error ? e.message : String(e)}); denied (fail closed)`;
  return { decision: 'deny', reasons: [{ rule: JSON_RULES_ENGINE, effect: 'deny', text }], downgrades: [], strategies: new Map() };
}
