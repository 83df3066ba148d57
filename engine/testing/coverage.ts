// Coverage by decision, not by line: a rule is covered when some test saw it apply and some test saw
// it not apply; an effect is covered when some test expects it. Percentage = covered items / items,
// where each rule is two items (applied, not applied) and each effect the policy can reach (its
// rules' effects and the default's) is one (asserted by an `expect`).
import type { CompiledPolicy, Effect } from '../compile/index.ts';
import type { TestResult } from './runner.ts';

export interface RuleCoverage {
  rule: string;
  effect: Effect;
  file: string;
  line: number;
  /** Some test's decision saw the rule apply. */
  applied: boolean;
  /** Some test's decision saw it not apply (a rule that could not be evaluated counts as neither). */
  notApplied: boolean;
}

export interface EffectCoverage {
  effect: Effect;
  /** Some test has `expect <effect>`. */
  asserted: boolean;
}

export interface Coverage {
  rules: RuleCoverage[];
  effects: EffectCoverage[];
  covered: number;
  total: number;
  /** covered / total × 100; 100 when there is nothing to cover. */
  percent: number;
}

const EFFECTS: readonly Effect[] = ['allow', 'downgrade', 'deny'];

export function coverageOf(policy: CompiledPolicy, results: readonly TestResult[]): Coverage {
  const seen = (rule: string, applied: boolean): boolean => results.some((t) => t.traced.some((r) => r.rule === rule && r.applied === applied));
  const rules = policy.rules.rules.map((r) => ({ rule: r.name, effect: r.effect, file: r.span.file, line: r.span.line, applied: seen(r.name, true), notApplied: seen(r.name, false) }));
  const present = new Set<Effect>([...policy.rules.rules.map((r) => r.effect), policy.defaultOutcome.effect]);
  const effects = EFFECTS.filter((e) => present.has(e)).map((effect) => ({ effect, asserted: results.some((t) => t.expected.decision === effect) }));
  const covered = rules.reduce((n, r) => n + Number(r.applied) + Number(r.notApplied), 0) + effects.filter((e) => e.asserted).length;
  const total = rules.length * 2 + effects.length;
  return { rules, effects, covered, total, percent: total === 0 ? 100 : (covered / total) * 100 };
}

/** The percentage for people: one decimal, rounded down so 99.96% never shows as 100%. */
export function percentText(percent: number): string {
  const floored = Math.floor(percent * 10) / 10;
  return `${Number.isInteger(floored) ? floored : floored.toFixed(1)}%`;
}
