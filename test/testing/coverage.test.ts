import { describe, expect, it } from 'vitest';
import { coverageOf, percentText, runTests } from '../../engine/testing/index.ts';
import { policyOf } from '../helpers.ts';
import { RULES } from './helpers.ts';

const coverage = (tests: string, extraRules = '') => {
  const policy = policyOf(`${RULES}\n${extraRules}\n${tests}`);
  return coverageOf(policy, runTests(policy).results);
};

const REMINDER = 'test "reminder" {\n  use texting\n  expect allow\n}\n';
const NO_BAA = 'test "no baa" {\n  use texting\n  given sender.vendor "blastly"\n  expect deny\n}\n';

describe('decision coverage', () => {
  it('counts each rule seen applying and not applying, and each effect asserted', () => {
    const c = coverage(REMINDER);
    expect(c.rules.map(({ rule, effect, applied, notApplied }) => ({ rule, effect, applied, notApplied }))).toEqual([
      { rule: 'no-baa', effect: 'deny', applied: false, notApplied: true },
      { rule: 'reminders-by-text', effect: 'allow', applied: true, notApplied: false },
    ]);
    expect(c.effects).toEqual([
      { effect: 'allow', asserted: true },
      { effect: 'deny', asserted: false },
    ]);
    expect(c).toMatchObject({ covered: 3, total: 6, percent: 50 });
  });

  it('reaches 100% when every rule is seen both ways and every effect is expected', () => {
    const notReminder = 'test "not a reminder" {\n  use texting\n  given message.category lab_result\n  expect deny\n}\n';
    expect(coverage(REMINDER + NO_BAA + notReminder)).toMatchObject({ covered: 6, total: 6, percent: 100 });
  });

  it('counts a downgrade effect only when the policy has a downgrade rule', () => {
    const downgrade = 'tier clinical = [lab_result]\nrule clinical-by-text {\n  when message.tier == clinical\n  downgrade route portal\n  because "Portal"\n}\n';
    expect(coverage(REMINDER, downgrade).effects.map((e) => e.effect)).toEqual(['allow', 'downgrade', 'deny']);
  });

  it('does not count a rule that could not be evaluated as applying or not applying', () => {
    const consent = 'rule revoked {\n  when consent.status == revoked\n  deny\n  because "Revoked"\n}\n';
    const revoked = coverage(REMINDER, consent).rules.find((r) => r.rule === 'revoked');
    expect(revoked).toMatchObject({ applied: false, notApplied: false });
  });

  it('shows the percentage rounded down to one decimal', () => {
    expect(percentText(100)).toBe('100%');
    expect(percentText(99.96)).toBe('99.9%');
    expect(percentText((2 / 3) * 100)).toBe('66.6%');
  });
});
