// The tracer: when explain is on, it records every rule and every condition's value. When off the
// compiled policy runs closures with no tracing code in them at all (see compiler.ts).
import type { Span } from '../../grammar/diagnostics.ts';
import { MISSING } from '../contract/index.ts';

/** A condition's outcome: true, false, or indeterminate (a fact it needs is missing). */
export class Indeterminate {
  constructor(readonly cause: string) {}
}
export type Tri = boolean | Indeterminate;

/** What the compiler knows about a condition, fixed at load time. */
export interface ConditionSite {
  text: string; // the condition as written
  span: Span;
  operands: { text: string; phi: boolean; date: boolean; shown: boolean }[];
}

export interface TracedCondition {
  text: string;
  value: boolean | 'indeterminate';
  cause?: string;
  operands: { text: string; value: unknown }[];
  span: Span;
}

export interface TracedRule {
  rule: string;
  effect: 'allow' | 'downgrade' | 'deny';
  applied: boolean | 'indeterminate';
  cause?: string;
  reason: string;
  citation?: string;
  conditions: TracedCondition[];
  span: Span;
}

export interface TracedRuleStart {
  rule: string;
  effect: 'allow' | 'downgrade' | 'deny';
  reason: string;
  citation?: string;
  span: Span;
}

/** Collects one decision's trace; a new Tracer per traced decision. */
export class Tracer {
  readonly rules: TracedRule[] = [];
  private current: TracedCondition[] = [];

  beginRule(): void {
    this.current = [];
  }

  endRule(rule: TracedRuleStart, result: Tri): void {
    const applied = result instanceof Indeterminate ? 'indeterminate' : result;
    const conditions = this.current;
    // Written out, not spread: object spread was the slowest step of a traced decision.
    const traced: TracedRule =
      rule.citation === undefined
        ? { rule: rule.rule, effect: rule.effect, reason: rule.reason, span: rule.span, applied, conditions }
        : { rule: rule.rule, effect: rule.effect, reason: rule.reason, citation: rule.citation, span: rule.span, applied, conditions };
    if (result instanceof Indeterminate) traced.cause = result.cause;
    this.rules.push(traced);
  }

  condition(site: ConditionSite, value: Tri, operandValues: readonly unknown[]): void {
    const operands: TracedCondition['operands'] = [];
    for (let i = 0; i < site.operands.length; i++) {
      const o = site.operands[i]!;
      if (o.shown) operands.push({ text: o.text, value: display(operandValues[i], o) });
    }
    const c: TracedCondition = { text: site.text, value: value instanceof Indeterminate ? 'indeterminate' : value, operands, span: site.span };
    if (value instanceof Indeterminate) c.cause = value.cause;
    this.current.push(c);
  }
}

/** How a value appears in a trace: PHI is described, never shown; dates as ISO text. */
function display(v: unknown, o: { phi: boolean; date: boolean }): unknown {
  if (v === MISSING) return 'missing';
  if (o.phi) return typeof v === 'string' ? `(hidden: ${v.length} characters)` : '(hidden)';
  if (o.date && typeof v === 'number') return new Date(v).toISOString();
  if (v instanceof Set) return [...v];
  return v;
}
