// Lowering a rule's three-valued condition to two-valued formulas, so engines that only know true
// and false (json-rules-engine, Cedar) decide exactly as phigate does. For a condition E:
//   holds(E, true)  is true exactly when phigate evaluates E to true,
//   holds(E, false) is true exactly when phigate evaluates E to false,
//   and E is indeterminate exactly when neither holds.
// A comparison is indeterminate when one of its facts is missing, so each comparison is guarded by
// `present` tests on the facts that can be missing; `and`, `or` and `not` follow phigate's
// three-valued tables (false wins in `and`, true wins in `or`, whatever the order).
import type * as A from '../../grammar/ast.ts';
import { diagnostic, type Diagnostic } from '../../grammar/diagnostics.ts';
import { NO_TIER, type CheckedPolicy, type CheckedRule } from '../check/index.ts';
import { DEFAULT_QUIET_HOURS, FACT_PATHS, FACTS, MISSING, type DecisionRequest, type Facts } from '../contract/index.ts';

/** A value known when the policy loads: dates stay ISO texts as written, lists are lists of values. */
export type Constant = string | number | boolean | readonly string[];
export type Operand = { fact: string } | { value: Constant };

/** A comparison whose facts are known to be present; its meaning is phigate's compiler's. */
export type Test =
  | { op: 'equal'; kind: 'scalar' | 'list' | 'date'; left: Operand; right: Operand }
  | { op: 'order'; cmp: '<' | '<=' | '>' | '>='; kind: 'number' | 'date'; left: Operand; right: Operand }
  | { op: 'in'; left: Operand; right: Operand }
  | { op: 'contains'; quantifier: 'one' | 'any' | 'all'; left: Operand; right: Operand }
  | { op: 'textContains'; left: Operand; right: Operand }
  | { op: 'matches'; left: Operand; pattern: { source: string; flags: string } }
  | { op: 'isTrue'; operand: Operand };

export type Formula =
  | { kind: 'all'; of: Formula[] }
  | { kind: 'any'; of: Formula[] }
  | { kind: 'not'; of: Formula }
  | { kind: 'present' | 'missing'; fact: string }
  | { kind: 'test'; test: Test; negated: boolean; span: A.Node['span'] };

export interface LoweredRule {
  /** True exactly when the rule applies. */
  applies: Formula;
  /** True exactly when the rule's condition is indeterminate; absent when it never can be. */
  undetermined?: Formula;
  /** The facts the formulas read. */
  facts: ReadonlySet<string>;
}

const TRUE: Formula = { kind: 'all', of: [] };

/**
 * The facts a request can lack: those whose value is missing for the barest valid request (no
 * optional field, no consent, no known vendor, a category in no tier or scope). Derived from the
 * fact catalog itself so a new optional fact is guarded without touching this file.
 */
export const MAY_BE_MISSING: ReadonlySet<string> = (() => {
  const request: DecisionRequest = { message: { category: 'other', body: '' }, channel: 'sms', sender: { kind: 'platform' }, patient: { consents: [] } };
  const barest: Facts = { request, tier: NO_TIER, scope: undefined, templateFields: [], findings: [], labels: [], consent: undefined, vendor: undefined, vendorCovers: false, at: 0, timeZone: undefined, quietHours: DEFAULT_QUIET_HOURS };
  return new Set(FACT_PATHS.filter((p) => FACTS[p]!.get(barest) === MISSING));
})();

/** Lower one checked rule; constructs with no two-valued equivalent are reported, not dropped. */
export function lowerRule(policy: CheckedPolicy, rule: CheckedRule): { ok: true; value: LoweredRule } | { ok: false; diagnostics: Diagnostic[] } {
  const lowering = new Lowering(policy, rule.name.name);
  if (!rule.when) return { ok: true, value: { applies: TRUE, facts: new Set() } };
  const applies = lowering.holds(rule.when, true);
  if (lowering.diagnostics.length > 0) return { ok: false, diagnostics: lowering.diagnostics };
  const undetermined = lowering.canBeMissing ? not(any([applies, lowering.holds(rule.when, false)])) : undefined;
  return { ok: true, value: { applies, ...(undetermined ? { undetermined } : {}), facts: lowering.facts } };
}

class Lowering {
  readonly diagnostics: Diagnostic[] = [];
  readonly facts = new Set<string>();
  canBeMissing = false;

  constructor(
    private readonly policy: CheckedPolicy,
    private readonly rule: string,
  ) {}

  /** The formula that is true exactly when `e` evaluates to `value`. */
  holds(e: A.Expr, value: boolean): Formula {
    switch (e.type) {
      case 'and':
        return value ? all([this.holds(e.left, true), this.holds(e.right, true)]) : any([this.holds(e.left, false), this.holds(e.right, false)]);
      case 'or':
        return value ? any([this.holds(e.left, true), this.holds(e.right, true)]) : all([this.holds(e.left, false), this.holds(e.right, false)]);
      case 'not':
        return this.holds(e.operand, !value);
      case 'presence': {
        const fact = this.fact(e.path)!;
        return { kind: e.present === value ? 'present' : 'missing', fact };
      }
      default:
        return this.comparison(e, value);
    }
  }

