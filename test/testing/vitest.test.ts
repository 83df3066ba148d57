// The helper for suites that embed phigate, imported the way they import it.
import { describe, expect, it } from 'vitest';
import { decide, decideValid } from 'phigate';
import { decisionOf, expectDecision, phigateMatchers } from 'phigate/testing';
import { policyOf, request } from '../helpers.ts';
import { RULES } from './helpers.ts';

expect.extend(phigateMatchers);

const policy = policyOf(RULES);
const reminder = request();
const blastly = request({ sender: { vendor: 'blastly' } });

describe('phigate/testing', () => {
  it('summarises a decision as a test sees it', () => {
    expect(decisionOf(policy, blastly)).toEqual({ decision: 'deny', rules: ['no-baa'], labels: [], actions: [] });
  });

  it('expectDecision passes silently when the decision matches and throws the differences when not', () => {
    expectDecision(policy, reminder, 'allow', { by: ['reminders-by-text'], actions: ['sms'] });
    expect(() => expectDecision(policy, blastly, 'allow', { actions: ['sms'] })).toThrow(
      'the request is not decided as expected:\n  decision: expected allow, got deny\n  actions: expected sends on [sms], got [] (none)',
    );
  });

  it('names the bad field of an invalid request', () => {
    expect(() => decisionOf(policy, { ...reminder, channel: 'pager' })).toThrow(/invalid request: channel: /);
  });

  it('toBeDecidedAs accepts a decide() result or a response, and works with .not', () => {
    expect(decide(policy, reminder)).toBeDecidedAs('allow', { by: ['reminders-by-text'] });
    expect(decideValid(policy, blastly)).toBeDecidedAs('deny', { by: ['no-baa'], actions: [] });
    expect(decideValid(policy, blastly)).not.toBeDecidedAs('allow');
    expect(() => expect(decideValid(policy, blastly)).toBeDecidedAs('allow')).toThrow(/expected the decision to be allow:\n {2}decision: expected allow, got deny/);
  });
});
