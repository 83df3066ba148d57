import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as A from '../../grammar/ast.ts';
import { codeFrame, DIAGNOSTIC_CODES, formatPolicy, parsePolicy, stripSpans, type Span } from '../../grammar/index.ts';
import { EXAMPLE } from './helpers.ts';

/** `PROP_RUNS=5000` for a deeper local run. */
const RUNS = { numRuns: Number(process.env['PROP_RUNS'] ?? 200) };

// ---- (1) parsePolicy never throws, and its diagnostics point inside the text ----

/** 1-based line and column of an offset, with `\n` as the only line break (as the lexer and `codeFrame`). */
function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  return [before.split('\n').length, offset - before.lastIndexOf('\n')];
}

function checkParse(text: string): void {
  const result = parsePolicy(text, 'fuzz.policy');
  if (result.ok) return;
  expect(result.diagnostics.length).toBeGreaterThan(0);
  for (const d of result.diagnostics) {
    expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
    expect(d.span.file).toBe('fuzz.policy');
    expect(0 <= d.span.offset && d.span.offset <= d.span.endOffset && d.span.endOffset <= text.length).toBe(true);
    expect([d.span.line, d.span.col]).toEqual(lineCol(text, d.span.offset));
    expect(codeFrame(text, d.span)).toContain('^');
  }
}

/** Pieces of the language (and of common mistakes), so random text reaches deep into the grammar. */
const FRAGMENTS = [
  'rule', 'r1', ' ', '\n', '{', '}', '[', ']', '(', ')', ',', ':', '.', '=', '==', '<', 'and', 'or', 'not', 'in', 'when', 'deny',
  'downgrade', 'redact', 'route', 'else', 'tier', 'test', 'given', 'expect', 'use', '"text"', '"open', '2026-02-30', '2026-01-01',
  '-3.5', '/a+/i', '/(/', '#c\n', '&&', '||', '\\', '“', 'is', 'present', 'contains', 'any', 'x.scopes', 'fixture', 'settings',
  'defer', 'until', 'with', 'body', 'not before', 'AND', 'Or', '01/31/2026', 'dney', 'is not',
];

type Mutation = { at: number; length: number; insert: string };

const mutation: fc.Arbitrary<Mutation> = fc.record({ at: fc.nat(), length: fc.nat({ max: 12 }), insert: fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 3 })) });

function mutate(text: string, mutations: Mutation[]): string {
  return mutations.reduce((t, m) => {
    const at = m.at % (t.length + 1);
    return t.slice(0, at) + m.insert + t.slice(at + m.length);
  }, text);
}

describe('parsePolicy on arbitrary input', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkParse), RUNS);
  });

  it('never throws on random sequences of the language’s own pieces', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }), (parts) => checkParse(parts.join(''))), RUNS);
  });

  it('never throws on mutations of a valid policy; what still parses formats faithfully', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const text = mutate(EXAMPLE, mutations);
        checkParse(text);
        const result = parsePolicy(text, 'fuzz.policy');
        if (result.ok) expectFaithfulFormat(result.value);
      }),
      RUNS,
    );
  });
});

// ---- (2) formatting well-formed ASTs keeps their meaning and is idempotent ----

const commentTexts = (ast: A.PolicyFile): string[] => ast.comments.map((c) => c.text.trimEnd());

