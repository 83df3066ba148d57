// Assert phigate decisions in your own test suite, with the same comparison as the policy's
// `expect` lines:
//
//   import { expect } from 'vitest';
//   import { decide } from 'phigate';
//   import { expectDecision, phigateMatchers } from 'phigate/testing';
//
//   expectDecision(policy, request, 'downgrade', { by: ['sensitive-care-on-unsecured'], actions: ['sms'] });
//
//   expect.extend(phigateMatchers);
//   expect(decide(policy, request)).toBeDecidedAs('deny', { by: ['no-baa'] });
//
// `expectDecision` throws a plain Error, so it works under any test runner; the matcher needs vitest.
import type { MatcherState } from 'vitest';
import type { CompiledPolicy, Effect } from '../compile/index.ts';
import { decide, type DecideResult, type DecisionResponse } from '../decide/index.ts';
import { compareDecision, list, summarize, type DecisionSummary, type ExpectedDecision } from './runner.ts';

/** What else to check, as in `expect deny by no-baa findings [HIV] actions [portal, sms]`. */
export type DecisionDetails = Omit<ExpectedDecision, 'decision'>;

/** Decide a request and keep what a test checks: decision, deciding rules, found labels, send channels. */
export function decisionOf(policy: CompiledPolicy, request: unknown, withBody = false): DecisionSummary {
  return summarize(responseOf(decide(policy, request)), withBody);
}

/** Throw an Error naming every difference when the request is not decided as expected. */
export function expectDecision(policy: CompiledPolicy, request: unknown, decision: Effect, details: DecisionDetails = {}): void {
  const problems = compareDecision({ ...details, decision }, decisionOf(policy, request, details.body !== undefined));
  if (problems.length > 0) throw new Error(`the request is not decided as expected:\n  ${problems.join('\n  ')}`);
}

/** For `expect.extend(phigateMatchers)`: `expect(decide(policy, req)).toBeDecidedAs('allow')`. */
export const phigateMatchers = {
  toBeDecidedAs(this: MatcherState, received: DecideResult | DecisionResponse, decision: Effect, details: DecisionDetails = {}) {
    const expected: ExpectedDecision = { ...details, decision };
    const actual = summarize(responseOf(received), details.body !== undefined);
    const problems = compareDecision(expected, actual);
    const pass = problems.length === 0;
    const message = (): string =>
      this.isNot ? `expected the decision not to be ${decision} with these details, and it was` : `expected the decision to be ${decision}:\n  ${problems.join('\n  ')}\n  (decided ${actual.decision} by ${list(actual.rules)})`;
    return { pass, message, expected, actual };
  },
};

declare module 'vitest' {
  interface Matchers<T = any> {
    /** The response (from `decide` or `decideValid`) has this decision and, if given, these rules, labels and send channels. */
    toBeDecidedAs: (decision: Effect, details?: DecisionDetails) => void;
  }
}

/** The response of a decision result; an invalid request is an error that names its bad fields. */
function responseOf(result: DecideResult | DecisionResponse): DecisionResponse {
  if (!('ok' in result)) return result;
  if (!result.ok) throw new Error(result.error.message);
  return result.response;
}
