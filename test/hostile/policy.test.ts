// Hostile policies and requests (issue 17, item 11): what used to throw out of compileBundle (a term
// mixing scripts, chains of thousands of `not` or `and`) is a diagnostic with its file, line and column
// and a hint, in the library, the CLI and the playground; a bundle right at the language's limits works
// in every command; and decide() returns an error result even when reading the request throws.
import { describe, expect, it } from 'vitest';
import { compileBundle, decide, decideMany, formatSource, withCounterfactuals, type CompiledPolicy, type DecisionRequest } from '../../engine/index.ts';
import { LIMITS } from '../../grammar/limits.ts';
import { policyOf, request, VENDORS } from '../helpers.ts';
import { post, service } from '../server/helpers.ts';
import { bundleDir, phigate } from '../testing/helpers.ts';

const HEAD = 'policy "hostile" version "1"\ndefault deny "No rule allows this send"\n\n';
const rule = (name: string, when: string): string => `rule ${name} {\n  when ${when}\n  allow\n  because "ok"\n}\n`;
const FACT = 'consent is present';
/** `n` operators: a chain of `op` joining n + 1 facts, or n `not`s before one. */
const chain = (op: 'and' | 'or', n: number): string => Array.from({ length: n + 1 }, () => FACT).join(` ${op} `);
const nots = (n: number): string => `${'not '.repeat(n)}${FACT}`;
const parens = (n: number): string => `${'('.repeat(n)}${FACT}${')'.repeat(n)}`;

const compileText = (text: string) => compileBundle([{ file: 'hostile.policy', text }], { file: 'vendors.json', text: VENDORS });
const where = (d: { span: { file: string; line: number; col: number }; code: string; message: string }): string => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`;

/** The column of the (k+1)-th ` and ` / ` or ` / `not ` in line 5 of a one-rule policy, 1-based. */
function operatorColumn(line: string, word: string, k: number): number {
  let at = -1;
  for (let i = 0; i <= k; i++) at = line.indexOf(word, at + 1);
  return at + 1;
}

describe('conditions past the language\'s limits', () => {
  for (const [name, when, word] of [
    ['and', chain('and', 5000), 'and'],
    ['or', chain('or', 5000), 'or'],
    ['not', nots(5000), 'not'],
  ] as const) {
    it(`a chain of 5,000 \`${name}\` is a parse/too-complex diagnostic at the first operator past ${LIMITS.conditionOperators}, not a stack overflow`, () => {
      const text = HEAD + rule('long', when);
      const r = compileText(text);
      expect(r.ok).toBe(false);
      const line = text.split('\n')[4]!;
      expect(r.diagnostics.map(where)).toEqual([`hostile.policy:5:${operatorColumn(line, word, LIMITS.conditionOperators)} parse/too-complex This condition has more than 256 \`and\`, \`or\` and \`not\``]);
      expect(r.diagnostics[0]!.hint).toMatch(/split the rule/);
    });
  }

  it('20,000 nested parentheses are a diagnostic at the first one too deep', () => {
    const r = compileText(HEAD + rule('deep', parens(20_000)));
    expect(r.diagnostics.map(where)).toEqual([`hostile.policy:5:${8 + LIMITS.nesting - 1} parse/too-complex Brackets nest more than 64 deep here`]);
  });

  it('the CLI names the place (`check` exits 1), not "Cannot read the bundle"', async () => {
    const dir = bundleDir({ 'rules.policy': HEAD + rule('long', chain('and', 3000)) });
    const run = await phigate('check', '--bundle', dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('rules.policy:5:');
    expect(run.err).toContain('error parse/too-complex: This condition has more than 256');
    expect(run.err).not.toContain('load/io');
  });

  it('the playground answers 200 with the diagnostic, not 500', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/playground/decide', { files: [{ name: 'a.policy', text: HEAD + rule('long', nots(4000)) }], request: request(), analysis: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, diagnostics: [{ code: 'parse/too-complex', span: { file: 'a.policy', line: 5 } }] });
  });
});

