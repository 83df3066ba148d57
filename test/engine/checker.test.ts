import { describe, expect, it } from 'vitest';
import { compileBundle } from '../../engine/index.ts';
import { diagnosticsOf } from '../helpers.ts';

/** The first diagnostic's code, message and hint, for whole-value comparison. */
function first(text: string) {
  const [d] = diagnosticsOf(text);
  return d && { code: d.code, message: d.message, hint: d.hint, line: d.span.line - 2 };
}

const rule = (when: string, effect = 'deny') => `rule r {\n  when ${when}\n  ${effect}\n  because "x"\n}\n`;

describe('checker', () => {
  it('reports an unknown fact with a did-you-mean hint', () => {
    expect(first(rule('consent.scope contains clinical'))).toEqual({
      code: 'check/unknown-fact',
      message: '`consent.scope` is not a fact phigate knows',
      hint: 'did you mean `consent.scopes`?',
      line: 2,
    });
  });

  it('reports an unknown channel, naming the close one', () => {
    expect(first(rule('channel == smss'))).toMatchObject({ code: 'check/unknown-value', message: '`smss` is not a known channel', hint: 'did you mean `sms`?' });
  });

  it('reports unknown categories, scopes and labels in lists', () => {
    const codes = diagnosticsOf('tier t = [lab_results]\nscopes s = [clinic]\nlabels l = [HIVV]\n' + rule('channel == sms')).map((d) => [d.code, d.hint]);
    expect(codes).toEqual([
      ['check/unknown-value', 'did you mean `lab_result`?'],
      ['check/unknown-value', 'did you mean `clinical`?'],
      ['check/unknown-value', 'did you mean `HIV`?'],
    ]);
  });

  it('reports comparing a date with a text, with the fix', () => {
    expect(first(rule('at < "2026-01-01"'))).toMatchObject({ code: 'check/type-mismatch', hint: 'write dates without quotes, for example `at < 2026-02-16`' });
  });

  it('accepts comparing dates', () => {
    expect(diagnosticsOf(rule('at < 2026-01-01 and vendor.baa.expires is present and vendor.baa.expires <= at'))).toEqual([]);
  });

  it('reports duplicate rule names with the first location', () => {
    const d = diagnosticsOf(rule('channel == sms') + rule('channel == email'));
    expect(d.map((x) => [x.code, x.message, x.hint])).toEqual([['check/duplicate-name', '`r` is already declared', 'the first declaration is at test.policy:3; rename one of them']]);
  });

  it('reports a rule with no effect and a rule with no reason', () => {
    expect(diagnosticsOf('rule a {\n  when channel == sms\n  because "x"\n}\nrule b {\n  when channel == sms\n  deny\n}\n').map((d) => d.code)).toEqual(['check/missing-effect', 'check/missing-reason']);
  });

  it('reports a list used before it is declared', () => {
    expect(first(rule('channel in later') + 'channels later = [sms]\n')).toMatchObject({ code: 'check/list-before-definition', message: 'The list `later` is used before it is declared', hint: 'move its declaration (test.policy:8) above this line' });
  });

  it.each([
    ['channel == sms and channel == email'],
    ['channel in [sms, email] and channel == portal'],
    ['consent is missing and consent.status == active'],
    ['vendor.covers and not vendor.covers'],
    ['at < 2026-01-01 and at > 2026-06-01'],
    ['message.tier == clin and message.category == appointment_reminder'],
    ['(channel == sms or channel == email) and channel == portal'],
  ])('reports an unreachable rule: %s', (when) => {
    const d = diagnosticsOf('tier clin = [lab_result]\n' + rule(when));
    expect(d.map((x) => x.code)).toEqual(['check/unreachable-rule']);
  });

  it.each([['channel == sms or channel == email'], ['channel != sms and channel != email'], ['consent is missing or consent.status == active'], ['at >= 2026-01-01 and at <= 2026-01-01']])(
    'does not call a satisfiable condition unreachable: %s',
    (when) => {
      expect(diagnosticsOf(rule(when))).toEqual([]);
    },
  );

  it('reports an empty bundle', () => {
    const r = compileBundle([{ file: 'a.policy', text: '# nothing yet\n' }]);
    expect(r.ok).toBe(false);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['check/empty-bundle']);
    expect(compileBundle([]).diagnostics.map((d) => d.code)).toEqual(['check/empty-bundle']);
  });

  it('reports a missing header and default', () => {
    const r = compileBundle([{ file: 'a.policy', text: rule('channel == sms') }]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['check/missing-header', 'check/missing-default']);
  });

  it('warns when the default is allow', () => {
    const r = compileBundle([{ file: 'a.policy', text: 'policy "p" version "1"\ndefault allow\n' + rule('channel == sms') }]);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.code, d.severity])).toEqual([['check/default-allow', 'warning']]);
  });

  it('rejects operators that do not fit the values', () => {
    expect(first(rule('consent.scopes == clinical'))).toMatchObject({ code: 'check/type-mismatch', hint: 'to test whether the list holds it, write `consent.scopes contains clinical`' });
    expect(first(rule('channel contains sms'))).toMatchObject({ code: 'check/invalid-operator' });
    expect(first(rule('channel in sms'))).toMatchObject({ code: 'check/invalid-operator', hint: 'use `==` to compare two values' });
    expect(first(rule('channel'))).toMatchObject({ code: 'check/not-boolean' });
    expect(first(rule('consent'))).toMatchObject({ code: 'check/invalid-operator' });
  });

  it('checks downgrade routes and alert placeholders', () => {
    expect(first(rule('channel == sms', 'downgrade route sms alert "x"'))).toMatchObject({ code: 'check/invalid-route' });
    expect(first(rule('channel == sms', 'downgrade route portal alert "{practise}: new message"'))).toMatchObject({ code: 'check/unknown-setting', hint: 'did you mean `practice`?' });
  });

  it('accepts what the linear-time pattern engine runs, nested repetition included, and rejects what would need backtracking, in pattern lists and in matches', () => {
    // Patterns run on RE2 (engine/contract/pattern.ts): these shapes cannot stall it, so they are fine.
    expect(diagnosticsOf('pattern p = /(a+)+$/\n' + rule('message.body matches /^(\\w+\\s?)*$/'))).toEqual([]);
    expect(diagnosticsOf(rule('message.body matches /(?<=(a+)+)b/ or message.body matches /a*a*a*a*b/'))).toEqual([]);
    expect(diagnosticsOf('pattern room "Room codes" = /\\bR-\\d{3}\\b/i\n' + rule('message.body matches /(?<=DOB )\\d+/i'))).toEqual([]);
    // A lookahead or a backreference needs a backtracking engine.
    expect(first('pattern p = /(\\w)\\1/\n' + rule('channel == sms'))).toMatchObject({ code: 'check/unsafe-pattern', line: 1, message: expect.stringMatching(/backreference/) });
    expect(first(rule('message.body matches /stat(?= now)/i'))).toMatchObject({ code: 'check/unsafe-pattern', message: expect.stringMatching(/lookahead/) });
  });

  it('rejects a term the classifier cannot match', () => {
    expect(first('terms t = ["HIV clinic", "…"]\n' + rule('channel == sms'))).toMatchObject({ code: 'check/invalid-term', line: 1 });
  });

  it('checks tests: fixtures, rules and labels they name', () => {
    const text = rule('channel == sms') + 'test "t" {\n  use nofixture\n  given channel sms\n  expect deny by q findings [HIVV]\n}\n';
    expect(diagnosticsOf(text).map((d) => d.code)).toEqual(['check/unknown-fixture', 'check/invalid-test', 'check/unknown-value']);
  });
});
