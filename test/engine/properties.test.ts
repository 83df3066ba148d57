// Properties of the evaluator over random requests against the default bundle.
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle, decideValid, type CompiledPolicy, type DecisionRequest } from '../../engine/index.ts';
import { requestArb } from '../arbitraries.ts';
import { injectFault, VENDORS } from '../helpers.ts';

const DIR = 'policies';
// The rule files of the default bundle (its test blocks name rules these properties remove).
const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.policy'))
  .sort()
  .map((n) => ({ file: join(DIR, n), text: readFileSync(join(DIR, n), 'utf8') }))
  .filter((f) => !/^(test|fixture) /m.test(f.text))
  // The test register's portal vendor is `ehr` (a portal vendor must be in the register: check/portal-vendor).
  .map((f) => ({ ...f, text: f.text.replace('portal_vendor = "riverside-ehr"', 'portal_vendor = "ehr"') }));

function bundle(transform: (text: string) => string = (t) => t): CompiledPolicy {
  const r = compileBundle(files.map((f) => ({ ...f, text: transform(f.text) })), { file: 'vendors.json', text: VENDORS });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

const DEFAULT = bundle();
const NOW = () => Date.parse('2026-11-24T15:00:00Z');
const decision = (p: CompiledPolicy, r: DecisionRequest) => decideValid(p, r, { now: NOW }).decision;

/** The default bundle without one rule: its block cut out of the source text. */
const without = (rule: string) => bundle((t) => t.replace(new RegExp(`\\nrule ${rule} \\{[\\s\\S]*?\\n\\}\\n`), '\n'));

describe('evaluator properties', () => {
  it('is deterministic: the same bundle, request and time give the same response', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const a = decideValid(DEFAULT, req, { now: NOW });
        const b = decideValid(DEFAULT, structuredClone(req), { now: NOW });
        expect({ ...a, decisionId: '' }).toEqual({ ...b, decisionId: '' });
      }),
      { numRuns: 300 },
    );
  });

  const allowRules = DEFAULT.rules.rules.filter((r) => r.effect === 'allow').map((r) => r.name);
  it.each(allowRules)('removing the allow rule %s never turns a deny into an allow', (name) => {
    const smaller = without(name);
    expect(smaller.rules.rules.map((r) => r.name)).not.toContain(name);
    fc.assert(
      fc.property(requestArb, (req) => {
        if (decision(DEFAULT, req) === 'deny') expect(decision(smaller, req)).toBe('deny');
        if (decision(smaller, req) === 'allow') expect(decision(DEFAULT, req)).toBe('allow');
      }),
      { numRuns: 150 },
    );
  });

  it('denies whenever an applicable deny or downgrade rule throws', () => {
    const restrictive = DEFAULT.rules.rules.filter((r) => r.effect !== 'allow');
    fc.assert(
      fc.property(requestArb, fc.constantFrom(...restrictive.map((r) => r.name)), (req, name) => {
        const p = bundle();
        const rule = p.rules.rules.find((r) => r.name === name)!;
        injectFault(rule);
        const candidates = p.rules.index.get(req.channel)!.get(req.message.category)!;
        const evaluated = [...candidates.deny, ...candidates.downgrade].includes(rule);
        const res = decideValid(p, req, { now: NOW });
        if (evaluated) expect(res.decision).toBe('deny');
        // Explain mode runs every rule, so there the fault always shows, as a deny.
        expect(decideValid(p, req, { now: NOW, trace: true }).decision).toBe('deny');
      }),
      { numRuns: 150 },
    );
  }, 180_000); // every rule of the default bundle made to throw, on random requests: minutes on a loaded machine

  it('traced and untraced evaluation agree (the rule index is sound)', () => {
    fc.assert(
      fc.property(requestArb, (req) => {
        const fast = decideValid(DEFAULT, req, { now: NOW });
        const traced = decideValid(DEFAULT, req, { now: NOW, trace: true });
        expect({ ...traced, trace: undefined, decisionId: '' }).toEqual({ ...fast, trace: undefined, decisionId: '' });
      }),
      { numRuns: 300 },
    );
  });
});
