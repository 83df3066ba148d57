// Types of conditions: each operand of a rule's `when` resolved (a fact, a list declared above, or a
// value such as `sms` whose domain comes from the other side) and typed, and each operator checked
// against the types of its operands. The resolutions and types are what the compiler reads.
import type * as A from '../../grammar/ast.ts';
import { formatExpr } from '../../grammar/formatter.ts';
import { didYouMean, type Diagnostic, diagnostic, type Span } from '../../grammar/diagnostics.ts';
import { DOMAIN_NAMES, FACT_PATHS, FACTS, typeName, type Domain, type FactInfo, type ValueType } from '../contract/index.ts';
import { compilePolicyPattern } from '../contract/index.ts'; // what the linear-time pattern engine can run (contract/pattern.ts)
import type { Names } from './names.ts';
import type { Resolution } from './resolution.ts';
import { unknownFactHint, type Report } from './wording.ts';

const FACT_ROOTS = new Set(FACT_PATHS.map((p) => p.split('.')[0]!));

const BOOL: ValueType = { t: 'bool' };
const STRING: ValueType = { t: 'string' };
const NUMBER: ValueType = { t: 'number' };
const DATE: ValueType = { t: 'date' };

/** Patterns run on every message: one the linear-time engine cannot run would need a backtracking one, which could stall the service. */
export function unsafePattern(re: A.RegexLiteral): Diagnostic[] {
  // Patterns run on a linear-time engine (contract/pattern.ts), so a nested repetition such as (a+)+ is
  // harmless; what the engine cannot run (a lookahead, a backreference) would need a backtracking one.
  const linear = compilePolicyPattern(re.source, re.flags);
  return linear.ok ? [] : [diagnostic('check/unsafe-pattern', linear.message, re.span, linear.hint)];
}

export function sameType(a: ValueType, b: ValueType): boolean {
  if (a.t !== b.t) return false;
  if (a.t === 'enum') return a.domain === (b as typeof a).domain;
  if (a.t === 'list') return sameType(a.of, (b as typeof a).of);
  return true;
}

export class Typer {
  readonly resolutions = new Map<A.PathRef, Resolution>();
  readonly types = new Map<A.Operand, ValueType>();

  constructor(
    private readonly report: Report,
    private readonly names: Names,
  ) {}

  /** Types a rule's condition, which must be a boolean. */
  condition(e: A.Expr): void {
    const t = this.exprType(e);
    if (t && t.t !== 'bool') this.report.error('check/not-boolean', `\`${formatExpr(e)}\` is a ${typeName(t)}, not a condition`, e.span, 'compare it, for example `channel == sms` or `channel in unsecured`');
  }

  /** A list reference in `redact`: a list of `domain` values, one value, or an inline list of them. */
  listRef(ref: A.ListRef, domain: Domain): void {
    if (ref.type === 'list') {
      this.typeOf(ref, { t: 'list', of: { t: 'enum', domain } });
      return;
    }
    const list = this.names.list(ref);
    if (list) {
      if (list.type.t === 'list' && list.type.of.t === 'enum' && list.type.of.domain === domain) this.resolutions.set(ref, { kind: 'list', list });
      else this.report.error('check/type-mismatch', `\`${list.name}\` is a list of ${typeName((list.type as { of: ValueType }).of)}s, not of ${DOMAIN_NAMES[domain]}s`, ref.span);
    } else if (ref.segments.length === 1 && this.names.checkValue(ref.segments[0]!, domain, ref.span)) {
      this.resolutions.set(ref, { kind: 'value', value: ref.segments[0]! });
    }
  }

  /** Types an expression; undefined when an error was already reported. */
  private exprType(e: A.Expr): ValueType | undefined {
    switch (e.type) {
      case 'and':
      case 'or':
        this.condition(e.left);
        this.condition(e.right);
        return BOOL;
      case 'not':
        this.condition(e.operand);
        return BOOL;
      case 'compare':
        return this.checkCompare(e);
      case 'in':
        return this.checkIn(e);
      case 'contains':
        return this.checkContains(e);
      case 'matches':
        return this.checkMatches(e);
      case 'presence':
        return this.checkPresence(e.path);
      default:
        return this.typeOf(e);
    }
  }

  private checkCompare(e: Extract<A.Comparison, { type: 'compare' }>): ValueType | undefined {
    const [l, r] = this.pair(e.left, e.right);
    if (!l || !r) return undefined;
    if (e.op !== '==' && e.op !== '!=') {
      if (!((l.t === 'number' && r.t === 'number') || (l.t === 'date' && r.t === 'date'))) {
        const hint = l.t === 'date' || r.t === 'date' ? 'write dates without quotes, for example `at < 2026-02-16`' : undefined;
        this.report.error('check/type-mismatch', `\`${e.op}\` compares numbers or dates, not a ${typeName(l)} with a ${typeName(r)}`, e.span, hint);
        return undefined;
      }
      return BOOL;
    }
    if (l.t === 'list' && sameType(l.of, r)) {
      this.report.error('check/type-mismatch', `Cannot compare a ${typeName(l)} with one ${typeName(r)}`, e.span, `to test whether the list holds it, write \`${formatExpr(e.left)} contains ${formatExpr(e.right)}\``);
      return undefined;
    }
    return this.compatible(l, r, e.span) ? BOOL : undefined;
  }

