import { describe, expect, it } from 'vitest';
import { parsePolicy, type TestDecl } from '../../grammar/index.ts';
import { requestOf } from '../../engine/testing/runner.ts';
import { runTests, type TestResult } from '../../engine/testing/index.ts';
import { policyOf } from '../helpers.ts';
import { RULES } from './helpers.ts';

const resultsOf = (tests: string): TestResult[] => runTests(policyOf(`${RULES}\n${tests}`)).results;
const only = (tests: string): TestResult => resultsOf(tests)[0]!;

describe('building the request from givens', () => {
  const givensOf = (text: string) => {
    const parsed = parsePolicy(text, 't.policy');
    if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message).join('\n'));
    return (parsed.value.declarations[0] as TestDecl).givens;
  };

  it('merges objects deeply, replaces arrays, sets nested fields, and turns names and dates into texts', () => {
    const givens = givensOf(`test "t" {
  given patient { consents: [{ channel: sms }], portalActive: true, extra: { a: 1 } }
  given patient { consents: [{ channel: email, scopes: [clinical] }], extra: { b: "x" } }
  given message.body "Hello"
  given message.category lab_result
  given at 2026-11-24T15:00:00Z
  given patient.portalActive false
  expect allow
}`);
    expect(requestOf(givens)).toEqual({
      patient: { consents: [{ channel: 'email', scopes: ['clinical'] }], portalActive: false, extra: { a: 1, b: 'x' } },
      message: { body: 'Hello', category: 'lab_result' },
      at: '2026-11-24T15:00:00Z',
    });
  });

  it('keeps a key named __proto__ as a field, so the contract check rejects it', () => {
    const request = requestOf(givensOf('test "t" {\n  given message { __proto__: { polluted: true } }\n  expect allow\n}'));
    expect(Object.keys(request.message as object)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('running tests', () => {
  it("applies the fixtures' givens first, then the test's own", () => {
    const r = only('test "t" {\n  use texting\n  given sender.vendor "blastly"\n  expect deny by no-baa\n}');
    expect(r).toMatchObject({ passed: true, actual: { decision: 'deny', rules: ['no-baa'], labels: [], actions: [] }, problems: [] });
  });

  it('requires `by` to name exactly the deciding rules, in any order', () => {
    const policy = `${RULES}
rule also-allow {
  when channel == sms
  allow
  because "Texts"
}`;
    const run = (by: string) => runTests(policyOf(`${policy}\ntest "t" {\n  use texting\n  expect allow by ${by}\n}`)).results[0]!;
    expect(run('also-allow, reminders-by-text').passed).toBe(true);
    expect(run('reminders-by-text').problems).toEqual(['rules: expected exactly [reminders-by-text], got [reminders-by-text, also-allow]']);
  });

  it('requires the listed findings to be among the labels found, not all of them', () => {
    const tests = (labels: string) => `test "t" {\n  use texting\n  given message.body "Your HIV clinic visit"\n  expect allow findings [${labels}]\n}`;
    expect(only(tests('SSP')).passed).toBe(true);
    expect(only(tests('SSP, lab_value')).problems).toEqual([expect.stringMatching(/^findings: expected \[SSP, lab_value\] among the labels found, missing \[lab_value\] \(found \[.*SSP.*\]\)$/)]);
  });

  it('compares the action channels in order', () => {
    const r = only('test "t" {\n  use texting\n  expect allow actions [email]\n}');
    expect(r.problems).toEqual(['actions: expected sends on [email], got [sms]']);
  });

  it('lets `by` leave out the no-safe-form reason the engine adds to a downgrade with no safe form', () => {
    const policy = policyOf(`${RULES}
tier clinical = [lab_result]
rule clinical-by-text {
  when channel in unsecured and message.tier == clinical
  downgrade route portal
  because "Portal"
}
test "t" {
  use texting
  given message.category lab_result
  expect deny by clinical-by-text
}`);
    const [r] = runTests(policy).results;
    expect(r).toMatchObject({ passed: true, actual: { decision: 'deny', rules: ['clinical-by-text', 'no-safe-form'] } });
  });

  it('fails a test whose request breaks the contract, naming the field and the given that set it', () => {
    const r = only('test "t" {\n  use texting\n  given patient { consents: [{ channel: sms, scopes: [scheduling], status: on }] }\n  expect allow\n}');
    expect(r.passed).toBe(false);
    expect(r.actual).toBeUndefined();
    expect(r.problems).toEqual([expect.stringMatching(/^the request this test builds is not valid: patient\.consents\[0\]\.status: .* \(set by `given patient` at test\.policy:\d+\)$/)]);
  });

  it('points at the test when no given sets a required field', () => {
    const r = only('test "no sender" {\n  given channel sms\n  given patient { consents: [] }\n  given message { category: appointment_reminder, body: "Hi" }\n  expect allow\n}');
    expect(r.problems[0]).toMatch(/sender: .* \(no `given` sets it; add one to the test at test\.policy:\d+\)/);
  });

  it('reports an internal fault as a failed test instead of throwing', () => {
    const policy = policyOf(`${RULES}\ntest "t" {\n  use texting\n  expect allow\n}`);
    const broken = { ...policy, rules: undefined } as unknown as typeof policy;
    const [r] = runTests(broken).results;
    expect(r).toMatchObject({ passed: false, problems: [expect.stringMatching(/^internal error while running the test: /)] });
  });

  it('on failure, traces the rules that decided and the rules the test named', () => {
    const r = only('test "t" {\n  use texting\n  given sender.vendor "blastly"\n  expect allow by reminders-by-text\n}');
    expect(r.why).toEqual([
      '  ✓ no-baa (deny) applied: No BAA',
      '      vendor.covers: no (vendor.covers is false)',
      '  ✓ reminders-by-text (allow) applied: Reminders may go by text',
      '      channel in unsecured: yes (channel is sms, unsecured is [sms, email])',
      '      message.tier == admin: yes (message.tier is admin)',
    ]);
  });
});

describe('expecting the text that is sent, and when', () => {
  const QUIET = `${RULES.replace('tier admin = [appointment_reminder]', 'tier admin = [appointment_reminder]\nsettings { time_zone = "America/New_York" }')}
rule quiet-hours {
  when channel in unsecured and local.quietHours
  downgrade defer until quiet_hours_end
  because "Not at night"
}
`;
  const run = (expect: string, at = '2026-11-24T15:00:00Z'): TestResult =>
    runTests(policyOf(`${QUIET}\ntest "t" {\n  use texting\n  given at ${at}\n  ${expect}\n}\n`)).results[0]!;

  it('passes when the last send is exactly that text, and says what was sent when it is not', () => {
    expect(run('expect allow body "See you Tue at 10."').passed).toBe(true);
    const wrong = run('expect allow body "See you Tuesday at 10."');
    expect(wrong.problems).toEqual(['body: expected "See you Tuesday at 10.", got "See you Tue at 10."']);
    expect(wrong.actual).toMatchObject({ body: 'See you Tue at 10.' });
    expect(run('expect deny body "x"', '2027-12-01T15:00:00Z').passed).toBe(false);
  });

  it('carries no message text in its result unless the test asks for it', () => {
    expect(run('expect allow').actual).not.toHaveProperty('body');
  });

  it('passes when the deferred sends may go at that time, written in any offset', () => {
    expect(run('expect downgrade by quiet-hours actions [sms] not before 2026-11-24T08:00:00-05:00', '2026-11-24T03:30:00Z').passed).toBe(true);
    expect(run('expect downgrade not before 2026-11-24T13:00:00Z', '2026-11-24T03:30:00Z').passed).toBe(true);
    expect(run('expect downgrade not before 2026-11-24T09:00:00-05:00', '2026-11-24T03:30:00Z').problems).toEqual([
      'not before: expected the sends to wait until 2026-11-24T09:00:00-05:00 (2026-11-24T14:00:00.000Z), got 2026-11-24T13:00:00.000Z',
    ]);
    expect(run('expect allow not before 2026-11-24T13:00:00Z').problems).toEqual(['not before: expected the sends to wait until 2026-11-24T13:00:00Z (2026-11-24T13:00:00.000Z), but they may go now']);
  });
});
