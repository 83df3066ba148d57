// The evaluator: runs the compiled rules over one request's facts and combines their effects.
// deny > downgrade > allow; no applicable rule gives the policy's default; a deny or downgrade rule
// that cannot be evaluated gives deny (fail closed); an allow rule that cannot be evaluated simply
// does not apply.
import { strategiesOf } from './actions.ts';
import { conditionOf, generateCell, Indeterminate, NO_RULES, NO_STRATEGIES, tracedConditionOf, type CellFn, type CompiledRule, type CompiledRules, type Effect, type Outcome, type Reason, type RuleSet, type Strategy, type Tracer, type Tri } from '../compile/index.ts';
import type { Facts } from '../contract/index.ts';

export interface IndeterminateReason extends Reason {
  indeterminate: true;
}


/**
 * Decide with the rule index and no tracing: the hot path. The cell's generated code decides; when
 * it cannot (an indeterminate deny or downgrade rule, a fault), the reference evaluator below does.
 */
export function evaluate(rules: CompiledRules, defaultOutcome: Outcome, facts: Facts): Outcome {
  const set = rules.index.get(facts.request.channel)?.get(facts.request.message.category);
  if (!set) return defaultOutcome;
  let decided: Outcome | undefined;
  try {
    decided = (set.generated ??= generated(set))(facts, defaultOutcome);
  } catch {
    decided = undefined; // the reference evaluator runs each rule guarded and denies on the fault
  }
  return decided ?? combine(set.deny, set.downgrade, set.allow, facts, undefined, defaultOutcome);
}

/** A cell's code, or (for a cell too large for it, or whose code fails to compile) one that always defers to the reference evaluator. */
function generated(set: RuleSet): CellFn<Outcome> {
  const outcomes = {
    deny: memo(set.deny, (rules) => outcome('deny', rules.map(reasonOf))),
    downgrade: memo(set.downgrade, downgradeOutcome),
    allow: memo(set.allow, (rules) => outcome('allow', rules.map(reasonOf))),
  };
  try {
    return generateCell(set, set.cell, outcomes) ?? REFERENCE;
  } catch {
    return REFERENCE; // code that cannot be generated leaves the cell to the reference evaluator, for good
  }
}

const REFERENCE: CellFn<Outcome> = () => undefined;

/**
 * Outcomes kept per cell by the mask of the rules that applied: every decision with that mask gives
 * the same, so it is built once, frozen and shared. Small groups index an array by mask; larger ones
 * keep a bounded map.
 */
const ARRAY_MEMO_RULES = 8;
const MEMO_LIMIT = 256;

function memo(rules: readonly CompiledRule[], build: (applied: CompiledRule[]) => Outcome): (mask: number) => Outcome {
  const make = (mask: number): Outcome => freeze(build(rules.filter((_, i) => (mask >>> i) & 1)));
  if (rules.length <= ARRAY_MEMO_RULES) {
    const byMask: (Outcome | undefined)[] = new Array<Outcome | undefined>(1 << rules.length).fill(undefined);
    return (mask) => (byMask[mask] ??= make(mask));
  }
  const cache = new Map<number, Outcome>();
  return (mask) => {
    let o = cache.get(mask);
    if (o === undefined) {
      o = make(mask);
      if (cache.size < MEMO_LIMIT) cache.set(mask, o);
    }
    return o;
  };
}

const freeze = (o: Outcome): Outcome => Object.freeze({ ...o, reasons: Object.freeze(o.reasons), downgrades: Object.freeze(o.downgrades), strategies: Object.freeze(o.strategies) });

/** Decide running every rule, recording each rule and condition on the tracer. */
export function evaluateTraced(rules: CompiledRules, defaultOutcome: Outcome, facts: Facts, tracer: Tracer): Outcome {
  const by = (e: Effect) => rules.rules.filter((r) => r.effect === e);
  return combine(by('deny'), by('downgrade'), by('allow'), facts, tracer, defaultOutcome);
}

