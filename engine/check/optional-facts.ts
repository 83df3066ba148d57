// Fail-closed traps: a deny or downgrade rule that reads a fact some requests lack (a patient's age,
// an email subject, the consent for the channel) cannot be evaluated for those requests, and a rule
// meant to stop a message that cannot be evaluated denies the send. That is the safe default, but a
// rule written without thinking of it (`patient.age < 18` for "no marketing to minors") denies every
// request without the fact, adults included. This finds such rules before a test does.
//
// For each fact a rule reads that a request may lack, and each channel × category cell, the rule's
// condition is evaluated over all requests of the cell that lack the fact (three-valued: the facts the
// cell fixes are known, every other test is true or false, a test of the missing fact is unknown). A
// rule that can come out unknown there is a trap, unless in that cell a deny rule surely applies to
// every such request anyway (`no-consent` for a missing consent): then nothing changes.
import type * as A from '../../grammar/ast.ts';
import { formatExpr } from '../../grammar/formatter.ts';
import { diagnostic, type Diagnostic } from '../../grammar/diagnostics.ts';
import { CATEGORIES, CHANNELS, FACTS } from '../contract/index.ts';
import type { Resolution } from './resolution.ts';

/** The values a condition can take, as bits: true, false, unknown (indeterminate). */
type Values = number;
const T = 1;
const F = 2;
const U = 4;
const TF = T | F;

export interface TrapInput {
  rules: readonly { name: A.Name; when?: A.Expr; effect: A.Effect }[];
  resolutions: ReadonlyMap<A.PathRef, Resolution>;
  tierOf: ReadonlyMap<string, string>;
  scopeOf: ReadonlyMap<string, string>;
  /** The settings the bundle gives (a `time_zone` makes the patient's clock always known). */
  settings: Readonly<Record<string, string | undefined>>;
  noTier: string;
}

/** The facts every cell fixes; `message.scope` is fixed too, but may be missing in a cell. */
const CELL_FACTS = new Set(['channel', 'message.category', 'message.tier', 'message.scope']);
const SCOPE = 'message.scope';

/** The class of facts missing together with `path` (`consent.scopes` → `consent`), or undefined when it is never missing. */
export function missingClass(path: string, settings: TrapInput['settings']): string | undefined {
  const info = FACTS[path];
  if (info === undefined || info.alwaysPresent) return undefined;
  if (path === SCOPE) return SCOPE;
  if (CELL_FACTS.has(path)) return undefined;
  if (info.presentWithSetting !== undefined && settings[info.presentWithSetting] !== undefined) return undefined;
  return info.missingWith ?? path;
}

interface Cell {
  channel: string;
  category: string;
  tier: string;
  scope: string | undefined;
}

/** The warnings for every trap, one per rule and missing fact, at the first test of that fact. */
export function failClosedTraps(input: TrapInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cells: Cell[] = CHANNELS.flatMap((channel) =>
    CATEGORIES.map((category) => ({ channel, category, tier: input.tierOf.get(category) ?? input.noTier, scope: input.scopeOf.get(category) })),
  );
  const denies = input.rules.filter((r) => r.effect.effect === 'deny');
  for (const rule of input.rules) {
    if (rule.effect.effect === 'allow' || rule.when === undefined) continue;
    const when = rule.when;
    const classes = new Map<string, { leaf: A.Expr; fact: string }>(); // class → the first test that reads it
    for (const leaf of leaves(when)) {
      for (const path of factsOf(leaf, input.resolutions)) {
        const c = missingClass(path, input.settings);
        if (c !== undefined && !classes.has(c)) classes.set(c, { leaf, fact: path });
      }
    }
    for (const [missing, { leaf, fact }] of classes) {
      const e = new Evaluation(input, missing);
      const trapped = cells.find((cell) => (e.values(when, cell) & U) !== 0 && !denies.some((d) => d !== rule && d.when !== undefined && e.values(d.when, cell) === T));
      if (trapped !== undefined) out.push(warning(rule.name.name, rule.effect.effect, missing, fact, leaf, trapped, input.settings));
    }
  }
  return out;
}

function warning(rule: string, effect: string, missing: string, fact: string, leaf: A.Expr, cell: Cell, settings: TrapInput['settings']): Diagnostic {
  const why = fact === missing ? '' : missing === 'patient.timeZone' ? ' (the patient\'s clock, missing without a time zone)' : ` (missing when \`${missing}\` is)`;
  const message = `Rule \`${rule}\` reads \`${fact}\`${why}, which a request may not have: then the rule cannot be evaluated, and a ${effect} rule that cannot be evaluated denies the send (for example ${cell.category} by ${cell.channel})`;
  const guard = missing === 'patient.timeZone' && settings['time_zone'] === undefined
    ? `set the practice's time zone in the settings (\`time_zone = "America/New_York"\`), or test it first: \`patient.timeZone is present and ${formatExpr(leaf)}\``
    : `test that it is present first: \`${missing} is present and ${formatExpr(leaf)}\`${missing === SCOPE ? '' : ' (or handle the missing case with `is missing`)'}`;
  return diagnostic('check/optional-fact', message, leaf.span, guard, 'warning');
}

/** The comparisons, presence tests and bare facts of a condition. */
function leaves(e: A.Expr): A.Expr[] {
  switch (e.type) {
    case 'and':
    case 'or':
      return [...leaves(e.left), ...leaves(e.right)];
    case 'not':
      return leaves(e.operand);
    case 'presence':
      return [];
    default:
      return [e];
  }
}

