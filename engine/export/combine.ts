// phigate's combining semantics for rules run by another engine: the other engine reports which
// rules applied and which were indeterminate; this turns that into phigate's decision and reasons.
// deny > indeterminate deny or downgrade (fail closed) > downgrade > allow > the policy's default.
import type { Effect, Reason } from '../compile/index.ts';
import type { IndeterminateReason } from '../decide/index.ts';

/** One rule reported by the other engine: it applied, or its condition could not be decided. */
export interface Firing {
  rule: string;
  indeterminate: boolean;
}

export interface BookEntry {
  effect: Effect;
  /** Position in the bundle: reasons are listed in bundle order, as phigate lists them. */
  order: number;
  reason: Reason;
  indeterminateReason: IndeterminateReason;
}

/** What the combiner needs to know about each rule, built once per policy. */
export interface RuleBook {
  rules: ReadonlyMap<string, BookEntry>;
  defaultEffect: 'allow' | 'deny';
  defaultReason: Reason;
}

export interface CombinedDecision {
  decision: Effect;
  reasons: readonly Reason[];
  /** The downgrade rules that applied, in bundle order (their strategies make the sends). */
  downgrades: readonly string[];
}

export function bookEntry(rule: string, effect: Effect, order: number, text: string, citation: string | undefined): BookEntry {
  const cite = citation === undefined ? {} : { citation };
  return {
    effect,
    order,
    reason: Object.freeze({ rule, effect, text, ...cite }),
    indeterminateReason: Object.freeze({
      rule,
      effect: 'deny' as const,
      text: `Could not evaluate rule ${rule} (a fact it needs is missing); a ${effect} rule that cannot be evaluated denies the send (fail closed)`,
      indeterminate: true as const,
      ...cite,
    }),
  };
}

/** The decision phigate makes when exactly these rules applied or were indeterminate. */
export function combineFirings(firings: readonly Firing[], book: RuleBook): CombinedDecision {
  const applied: BookEntry[] = [];
  const undetermined: BookEntry[] = [];
  for (const f of firings) {
    const entry = book.rules.get(f.rule);
    if (entry === undefined) throw new Error(`the other engine reported an unknown rule ${f.rule}`);
    (f.indeterminate ? undetermined : applied).push(entry);
  }
  const byOrder = (a: BookEntry, b: BookEntry): number => a.order - b.order;
  const withEffect = (e: Effect): BookEntry[] => applied.filter((r) => r.effect === e).sort(byOrder);
  const denies = withEffect('deny');
  if (denies.length > 0) return { decision: 'deny', reasons: denies.map((r) => r.reason), downgrades: [] };
  if (undetermined.length > 0) {
    // phigate lists the deny rules that could not be evaluated first, then the downgrade rules.
    const rank = (r: BookEntry): number => (r.effect === 'deny' ? 0 : 1);
    const sorted = undetermined.sort((a, b) => rank(a) - rank(b) || byOrder(a, b));
    return { decision: 'deny', reasons: sorted.map((r) => r.indeterminateReason), downgrades: [] };
  }
  const downgrades = withEffect('downgrade');
  if (downgrades.length > 0) return { decision: 'downgrade', reasons: downgrades.map((r) => r.reason), downgrades: downgrades.map((r) => r.reason.rule) };
  const allows = withEffect('allow');
  if (allows.length > 0) return { decision: 'allow', reasons: allows.map((r) => r.reason), downgrades: [] };
  return { decision: book.defaultEffect, reasons: [book.defaultReason], downgrades: [] };
}
