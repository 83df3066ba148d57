import { describe, expect, it } from 'vitest';
import { parsePolicy, stripSpans, type BinaryLogic, type RuleDecl, type TestDecl } from '../../grammar/index.ts';
import { and, condition, eq, EXAMPLE, firstDecl, name, not, num, or, parseErrors, parseOk, path, rule, str } from './helpers.ts';
import { validateGrammar } from '../../grammar/parser.ts';
import { validateTokens } from '../../grammar/tokens.ts';

describe('declarations', () => {
  it('parses the example bundle file', () => {
    const ast = parseOk(EXAMPLE, 'riverside.policy');
    expect(ast.file).toBe('riverside.policy');
    expect(ast.declarations.map((d) => d.kind)).toEqual([
      'policy', 'default', 'settings', 'list', 'list', 'list', 'list', 'list', 'list', 'list', 'list', 'terms', 'pattern', 'rule', 'rule', 'rule', 'fixture', 'test',
    ]);
    expect(ast.comments.map((c) => c.text)).toEqual([" Riverside's messaging policy"]);
  });

  it('parses the policy header and default', () => {
    const ast = stripSpans(parseOk('policy "hipaa-messaging" version "2026.11.1"\ndefault deny "No rule allows this send"\ndefault allow'));
    expect(ast.declarations).toEqual([
      { kind: 'policy', name: 'hipaa-messaging', version: '2026.11.1' },
      { kind: 'default', effect: 'deny', reason: 'No rule allows this send' },
      { kind: 'default', effect: 'allow' },
    ]);
  });

  it('parses settings with every kind of literal', () => {
    const settings = stripSpans(firstDecl('settings {\n  practice = "Riverside"\n  max = -2.5\n  strict = true\n  since = 2026-01-31\n}'));
    expect(settings).toEqual({
      kind: 'settings',
      entries: [
        { key: name('practice'), value: str('Riverside') },
        { key: name('max'), value: num(-2.5) },
        { key: name('strict'), value: { type: 'boolean', value: true } },
        { key: name('since'), value: { type: 'date', value: '2026-01-31' } },
      ],
    });
  });

  it('parses every list kind, with descriptions, trailing commas, line breaks and empty lists', () => {
    for (const kind of ['tier', 'scope', 'channels', 'categories', 'scopes', 'labels', 'fields']) {
      expect(stripSpans(firstDecl(`${kind} x = [a, b]`))).toEqual({ kind: 'list', listKind: kind, name: name('x'), items: [name('a'), name('b')] });
    }
    expect(stripSpans(firstDecl('tier clinical "Secure only" = [\n  lab_result,\n  care_plan,\n]'))).toEqual({
      kind: 'list',
      listKind: 'tier',
      name: name('clinical'),
      description: 'Secure only',
      items: [name('lab_result'), name('care_plan')],
    });
    expect(stripSpans(firstDecl('labels none = []'))).toEqual({ kind: 'list', listKind: 'labels', name: name('none'), items: [] });
  });

  it('parses terms and patterns', () => {
    const ast = stripSpans(parseOk('terms clinic "Clinics" = ["HIV clinic", "say \\"hi\\"\\\\\\n\\t",]\npattern room "Rooms" = /\\bR-[/]\\d{3}\\b/iu\npattern p = /x/'));
    expect(ast.declarations).toEqual([
      { kind: 'terms', name: name('clinic'), description: 'Clinics', terms: [str('HIV clinic'), str('say "hi"\\\n\t')] },
      { kind: 'pattern', name: name('room'), description: 'Rooms', pattern: { type: 'regex', source: '\\bR-[/]\\d{3}\\b', flags: 'iu' } },
      { kind: 'pattern', name: name('p'), pattern: { type: 'regex', source: 'x', flags: '' } },
    ]);
  });

  it('parses a fixture and a test, with uses, givens and expect in any order', () => {
    const ast = parseOk(`fixture f {
  given channel sms
  given patient { consents: [{ scopes: [scheduling], status: active }], portalActive: true, age: 42, tags: [], meta: {} }
}
test "a title" {
  given at 2026-11-24T15:00:00Z
  expect downgrade by rule-a, rule-b findings [HIV] actions [portal, sms]
  use f, g
  use h
}
test "minimal" {
  expect allow
}`);
    const [fixture, test, minimal] = stripSpans(ast).declarations;
    expect(fixture).toEqual({
      kind: 'fixture',
      name: name('f'),
      givens: [
        { path: path('channel'), value: path('sms') },
        {
          path: path('patient'),
          value: {
            type: 'object',
            entries: [
              { key: name('consents'), value: { type: 'array', items: [{ type: 'object', entries: [{ key: name('scopes'), value: { type: 'array', items: [path('scheduling')] } }, { key: name('status'), value: path('active') }] }] } },
              { key: name('portalActive'), value: { type: 'boolean', value: true } },
              { key: name('age'), value: num(42) },
              { key: name('tags'), value: { type: 'array', items: [] } },
              { key: name('meta'), value: { type: 'object', entries: [] } },
            ],
          },
        },
      ],
    });
    expect(test).toEqual({
      kind: 'test',
      title: str('a title'),
      uses: [name('f'), name('g'), name('h')],
      givens: [{ path: path('at'), value: { type: 'date', value: '2026-11-24T15:00:00Z' } }],
      expect: { decision: 'downgrade', by: [name('rule-a'), name('rule-b')], findings: [name('HIV')], actions: [name('portal'), name('sms')] },
    });
    expect(minimal).toEqual({ kind: 'test', title: str('minimal'), uses: [], givens: [], expect: { decision: 'allow', by: [] } });
  });
});