  private checkIn(e: Extract<A.Comparison, { type: 'in' }>): ValueType | undefined {
    const [l, r] = this.pair(e.left, e.right, 'list-of');
    if (!l || !r) return undefined;
    if (r.t !== 'list') {
      this.report.error('check/invalid-operator', `\`in\` needs a list on its right, and \`${formatExpr(e.right)}\` is a ${typeName(r)}`, e.right.span, l.t === 'list' ? 'to test a list, write `list contains value`' : 'use `==` to compare two values');
      return undefined;
    }
    return this.compatible(l, r.of, e.span) ? BOOL : undefined;
  }

  private checkContains(e: Extract<A.Comparison, { type: 'contains' }>): ValueType | undefined {
    if (!this.isBareValue(e.left)) {
      const lt = this.typeOf(e.left);
      if (lt === undefined) return undefined;
      if (lt.t !== 'list' && lt.t !== 'string') {
        this.report.error('check/invalid-operator', `\`contains\` needs a list or a text on its left, and \`${formatExpr(e.left)}\` is a ${typeName(lt)}`, e.left.span, 'use `==` to compare two values, or `in` to test membership');
        return undefined;
      }
    }
    const [l, r] = this.pair(e.left, e.right, e.quantifier === 'one' ? 'element-of' : 'same');
    if (!l || !r) return undefined;
    if (l.t === 'string' && e.quantifier === 'one') return this.compatible(l, r, e.span) ? BOOL : undefined;
    if (l.t !== 'list') {
      this.report.error('check/invalid-operator', `\`contains\` needs a list or a text on its left, and \`${formatExpr(e.left)}\` is a ${typeName(l)}`, e.left.span, 'use `==` to compare two values, or `in` to test membership');
      return undefined;
    }
    if (e.quantifier === 'one') {
      if (r.t === 'list') {
        this.report.error('check/invalid-operator', `\`contains\` takes one value; \`${formatExpr(e.right)}\` is a list`, e.right.span, 'write `contains any` or `contains all`');
        return undefined;
      }
      return this.compatible(l.of, r, e.span) ? BOOL : undefined;
    }
    if (r.t !== 'list') {
      this.report.error('check/invalid-operator', `\`contains ${e.quantifier}\` needs a list on its right`, e.right.span, 'write `contains` for one value');
      return undefined;
    }
    return this.compatible(l.of, r.of, e.span) ? BOOL : undefined;
  }

  private checkMatches(e: Extract<A.Comparison, { type: 'matches' }>): ValueType | undefined {
    const l = this.typeOf(e.left);
    if (!l) return undefined;
    if (l.t !== 'string') {
      this.report.error('check/invalid-operator', `\`matches\` tests a text, and \`${formatExpr(e.left)}\` is a ${typeName(l)}`, e.left.span);
      return undefined;
    }
    if ('source' in e.pattern) this.report.add(unsafePattern(e.pattern));
    else {
      // A named pattern is a classifier label; the condition to write is about findings.
      this.report.error('check/invalid-operator', `\`matches\` takes a pattern like /.../i`, e.pattern.span, `to use the pattern \`${e.pattern.name}\`, write \`message.findings contains ${e.pattern.name}\``);
      return undefined;
    }
    return BOOL;
  }

  private checkPresence(path: A.PathRef): ValueType | undefined {
    const fact = lookupFact(path);
    if (fact) this.resolutions.set(path, { kind: 'fact', path: path.segments.join('.'), info: fact });
    else this.unknownFact(path);
    return fact ? BOOL : undefined;
  }

  /**
   * Types two operands, letting a bare value borrow its domain from the other side. `relation` says
   * what the right side is expected to be given the left: the same type (`==`), a list of it (`in`),
   * an element of it (`contains`), or the same list type (`contains any`).
   */
  private pair(left: A.Operand, right: A.Operand, relation: 'same' | 'list-of' | 'element-of' = 'same'): [ValueType | undefined, ValueType | undefined] {
    const towardRight = (t: ValueType): ValueType | undefined =>
      relation === 'same' ? t : relation === 'list-of' ? (t.t === 'list' ? undefined : { t: 'list', of: t }) : t.t === 'list' ? t.of : undefined;
    const towardLeft = (t: ValueType): ValueType | undefined =>
      relation === 'same' ? t : relation === 'list-of' ? (t.t === 'list' ? t.of : undefined) : { t: 'list', of: t };
    const lt = this.isBareValue(left) ? undefined : this.typeOf(left);
    const rt = this.typeOf(right, lt && towardRight(lt));
    if (lt !== undefined || !this.isBareValue(left)) return [lt, rt];
    return [this.typeOf(left, rt && towardLeft(rt)), rt];
  }