/** Run one rule; traced, it is recorded with its conditions. No per-decision closure: this is the hot path. */
function run(r: CompiledRule, facts: Facts, tracer: Tracer | undefined): Tri {
  if (tracer === undefined) return guarded(r, facts);
  tracer.beginRule();
  const v = guarded(r, facts, tracer);
  const { text, citation } = r.reason;
  tracer.endRule(citation ? { rule: r.name, effect: r.effect, reason: text, citation, span: r.span } : { rule: r.name, effect: r.effect, reason: text, span: r.span }, v);
  return v;
}

/** A rule that throws is indeterminate, never an exception out of the decision. */
function guarded(r: CompiledRule, facts: Facts, tracer?: Tracer): Tri {
  try {
    return tracer ? tracedConditionOf(r.condition)(facts, tracer) : conditionOf(r.condition)(facts, null);
  } catch (e) {
    return new Indeterminate(`evaluation failed: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** Traced (explain mode), every rule runs so the trace is complete; untraced, only those that can change the outcome. */
function combine(
  deny: readonly CompiledRule[],
  downgrade: readonly CompiledRule[],
  allow: readonly CompiledRule[],
  facts: Facts,
  tracer: Tracer | undefined,
  defaultOutcome: Outcome,
): Outcome {
  const runAll = tracer !== undefined;
  const denied = applying(deny, facts, tracer);
  if (denied.applied.length > 0 && !runAll) return outcome('deny', denied.applied.map(reasonOf));
  const downgraded = applying(downgrade, facts, tracer);
  const allowed = runAll || (denied === NONE && downgraded === NONE) ? applying(allow, facts, tracer) : NONE;
  if (denied.applied.length > 0) return outcome('deny', denied.applied.map(reasonOf));
  const failed = [...denied.failed, ...downgraded.failed];
  if (failed.length > 0) return outcome('deny', failed.map(([r, cause]) => indeterminateReason(r, cause)));
  if (downgraded.applied.length > 0) return downgradeOutcome(downgraded.applied);
  if (allowed.applied.length > 0) return outcome('allow', allowed.applied.map(reasonOf));
  return defaultOutcome;
}

interface Applying {
  applied: readonly CompiledRule[];
  failed: readonly (readonly [CompiledRule, string])[];
}

/** No rule applied or failed: shared, so the common case allocates nothing. */
const NONE: Applying = Object.freeze({ applied: Object.freeze([]), failed: Object.freeze([]) });

function applying(rules: readonly CompiledRule[], facts: Facts, tracer: Tracer | undefined): Applying {
  let applied: CompiledRule[] | undefined;
  let failed: [CompiledRule, string][] | undefined;
  for (const r of rules) {
    const v = run(r, facts, tracer);
    if (v === true) (applied ??= []).push(r);
    else if (v instanceof Indeterminate) (failed ??= []).push([r, v.cause]);
  }
  return applied === undefined && failed === undefined ? NONE : { applied: applied ?? NONE.applied, failed: failed ?? NONE.failed };
}

const reasonOf = (r: CompiledRule): Reason => r.reason;
const outcome = (effect: Effect, reasons: Reason[]): Outcome => ({ effect, reasons, downgrades: NO_RULES, strategies: NO_STRATEGIES, isDefault: false });
const downgradeOutcome = (applied: readonly CompiledRule[]): Outcome => ({ effect: 'downgrade', reasons: applied.map(reasonOf), downgrades: applied, strategies: strategiesOf(applied), isDefault: false });

function indeterminateReason(r: CompiledRule, cause: string): IndeterminateReason {
  const reason: IndeterminateReason = {
    rule: r.name,
    effect: 'deny',
    text: `Could not evaluate rule ${r.name} (${cause}); a ${r.effect} rule that cannot be evaluated denies the send (fail closed)`,
    indeterminate: true,
  };
  if (r.reason.citation) reason.citation = r.reason.citation;
  return reason;
}
