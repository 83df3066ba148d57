// CST → AST. Runs only on a CST without syntax errors, so every child the grammar requires is there.
// Spans come from token positions and chevrotain's node offsets (`nodeLocationTracking: 'onlyOffset'`,
// cheaper than full tracking), turned into lines and columns here.
import type { CstNode, IToken } from 'chevrotain';
import type * as A from './ast.ts';
import type { Span } from './diagnostics.ts';
import * as T from './tokens.ts';

const nodes = (n: CstNode, key: string): CstNode[] => (n.children[key] ?? []) as CstNode[];
const tokens = (n: CstNode, key: string): IToken[] => (n.children[key] ?? []) as IToken[];
const node = (n: CstNode, key: string): CstNode | undefined => nodes(n, key)[0];
const token = (n: CstNode, key: string): IToken | undefined => tokens(n, key)[0];
/** The only child node of a node that is a choice between rules (`declaration`, `clause`, ...). */
const choice = (n: CstNode): CstNode => Object.values(n.children)[0]![0] as CstNode;

export function buildPolicyFile(cst: CstNode, comments: readonly IToken[], file: string, text: string): A.PolicyFile {
  const b = new AstBuilder(file, lineStarts(text));
  return {
    file,
    declarations: nodes(cst, 'declaration').map((d) => b.declaration(choice(d))),
    comments: comments.map((c) => ({ text: c.image.slice(1), span: b.tokenSpan(c) })),
  };
}

