// The canonical printer. Layout depends only on the AST, so formatting is idempotent; comments are
// attached to the constructs around them (by span) and printed with those constructs.
//
// Comment placement:
// - a comment on its own line goes before the next declaration, clause, setting, given, `use` or
//   list item at its level, printed on its own line with that construct's indentation;
// - a comment after code goes at the end of the printed line of the construct it followed (for a
//   block or a broken list: after `{`/`[` when it followed the opening line, after `}`/`]` when it
//   followed the closing one);
// - a comment inside a clause, setting, given or single-line declaration (a multi-line expression
//   or value) moves to its own line before that construct;
// - comments before a closing `}`/`]` stay at the end of the block, comments at the end of the
//   file stay at the end of the file;
// - a list declaration with comments inside is printed one item per line so they keep their item.
import type * as A from './ast.ts';
import { fail, ok, type Result } from './diagnostics.ts';
import { parsePolicy } from './parse.ts';

const WIDTH = 100;
const pad = (depth: number): string => '  '.repeat(depth);

/** Parse then print; a file with errors is not formatted. */
export function formatSource(text: string, file: string): Result<string> {
  const parsed = parsePolicy(text, file);
  return parsed.ok ? ok(formatPolicy(parsed.value)) : fail(parsed.diagnostics);
}

