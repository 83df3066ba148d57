// Decision responses are written with their shared parts from memory: the text must be exactly what
// JSON.stringify writes, for every kind of decision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decideValid, type DecisionResponse } from '../../engine/index.ts';
import { withCounterfactuals } from '../../engine/explain/counterfactuals.ts';
import { batchJson, decisionJson } from '../../server/response-json.ts';
import { errorBody } from '../../server/errors.ts';
import { policy } from '../corpus/helpers.ts';
import { CORPUS } from '../corpus/messages.ts';

/** The corpus's requests (allowed, downgraded and denied by the default bundle), some given a message id. */
const corpusRequest = fc.tuple(fc.constantFrom(...CORPUS.map((m) => m.request)), fc.option(fc.string({ unit: 'binary', maxLength: 20 }), { nil: undefined }));
const requestArb = corpusRequest.map(([r, id]) => (id === undefined ? r : { ...r, message: { ...r.message, id } }));

describe('decisionJson', () => {
  it('writes what JSON.stringify writes, for allow, downgrade and deny, with and without a message id', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(requestArb, (request) => {
        const response = decideValid(policy, request);
        seen.add(response.decision);
        expect(decisionJson(response)).toBe(JSON.stringify(response));
        expect(decisionJson(response)).toBe(JSON.stringify(response)); // and again, from memory
      }),
      { numRuns: 500 },
    );
    expect([...seen].sort()).toEqual(['allow', 'deny', 'downgrade']);
  });

  it('writes explained decisions (trace, counterfactuals) and other shapes as JSON.stringify does', () => {
    const [request] = fc.sample(requestArb, { numRuns: 1, seed: 3 });
    const explained = withCounterfactuals(policy, request!, decideValid(policy, request!, { trace: true }), {});
    expect(decisionJson(explained)).toBe(JSON.stringify(explained));
    const extra = { ...decideValid(policy, request!), note: 'added by a caller' } as DecisionResponse;
    expect(decisionJson(extra)).toBe(JSON.stringify(extra));
  });

  it('writes responses whose keys are not the engine\'s, in its order, as JSON.stringify does', () => {
    const [request] = fc.sample(requestArb, { numRuns: 1, seed: 3 });
    const { decision, decisionId, policy: p, reasons, findings, actions } = decideValid(policy, request!);
    const shapes = [
      { decisionId, decision, policy: p, reasons, findings, actions },
      { decision, decisionId, messageId: undefined, policy: p, reasons, findings, actions },
      { decision, decisionId, messageId: 7, policy: p, reasons, findings, actions },
      { decision, decisionId, policy: p, reasons, findings },
      Object.assign(Object.create({ inherited: 'not written' }) as object, { decision, decisionId, policy: p, reasons, findings, actions }),
    ];
    for (const shape of shapes) expect(decisionJson(shape as DecisionResponse)).toBe(JSON.stringify(shape));
  });

  it('does not remember parts that can still change', () => {
    const [request] = fc.sample(requestArb, { numRuns: 1, seed: 3 });
    const response = decideValid(policy, request!);
    const reasons = response.reasons.map((r) => ({ ...r }));
    response.reasons = reasons;
    expect(decisionJson(response)).toBe(JSON.stringify(response));
    reasons[0]!.text = 'changed after it was written once';
    expect(decisionJson(response)).toContain('changed after it was written once');
  });

  it('writes a batch answer, error items included, as JSON.stringify does', () => {
    const requests = fc.sample(requestArb, { numRuns: 20, seed: 5 });
    const results = requests.map((r, i) => (i % 7 === 3 ? { error: errorBody(400, 'INVALID_REQUEST', `requests[${i}]: bad`) } : decideValid(policy, r)));
    expect(batchJson({ results })).toBe(JSON.stringify({ results }));
    expect(batchJson({ results: [] })).toBe(JSON.stringify({ results: [] }));
  });
});
