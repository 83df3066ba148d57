// Which values the rules' conditions mention, by domain: written directly (`channel == sms`), through
// a named list (`channel in unsecured`), in an inline list, or for categories through a tier
// (`message.tier == clinical` mentions every category of that tier).
import type * as A from '../../grammar/ast.ts';
import type { CompiledPolicy } from '../compile/index.ts';
import { NO_TIER } from '../check/index.ts';
import { CATEGORIES, type Domain } from '../contract/index.ts';

export type Mentions = ReadonlyMap<Domain, ReadonlySet<string>>;

export function mentionedValues(policy: CompiledPolicy): Mentions {
  const found = new Map<Domain, Set<string>>();
  const add = (domain: Domain, values: readonly string[]): void => {
    const set = found.get(domain) ?? new Set<string>();
    for (const v of values) set.add(v);
    found.set(domain, set);
  };
  const { resolutions, types } = policy.checked;
  const operand = (o: A.Operand): void => {
    if (o.type === 'list') return o.items.forEach(operand);
    const type = types.get(o);
    const domain = type?.t === 'enum' ? type.domain : type?.t === 'list' && type.of.t === 'enum' ? type.of.domain : undefined;
    if (domain === undefined) return;
    const r = o.type === 'path' ? resolutions.get(o) : undefined;
    const values = o.type === 'string' ? [o.value] : r?.kind === 'value' ? [r.value] : r?.kind === 'list' ? r.list.values : [];
    if (domain === 'tier') add('category', CATEGORIES.filter((c) => values.includes(policy.tierOf.get(c) ?? NO_TIER)));
    add(domain, values);
  };
  const expr = (e: A.Expr): void => {
    switch (e.type) {
      case 'and':
      case 'or':
        expr(e.left);
        return expr(e.right);
      case 'not':
        return expr(e.operand);
      case 'compare':
      case 'in':
      case 'contains':
        operand(e.left);
        return operand(e.right);
      case 'matches':
      case 'presence':
        return;
      default:
        return operand(e);
    }
  };
  for (const r of policy.checked.rules) if (r.when) expr(r.when);
  return found;
}