export function formatPolicy(ast: A.PolicyFile): string {
  const lines = new Printer(attachComments(ast)).file(ast);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

// ---- comment attachment ----

interface Attached {
  before: A.Comment[];
  after: A.Comment[];
  header: A.Comment[]; // after the opening line of a block or broken list
  end: A.Comment[]; // before its closing `}` / `]`, or at the end of the file
}

type Unit = { span: A.Node['span'] };
type Container = A.PolicyFile | A.Declaration;

/** The constructs printed on lines of their own inside a declaration, in source order. */
function unitsOf(d: A.Declaration): Unit[] | undefined {
  switch (d.kind) {
    case 'settings':
      return d.entries;
    case 'list':
      return d.items;
    case 'terms':
      return d.terms;
    case 'vetted':
      return d.words;
    case 'rule':
      return bySource([d.when, d.effect, d.because, d.cite, ...(d.duplicates ?? [])]);
    case 'fixture':
      return d.givens;
    case 'test':
      return bySource([...d.uses, ...d.givens, d.expect]);
    default:
      return undefined;
  }
}

const bySource = (units: (Unit | undefined)[]): Unit[] =>
  units.filter((u): u is Unit => u !== undefined).sort((a, b) => a.span.offset - b.span.offset);

function attachComments(ast: A.PolicyFile): Map<object, Attached> {
  const attached = new Map<object, Attached>();
  const slot = (node: object): Attached => {
    let a = attached.get(node);
    if (a === undefined) attached.set(node, (a = { before: [], after: [], header: [], end: [] }));
    return a;
  };
  const place = (c: A.Comment, units: Unit[], container: Container): void => {
    const i = lastStartingBefore(units, c.span.offset);
    const unit = units[i];
    if (unit === undefined) {
      const onHeader = 'kind' in container && c.span.line === container.span.line;
      if (onHeader) slot(container).header.push(c);
      else if (units[0] !== undefined) slot(units[0]).before.push(c);
      else slot(container).end.push(c);
    } else if (c.span.offset < unit.span.endOffset) {
      const inner = 'kind' in unit ? unitsOf(unit as A.Declaration) : undefined;
      if (inner === undefined) slot(unit).before.push(c);
      else place(c, inner, unit as A.Declaration);
    } else if (c.span.line === unit.span.endLine) slot(unit).after.push(c);
    else if (units[i + 1] !== undefined) slot(units[i + 1]!).before.push(c);
    else slot(container).end.push(c);
  };
  for (const c of ast.comments) place(c, ast.declarations, ast);
  return attached;
}

/** Index of the last unit starting before `offset` (units are in source order), or -1. */
function lastStartingBefore(units: Unit[], offset: number): number {
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid]!.span.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// ---- printing ----

const NONE: Attached = { before: [], after: [], header: [], end: [] };
const commentText = (c: A.Comment): string => `#${c.text.trimEnd()}`;

class Printer {
  constructor(private readonly attached: Map<object, Attached>) {}

  private comments(node: object): Attached {
    return this.attached.get(node) ?? NONE;
  }

  /**
   * The lines of a construct made of `nodes` (several for a merged `use` line), at `depth`: comments
   * before it, then `lines`, the last of them ending with its trailing comment. A second trailing
   * comment (only possible for merged lines) moves before the construct.
   */
  private framed(nodes: object[], depth: number, lines: string[]): string[] {
    const before = nodes.flatMap((n) => this.comments(n).before);
    const after = nodes.flatMap((n) => this.comments(n).after);
    const trailing = after.pop();
    const out = [...[...before, ...after].map((c) => pad(depth) + commentText(c)), ...lines];
    if (trailing !== undefined) out[out.length - 1] += `  ${commentText(trailing)}`;
    return out;
  }

  private withHeader(node: object, line: string): string {
    const [c] = this.comments(node).header;
    return c === undefined ? line : `${line}  ${commentText(c)}`;
  }

  private endComments(node: object, depth: number): string[] {
    return this.comments(node).end.map((c) => pad(depth) + commentText(c));
  }

  private hasInnerComments(node: object, units: object[]): boolean {
    const a = this.comments(node);
    return a.header.length + a.end.length > 0 || units.some((u) => this.attached.has(u));
  }

  file(ast: A.PolicyFile): string[] {
    const out: string[] = [];
    let previous: { decl: A.Declaration; lines: string[] } | undefined;
    for (const decl of ast.declarations) {
      const lines = this.declaration(decl);
      if (previous !== undefined && !together(previous.decl, previous.lines, decl, lines)) out.push('');
      out.push(...this.framed([decl], 0, lines));
      previous = { decl, lines };
    }
    const end = this.endComments(ast, 0);
    if (end.length > 0 && out.length > 0) out.push('');
    return [...out, ...end];
  }

  private declaration(d: A.Declaration): string[] {
    switch (d.kind) {
      case 'policy':
        return [`policy ${quote(d.name)} version ${quote(d.version)}`];
      case 'default':
        return [`default ${d.effect}${d.reason === undefined ? '' : ` ${quote(d.reason)}`}`];
      case 'settings':
        return this.block(d, 'settings', d.entries.map((e) => this.framed([e], 1, [`${pad(1)}${e.key.name} = ${literal(e.value)}`])));
      case 'list':
        return this.list(d, `${d.listKind} ${d.name.name}${description(d)} =`, d.items, (i) => i.name);
      case 'terms':
        return this.list(d, `terms ${d.name.name}${description(d)} =`, d.terms, (t) => quote(t.value));
      case 'pattern':
        return [`pattern ${d.name.name}${description(d)} = ${regex(d.pattern)}`];
      case 'vetted':
        return this.list(d, `vetted ${d.name.name}${description(d)} =`, d.words, (t) => quote(t.value));
      case 'template':
        return [`template ${d.name.name}${description(d)} for ${d.category.name} = ${quote(d.text.value)}`];
      case 'rule':
        return this.block(d, `rule ${d.name.name}`, this.clauses(d));
      case 'fixture':
        return this.block(d, `fixture ${d.name.name}`, d.givens.map((g) => this.given(g)));
      case 'test':
        return this.block(d, `test ${quote(d.title.value)}`, this.testItems(d));
    }
  }

  private block(d: A.Declaration, head: string, items: string[][]): string[] {
    return [this.withHeader(d, `${head} {`), ...items.flat(), ...this.endComments(d, 1), '}'];
  }

  /** A list declaration: one line if it fits and holds no comments, else one item per line. */
  private list<I extends object>(d: A.Declaration, head: string, items: I[], show: (i: I) => string): string[] {
    const flat = `${head} [${items.map(show).join(', ')}]`;
    if (flat.length <= WIDTH && !this.hasInnerComments(d, items)) return [flat];
    const lines = items.map((i) => this.framed([i], 1, [`${pad(1)}${show(i)},`]));
    return [this.withHeader(d, `${head} [`), ...lines.flat(), ...this.endComments(d, 1), ']'];
  }

  // ---- rules ----

  private clauses(r: A.RuleDecl): string[][] {
    const canonical: A.RuleClause[] = [];
    if (r.when !== undefined) canonical.push({ clause: 'when', when: r.when, span: r.when.span });
    if (r.effect !== undefined) canonical.push({ clause: 'effect', effect: r.effect, span: r.effect.span });
    if (r.because !== undefined) canonical.push({ clause: 'because', because: r.because, span: r.because.span });
    if (r.cite !== undefined) canonical.push({ clause: 'cite', cite: r.cite, span: r.cite.span });
    const primary = canonical.map((c) => this.framed([clauseNode(c)], 1, clauseLines(c)));
    const duplicates = (r.duplicates ?? []).map((c) => this.framed([c], 1, clauseLines(c)));
    return [...primary, ...duplicates];
  }

  // ---- fixtures and tests ----

  private testItems(t: A.TestDecl): string[][] {
    const uses = t.uses.length === 0 ? [] : [this.framed(t.uses, 1, [`${pad(1)}use ${t.uses.map((u) => u.name).join(', ')}`])];
    const expect = t.expect === undefined ? [] : [this.framed([t.expect], 1, [`${pad(1)}${expectation(t.expect)}`])];
    return [...uses, ...t.givens.map((g) => this.given(g)), ...expect];
  }

  private given(g: A.Given): string[] {
    const head = `${pad(1)}given ${path(g.path)} `;
    const [first, ...rest] = valueLines(g.value, 1, head.length, 0);
    return this.framed([g], 1, [head + first!, ...rest]);
  }
}

/** Consecutive one-line lists, terms or patterns of the same keyword print without a blank line between. */
function together(a: A.Declaration, aLines: string[], b: A.Declaration, bLines: string[]): boolean {
  return aLines.length === 1 && bLines.length === 1 && groupKey(a) !== undefined && groupKey(a) === groupKey(b);
}

function groupKey(d: A.Declaration): string | undefined {
  if (d.kind === 'list') return d.listKind;
  return d.kind === 'terms' || d.kind === 'pattern' || d.kind === 'vetted' || d.kind === 'template' ? d.kind : undefined;
}

const description = (d: { description?: string }): string => (d.description === undefined ? '' : ` ${quote(d.description)}`);

/** The AST node whose comments belong to a canonical clause (the rule keeps bare nodes, not clauses). */
function clauseNode(c: A.RuleClause): object {
  switch (c.clause) {
    case 'when':
      return c.when;
    case 'effect':
      return c.effect;
    case 'because':
      return c.because;
    case 'cite':
      return c.cite;
  }
}

function clauseLines(c: A.RuleClause): string[] {
  switch (c.clause) {
    case 'when':
      return whenLines(c.when);
    case 'effect':
      return [`${pad(1)}${effect(c.effect)}`];
    case 'because':
      return [`${pad(1)}because ${quote(c.because.value)}`];
    case 'cite':
      return [`${pad(1)}cite ${quote(c.cite.value)}`];
  }
}

function effect(e: A.Effect): string {
  return e.effect === 'downgrade' ? `downgrade ${e.strategies.map(strategy).join(' else ')}` : e.effect;
}

function strategy(s: A.Strategy): string {
  switch (s.strategy) {
    case 'redact':
      return `redact ${formatOperand(s.labels)}${s.replacement === undefined ? '' : ` with ${quote(s.replacement.value)}`}`;
    case 'route':
      return `route ${s.channel.name}${s.alert === undefined ? '' : ` alert ${quote(s.alert.value)}`}`;
    case 'defer':
      return `defer until ${'name' in s.until ? s.until.name : quote(s.until.value)}`;
  }
}

function expectation(e: A.Expectation): string {
  const by = e.by.length === 0 ? '' : ` by ${e.by.map((n) => n.name).join(', ')}`;
  const names = (word: string, list: A.Name[] | undefined): string => (list === undefined ? '' : ` ${word} [${list.map((n) => n.name).join(', ')}]`);
  const body = e.body === undefined ? '' : ` body ${quote(e.body.value)}`;
  const notBefore = e.notBefore === undefined ? '' : ` not before ${e.notBefore.value}`;
  return `expect ${e.decision}${by}${names('findings', e.findings)}${names('actions', e.actions)}${body}${notBefore}`;
}

// ---- expressions ----

const precedence = (e: A.Expr): number => (e.type === 'or' ? 1 : e.type === 'and' ? 2 : e.type === 'not' ? 3 : 4);

/** `e` as an operand of an operator of precedence `p`; a right operand of equal precedence keeps its parentheses. */
function operandOf(e: A.Expr, p: number, right: boolean): string {
  const q = precedence(e);
  return q < p || (right && q === p) ? `(${formatExpr(e)})` : formatExpr(e);
}

/** An expression in canonical form (minimal parentheses): also how conditions are named in messages. */
export function formatExpr(e: A.Expr): string {
  switch (e.type) {
    case 'and':
    case 'or': {
      const p = precedence(e);
      return `${operandOf(e.left, p, false)} ${e.type} ${operandOf(e.right, p, true)}`;
    }
    case 'not':
      // Always `not (a == b)`: officers read `not a == b` as ambiguous even though precedence decides it.
      return e.operand.type === 'path' || e.operand.type === 'boolean' ? `not ${formatExpr(e.operand)}` : `not (${formatExpr(e.operand)})`;
    case 'compare':
      return `${formatOperand(e.left)} ${e.op} ${formatOperand(e.right)}`;
    case 'in':
      return `${formatOperand(e.left)}${e.negated ? ' not' : ''} in ${formatOperand(e.right)}`;
    case 'contains':
      return `${formatOperand(e.left)} contains${e.quantifier === 'one' ? '' : ` ${e.quantifier}`} ${formatOperand(e.right)}`;
    case 'matches':
      return `${formatOperand(e.left)} matches ${'name' in e.pattern ? e.pattern.name : regex(e.pattern)}`;
    case 'presence':
      return `${path(e.path)} is ${e.present ? 'present' : 'missing'}`;
    default:
      return formatOperand(e);
  }
}

/** A `when` clause; if too long, broken before each top-level `and`/`or` with a 4-space continuation. */
function whenLines(e: A.Expr): string[] {
  const flat = `${pad(1)}when ${formatExpr(e)}`;
  if (flat.length <= WIDTH || (e.type !== 'and' && e.type !== 'or')) return [flat];
  const chain: A.Expr[] = [];
  let left: A.Expr = e;
  while (left.type === e.type) {
    chain.unshift(left.right);
    left = left.left;
  }
  const p = precedence(e);
  return [`${pad(1)}when ${operandOf(left, p, false)}`, ...chain.map((x) => `${pad(2)}${e.type} ${operandOf(x, p, true)}`)];
}

/** An operand in canonical form. */
export function formatOperand(o: A.Operand): string {
  switch (o.type) {
    case 'path':
      return path(o);
    case 'list':
      return `[${o.items.map(formatOperand).join(', ')}]`;
    default:
      return literal(o);
  }
}

const path = (p: A.PathRef): string => p.segments.join('.');

const regex = (r: A.RegexLiteral): string => `/${r.source}/${r.flags}`;

function literal(l: A.Literal): string {
  switch (l.type) {
    case 'string':
      return quote(l.value);
    case 'number':
      return numberText(l.value);
    case 'boolean':
      return String(l.value);
    case 'date':
      return l.value;
  }
}

const ESCAPED: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\t': '\\t' };

const quote = (s: string): string => `"${s.replace(/["\\\n\t]/g, (c) => ESCAPED[c]!)}"`;

/**
 * Plain decimal notation: the language has no exponents, so `1e21` or `1.5e-7` (how JavaScript
 * prints very large and very small numbers) are written out with the same shortest digits.
 */
function numberText(n: number): string {
  const s = String(n);
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const [, sign, first, rest = '', exponent] = m;
  const digits = first! + rest;
  const point = 1 + Number(exponent); // where the decimal point goes in `digits`: below 0 or past the end
  return point <= 0 ? `${sign}0.${'0'.repeat(-point)}${digits}` : `${sign}${digits.padEnd(point, '0')}`;
}

// ---- test values ----

function flatValue(v: A.Value): string {
  switch (v.type) {
    case 'object':
      return v.entries.length === 0 ? '{}' : `{ ${v.entries.map((e) => `${e.key.name}: ${flatValue(e.value)}`).join(', ')} }`;
    case 'array':
      return `[${v.items.map(flatValue).join(', ')}]`;
    case 'path':
      return path(v);
    default:
      return literal(v);
  }
}

/**
 * A value starting at column `used` (0-based) at `depth`, with `suffix` characters to follow it: on
 * one line if it fits, else objects and arrays one entry per line (recursively), with trailing commas.
 */
function valueLines(v: A.Value, depth: number, used: number, suffix: number): string[] {
  const flat = flatValue(v);
  if (used + flat.length + suffix <= WIDTH) return [flat];
  if (v.type === 'object' && v.entries.length > 0) {
    return broken('{', '}', depth, v.entries.map((e) => [`${e.key.name}: `, e.value]));
  }
  if (v.type === 'array' && v.items.length > 0) return broken('[', ']', depth, v.items.map((i) => ['', i]));
  return [flat];
}

function broken(open: string, close: string, depth: number, entries: [string, A.Value][]): string[] {
  const lines = entries.flatMap(([key, value]) => {
    const head = `${pad(depth + 1)}${key}`;
    const [first, ...rest] = valueLines(value, depth + 1, head.length, 1);
    const entry = [head + first!, ...rest];
    entry[entry.length - 1] += ',';
    return entry;
  });
  return [open, ...lines, `${pad(depth)}${close}`];
}