describe('rules', () => {
  it('keeps names and texts exactly as written, including ones that look like numbers or special keys', () => {
    for (const text of ['__proto__', 'constructor', '123', '', 'acme-sms', 'Ünïcödé']) {
      const r = stripSpans(rule(`rule r {\n  when sender.vendor == "${text}"\n  deny\n  because "${text}"\n}`));
      expect(r.when).toEqual({ type: 'compare', op: '==', left: path('sender', 'vendor'), right: str(text) });
      expect(r.because).toEqual(str(text));
    }
  });

  it('parses every clause, in any order', () => {
    const r = stripSpans(rule('rule no-baa {\n  cite "45 CFR"\n  because "No BAA"\n  deny\n  when not vendor.covers\n}'));
    expect(r).toEqual({ kind: 'rule', name: name('no-baa'), when: not(path('vendor', 'covers')), effect: { effect: 'deny' }, because: str('No BAA'), cite: str('45 CFR') });
  });

  it('parses a rule without an effect, and an empty rule (the checker reports them)', () => {
    expect(stripSpans(rule('rule r { when a }'))).toEqual({ kind: 'rule', name: name('r'), when: path('a') });
    expect(stripSpans(rule('rule r {}'))).toEqual({ kind: 'rule', name: name('r') });
  });

  it('keeps the first of a repeated clause and records the others as duplicates', () => {
    const r = rule('rule r {\n  deny\n  when a\n  allow\n  when b\n  because "x"\n}');
    expect(stripSpans(r)).toEqual({
      kind: 'rule',
      name: name('r'),
      effect: { effect: 'deny' },
      when: path('a'),
      because: str('x'),
      duplicates: [
        { clause: 'effect', effect: { effect: 'allow' } },
        { clause: 'when', when: path('b') },
      ],
    });
    expect(r.duplicates!.map((d) => [d.span.line, d.span.col, d.span.endCol])).toEqual([
      [4, 3, 7],
      [5, 3, 8],
    ]);
  });

  it('parses allow, deny and downgrade strategies', () => {
    const effect = (text: string) => stripSpans(rule(`rule r { ${text} }`).effect);
    expect(effect('allow')).toEqual({ effect: 'allow' });
    expect(effect('downgrade redact [SSP, HIV]')).toEqual({ effect: 'downgrade', strategies: [{ strategy: 'redact', labels: { type: 'list', items: [path('SSP'), path('HIV')] } }] });
    expect(effect('downgrade redact heightened else route portal else route email alert "New message"')).toEqual({
      effect: 'downgrade',
      strategies: [
        { strategy: 'redact', labels: path('heightened') },
        { strategy: 'route', channel: name('portal') },
        { strategy: 'route', channel: name('email'), alert: str('New message') },
      ],
    });
  });
});

