// Translating a phigate policy to Cedar, for the peer benchmark: the same lowering as the
// json-rules-engine export (engine/export/lowering.ts), written as Cedar conditions over a context
// that holds phigate's flattened facts (`context["consent.scopes"]`, absent when missing).
//   deny, downgrade rule  -> forbid, id = the rule's name
//   its indeterminate twin -> forbid, id = "<rule> (indeterminate)"
//   allow rule            -> permit, id = the rule's name
// Cedar answers with the satisfied policies; phigate's combining (engine/export/combine.ts) turns
// them into the decision. Text comparisons (`contains "words"`, `matches`) have no Cedar
// equivalent and stop the translation. The bench writes the translation to bench/cedar/policy.cedar.
import type { CompiledPolicy } from '../../engine/index.ts';
import { lowerRule, type Firing, type Formula, type Operand, type Test } from '../../engine/export/index.ts';

export const INDETERMINATE = ' (indeterminate)';

/** Cedar policies by id, in bundle order. */
export function cedarPolicies(policy: CompiledPolicy): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of policy.checked.rules) {
    const lowered = lowerRule(policy.checked, rule);
    if (!lowered.ok) throw new Error(lowered.diagnostics.map((d) => d.message).join('\n'));
    const name = rule.name.name;
    const effect = rule.effect.effect === 'allow' ? 'permit' : 'forbid';
    out[name] = policyText(name, effect, lowered.value.applies);
    if (lowered.value.undetermined && effect === 'forbid') out[`${name}${INDETERMINATE}`] = policyText(`${name}${INDETERMINATE}`, 'forbid', lowered.value.undetermined);
  }
  return out;
}

/** The Cedar policy set as one text, each policy with its id as an annotation. */
export const cedarText = (policies: Record<string, string>): string => `${Object.values(policies).join('\n\n')}\n`;

/** What Cedar's satisfied policy ids say about phigate's rules. */
export const firingOf = (id: string): Firing =>
  id.endsWith(INDETERMINATE) ? { rule: id.slice(0, -INDETERMINATE.length), indeterminate: true } : { rule: id, indeterminate: false };

/** phigate's flattened facts as a Cedar context: missing facts left out, records reduced to `{}`. */
export function cedarContext(facts: Record<string, unknown>): Record<string, unknown> {
  const context: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(facts)) {
    if (v === null) continue;
    context[k] = typeof v === 'object' && !Array.isArray(v) ? {} : v;
  }
  return context;
}

function policyText(id: string, effect: 'permit' | 'forbid', when: Formula): string {
  return `@id(${JSON.stringify(id)})\n${effect} (principal, action, resource)\nwhen { ${expr(when)} };`;
}

function expr(f: Formula): string {
  switch (f.kind) {
    case 'all':
      return f.of.length === 0 ? 'true' : `(${f.of.map(expr).join(' && ')})`;
    case 'any':
      return f.of.length === 0 ? 'false' : `(${f.of.map(expr).join(' || ')})`;
    case 'not':
      return `!${expr(f.of)}`;
    case 'present':
      return `(context has ${JSON.stringify(f.fact)})`;
    case 'missing':
      return `!(context has ${JSON.stringify(f.fact)})`;
    case 'test': {
      const t = test(f.test);
      return f.negated ? `!(${t})` : `(${t})`;
    }
  }
}

function test(t: Test): string {
  const dates = (t.op === 'equal' || t.op === 'order') && t.kind === 'date';
  const v = (o: Operand): string => operand(o, dates);
  switch (t.op) {
    case 'isTrue':
      return `${v(t.operand)} == true`;
    case 'equal':
      return `${v(t.left)} == ${v(t.right)}`;
    case 'order':
      return `${v(t.left)} ${t.cmp} ${v(t.right)}`;
    case 'in':
      return `${v(t.right)}.contains(${v(t.left)})`;
    case 'contains':
      return t.quantifier === 'one' ? `${v(t.left)}.contains(${v(t.right)})` : `${v(t.left)}.${t.quantifier === 'any' ? 'containsAny' : 'containsAll'}(${v(t.right)})`;
    case 'textContains':
    case 'matches':
      throw new Error(`Cedar has no ${t.op === 'matches' ? 'regular expressions' : 'case-insensitive text search'}: this rule cannot be translated`);
  }
}

/** A fact read from the context, or a literal (dates as epoch milliseconds, like the date facts). */
function operand(o: Operand, dates: boolean): string {
  if ('fact' in o) return `context[${JSON.stringify(o.fact)}]`;
  const literal = (x: string | number | boolean): string => (dates && typeof x === 'string' ? String(Date.parse(x)) : JSON.stringify(x));
  return Array.isArray(o.value) ? `[${o.value.map(literal).join(', ')}]` : literal(o.value as string | number | boolean);
}
