// One rule, checked: its name, each clause once, an effect and a reason, its condition typed, its
// downgrade strategies (routes only to secure channels, alerts with known placeholders, one time to
// defer to, redactions of labels), and whether its condition can ever be true.
import type * as A from '../../grammar/ast.ts';
import { SECURE_CHANNELS } from '../contract/index.ts';
import type { Names } from './names.ts';
import { isContradiction } from './satisfiability.ts';
import { checkDeferTime, checkPlaceholders } from './settings.ts';
import type { Typer } from './typing.ts';
import { oneOf, type Report } from './wording.ts';

export type CheckedRule = A.RuleDecl & { effect: A.Effect; because: A.StringLiteral; order: number };

/** What checking a rule reads and adds to: the diagnostics, the names declared so far, the condition types. */
export interface RuleContext {
  report: Report;
  names: Names;
  typer: Typer;
}

/** The rule as the compiler reads it, `order` its place in the bundle; undefined when it lacks an effect or a reason. */
export function checkRule(r: A.RuleDecl, order: number, { report, names, typer }: RuleContext): CheckedRule | undefined {
  names.declare(r.name);
  for (const dup of r.duplicates ?? []) report.error('check/duplicate-clause', `Rule \`${r.name.name}\` has this clause twice`, dup.span, 'keep one of them');
  if (r.effect === undefined) report.error('check/missing-effect', `Rule \`${r.name.name}\` says when it applies but not what to do`, r.name.span, 'add `allow`, `deny`, or `downgrade route portal alert "..."`');
  if (r.because === undefined) report.error('check/missing-reason', `Rule \`${r.name.name}\` has no reason`, r.name.span, 'add `because "..."`: the reason is shown to staff and auditors');
  const before = report.diagnostics.length;
  if (r.when) typer.condition(r.when);
  if (r.effect?.effect === 'downgrade') checkStrategies(r.effect, { report, names, typer });
  if (r.when && report.diagnostics.length === before && isContradiction(r.when, typer.resolutions, names.lists, (t) => names.categoriesOfTier(t))) {
    report.error('check/unreachable-rule', `Rule \`${r.name.name}\` can never apply: its condition contradicts itself`, r.when.span, 'look for a fact compared with two different values joined by `and`');
  }
  if (r.effect === undefined || r.because === undefined) return undefined;
  return { ...r, effect: r.effect, because: r.because, order };
}

function checkStrategies(e: A.DowngradeEffect, { report, names, typer }: RuleContext): void {
  for (const s of e.strategies) {
    if (s.strategy === 'route') {
      if (names.checkValue(s.channel.name, 'channel', s.channel.span) && !(SECURE_CHANNELS as readonly string[]).includes(s.channel.name)) {
        report.error('check/invalid-route', `A downgrade can route content only to a secure channel, not \`${s.channel.name}\``, s.channel.span, `route to ${oneOf(SECURE_CHANNELS)}`);
      }
      if (s.alert) report.add(checkPlaceholders(s.alert));
    } else if (s.strategy === 'defer') {
      report.add(checkDeferTime(s.until));
    } else typer.listRef(s.labels, 'label');
  }
  const defers = e.strategies.filter((s) => s.strategy === 'defer');
  for (const extra of defers.slice(1)) report.error('check/invalid-defer', 'A downgrade defers to one time only', extra.span, 'keep one `defer until ...`');
}