/** Format, reparse, and check meaning, comments (in any order: clauses may move) and idempotence. */
function expectFaithfulFormat(ast: A.PolicyFile): A.PolicyFile {
  const text = formatPolicy(ast);
  const reparsed = parsePolicy(text, ast.file);
  if (!reparsed.ok) expect.fail(`formatted text does not parse:\n${text}\n${reparsed.diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.message}`).join('\n')}`);
  expect(stripSpans(reparsed.value)).toEqual(stripSpans(ast));
  expect(formatPolicy(reparsed.value)).toBe(text);
  expect(commentTexts(reparsed.value).sort()).toEqual(commentTexts(ast).sort());
  return reparsed.value;
}

/** Spans are filled in per declaration afterwards (see `placed`); generated nodes start with this one. */
const S: Span = { file: 'gen.policy', line: 1, col: 1, endLine: 1, endCol: 1, offset: 0, endOffset: 0 };

/** Names that are never keywords: a digit or `_` after letters, or a hyphen, or tricky near-keywords. */
const nameText = fc.oneof(
  fc.stringMatching(/^[a-zA-Z]{1,6}[0-9_][a-zA-Z0-9_]{0,3}$/),
  fc.stringMatching(/^[a-z]{1,6}-[a-z0-9]{1,4}$/),
  fc.constantFrom('sms', 'portal', 'HIV', 'testing', 'scoped', 'ins', 'notice', 'alls'),
);
/** After a dot and as object keys, keywords are names too. */
const segmentText = fc.oneof(nameText, fc.constantFrom('scopes', 'findings', 'channels', 'test', 'all', 'any', 'tier', 'not', 'rule', 'when'));

const name: fc.Arbitrary<A.Name> = nameText.map((n) => ({ name: n, span: S }));
const path: fc.Arbitrary<A.PathRef> = fc.tuple(nameText, fc.array(segmentText, { maxLength: 2 })).map(([first, rest]) => ({ type: 'path', segments: [first, ...rest], span: S }));

const text = fc.string({ unit: 'binary', maxLength: 12 }).filter((s) => !s.includes('\r'));
const string: fc.Arbitrary<A.StringLiteral> = text.map((value) => ({ type: 'string', value, span: S }));
const number: fc.Arbitrary<A.NumberLiteral> = fc
  .oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }))
  .filter((n) => !Object.is(n, -0))
  .map((value) => ({ type: 'number', value, span: S }));

const two = (n: number): string => String(n).padStart(2, '0');
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const date: fc.Arbitrary<A.DateLiteral> = fc
  .record({
    y: fc.integer({ min: 1900, max: 2100 }),
    m: fc.integer({ min: 1, max: 12 }),
    d: fc.integer({ min: 1, max: 31 }),
    time: fc.option(fc.tuple(fc.integer({ max: 23, min: 0 }), fc.integer({ min: 0, max: 59 }), fc.constantFrom('', ':07', ':59.125')), { nil: undefined }),
    zone: fc.constantFrom('', 'Z', '+05:30', '-11:00'),
  })
  .map(({ y, m, d, time, zone }) => {
    const day = `${y}-${two(m)}-${two(Math.min(d, daysIn(y, m)))}`;
    return { type: 'date', value: time === undefined ? day : `${day}T${two(time[0])}:${two(time[1])}${time[2]}${zone}`, span: S };
  });
const boolean: fc.Arbitrary<A.BooleanLiteral> = fc.boolean().map((value) => ({ type: 'boolean', value, span: S }));
const literal: fc.Arbitrary<A.Literal> = fc.oneof(string, number, date, boolean);

const regex: fc.Arbitrary<A.RegexLiteral> = fc
  .record({ source: fc.constantFrom('\\bR-\\d{3}\\b', 'HIV', '[/]x', 'a\\/b', '(?:x|y)+', '^\\w+$', '[\\]#]'), flags: fc.subarray(['i', 'm', 's', 'u']) })
  .map(({ source, flags }) => ({ type: 'regex', source, flags: flags.join(''), span: S }));

const list: fc.Arbitrary<A.ListLiteral> = fc.array(fc.oneof(path, literal), { maxLength: 3 }).map((items) => ({ type: 'list', items, span: S }));
const operand: fc.Arbitrary<A.Operand> = fc.oneof(path, literal, list);

const comparison: fc.Arbitrary<A.Comparison | A.Operand> = fc.oneof(
  operand,
  fc.record({ type: fc.constant('compare' as const), op: fc.constantFrom('==', '!=', '<', '<=', '>', '>=' as const), left: operand, right: operand, span: fc.constant(S) }),
  fc.record({ type: fc.constant('in' as const), negated: fc.boolean(), left: operand, right: operand, span: fc.constant(S) }),
  fc.record({ type: fc.constant('contains' as const), quantifier: fc.constantFrom('one', 'any', 'all' as const), left: operand, right: operand, span: fc.constant(S) }),
  fc.record({ type: fc.constant('matches' as const), left: operand, pattern: fc.oneof(regex, name), span: fc.constant(S) }),
  fc.record({ type: fc.constant('presence' as const), present: fc.boolean(), path, span: fc.constant(S) }),
);

const { expr } = fc.letrec<{ expr: A.Expr }>((tie) => ({
  expr: fc.oneof(
    { maxDepth: 5 },
    comparison,
    fc.record({ type: fc.constant('not' as const), operand: tie('expr'), span: fc.constant(S) }),
    fc.record({ type: fc.constantFrom('and', 'or' as const), left: tie('expr'), right: tie('expr'), span: fc.constant(S) }),
  ),
}));

const strategy: fc.Arbitrary<A.Strategy> = fc.oneof(
  fc.record({ strategy: fc.constant('redact' as const), labels: fc.oneof(list, path), replacement: fc.option(string, { nil: undefined }), span: fc.constant(S) }, { requiredKeys: ['strategy', 'labels', 'span'] }),
  fc.record({ strategy: fc.constant('route' as const), channel: name, alert: fc.option(string, { nil: undefined }), span: fc.constant(S) }),
  fc.record({ strategy: fc.constant('defer' as const), until: fc.oneof(name, string), span: fc.constant(S) }),
);
const effect: fc.Arbitrary<A.Effect> = fc.oneof(
  fc.constantFrom<A.Effect>({ effect: 'allow', span: S }, { effect: 'deny', span: S }),
  fc.record({ effect: fc.constant('downgrade' as const), strategies: fc.array(strategy, { minLength: 1, maxLength: 3 }), span: fc.constant(S) }),
);

const clause: fc.Arbitrary<A.RuleClause> = fc.oneof(
  expr.map((when) => ({ clause: 'when' as const, when, span: S })),
  effect.map((e) => ({ clause: 'effect' as const, effect: e, span: S })),
  string.map((because) => ({ clause: 'because' as const, because, span: S })),
  string.map((cite) => ({ clause: 'cite' as const, cite, span: S })),
);

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const rule: fc.Arbitrary<A.RuleDecl> = fc
  .record({ name, when: opt(expr), effect: opt(effect), because: opt(string), cite: opt(string), extra: fc.array(clause, { maxLength: 2 }) })
  .map(({ extra, ...r }) => {
    // A repeated clause only exists after a first one of its kind.
    const duplicates = extra.filter((c) => r[c.clause] !== undefined);
    return { kind: 'rule', ...r, span: S, ...(duplicates.length > 0 ? { duplicates } : {}) };
  });

const { value } = fc.letrec<{ value: A.Value }>((tie) => ({
  value: fc.oneof(
    { maxDepth: 3 },
    literal,
    path,
    fc.record({ type: fc.constant('object' as const), entries: fc.array(fc.record({ key: segmentText.map((n) => ({ name: n, span: S })), value: tie('value') }), { maxLength: 4 }), span: fc.constant(S) }),
    fc.record({ type: fc.constant('array' as const), items: fc.array(tie('value'), { maxLength: 4 }), span: fc.constant(S) }),
  ),
}));
const given: fc.Arbitrary<A.Given> = fc.record({ path, value, span: fc.constant(S) });
const names = fc.array(name, { maxLength: 4 });

const declaration: fc.Arbitrary<A.Declaration> = fc.oneof(
  fc.record({ kind: fc.constant('policy' as const), name: text, version: text, span: fc.constant(S) }),
  fc.record({ kind: fc.constant('default' as const), effect: fc.constantFrom('allow', 'deny' as const), reason: opt(text), span: fc.constant(S) }),
  fc.record({ kind: fc.constant('settings' as const), entries: fc.array(fc.record({ key: name, value: literal, span: fc.constant(S) }), { maxLength: 3 }), span: fc.constant(S) }),
  fc.record({
    kind: fc.constant('list' as const),
    listKind: fc.constantFrom('tier', 'scope', 'channels', 'categories', 'scopes', 'labels', 'fields' as const),
    name,
    description: opt(text),
    items: fc.array(name, { maxLength: 12 }),
    span: fc.constant(S),
  }),
  fc.record({ kind: fc.constant('terms' as const), name, description: opt(text), terms: fc.array(string, { maxLength: 8 }), span: fc.constant(S) }),
  fc.record({ kind: fc.constant('pattern' as const), name, description: opt(text), pattern: regex, span: fc.constant(S) }),
  rule,
  fc.record({ kind: fc.constant('fixture' as const), name, givens: fc.array(given, { maxLength: 3 }), span: fc.constant(S) }),
  fc.record({
    kind: fc.constant('test' as const),
    title: string,
    uses: names,
    givens: fc.array(given, { maxLength: 3 }),
    expect: opt(
      fc.record(
        { decision: fc.constantFrom('allow', 'downgrade', 'deny' as const), by: names, findings: opt(names), actions: opt(names), body: opt(string), notBefore: opt(date), span: fc.constant(S) },
        { requiredKeys: ['decision', 'by', 'span'] },
      ),
    ),
    span: fc.constant(S),
  }),
);

const commentText = fc.string({ unit: 'binary', maxLength: 20 }).filter((s) => !/[\r\n]/.test(s));

/**
 * Give declaration i (and everything in it) a one-line span, and place comments around it the way a
 * source file would: an own-line comment in the gap before it, a trailing comment after it on its line.
 */
function placed(declarations: A.Declaration[], before: (string | undefined)[], after: (string | undefined)[]): A.PolicyFile {
  const comments: A.Comment[] = [];
  const comment = (text: string, line: number, offset: number) => comments.push({ text, span: { ...S, line, endLine: line, offset, endOffset: offset + text.length + 1 } });
  const decls = declarations.map((d, i) => {
    if (before[i] !== undefined) comment(before[i]!, 10 * i + 2, 1000 * i + 100);
    const span: Span = { ...S, line: 10 * i + 5, endLine: 10 * i + 5, offset: 1000 * i + 500, endOffset: 1000 * i + 900 };
    if (after[i] !== undefined) comment(after[i]!, 10 * i + 5, 1000 * i + 950);
    return withSpan(d, span);
  });
  const end = before[declarations.length];
  if (end !== undefined) comment(end, 10 * declarations.length + 2, 1000 * declarations.length + 100);
  return { file: 'gen.policy', declarations: decls, comments };
}

/** A deep copy with every `span` replaced (and undefined optional fields dropped, as the parser leaves them out). */
function withSpan<T>(node: T, span: Span): T {
  return JSON.parse(JSON.stringify(node), (key, v: unknown) => (key === 'span' ? span : v)) as T;
}

const policyFile: fc.Arbitrary<A.PolicyFile> = fc
  .array(declaration, { maxLength: 8 })
  .chain((declarations) =>
    fc
      .tuple(fc.array(opt(commentText), { minLength: declarations.length + 1, maxLength: declarations.length + 1 }), fc.array(opt(commentText), { minLength: declarations.length, maxLength: declarations.length }))
      .map(([before, after]) => placed(declarations, before, after)),
  );

describe('formatPolicy on generated policies', () => {
  it('prints text that parses back to the same meaning, with every comment, and formats to itself', () => {
    fc.assert(
      fc.property(policyFile, (ast) => {
        expect(commentTexts(expectFaithfulFormat(ast))).toEqual(commentTexts(ast));
      }),
      RUNS,
    );
  });
});
