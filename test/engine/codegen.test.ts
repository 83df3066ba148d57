// The generated cells (engine/codegen.ts) must decide exactly as the reference evaluator does: random
// rules over the facts a cell fixes (channel, category, tier, scope) and the facts it reads, mixed
// with and / or / not, against random requests.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CompiledPolicy, DecisionRequest } from '../../engine/index.ts';
import { buildFacts } from '../../engine/decide/decide.ts';
import { evaluate, evaluateTraced } from '../../engine/decide/evaluator.ts';
import type { Outcome } from '../../engine/compile/compiler.ts';
import { FACTS, MISSING } from '../../engine/contract/facts.ts';
import { parseDate } from '../../engine/contract/dates.ts';
import { Tracer } from '../../engine/compile/trace.ts';
import { requestArb } from '../arbitraries.ts';
import { compile, policyOf } from '../helpers.ts';

const DEFINITIONS = `
settings {
  practice = "Test Practice"
  portal_vendor = "ehr"
}
tier admin = [appointment_reminder, billing_reminder]
tier clinical = [lab_result, diagnosis]
scope scheduling = [appointment_reminder]
scope billing = [billing_reminder]
scope clinical = [lab_result, diagnosis]
channels unsecured = [sms, email]
`;

// Comparisons of every kind the compiler distinguishes, on facts a cell fixes and facts it reads,
// including ones that can be missing (scope, consent, vendor, BAA dates).
const ATOMS = [
  'channel == sms',
  'channel != email',
  'channel in unsecured',
  'channel not in [portal, secure_messaging]',
  'message.category == appointment_reminder',
  'message.tier == admin',
  'message.tier != clinical',
  'message.scope == scheduling',
  'message.scope is present',
  'consent is missing',
  'consent is present',
  'vendor.baa is present',
  'consent.status == active',
  'consent.scopes contains message.scope',
  'consent.scopes contains any [clinical, billing]',
  'consent.scopes contains all [scheduling, billing]',
  'consent.riskAcknowledged',
  'consent.recordedAt < 2026-02-01',
  'vendor.covers',
  'vendor.known',
  'vendor.baa.expires < 2027-01-01',
  'vendor.channels contains channel',
  'at >= 2026-01-01',
  'message.templateFields contains visit_reason',
  'message.findings contains any [HIV, SUD]',
  'patient.avoidChannels contains channel',
  'patient.portalActive',
  'sender.vendor in ["acme-sms", "postbox", "ehr", "x1", "x2", "x3", "x4", "x5", "x6"]',
  'sender.kind == platform',
  'message.body contains "clinic"',
  'message.body matches /positive/i',
  // The patient's age, wishes, language and clock: facts the request may not give.
  'patient.age < 18',
  'patient.age is present',
  'patient.doNotContact',
  'message.language == "es"',
  'message.language is missing',
  'patient.timeZone is present',
  'local.quietHours',
  'local.hour >= 21',
  'local.minute < 30',
  'local.weekday in [saturday, sunday]',
  'local.weekday == monday',
];

const condition: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...ATOMS),
    fc.tuple(tie('c'), fc.constantFrom('and', 'or'), tie('c')).map(([l, op, r]) => `(${l} ${op} ${r})`),
    tie('c').map((c) => `not (${c})`),
  ),
})).c;

const EFFECTS = ['deny', 'downgrade route portal alert "You have a new message."', 'downgrade defer until quiet_hours_end', 'allow'];

// Policies the checker accepts (it rejects rules whose condition contradicts itself).
const policyArb = fc
  .array(fc.tuple(condition, fc.constantFrom(...EFFECTS)), { minLength: 1, maxLength: 8 })
  .map((rules) => compile(DEFINITIONS + rules.map(([when, effect], i) => `rule r${i} {\n  when ${when}\n  ${effect}\n  because "rule ${i}"\n}\n`).join('')))
  .filter((r) => r.ok)
  .map((r) => (r as Extract<typeof r, { ok: true }>).value);

/** Facts as buildFacts makes them, with the classifier's findings given by label. */
const factsOf = (p: CompiledPolicy, req: DecisionRequest, labels: readonly string[] = []) =>
  buildFacts(p, req, parseDate(req.at!), labels.map((label) => ({ label, start: 0, end: 1 })));