describe('conditions', () => {
  it('parses every comparison', () => {
    expect(condition('a.b == "x"')).toEqual({ type: 'compare', op: '==', left: path('a', 'b'), right: str('x') });
    for (const op of ['!=', '<', '<=', '>', '>=']) expect(condition(`n ${op} 3`)).toEqual({ type: 'compare', op, left: path('n'), right: num(3) });
    expect(condition('channel in unsecured')).toEqual({ type: 'in', negated: false, left: path('channel'), right: path('unsecured') });
    expect(condition('channel not in [sms, "fax", 3, true, 2026-01-01]')).toEqual({
      type: 'in',
      negated: true,
      left: path('channel'),
      right: { type: 'list', items: [path('sms'), str('fax'), num(3), { type: 'boolean', value: true }, { type: 'date', value: '2026-01-01' }] },
    });
    expect(condition('f contains SSP')).toEqual({ type: 'contains', quantifier: 'one', left: path('f'), right: path('SSP') });
    expect(condition('f contains any [a]')).toEqual({ type: 'contains', quantifier: 'any', left: path('f'), right: { type: 'list', items: [path('a')] } });
    expect(condition('f contains all x')).toEqual({ type: 'contains', quantifier: 'all', left: path('f'), right: path('x') });
    expect(condition('body matches /R-\\d+/i')).toEqual({ type: 'matches', left: path('body'), pattern: { type: 'regex', source: 'R-\\d+', flags: 'i' } });
    expect(condition('body matches room_code')).toEqual({ type: 'matches', left: path('body'), pattern: name('room_code') });
    expect(condition('consent is present')).toEqual({ type: 'presence', present: true, path: path('consent') });
    expect(condition('consent.scopes is missing')).toEqual({ type: 'presence', present: false, path: path('consent', 'scopes') });
    expect(condition('true')).toEqual({ type: 'boolean', value: true });
    expect(condition('at > 2026-11-24T15:00:00.250+01:00')).toEqual({ type: 'compare', op: '>', left: path('at'), right: { type: 'date', value: '2026-11-24T15:00:00.250+01:00' } });
  });

  it('gives or < and < not < comparison', () => {
    expect(condition('a == b or c == d and e == f')).toEqual(or(eq('a', 'b'), and(eq('c', 'd'), eq('e', 'f'))));
    expect(condition('a == b and c == d or e == f')).toEqual(or(and(eq('a', 'b'), eq('c', 'd')), eq('e', 'f')));
    expect(condition('not a == b and c')).toEqual(and(not(eq('a', 'b')), path('c')));
    expect(condition('not not a')).toEqual(not(not(path('a'))));
    expect(condition('not (a or b)')).toEqual(not(or(path('a'), path('b'))));
  });

  it('makes and/or left-associative, with parentheses to group otherwise', () => {
    expect(condition('a and b and c')).toEqual(and(and(path('a'), path('b')), path('c')));
    expect(condition('a or b or c')).toEqual(or(or(path('a'), path('b')), path('c')));
    expect(condition('a and (b and c)')).toEqual(and(path('a'), and(path('b'), path('c'))));
    expect(condition('(a or b) and c')).toEqual(and(or(path('a'), path('b')), path('c')));
  });

  it('accepts keywords as path segments after a dot and as object keys', () => {
    expect(condition('consent.scopes contains clinical and message.findings contains all x.all.any')).toEqual(
      and(
        { type: 'contains', quantifier: 'one', left: path('consent', 'scopes'), right: path('clinical') },
        { type: 'contains', quantifier: 'all', left: path('message', 'findings'), right: path('x', 'all', 'any') },
      ),
    );
    expect(condition('vendor.channels contains sms')).toMatchObject({ left: path('vendor', 'channels') });
    const test = stripSpans(firstDecl('test "t" { given m { scopes: [a], test: 1, channels: x, not: false } }')) as TestDecl;
    expect((test.givens[0]!.value as { entries: { key: { name: string } }[] }).entries.map((e) => e.key.name)).toEqual(['scopes', 'test', 'channels', 'not']);
  });

  it('reads keyword-like names with hyphens or more letters as names', () => {
    expect(condition('not-allowed and testing or rule-x')).toEqual(or(and(path('not-allowed'), path('testing')), path('rule-x')));
  });
});

