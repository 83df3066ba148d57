// Patterns cannot stall the service: policy patterns run on a linear-time engine (RE2, re2js; see
// engine/contract/pattern.ts). On JavaScript's RegExp, `(?:a|a)*b` took 3.5 s on 29 characters and
// doubled with every character; these run it on far longer texts, from a playground draft, from a served
// bundle, in the classifier and in the json-rules-engine operators, and they complete. What the engine
// cannot run (a lookahead, a backreference) is refused when the policy is checked.
import { Engine } from 'json-rules-engine';
import { describe, expect, it } from 'vitest';
import { addPhigateOperators, compilePolicyPattern, createClassifier, decide, loadBundle } from '../../engine/index.ts';
import { policyOf, request, VENDORS } from '../helpers.ts';
import { get, post, SERVICE_POLICY, service } from '../server/helpers.ts';

const EVIL = 'a'.repeat(5000); // no b: every way of splitting the a's is tried by a backtracking engine

const draftRule = (condition: string): string => `${SERVICE_POLICY}
rule evil {
  when ${condition}
  deny
  because "evil"
}
`;

describe('a pattern that backtracks exponentially on RegExp', () => {
  it('completes in a playground draft, and /healthz answers meanwhile', async () => {
    const { app } = await service();
    const bundle = (await get(app, '/v1/playground/bundle')).json();
    const draft = { files: [{ name: 'rules.policy', text: draftRule('message.body matches /(?:a|a)*b/') }], request: request({ message: { body: EVIL } }), analysis: false };
    const [res, health] = await Promise.all([post(app, '/v1/playground/decide', { ...draft, files: [...draft.files] }), get(app, '/healthz', {})]);
    expect(bundle.files.length).toBeGreaterThan(0);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ok: true, response: { decision: 'allow' } }); // no b, so the evil rule does not apply
    expect(health.statusCode).toBe(200);
    const withB = await post(app, '/v1/playground/decide', { ...draft, request: request({ message: { body: `${EVIL}b` } }) });
    expect(withB.json()).toMatchObject({ ok: true, response: { decision: 'deny' } });
  });

  it('completes in a served bundle: a `pattern` declaration (the classifier) and a `matches` condition, with /a*a*a*a*b/ too', () => {
    const policy = policyOf(`pattern evil "x" = /(?:a|a)*b/
pattern quad "x" = /a*a*a*a*b/
rule evil-text {
  when message.findings contains any [evil, quad] or message.body matches /(?:a|a)*b/ or message.body matches /a*a*a*a*b/
  deny
  because "evil"
}
rule reminders {
  when channel == sms
  allow
  because "ok"
}
`);
    const plain = decide(policy, request({ message: { body: EVIL } }));
    expect(plain).toMatchObject({ ok: true, response: { decision: 'allow' } });
    const found = decide(policy, request({ message: { body: `${EVIL}b` } }));
    expect(found).toMatchObject({ ok: true, response: { decision: 'deny' } });
  });

  it('completes in the classifier, with the same findings as RegExp where RegExp finishes', () => {
    const c = createClassifier({ patterns: [{ label: 'evil', source: '(?:a|a)*b', flags: '' }] });
    expect(c.classifyText(EVIL).filter((f) => f.label === 'evil')).toEqual([]);
    expect(c.classifyText('xx aab').filter((f) => f.label === 'evil')).toEqual([{ label: 'evil', start: 3, end: 6, text: 'aab' }].map(({ label, start, end }) => expect.objectContaining({ label, start, end })));
  });

  it('completes in the json-rules-engine operators', async () => {
    const engine = addPhigateOperators(new Engine([{ conditions: { all: [{ fact: 'body', operator: 'matches', value: { source: '(?:a|a)*b', flags: '' } }] }, event: { type: 'deny' } }], { allowUndefinedFacts: true }));
    expect((await engine.run({ body: EVIL })).events).toEqual([]);
    expect((await engine.run({ body: `${EVIL}b` })).events).toEqual([{ type: 'deny' }]);
  });

  it('is refused at check time when only a backtracking engine could run it (a lookahead, a backreference)', async () => {
    const { app } = await service();
    for (const pattern of ['/(a)\\1*b/', '/(?=(a+))a*b/']) {
      const res = await post(app, '/v1/playground/decide', { files: [{ name: 'rules.policy', text: draftRule(`message.body matches ${pattern}`) }], request: request(), analysis: false });
      expect(res.json()).toMatchObject({ ok: false, diagnostics: [expect.objectContaining({ code: 'check/unsafe-pattern', message: expect.stringMatching(/backtracking engine/) })] });
    }
    expect(compilePolicyPattern('(?:a|a)*b', '').ok).toBe(true);
  });

  it('the default bundle loads: its lookaheads only repeat what follows them, and are dropped', async () => {
    const loaded = await loadBundle('policies');
    expect(loaded.ok).toBe(true);
    expect(VENDORS).toBeTruthy();
  });
});
