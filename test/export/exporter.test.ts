import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { buildFacts } from '../../engine/decide/decide.ts';
import { addPhigateOperators, decideWithJsonRulesEngine, exportJsonRulesEngine, jsonRulesEngineFacts, type ExportedPolicy } from '../../engine/export/index.ts';
import type { CompiledPolicy, DecisionRequest } from '../../engine/index.ts';
import { policyOf, request } from '../helpers.ts';

const SMALL = policyOf(`
channels unsecured = [sms, email]
tier clinical = [lab_result]
labels care = [SSP]
settings { practice = "Riverside" }

rule no-baa {
  when not vendor.covers
  deny
  because "No BAA"
  cite "45 CFR 164.502(e)"
}
rule clinical-by-text {
  when channel in unsecured and message.tier == clinical
  downgrade redact care else route portal alert "{practice}: you have a new message."
  because "Clinical content goes to the portal"
}
rule reminders {
  when channel == sms and consent.scopes contains scheduling
  allow
  because "Reminders with consent"
}
`);

function exported(policy: CompiledPolicy): ExportedPolicy {
  const r = exportJsonRulesEngine(policy);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

const errorsOf = (text: string) => {
  const r = exportJsonRulesEngine(policyOf(text));
  return { ok: r.ok, errors: r.diagnostics.filter((d) => d.severity === 'error').map((d) => ({ code: d.code, line: d.span.line, message: d.message })) };
};

const jreDecide = (policy: CompiledPolicy, out: ExportedPolicy, req: DecisionRequest) =>
  decideWithJsonRulesEngine(out, jsonRulesEngineFacts(buildFacts(policy, req, Date.parse(req.at!), []), out.facts));

describe('exporting to json-rules-engine', () => {
  it('writes each rule with its effect as the event type, deny > downgrade > allow as priorities, and reason, citation and strategies as params', () => {
    const out = exported(SMALL);
    expect(out.rules.map((r) => ({ name: r.name, priority: r.priority, event: r.event }))).toEqual([
      { name: 'no-baa', priority: 3, event: { type: 'deny', params: { rule: 'no-baa', reason: 'No BAA', citation: '45 CFR 164.502(e)' } } },
      {
        name: 'clinical-by-text',
        priority: 2,
        event: {
          type: 'downgrade',
          params: { rule: 'clinical-by-text', reason: 'Clinical content goes to the portal', strategies: [{ redact: ['SSP'] }, { route: 'portal', alert: 'Riverside: you have a new message.' }] },
        },
      },
      { name: 'reminders', priority: 1, event: { type: 'allow', params: { rule: 'reminders', reason: 'Reminders with consent' } } },
    ]);
  });

  it('writes conditions a json-rules-engine user can read: facts by path, lists as values, the channel tests first', () => {
    const out = exported(SMALL);
    expect(out.rules[1]!.conditions).toEqual({
      all: [
        { fact: 'channel', operator: 'in', value: ['sms', 'email'], priority: 3 },
        { fact: 'message.tier', operator: 'equal', value: 'clinical', priority: 3 },
      ],
    });
    expect(out.rules[0]!.conditions).toEqual({ all: [{ fact: 'vendor.covers', operator: 'notEqual', value: true }] });
  });

  it('names the facts to compute, the custom operators to register, the default, and null for a missing fact', () => {
    const out = exported(SMALL);
    expect(out).toMatchObject({
      format: 'json-rules-engine',
      policy: { name: 'test', version: '1', digest: SMALL.digest },
      default: { effect: 'deny', reason: 'No rule allows this send' },
      missing: null,
      facts: ['channel', 'message.tier', 'vendor.covers', 'consent.scopes'],
      operators: ['present'],
    });
    const facts = jsonRulesEngineFacts(buildFacts(SMALL, request({ channel: 'portal' }), 0, []), out.facts);
    expect(facts).toEqual({ channel: 'portal', 'message.tier': 'none', 'vendor.covers': false, 'consent.scopes': null });
  });

  it('adds an indeterminate twin to a deny or downgrade rule that reads a fact the request may lack, and to no other rule', () => {
    const out = exported(SMALL);
    // `reminders` reads consent.scopes but is an allow rule: an allow that cannot be evaluated just does not apply.
    expect(out.rules.map((r) => r.name)).toEqual(['no-baa', 'clinical-by-text', 'reminders']);
    const withConsent = exported(policyOf('rule revoked {\n  when consent.status == revoked\n  deny\n  because "Revoked"\n}'));
    expect(withConsent.rules.map((r) => [r.name, r.event.type, r.event.params.effect])).toEqual([
      ['revoked', 'deny', undefined],
      ['revoked (indeterminate)', 'indeterminate', 'deny'],
    ]);
    expect(withConsent.rules[1]!.conditions).toEqual({
      not: {
        any: [
          { all: [{ fact: 'consent.status', operator: 'present', value: true, priority: 2 }, { fact: 'consent.status', operator: 'equal', value: 'revoked' }] },
          { all: [{ fact: 'consent.status', operator: 'present', value: true, priority: 2 }, { fact: 'consent.status', operator: 'notEqual', value: 'revoked' }] },
        ],
      },
    });
  });

  it('warns, naming the rule, that json-rules-engine cannot plan and re-decide a downgrade', () => {
    const r = exportJsonRulesEngine(SMALL);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => ({ code: d.code, severity: d.severity, line: d.span.line }))).toEqual([{ code: 'export/unsupported', severity: 'warning', line: 17 }]);
    expect(r.diagnostics[0]!.message).toContain('Rule `clinical-by-text` downgrades');
  });

  it('refuses a list that holds a fact, naming the rule and the line, and writes nothing', () => {
    expect(errorsOf('rule odd {\n  when channel in [sms, channel]\n  deny\n  because "x"\n}')).toEqual({
      ok: false,
      errors: [{ code: 'export/unsupported', line: 4, message: 'Rule `odd`: this condition is a list that holds a fact of the request; it cannot be exported faithfully' }],
    });
  });

  it('refuses conditions about fixed values only, and text inside fixed words', () => {
    const fixed = errorsOf('rule always {\n  when "a" == "a"\n  deny\n  because "x"\n}');
    expect(fixed.errors.map((e) => e.message)).toEqual(['Rule `always`: this condition compares fixed values only, without any fact of the request; it cannot be exported faithfully']);
    const inside = errorsOf('rule inside {\n  when "clinic hours" contains message.body\n  deny\n  because "x"\n}');
    expect(inside.ok).toBe(false);
    expect(inside.errors[0]!.message).toContain('Rule `inside`: this condition asks whether the whole text appears inside fixed words');
  });
});