describe('spans', () => {
  const text = 'rule no-baa {\n  when not vendor.covers and a.b == "x"\n  deny\n  because "No BAA"\n}\n';
  const r = parseOk(text, 'spans.policy').declarations[0] as RuleDecl;
  const slice = (s: { offset: number; endOffset: number }) => text.slice(s.offset, s.endOffset);

  it('covers a whole rule and its name exactly', () => {
    expect(r.span).toEqual({ file: 'spans.policy', line: 1, col: 1, endLine: 5, endCol: 1, offset: 0, endOffset: text.length - 1 });
    expect(r.name.span).toEqual({ file: 'spans.policy', line: 1, col: 6, endLine: 1, endCol: 11, offset: 5, endOffset: 11 });
  });

  it('covers expressions, operands and literals exactly', () => {
    const when = r.when as BinaryLogic;
    expect(slice(when.span)).toBe('not vendor.covers and a.b == "x"');
    expect(slice(when.left.span)).toBe('not vendor.covers');
    expect(when.right.span).toMatchObject({ line: 2, col: 30, endLine: 2, endCol: 39 });
    expect(slice(when.right.span)).toBe('a.b == "x"');
    expect(r.because!.span).toEqual({ file: 'spans.policy', line: 4, col: 11, endLine: 4, endCol: 18, offset: 71, endOffset: 79 });
    expect(slice(r.because!.span)).toBe('"No BAA"');
    expect(r.effect!.span).toMatchObject({ line: 3, col: 3, endCol: 6 });
  });

  it('covers comments without their line break, and works with CRLF line endings', () => {
    const crlf = '# first\r\nrule r {\r\n  deny # why\r\n}\r\n';
    const ast = parseOk(crlf);
    expect(ast.comments.map((c) => [c.text, c.span.line, c.span.col, c.span.endCol])).toEqual([
      [' first', 1, 1, 7],
      [' why', 3, 8, 12],
    ]);
    expect((ast.declarations[0] as RuleDecl).effect!.span).toMatchObject({ line: 3, col: 3, endCol: 6 });
  });
});

describe('errors', () => {
  it('reports every broken rule, each on its own line', () => {
    const diagnostics = parseErrors(`rule a {
  when channel = sms
  deny
}

rule b {
  when
  deny
}

rule c {
  when x in [sms email]
  deny
}
`);
    expect(diagnostics.map((d) => [d.code, d.span.line])).toEqual([
      ['parse/unexpected-token', 2],
      ['parse/unexpected-token', 8],
      ['parse/unexpected-token', 12],
    ]);
  });

  it('reports lexical and syntax errors together, sorted, one per place', () => {
    const diagnostics = parseErrors('tier t [a]\nrule r {\n  when a && b\n  because "open\n}\nrul x {}\n');
    expect(diagnostics.map((d) => [d.code, d.span.line, d.span.col])).toEqual([
      ['parse/unexpected-token', 1, 8],
      ['parse/unexpected-token', 3, 10],
      ['parse/unterminated-string', 4, 11],
      ['parse/unexpected-token', 6, 1],
    ]);
  });

  it('points at the last token when the file ends too early', () => {
    const [d] = parseErrors('rule r {\n  deny');
    expect(d!.span).toMatchObject({ line: 2, col: 3, endCol: 6 });
  });

  it('parses empty files and files of comments only', () => {
    expect(parseOk('').declarations).toEqual([]);
    expect(parseOk('\ufeff  # only a comment\n\n').comments).toHaveLength(1);
  });

  it('does not throw on deeply nested parentheses: the first one past the nesting limit is reported where it is', () => {
    const deep = `rule r { when ${'('.repeat(20_000)}a${')'.repeat(20_000)} }`;
    // `rule r { when ` is 14 characters; the rule's `{` is the first level, so the 64th `(` is the 65th.
    expect(parsePolicy(deep, 'deep.policy').diagnostics.map((d) => `${d.span.line}:${d.span.col} ${d.code} ${d.message}`)).toEqual(['1:78 parse/too-complex Brackets nest more than 64 deep here']);
  });
});

describe('the grammar', () => {
  // The parser and lexer every command uses skip chevrotain's self-checks to start faster; these run them.
  it('passes chevrotain grammar validation (no ambiguous alternatives, no left recursion)', () => {
    expect(() => validateGrammar()).not.toThrow();
  });

  it('passes chevrotain token validation (no unreachable or conflicting token patterns)', () => {
    expect(() => validateTokens()).not.toThrow();
  });
});