const labelsArb = fc.subarray(['HIV', 'SUD', 'PSY']);
const summary = (o: Outcome) => ({ effect: o.effect, rules: o.reasons.map((r) => r.rule), downgrades: o.downgrades.map((r) => r.name) });

/** 300 random policies compiled per property: minutes on a loaded two-core machine, not the suite's 30 s. */
const PROPERTY_TIMEOUT = 180_000;

describe('generated cells', () => {
  it('decide as the reference evaluator does, on random rules and requests', () => {
    fc.assert(
      fc.property(policyArb, fc.array(fc.tuple(requestArb, labelsArb), { minLength: 1, maxLength: 10 }), (p, reqs) => {
        for (const [req, labels] of reqs) {
          const facts = factsOf(p, req, labels);
          expect(summary(evaluate(p.rules, p.defaultOutcome, facts))).toEqual(summary(evaluateTraced(p.rules, p.defaultOutcome, facts, new Tracer())));
        }
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('decide on their own unless a deny or downgrade rule is indeterminate (only then the reference decides)', () => {
    fc.assert(
      fc.property(policyArb, requestArb, labelsArb, (p, req, labels) => {
        const facts = factsOf(p, req, labels);
        evaluate(p.rules, p.defaultOutcome, facts); // generates the cell
        const cell = p.rules.index.get(req.channel)!.get(req.message.category)!;
        const tracer = new Tracer();
        evaluateTraced(p.rules, p.defaultOutcome, facts, tracer);
        const candidates = new Set([...cell.deny, ...cell.downgrade].map((r) => r.name));
        const indeterminate = tracer.rules.some((r) => candidates.has(r.rule) && r.applied === 'indeterminate');
        const applied = tracer.rules.some((r) => r.effect === 'deny' && r.applied === true);
        const generated = cell.generated!(facts, p.defaultOutcome);
        if (!indeterminate || applied) expect(generated).toBeDefined();
      }),
      { numRuns: 300 },
    );
  }, PROPERTY_TIMEOUT);

  it('rely only on facts that are truly never missing (the catalog\'s alwaysPresent) to skip missing checks', () => {
    const p = policyOf(`${DEFINITIONS}rule r {\n  when channel == sms\n  allow\n  because "x"\n}\n`);
    const always = Object.entries(FACTS).filter(([, info]) => info.alwaysPresent);
    expect(always.map(([path]) => path)).toContain('vendor.covers');
    fc.assert(
      fc.property(requestArb, labelsArb, (req, labels) => {
        const facts = factsOf(p, req, labels);
        for (const [path, info] of always) expect([path, info.get(facts)]).not.toEqual([path, MISSING]);
      }),
      { numRuns: 300 },
    );
  });

  it('leave a cell with more than 30 rules of one effect to the reference evaluator, with the same answers', () => {
    const rules = Array.from({ length: 31 }, (_, i) => `rule d${i} {\n  when consent.status == revoked and patient.portalActive\n  deny\n  because "rule ${i}"\n}\n`).join('');
    const p = policyOf(`${DEFINITIONS}${rules}rule ok {\n  when channel == sms\n  allow\n  because "ok"\n}\n`);
    fc.assert(
      fc.property(requestArb, (req) => {
        const facts = factsOf(p, req);
        const decided = evaluate(p.rules, p.defaultOutcome, facts);
        expect(summary(decided)).toEqual(summary(evaluateTraced(p.rules, p.defaultOutcome, facts, new Tracer())));
        expect(p.rules.index.get(req.channel)!.get(req.message.category)!.generated!(facts, p.defaultOutcome)).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('share one frozen outcome between decisions with the same applying rules', () => {
    const p = policyOf(`${DEFINITIONS}rule no-consent {\n  when consent is missing\n  deny\n  because "no consent"\n}\n`);
    const noConsent = (id: string) => factsOf(p, { message: { category: 'appointment_reminder', body: '', id }, channel: 'sms', sender: { kind: 'platform' }, patient: { consents: [] }, at: '2026-11-24T15:00:00Z' });
    const a = evaluate(p.rules, p.defaultOutcome, noConsent('a'));
    const b = evaluate(p.rules, p.defaultOutcome, noConsent('b'));
    expect(summary(a)).toEqual({ effect: 'deny', rules: ['no-consent'], downgrades: [] });
    expect(b).toBe(a);
    expect(Object.isFrozen(a.reasons)).toBe(true);
  });
});