describe('deciding with the exported rules', () => {
  const out = exported(SMALL);

  it('gives phigate\'s decision and reasons for allow, downgrade and deny', async () => {
    expect(await jreDecide(SMALL, out, request())).toMatchObject({ decision: 'allow', reasons: [{ rule: 'reminders', effect: 'allow', text: 'Reminders with consent' }] });
    const clinical = await jreDecide(SMALL, out, request({ message: { category: 'lab_result' } }));
    expect(clinical).toMatchObject({ decision: 'downgrade', downgrades: ['clinical-by-text'] });
    expect(clinical.strategies.get('clinical-by-text')).toEqual([{ redact: ['SSP'] }, { route: 'portal', alert: 'Riverside: you have a new message.' }]);
    expect(await jreDecide(SMALL, out, request({ sender: { vendor: 'blastly' } }))).toMatchObject({ decision: 'deny', reasons: [{ rule: 'no-baa', citation: '45 CFR 164.502(e)' }] });
    expect(await jreDecide(SMALL, out, request({ channel: 'portal', sender: { vendor: 'ehr' } }))).toMatchObject({ decision: 'deny', reasons: [{ rule: 'default' }] });
  });

  it('denies, naming the rule, when a deny rule cannot be evaluated', async () => {
    const policy = policyOf('rule revoked {\n  when consent.status == revoked\n  deny\n  because "Revoked"\n}\nrule all-ok {\n  allow\n  because "ok"\n}');
    const decision = await jreDecide(policy, exported(policy), request({ channel: 'portal' }));
    expect(decision).toMatchObject({ decision: 'deny', reasons: [{ rule: 'revoked', effect: 'deny', indeterminate: true }] });
  });

  it('fails closed: when json-rules-engine itself fails (a fact not given), the send is denied', async () => {
    const decision = await decideWithJsonRulesEngine(out, { channel: 'sms' });
    expect(decision.decision).toBe('deny');
    expect(decision.reasons[0]!.text).toContain('json-rules-engine could not run the rules (Undefined fact: ');
  });

  it('decides many requests at once without one run disturbing another', async () => {
    const requests = [request(), request({ sender: { vendor: 'blastly' } }), request({ message: { category: 'lab_result' } }), request({ channel: 'portal' })];
    const oneByOne = [];
    for (const r of requests) oneByOne.push((await jreDecide(SMALL, out, r)).decision);
    const together = await Promise.all([...requests, ...requests].map((r) => jreDecide(SMALL, out, r)));
    expect(together.map((d) => d.decision)).toEqual([...oneByOne, ...oneByOne]);
  });
});

describe('the custom operators', () => {
  /** One condition run by a bare json-rules-engine Engine with the operators registered. */
  async function holds(operator: string, fact: unknown, value: unknown): Promise<boolean> {
    const engine = addPhigateOperators(new Engine([{ conditions: { all: [{ fact: 'x', operator, value }] }, event: { type: 'yes' } }]));
    return (await engine.run({ x: fact })).events.length === 1;
  }

  it.each([
    ['present', 'sms', true, true],
    ['present', null, true, false],
    ['missing', null, true, true],
    ['setEqual', ['a', 'b'], ['b', 'a'], true],
    ['setEqual', ['a', 'b'], ['a'], false],
    ['containsAny', ['a', 'b'], ['c', 'b'], true],
    ['containsAny', ['a'], ['c'], false],
    ['containsAll', ['a', 'b', 'c'], ['c', 'a'], true],
    ['containsAll', ['a'], ['a', 'b'], false],
    ['allIn', ['sms'], ['sms', 'email'], true],
    ['allIn', ['sms', 'portal'], ['sms', 'email'], false],
    ['textContains', 'Your HIV Clinic visit', 'hiv clinic', true],
    ['textContains', 'Your visit', 'clinic', false],
    ['matches', 'Call us STAT', { source: '\\bstat\\b', flags: 'i' }, true],
    ['matches', 'Call us STAT', { source: '\\bstat\\b', flags: '' }, false],
    ['dateBefore', Date.parse('2026-01-05'), '2026-02-16', true],
    ['dateOnOrAfter', Date.parse('2026-02-16'), '2026-02-16', true],
    ['dateEqual', Date.parse('2026-02-16T00:00:00Z'), '2026-02-16', true],
    ['dateAfter', null, '2026-02-16', false],
  ])('%s(%j, %j) is %s', async (operator, fact, value, expected) => {
    expect(await holds(operator, fact, value)).toBe(expected);
  });
});