function operandsOf(e: A.Expr): A.Operand[] {
  switch (e.type) {
    case 'compare':
    case 'in':
    case 'contains':
      return [e.left, e.right];
    case 'matches':
      return [e.left];
    case 'path':
    case 'string':
    case 'number':
    case 'boolean':
    case 'date':
    case 'list':
      return [e];
    default:
      return [];
  }
}

function factsOf(e: A.Expr, resolutions: ReadonlyMap<A.PathRef, Resolution>): string[] {
  const out: string[] = [];
  const walk = (o: A.Operand): void => {
    if (o.type === 'list') return o.items.forEach(walk);
    if (o.type !== 'path') return;
    const r = resolutions.get(o);
    if (r?.kind === 'fact') out.push(r.path);
  };
  operandsOf(e).forEach(walk);
  return out;
}

/** Each value's bit, for the three-valued tables below. */
const EACH = [T, F, U] as const;

/** `and` and `or` of every pair of possible values. */
function combine(l: Values, r: Values, table: (a: number, b: number) => number): Values {
  let out = 0;
  for (const a of EACH) if ((l & a) !== 0) for (const b of EACH) if ((r & b) !== 0) out |= table(a, b);
  return out;
}

/** The values a condition can take over the requests of a cell that lack the facts of one class. */
class Evaluation {
  constructor(
    private readonly input: TrapInput,
    private readonly missing: string,
  ) {}

  values(e: A.Expr, cell: Cell): Values {
    switch (e.type) {
      case 'and':
      case 'or': {
        const l = this.values(e.left, cell);
        // Three-valued: false decides `and`, true decides `or`, whatever the other side.
        if (l === (e.type === 'and' ? F : T)) return l;
        return combine(l, this.values(e.right, cell), e.type === 'and' ? and : or);
      }
      case 'not': {
        const v = this.values(e.operand, cell);
        return ((v & T) !== 0 ? F : 0) | ((v & F) !== 0 ? T : 0) | (v & U);
      }
      case 'presence': {
        const r = this.input.resolutions.get(e.path);
        const there = r?.kind === 'fact' ? this.isThere(r.path, cell) : undefined;
        return there === undefined ? TF : there === e.present ? T : F;
      }
      default:
        return this.leaf(e, cell);
    }
  }

  /** Whether a fact is there in every request of the cell that lacks the class (true/false), or may be either. */
  private isThere(path: string, cell: Cell): boolean | undefined {
    if (path === SCOPE) return this.missing === SCOPE ? cell.scope !== undefined : cell.scope !== undefined || undefined;
    if (this.lacks(path)) return false;
    return missingClass(path, this.input.settings) === undefined ? true : undefined;
  }

  private readonly lacking = new Map<string, boolean>();

  /** The fact is missing whenever the class is: it is in it, or in a record of it (`vendor.baa.signed` of `vendor`). */
  private lacks(path: string): boolean {
    let known = this.lacking.get(path);
    if (known === undefined) {
      const segments = path.split('.');
      known = false;
      for (let n = segments.length; n > 0 && !known; n--) {
        const prefix = segments.slice(0, n).join('.');
        known = FACTS[prefix] !== undefined && missingClass(prefix, this.input.settings) === this.missing;
      }
      this.lacking.set(path, known);
    }
    return known;
  }

  private leaf(e: A.Expr, cell: Cell): Values {
    const facts = factsOf(e, this.input.resolutions);
    if (facts.some((f) => (f === SCOPE ? this.missing === SCOPE && cell.scope === undefined : this.lacks(f)))) return U;
    if (facts.some((f) => !CELL_FACTS.has(f))) return TF;
    const known = this.known(e, cell);
    return known === undefined ? TF : known ? T : F;
  }

  /** A test of the facts the cell fixes (and constants), decided; undefined when it is not one of the simple forms. */
  private known(e: A.Expr, cell: Cell): boolean | undefined {
    const value = (o: A.Operand): unknown => {
      if (o.type === 'list') return o.items.map(value);
      if (o.type !== 'path') return o.value;
      const r = this.input.resolutions.get(o);
      if (r?.kind === 'list') return r.list.values;
      if (r?.kind === 'value') return r.value;
      if (r?.kind !== 'fact') return undefined;
      return { channel: cell.channel, 'message.category': cell.category, 'message.tier': cell.tier, 'message.scope': cell.scope }[r.path];
    };
    switch (e.type) {
      case 'compare': {
        if (e.op !== '==' && e.op !== '!=') return undefined;
        const [a, b] = [value(e.left), value(e.right)];
        if (Array.isArray(a) || Array.isArray(b) || a === undefined || b === undefined) return undefined;
        return (a === b) === (e.op === '==');
      }
      case 'in': {
        const [a, b] = [value(e.left), value(e.right)];
        if (!Array.isArray(b) || a === undefined) return undefined;
        return b.includes(a) !== e.negated;
      }
      default:
        return undefined;
    }
  }
}

function and(a: number, b: number): number {
  if (a === F || b === F) return F;
  return a === T && b === T ? T : U;
}

function or(a: number, b: number): number {
  if (a === T || b === T) return T;
  return a === F && b === F ? F : U;
}