/** The offset each line starts at (the lexer's only line break is `\n`). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

class AstBuilder {
  constructor(
    private readonly file: string,
    private readonly lines: readonly number[],
  ) {}

  /** 1-based line and column of an offset. */
  private position(offset: number): { line: number; col: number } {
    let lo = 0;
    let hi = this.lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lines[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - this.lines[lo]! + 1 };
  }

  tokenSpan(t: IToken): Span {
    return T.tokenSpan(t, this.file);
  }

  private span(n: CstNode): Span {
    return this.between(n, n);
  }

  /** From the start of one node to the end of another (for left-folded `and`/`or` chains). */
  private between(first: CstNode, last: CstNode): Span {
    const offset = first.location!.startOffset;
    const end = last.location!.endOffset!; // the last character, inclusive
    const a = this.position(offset);
    const z = this.position(end);
    return { file: this.file, line: a.line, col: a.col, endLine: z.line, endCol: z.col, offset, endOffset: end + 1 };
  }

  private name(t: IToken): A.Name {
    return { name: intern(t.image), span: this.tokenSpan(t) };
  }

  private string(t: IToken): A.StringLiteral {
    return { type: 'string', value: intern(T.unquote(t.image)), span: this.tokenSpan(t) };
  }

  private optionalString(n: CstNode): string | undefined {
    const t = token(n, 'Str');
    return t === undefined ? undefined : intern(T.unquote(t.image));
  }

  // ---- declarations ----

  declaration(n: CstNode): A.Declaration {
    switch (n.name) {
      case 'policyHeader': {
        const [name, version] = tokens(n, 'Str').map((t) => T.unquote(t.image));
        return { kind: 'policy', name: name!, version: version!, span: this.span(n) };
      }
      case 'defaultDecl':
        return withOptional({ kind: 'default', effect: token(n, 'Deny') ? 'deny' : 'allow', span: this.span(n) }, 'reason', this.optionalString(n));
      case 'settingsDecl':
        return { kind: 'settings', entries: nodes(n, 'settingEntry').map((e) => this.settingEntry(e)), span: this.span(n) };
      case 'listDecl':
        return this.listDecl(n);
      case 'termsDecl': {
        const terms = tokens(node(n, 'stringList')!, 'Str').map((t) => this.string(t));
        return withOptional({ kind: 'terms', name: this.name(token(n, 'AnyName')!), terms, span: this.span(n) }, 'description', this.optionalString(n));
      }
      case 'patternDecl': {
        const pattern = this.regex(token(n, 'RegexTok')!);
        return withOptional({ kind: 'pattern', name: this.name(token(n, 'AnyName')!), pattern, span: this.span(n) }, 'description', this.optionalString(n));
      }
      case 'vettedDecl': {
        const words = tokens(node(n, 'stringList')!, 'Str').map((t) => this.string(t));
        return withOptional({ kind: 'vetted', name: this.name(token(n, 'AnyName')!), words, span: this.span(n) }, 'description', this.optionalString(n));
      }
      case 'templateDecl': {
        const strings = tokens(n, 'Str');
        const text = this.string(strings[strings.length - 1]!);
        const decl: A.TemplateDecl = { kind: 'template', name: this.name(token(n, 'AnyName')!), category: this.name(token(n, 'Name')!), text, span: this.span(n) };
        return strings.length > 1 ? { ...decl, description: intern(T.unquote(strings[0]!.image)) } : decl;
      }
      case 'ruleDecl':
        return this.ruleDecl(n);
      case 'fixtureDecl':
        return { kind: 'fixture', name: this.name(token(n, 'AnyName')!), givens: nodes(n, 'given').map((g) => this.given(g)), span: this.span(n) };
      default:
        return this.testDecl(n);
    }
  }

  private settingEntry(n: CstNode): A.SettingEntry {
    return { key: this.name(token(n, 'Name')!), value: this.literal(token(n, 'Literal')!), span: this.span(n) };
  }

  private listDecl(n: CstNode): A.ListDecl {
    const decl: A.ListDecl = {
      kind: 'list',
      listKind: token(n, 'ListKeyword')!.image as A.ListKind,
      name: this.name(token(n, 'AnyName')!),
      items: this.names(node(n, 'nameList')!),
      span: this.span(n),
    };
    return withOptional(decl, 'description', this.optionalString(n));
  }

  private names(list: CstNode): A.Name[] {
    return tokens(list, 'Name').map((t) => this.name(t));
  }

  private regex(t: IToken): A.RegexLiteral {
    return { type: 'regex', ...T.splitRegex(t.image), span: this.tokenSpan(t) };
  }

  // ---- rules ----

  private ruleDecl(n: CstNode): A.RuleDecl {
    const rule: A.RuleDecl = { kind: 'rule', name: this.name(token(n, 'AnyName')!), span: this.span(n) };
    const duplicates: A.RuleClause[] = [];
    for (const c of nodes(n, 'clause')) {
      const clause = this.clause(choice(c));
      if (rule[clause.clause] === undefined) Object.assign(rule, clauseValue(clause));
      else duplicates.push(clause);
    }
    return duplicates.length > 0 ? { ...rule, duplicates } : rule;
  }

  private clause(n: CstNode): A.RuleClause {
    const span = this.span(n);
    switch (n.name) {
      case 'whenClause':
        return { clause: 'when', when: this.expression(node(n, 'expression')!), span };
      case 'becauseClause':
        return { clause: 'because', because: this.string(token(n, 'Str')!), span };
      case 'citeClause':
        return { clause: 'cite', cite: this.string(token(n, 'Str')!), span };
      default:
        return { clause: 'effect', effect: this.effect(n), span };
    }
  }

  private effect(n: CstNode): A.Effect {
    const span = this.span(n);
    if (token(n, 'Allow')) return { effect: 'allow', span };
    if (token(n, 'Deny')) return { effect: 'deny', span };
    return { effect: 'downgrade', strategies: nodes(n, 'strategy').map((s) => this.strategy(s)), span };
  }

  private strategy(n: CstNode): A.Strategy {
    const span = this.span(n);
    const listRef = node(n, 'listRef');
    const text = token(n, 'Str');
    if (listRef !== undefined) {
      const redact: A.RedactStrategy = { strategy: 'redact', labels: this.listRef(choice(listRef)), span };
      return text === undefined ? redact : { ...redact, replacement: this.string(text) };
    }
    if (token(n, 'Defer') !== undefined) {
      const name = token(n, 'Name');
      return { strategy: 'defer', until: name === undefined ? this.string(text!) : this.name(name), span };
    }
    const route: A.RouteStrategy = { strategy: 'route', channel: this.name(token(n, 'Name')!), span };
    return text === undefined ? route : { ...route, alert: this.string(text) };
  }

  private listRef(n: CstNode): A.ListRef {
    return n.name === 'path' ? this.path(n) : this.listLiteral(n);
  }

  // ---- expressions ----

  private expression(n: CstNode): A.Expr {
    return this.fold(n, 'andExpr', 'or', (x) => this.andExpr(x));
  }

  private andExpr(n: CstNode): A.Expr {
    return this.fold(n, 'notExpr', 'and', (x) => this.notExpr(x));
  }

  /** `a op b op c` is `(a op b) op c`. */
  private fold(n: CstNode, key: string, type: 'and' | 'or', build: (x: CstNode) => A.Expr): A.Expr {
    const operands = nodes(n, key);
    let expr = build(operands[0]!);
    for (const right of operands.slice(1)) expr = { type, left: expr, right: build(right), span: this.between(operands[0]!, right) };
    return expr;
  }

  /** `not not x`: the innermost `not` is the last one written, and each spans to the end. */
  private notExpr(n: CstNode): A.Expr {
    const parenthesized = node(n, 'expression');
    let expr = parenthesized === undefined ? this.comparison(node(n, 'comparison')!) : this.expression(parenthesized);
    const end = n.location!.endOffset!;
    const z = this.position(end);
    for (const not of tokens(n, 'NotOp').reverse()) {
      const span = { ...this.tokenSpan(not), endLine: z.line, endCol: z.col, endOffset: end + 1 };
      expr = { type: 'not', operand: expr, span };
    }
    return expr;
  }

  private comparison(n: CstNode): A.Expr {
    const [leftNode, rightNode] = nodes(n, 'operand');
    const left = this.operand(leftNode!);
    const span = this.span(n);
    const right = rightNode === undefined ? undefined : this.operand(rightNode);
    if (token(n, 'Is')) return { type: 'presence', present: token(n, 'Present') !== undefined, path: left as A.PathRef, span };
    const op = token(n, 'CompareOp');
    if (op !== undefined) return { type: 'compare', op: op.image as A.CompareOp, left, right: right!, span };
    if (token(n, 'In')) return { type: 'in', negated: token(n, 'Not') !== undefined, left, right: right!, span };
    if (token(n, 'Contains')) {
      const quantifier = token(n, 'Any') ? 'any' : token(n, 'All') ? 'all' : 'one';
      return { type: 'contains', quantifier, left, right: right!, span };
    }
    if (token(n, 'Matches')) {
      const regex = token(n, 'RegexTok');
      return { type: 'matches', left, pattern: regex === undefined ? this.name(token(n, 'Name')!) : this.regex(regex), span };
    }
    return left;
  }

  private operand(n: CstNode): A.Operand {
    const path = node(n, 'path');
    if (path !== undefined) return this.path(path);
    const list = node(n, 'listLiteral');
    return list === undefined ? this.literal(token(n, 'Literal')!) : this.listLiteral(list);
  }

  private literal(t: IToken): A.Literal {
    const span = this.tokenSpan(t);
    switch (t.tokenType) {
      case T.NumberTok:
        return { type: 'number', value: Number(t.image), span };
      case T.DateTok:
        return { type: 'date', value: t.image, span };
      case T.True:
      case T.False:
        return { type: 'boolean', value: t.tokenType === T.True, span };
      default:
        return this.string(t);
    }
  }

  private listLiteral(n: CstNode): A.ListLiteral {
    const items = nodes(n, 'listItem').map((i) => {
      const path = node(i, 'path');
      return path === undefined ? this.literal(token(i, 'Literal')!) : this.path(path);
    });
    return { type: 'list', items, span: this.span(n) };
  }

  private path(n: CstNode): A.PathRef {
    const segments = [token(n, 'Name')!, ...tokens(n, 'AnyName')].map((t) => intern(t.image));
    return { type: 'path', segments, span: this.span(n) };
  }

  // ---- fixtures and tests ----

  private testDecl(n: CstNode): A.TestDecl {
    const test: A.TestDecl = {
      kind: 'test',
      title: this.string(token(n, 'Str')!),
      uses: nodes(n, 'useClause').flatMap((u) => tokens(u, 'Name').map((t) => this.name(t))),
      givens: nodes(n, 'given').map((g) => this.given(g)),
      span: this.span(n),
    };
    const expect = node(n, 'expectation');
    return expect === undefined ? test : { ...test, expect: this.expectation(expect) };
  }

  private given(n: CstNode): A.Given {
    return { path: this.path(node(n, 'path')!), value: this.value(node(n, 'value')!), span: this.span(n) };
  }

  private value(n: CstNode): A.Value {
    const literal = token(n, 'Literal');
    if (literal !== undefined) return this.literal(literal);
    const v = choice(n);
    switch (v.name) {
      case 'path':
        return this.path(v);
      case 'objectValue':
        return { type: 'object', entries: nodes(v, 'entry').map((e) => ({ key: this.name(token(e, 'AnyName')!), value: this.value(node(e, 'value')!) })), span: this.span(v) };
      default:
        return { type: 'array', items: nodes(v, 'value').map((x) => this.value(x)), span: this.span(v) };
    }
  }

  private expectation(n: CstNode): A.Expectation {
    const decision = token(n, 'Allow') ? 'allow' : token(n, 'Deny') ? 'deny' : 'downgrade';
    const expectation: A.Expectation = { decision, by: tokens(n, 'Name').map((t) => this.name(t)), span: this.span(n) };
    const findings = node(n, 'findings');
    const actions = node(n, 'actions');
    const body = token(n, 'Str');
    const notBefore = token(n, 'DateTok');
    if (findings !== undefined) expectation.findings = this.names(findings);
    if (actions !== undefined) expectation.actions = this.names(actions);
    if (body !== undefined) expectation.body = this.string(body);
    if (notBefore !== undefined) expectation.notBefore = { type: 'date', value: notBefore.image, span: this.tokenSpan(notBefore) };
    return expectation;
  }
}

