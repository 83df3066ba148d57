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
// every such request anyway (`no-consent` for a missing consent): then nothing changes. A condition is
// evaluated over all cells at once (one value per cell), so a bundle of n rules costs O(n) evaluations
// per missing class rather than one per rule, cell and deny rule.
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

type TrapRule = TrapInput['rules'][number];

/** The facts every cell fixes, each with the field of the cell that holds it; `message.scope` is fixed too, but may be missing in a cell. */
const CELL_FACTS = new Map<string, keyof Cell>([
  ['channel', 'channel'],
  ['message.category', 'category'],
  ['message.tier', 'tier'],
  ['message.scope', 'scope'],
]);
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

/** The values of a condition in every cell, in the order of the cells. */
type PerCell = Uint8Array;

/** What a test reads and, when it reads only what cells fix, its value in each cell: found once for every class. */
interface LeafInfo {
  facts: readonly string[];
  /** It reads a fact no cell fixes. */
  open: boolean;
  known?: PerCell;
}

/** The warnings for every trap, one per rule and missing fact, at the first test of that fact. */
export function failClosedTraps(input: TrapInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const cells: Cell[] = CHANNELS.flatMap((channel) =>
    CATEGORIES.map((category) => ({ channel, category, tier: input.tierOf.get(category) ?? input.noTier, scope: input.scopeOf.get(category) })),
  );
  const denies = input.rules.filter((r): r is TrapRule & { when: A.Expr } => r.effect.effect === 'deny' && r.when !== undefined);
  const leafInfo = new Map<A.Expr, LeafInfo>();
  const evaluations = new Map<string, Evaluation>(); // one per missing class, keeping what it has found
  const evaluation = (missing: string): Evaluation => {
    let e = evaluations.get(missing);
    if (e === undefined) evaluations.set(missing, (e = new Evaluation(input, missing, cells, denies, leafInfo)));
    return e;
  };
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
      const e = evaluation(missing);
      const values = e.values(when);
      const trapped = cells.find((_, i) => (values[i]! & U) !== 0 && !e.denied(i, rule));
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

/** `combine` for every pair of values, looked up as table[l * 8 + r]. */
const tableOf = (op: (a: number, b: number) => number): Uint8Array => Uint8Array.from({ length: 64 }, (_, i) => combine(i >> 3, i & 7, op));

/** The values a condition can take in each cell over the requests that lack the facts of one class. */
class Evaluation {
  /** Per cell, how many deny rules surely apply to every request of the cell lacking the class, and the first. */
  private sure: { count: Uint32Array; first: (TrapRule | undefined)[] } | undefined;
  private readonly lacking = new Map<string, boolean>();
  /** Unknown in every cell, and either true or false in every cell. */
  private readonly unknown: PerCell;
  private readonly either: PerCell;

  constructor(
    private readonly input: TrapInput,
    private readonly missing: string,
    private readonly cells: readonly Cell[],
    private readonly denies: readonly (TrapRule & { when: A.Expr })[],
    /** What each test reads, shared by the evaluations of every class. */
    private readonly leafInfo: Map<A.Expr, LeafInfo>,
  ) {
    this.unknown = new Uint8Array(cells.length).fill(U);
    this.either = new Uint8Array(cells.length).fill(TF);
  }

  /** Whether a deny rule other than `rule` surely applies in cell `i`: then `rule` coming out unknown there changes nothing. */
  denied(i: number, rule: TrapRule): boolean {
    const sure = (this.sure ??= this.sureDenies());
    return sure.count[i]! > 1 || (sure.count[i] === 1 && sure.first[i] !== rule);
  }

  private sureDenies(): { count: Uint32Array; first: (TrapRule | undefined)[] } {
    const count = new Uint32Array(this.cells.length);
    const first: (TrapRule | undefined)[] = this.cells.map(() => undefined);
    for (const d of this.denies) {
      const values = this.values(d.when);
      for (let i = 0; i < values.length; i++) {
        if (values[i] !== T) continue;
        if (count[i] === 0) first[i] = d;
        count[i] = count[i]! + 1;
      }
    }
    return { count, first };
  }

  /** The condition's values in every cell; the arrays returned are never changed. */
  values(e: A.Expr): PerCell {
    switch (e.type) {
      case 'and':
      case 'or': {
        const l = this.values(e.left);
        const r = this.values(e.right);
        const table = e.type === 'and' ? AND : OR;
        const out = new Uint8Array(l.length);
        for (let i = 0; i < l.length; i++) out[i] = table[l[i]! * 8 + r[i]!]!;
        return out;
      }
      case 'not': {
        const v = this.values(e.operand);
        const out = new Uint8Array(v.length);
        for (let i = 0; i < v.length; i++) out[i] = NOT[v[i]!]!;
        return out;
      }
      case 'presence': {
        const r = this.input.resolutions.get(e.path);
        const out = new Uint8Array(this.cells.length);
        for (let i = 0; i < out.length; i++) {
          const there = r?.kind === 'fact' ? this.isThere(r.path, this.cells[i]!) : undefined;
          out[i] = there === undefined ? TF : there === e.present ? T : F;
        }
        return out;
      }
      default:
        return this.leaf(e);
    }
  }

  /** Whether a fact is there in every request of the cell that lacks the class (true/false), or may be either. */
  private isThere(path: string, cell: Cell): boolean | undefined {
    if (path === SCOPE) return this.missing === SCOPE ? cell.scope !== undefined : cell.scope !== undefined || undefined;
    if (this.lacks(path)) return false;
    return missingClass(path, this.input.settings) === undefined ? true : undefined;
  }

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

  /** A test: unknown where it reads a missing fact, either where it reads another fact no cell fixes, else decided by the cell when it can be. */
  private leaf(e: A.Expr): PerCell {
    let info = this.leafInfo.get(e);
    if (info === undefined) {
      const facts = factsOf(e, this.input.resolutions);
      this.leafInfo.set(e, (info = { facts, open: facts.some((f) => !CELL_FACTS.has(f)) }));
    }
    if (info.facts.some((f) => f !== SCOPE && this.lacks(f))) return this.unknown;
    const base = info.open ? this.either : (info.known ??= knownIn(e, this.cells, this.input.resolutions));
    if (this.missing !== SCOPE || !info.facts.includes(SCOPE)) return base;
    // `message.scope` is missing in the cells whose category needs no consent scope.
    const out = new Uint8Array(base.length);
    for (let i = 0; i < out.length; i++) out[i] = this.cells[i]!.scope === undefined ? U : base[i]!;
    return out;
  }
}

/** A test of what cells fix (and constants) in every cell: T or F where the cell decides it, TF where it is not one of the simple forms. */
function knownIn(e: A.Expr, cells: readonly Cell[], resolutions: TrapInput['resolutions']): PerCell {
  const out = new Uint8Array(cells.length).fill(TF);
  if (e.type !== 'compare' && e.type !== 'in') return out;
  if (e.type === 'compare' && e.op !== '==' && e.op !== '!=') return out;
  const left = reader(e.left, resolutions);
  const right = reader(e.right, resolutions);
  for (let i = 0; i < cells.length; i++) {
    const a = left(cells[i]!);
    const b = right(cells[i]!);
    let known: boolean | undefined;
    if (e.type === 'in') known = !Array.isArray(b) || a === undefined ? undefined : b.includes(a) !== e.negated;
    else known = Array.isArray(a) || Array.isArray(b) || a === undefined || b === undefined ? undefined : (a === b) === (e.op === '==');
    if (known !== undefined) out[i] = known ? T : F;
  }
  return out;
}

/** An operand's value in a cell: read once when the operand holds no fact, so a list is built once. */
function reader(o: A.Operand, resolutions: TrapInput['resolutions']): (cell: Cell) => unknown {
  const readsFact = (x: A.Operand): boolean => (x.type === 'list' ? x.items.some(readsFact) : x.type === 'path' && resolutions.get(x)?.kind === 'fact');
  if (readsFact(o)) return (cell) => valueIn(o, cell, resolutions);
  const value = valueIn(o, undefined, resolutions);
  return () => value;
}

/** An operand's value in the cell: a constant, a list's values, or a fact the cell fixes; undefined for any other fact. */
function valueIn(o: A.Operand, cell: Cell | undefined, resolutions: TrapInput['resolutions']): unknown {
  if (o.type === 'list') return o.items.map((i) => valueIn(i, cell, resolutions));
  if (o.type !== 'path') return o.value;
  const r = resolutions.get(o);
  if (r?.kind === 'list') return r.list.values;
  if (r?.kind === 'value') return r.value;
  const field = r?.kind === 'fact' ? CELL_FACTS.get(r.path) : undefined;
  return field === undefined || cell === undefined ? undefined : cell[field];
}

function and(a: number, b: number): number {
  if (a === F || b === F) return F;
  return a === T && b === T ? T : U;
}

function or(a: number, b: number): number {
  if (a === T || b === T) return T;
  return a === F && b === F ? F : U;
}

const AND = tableOf(and);
const OR = tableOf(or);
/** `not` of each set of values: true and false swap, unknown stays. */
const NOT = Uint8Array.from({ length: 8 }, (_, v) => ((v & T) !== 0 ? F : 0) | ((v & F) !== 0 ? T : 0) | (v & U));