  /** A one-word name that is neither a fact nor a list: a value like `sms` whose type comes from context. */
  private isBareValue(o: A.Operand): boolean {
    return o.type === 'path' && o.segments.length === 1 && !FACTS[o.segments[0]!] && !this.names.lists.has(o.segments[0]!);
  }

  private compatible(a: ValueType, b: ValueType, span: Span): boolean {
    if (sameType(a, b)) return true;
    const date = a.t === 'date' || b.t === 'date';
    const hint = date ? 'write dates without quotes, for example `2026-02-16`' : undefined;
    this.report.error('check/type-mismatch', `Cannot compare a ${typeName(a)} with a ${typeName(b)}`, span, hint);
    return false;
  }

  /** The type of an operand; `expected` lets bare names and quoted texts be values of a domain. */
  private typeOf(o: A.Operand, expected?: ValueType): ValueType | undefined {
    const t = this.operandType(o, expected);
    if (t) this.types.set(o, t);
    return t;
  }

  private operandType(o: A.Operand, expected?: ValueType): ValueType | undefined {
    switch (o.type) {
      case 'string':
        if (expected?.t === 'enum') return this.names.checkValue(o.value, expected.domain, o.span) ? expected : undefined;
        return STRING;
      case 'number':
        return NUMBER;
      case 'boolean':
        return BOOL;
      case 'date':
        return DATE;
      case 'list': {
        const of = expected?.t === 'list' ? expected.of : undefined;
        const items = o.items.map((i) => this.typeOf(i, of));
        if (items.some((t) => t === undefined)) return undefined;
        const first = items[0] ?? of ?? STRING;
        const odd = o.items.find((_, i) => !sameType(items[i]!, first));
        if (odd) {
          this.report.error('check/type-mismatch', `A list mixes kinds of values: \`${formatExpr(odd)}\` is a ${typeName(this.types.get(odd)!)}`, odd.span);
          return undefined;
        }
        return { t: 'list', of: first };
      }
      case 'path':
        return this.pathType(o, expected);
    }
  }

  private pathType(p: A.PathRef, expected?: ValueType): ValueType | undefined {
    const fact = lookupFact(p);
    if (fact) {
      this.resolutions.set(p, { kind: 'fact', path: p.segments.join('.'), info: fact });
      if (fact.type.t === 'object') {
        this.report.error('check/invalid-operator', `\`${p.segments.join('.')}\` is a record; test it with \`is present\` or \`is missing\`, or use one of its fields`, p.span, didYouMean(`${p.segments.join('.')}.`, FACT_PATHS.filter((f) => f.startsWith(`${p.segments[0]}.`))));
        return undefined;
      }
      return fact.type;
    }
    const name = p.segments[0]!;
    // A tier's name is both a list of categories and a value of `message.tier`: the context decides.
    const element = expected?.t === 'list' ? expected.of : expected;
    if (p.segments.length === 1 && element?.t === 'enum' && this.names.domainValues(element.domain)?.includes(name) && !(expected?.t === 'list' && this.names.lists.has(name))) {
      this.resolutions.set(p, { kind: 'value', value: name });
      return element;
    }
    const list = this.names.list(p);
    if (list) {
      this.resolutions.set(p, { kind: 'list', list });
      return list.type;
    }
    if (p.segments.length > 1 || FACT_ROOTS.has(name) || this.names.laterList(name)) return this.unknownFact(p);
    if (expected?.t === 'enum') {
      if (!this.names.checkValue(name, expected.domain, p.span)) return undefined;
      this.resolutions.set(p, { kind: 'value', value: name });
      return expected;
    }
    if (expected?.t === 'string') {
      this.resolutions.set(p, { kind: 'value', value: name });
      return STRING;
    }
    const candidates = [...FACT_PATHS, ...this.names.lists.keys(), ...(element?.t === 'enum' ? (this.names.domainValues(element.domain) ?? []) : [])];
    const byLastWord = FACT_PATHS.find((f) => f.split('.').at(-1)!.toLowerCase() === name.toLowerCase());
    const hint = byLastWord !== undefined ? `did you mean \`${byLastWord}\`?` : didYouMean(name, candidates);
    this.report.error('check/unknown-value', `\`${name}\` is not a fact, a list or a value here`, p.span, hint ?? (expected ? `expected a ${typeName(expected)}` : 'put texts in quotes: "like this"'));
    return undefined;
  }

  private unknownFact(p: A.PathRef): undefined {
    const path = p.segments.join('.');
    const later = p.segments.length === 1 ? this.names.laterList(path) : undefined;
    if (later) {
      this.report.error('check/list-before-definition', `The list \`${path}\` is used before it is declared`, p.span, `move its declaration (${later.span.file}:${later.span.line}) above this line`);
      return undefined;
    }
    this.report.error('check/unknown-fact', `\`${path}\` is not a fact phigate knows`, p.span, unknownFactHint(p.segments));
    return undefined;
  }
}

function lookupFact(p: A.PathRef): FactInfo | undefined {
  return FACTS[p.segments.join('.')];
}