/** Optional AST fields are left out rather than set to undefined, so ASTs compare cleanly. */
function withOptional<N extends object, K extends string>(n: N, key: K, value: string | undefined): N {
  return value === undefined ? n : { ...n, [key]: value };
}

function clauseValue(c: A.RuleClause): Partial<A.RuleDecl> {
  switch (c.clause) {
    case 'when':
      return { when: c.when };
    case 'effect':
      return { effect: c.effect };
    case 'because':
      return { because: c.because };
    case 'cite':
      return { cite: c.cite };
  }
}

/**
 * The same text as an internalized string: names and literals from a policy are compared with the
 * request's strings on every decision, and V8 compares two internalized strings by pointer instead
 * of character by character. Property keys are internalized, so the text is read back as one; the
 * few distinct names of a bundle are kept, as a bundle repeats them many times.
 */
function intern(text: string): string {
  let interned = INTERNED.get(text);
  if (interned === undefined) {
    if (INTERNED.size >= INTERNED_MAX) INTERNED.clear();
    interned = Object.keys({ [text]: true })[0]!;
    INTERNED.set(interned, interned);
  }
  return interned;
}
const INTERNED = new Map<string, string>();
/** Past this many distinct texts (a playground fed random text) the cache starts over: memory stays bounded. */
const INTERNED_MAX = 50_000;