  private comparison(e: Exclude<A.Comparison, { type: 'presence' }> | A.Operand, value: boolean): Formula {
    const test = this.test(e);
    if (!test) return TRUE; // reported; the rule is not exported
    const guards = operandsOf(test).flatMap((o) => ('fact' in o && MAY_BE_MISSING.has(o.fact) ? [{ kind: 'present' as const, fact: o.fact }] : []));
    if (guards.length > 0) this.canBeMissing = true;
    // The test must fail for E to be `value` when exactly one of these holds: E is `!=` or `not in`, or `value` is false.
    const inverted = (e.type === 'compare' && e.op === '!=') || (e.type === 'in' && e.negated);
    return all([...guards, { kind: 'test', test, negated: inverted === value, span: e.span }]);
  }

  private test(e: Exclude<A.Comparison, { type: 'presence' }> | A.Operand): Test | undefined {
    switch (e.type) {
      case 'compare': {
        const [left, right] = [this.operand(e.left), this.operand(e.right)];
        if (!left || !right || !this.readsAFact(e, [left, right])) return undefined;
        const kind = this.kindOf(e.left, e.right);
        if (e.op === '==' || e.op === '!=') {
          return { op: 'equal', kind: kind === 'list' || kind === 'date' ? kind : 'scalar', left, right };
        }
        return { op: 'order', cmp: e.op, kind: kind === 'date' ? 'date' : 'number', left, right };
      }
      case 'in': {
        const [left, right] = [this.operand(e.left), this.operand(e.right)];
        return left && right && this.readsAFact(e, [left, right]) ? { op: 'in', left, right } : undefined;
      }
      case 'contains': {
        const [left, right] = [this.operand(e.left), this.operand(e.right)];
        if (!left || !right || !this.readsAFact(e, [left, right])) return undefined;
        if (this.policy.types.get(e.left)?.t === 'string') return { op: 'textContains', left, right };
        return { op: 'contains', quantifier: e.quantifier, left, right };
      }
      case 'matches': {
        const left = this.operand(e.left);
        const pattern = e.pattern as A.RegexLiteral; // the checker admits only /.../ literals here
        return left && this.readsAFact(e, [left]) ? { op: 'matches', left, pattern: { source: pattern.source, flags: pattern.flags.replace(/[gy]/g, '') } } : undefined;
      }
      default: {
        const operand = this.operand(e);
        return operand && this.readsAFact(e, [operand]) ? { op: 'isTrue', operand } : undefined;
      }
    }
  }

  /** A comparison of fixed values is not a question about the request; no exporter takes one. */
  private readsAFact(e: A.Node, operands: Operand[]): boolean {
    if (operands.some((o) => 'fact' in o)) return true;
    this.unsupported(e, 'compares fixed values only, without any fact of the request', 'compare a fact, for example `channel == sms`');
    return false;
  }

  private kindOf(left: A.Operand, right: A.Operand): string | undefined {
    const t = this.policy.types.get(left) ?? this.policy.types.get(right);
    return t?.t;
  }

  private operand(o: A.Operand): Operand | undefined {
    switch (o.type) {
      case 'path': {
        const r = this.policy.resolutions.get(o);
        if (r?.kind === 'fact') return { fact: this.fact(o)! };
        if (r?.kind === 'list') return { value: r.list.values };
        if (r?.kind === 'value') return { value: r.value };
        throw new Error(`internal: unresolved name ${o.segments.join('.')}`);
      }
      case 'list': {
        const items = o.items.map((i) => this.operand(i));
        if (items.some((i) => i === undefined || 'fact' in i)) {
          this.unsupported(o, 'is a list that holds a fact of the request', 'split the list into comparisons: `x in [sms, y]` is `x == sms or x == y`');
          return undefined;
        }
        return { value: items.map((i) => String((i as { value: Constant }).value)) };
      }
      default:
        return { value: o.value };
    }
  }

  private fact(p: A.PathRef): string | undefined {
    const r = this.policy.resolutions.get(p);
    if (r?.kind !== 'fact') return undefined;
    this.facts.add(r.path);
    return r.path;
  }

  private unsupported(node: A.Node, what: string, hint: string): void {
    this.diagnostics.push(diagnostic('export/unsupported', `Rule \`${this.rule}\`: this condition ${what}; it cannot be exported faithfully`, node.span, hint));
  }
}

function operandsOf(t: Test): Operand[] {
  switch (t.op) {
    case 'matches':
      return [t.left];
    case 'isTrue':
      return [t.operand];
    default:
      return [t.left, t.right];
  }
}

// Flattening keeps the output readable: all(all(a, b), c) is all(a, b, c), and a presence test
// that two comparisons share is written once.
export function all(of: Formula[]): Formula {
  const seen = new Set<string>();
  const flat = of.flatMap((f) => (f.kind === 'all' ? f.of : [f])).filter((f) => {
    if (f.kind !== 'present' && f.kind !== 'missing') return true;
    const key = `${f.kind} ${f.fact}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
  return flat.length === 1 ? flat[0]! : { kind: 'all', of: flat };
}

export function any(of: Formula[]): Formula {
  const flat = of.flatMap((f) => (f.kind === 'any' ? f.of : [f]));
  return flat.length === 1 ? flat[0]! : { kind: 'any', of: flat };
}

export function not(of: Formula): Formula {
  return of.kind === 'not' ? of.of : { kind: 'not', of };
}