describe('a bundle right at the limits', () => {
  // 256 operators in one condition, brackets 64 deep (the rule's braces count), in every stage.
  const mixed = Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? `not ${FACT}` : `(${FACT} or channel == sms)`)).join(' and ');
  const deepest = `${'('.repeat(LIMITS.nesting - 1)}${FACT}${')'.repeat(LIMITS.nesting - 1)}`;
  const TEXT = `${HEAD}${rule('ands', chain('and', LIMITS.conditionOperators))}\n${rule('nots', nots(LIMITS.conditionOperators))}\n${rule('mixed', mixed)}\n${rule('deepest', deepest)}`;

  it('compiles, decides with the trace and the counterfactuals, and formats', () => {
    const policy: CompiledPolicy = policyOf(TEXT);
    const req: DecisionRequest = request();
    const r = decide(policy, req, { trace: true });
    expect(r.ok && r.response.decision).toBe('allow');
    if (r.ok) expect(withCounterfactuals(policy, req, r.response).trace?.rules).toHaveLength(4);
    const formatted = formatSource(TEXT, 'hostile.policy');
    expect(formatted.ok).toBe(true);
  });

  it('passes check, lint, matrix and export in the CLI', async () => {
    const dir = bundleDir({ 'rules.policy': TEXT });
    for (const command of ['check', 'lint', 'matrix', 'export']) {
      const run = await phigate(command, '--bundle', dir);
      expect(run.err, command).not.toMatch(/load\/|Maximum call stack|RangeError/);
      expect(run.code, `${command}: ${run.err}`).toBe(0);
    }
  });
});

describe('terms the classifier cannot match', () => {
  const TERMS = `${HEAD}terms clinics = ["walk-in clinic", "HIV клиника", "ВИЧ clinic"]\n\n${rule('r', 'channel == sms')}`;

  it('are check/invalid-term diagnostics at each term, with a hint, not a RangeError', () => {
    const r = compileText(TERMS);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map(where)).toEqual([
      'hostile.policy:4:36 check/invalid-term The classifier cannot match the term "HIV клиника" (a term that mixes Latin letters with another script, for one)',
      'hostile.policy:4:51 check/invalid-term The classifier cannot match the term "ВИЧ clinic" (a term that mixes Latin letters with another script, for one)',
    ]);
    expect(r.diagnostics[0]!.hint).toMatch(/write each term in one script/);
  });

  it('the CLI and the playground report them the same way', async () => {
    const run = await phigate('check', '--bundle', bundleDir({ 'rules.policy': TERMS }));
    expect(run.code).toBe(1);
    expect(run.err).toContain('rules.policy:4:36 error check/invalid-term');
    expect(run.err).not.toContain('load/io');
    const { app } = await service();
    const res = await post(app, '/v1/playground/decide', { files: [{ name: 'a.policy', text: TERMS }], request: request(), analysis: false });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: false, diagnostics: [{ code: 'check/invalid-term', span: { line: 4, col: 36 } }, { code: 'check/invalid-term', span: { line: 4, col: 51 } }] });
  });
});

describe('decide() on objects whose reading throws', () => {
  const policy = policyOf(rule('r', 'channel == sms'));
  const SECRET = 'Maria Lopez HIV+';

  const hostile: [string, () => unknown][] = [
    ['a getter on the request', () => Object.defineProperty({ ...request() }, 'channel', { enumerable: true, get: () => { throw new Error(SECRET); } })],
    ['a getter deep inside', () => ({ ...request(), patient: { consents: [Object.defineProperty({}, 'channel', { enumerable: true, get: () => { throw new Error(SECRET); } })] } })],
    ['a Proxy whose traps throw', () => new Proxy(request(), { get: () => { throw new Error(SECRET); }, ownKeys: () => { throw new Error(SECRET); } })],
    ['a revoked Proxy', () => { const p = Proxy.revocable(request(), {}); p.revoke(); return p.proxy; }],
    ['a getter that throws a non-Error', () => Object.defineProperty({ ...request() }, 'message', { enumerable: true, get: () => { throw null; } })],
  ];

  for (const [name, make] of hostile) {
    it(`returns an error result for ${name}, without quoting what it threw`, () => {
      let result: ReturnType<typeof decide> | undefined;
      expect(() => (result = decide(policy, make()))).not.toThrow();
      expect(result).toMatchObject({ ok: false, error: { code: 'request/invalid', issues: [{ path: '(request)', message: expect.stringContaining('could not be read') }] } });
      expect(JSON.stringify(result)).not.toContain('Maria');
    });
  }

  it('decideMany puts the error in the item\'s place and decides the rest', () => {
    const results = decideMany(policy, [request(), hostile[0]![1](), request()]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
  });
});
