// Differential tests: json-rules-engine running the exported rules decides as phigate does, with
// the same determining rules, on the default bundle and on random small policies whose conditions
// mix every operator with facts that can be missing (phigate's three-valued logic).
import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileBundle, decideValid, type CompiledPolicy, type DecisionRequest, type Reason } from '../../engine/index.ts';
import { buildFacts } from '../../engine/decide/decide.ts';
import { evaluate } from '../../engine/decide/evaluator.ts';
import { decideWithJsonRulesEngine, exportJsonRulesEngine, jsonRulesEngineFacts, type ExportedPolicy } from '../../engine/export/index.ts';
import { BUILTIN_LABELS, SCOPES } from '../../engine/contract/vocabulary.ts';
import { requestArb } from '../arbitraries.ts';
import { compile, VENDORS } from '../helpers.ts';

const DIR = 'policies';
// The test register's portal vendor is `ehr` (a portal vendor must be in the register: check/portal-vendor).
const files = readdirSync(DIR)
  .filter((n) => n.endsWith('.policy'))
  .sort()
  .map((n) => ({ file: join(DIR, n), text: readFileSync(join(DIR, n), 'utf8').replace('portal_vendor = "riverside-ehr"', 'portal_vendor = "ehr"') }));
const compiled = compileBundle(files, { file: 'vendors.json', text: VENDORS });
if (!compiled.ok) throw new Error(compiled.diagnostics.map((d) => d.message).join('\n'));
const DEFAULT = compiled.value;

function exportOf(policy: CompiledPolicy): ExportedPolicy {
  const r = exportJsonRulesEngine(policy);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join('\n'));
  return r.value;
}

/** What both engines must agree on: the decision and the determining rules (indeterminate marked). */
const determining = (decision: string, reasons: readonly Reason[]) => ({
  decision,
  rules: reasons.map((r) => `${r.rule}${(r as { indeterminate?: boolean }).indeterminate ? ' (indeterminate)' : ''}`),
});

// Random requests are mostly denied for want of a vendor or consent; half of these get both, so
// the allow and downgrade rules are exercised as often as the denies.
const VENDOR_FOR: Record<string, string> = { sms: 'acme-sms', email: 'postbox', email_encrypted: 'postbox', portal: 'ehr', secure_messaging: 'ehr' };
const plausibleArb: fc.Arbitrary<DecisionRequest> = fc
  .tuple(requestArb, fc.uniqueArray(fc.constantFrom(...SCOPES)), fc.constantFrom('active' as const, 'revoked' as const))
  .map(([req, scopes, status]) => ({
    ...req,
    sender: { kind: 'platform', vendor: VENDOR_FOR[req.channel] ?? 'acme-sms' },
    patient: { ...req.patient, consents: [...req.patient.consents, { channel: req.channel, scopes, status, recordedAt: '2025-01-01' }] },
    at: '2026-11-24T15:00:00Z',
  }));
const anyRequestArb = fc.oneof(requestArb, plausibleArb);
const labelsArb = fc.subarray([...BUILTIN_LABELS], { maxLength: 3 });

/** phigate's evaluation (before downgrade planning) and json-rules-engine's, on the same facts. */
async function bothOn(policy: CompiledPolicy, exported: ExportedPolicy, req: DecisionRequest, labels: readonly string[]) {
  const facts = buildFacts(policy, req, Date.parse(req.at!), labels.map((label) => ({ label, start: 0, end: 1 })));
  const phigate = evaluate(policy.rules, policy.defaultOutcome, facts);
  const jre = await decideWithJsonRulesEngine(exported, jsonRulesEngineFacts(facts, exported.facts));
  return { phigate: determining(phigate.effect, phigate.reasons), jre: determining(jre.decision, jre.reasons) };
}

describe('json-rules-engine running the exported default bundle', () => {
  const exported = exportOf(DEFAULT);

  it('decides as decideValid, with the same determining rules, on classified messages', async () => {
    await fc.assert(
      fc.asyncProperty(anyRequestArb, async (req) => {
        const response = decideValid(DEFAULT, req);
        const findings = DEFAULT.classifier.classify(req.message);
        const jre = await decideWithJsonRulesEngine(exported, jsonRulesEngineFacts(buildFacts(DEFAULT, req, Date.parse(req.at!), findings), exported.facts));
        const planned = response.decision === 'downgrade' || response.reasons.some((r) => r.rule === 'no-safe-form');
        if (!planned) expect(determining(jre.decision, jre.reasons)).toEqual(determining(response.decision, response.reasons));
        // A downgrade's sends are planned by phigate alone; before planning both said downgrade.
        else expect(jre.decision).toBe('downgrade');
      }),
      { numRuns: 200 },
    );
  });

  it('evaluates as phigate does for any finding labels, downgrades included', async () => {
    await fc.assert(
      fc.asyncProperty(anyRequestArb, labelsArb, async (req, labels) => {
        const { phigate, jre } = await bothOn(DEFAULT, exported, req, labels);
        expect(jre).toEqual(phigate);
      }),
      { numRuns: 300 },
    );
  });
});

// Conditions over facts that can be missing, with every operator the exporter renders: equality,
// order (dates, a fixed value on either side), membership, contains one/any/all, text, patterns,
// presence. Wrapped in `and`, `or` and `not`, they cover phigate's three-valued tables.
const ATOMS = [
  'consent.status == active',
  'consent.status != revoked',
  'consent.scopes contains clinical',
  'consent.scopes contains message.scope',
  'consent.scopes contains any [scheduling, billing]',
  'consent.scopes contains all [scheduling, notifications]',
  'consent.scopes == [scheduling]',
  'unsecured contains channel',
  'unsecured contains all patient.avoidChannels',
  'unsecured contains any patient.avoidChannels',
  'channel in unsecured',
  'channel not in [sms, portal]',
  'sms in patient.avoidChannels',
  'channel in vendor.channels',
  'vendor.covers',
  'consent.riskAcknowledged',
  'consent is missing',
  'message.scope is present',
  'vendor.baa.expires < at',
  'consent.recordedAt <= 2026-01-05',
  '2026-06-30 > consent.recordedAt',
  'consent.recordedAt == 2026-01-05',
  'message.findings contains any [HIV, SSP]',
  'message.findings contains SSP',
  'message.tier == clinical',
  'message.body contains "CLINIC"',
  'message.body matches /hiv|a1c/i',
  // The patient's age, wishes, language and clock (missing when the request does not give them).
  'patient.age < 18',
  '18 <= patient.age',
  'patient.age is present',
  'patient.doNotContact',
  'message.language == "es"',
  'patient.timeZone == "Pacific/Honolulu"',
  'local.quietHours',
  'local.hour >= 21',
  'local.weekday in [saturday, sunday]',
  'local.minute < 30',
];

const conditionArb: fc.Arbitrary<string> = fc.letrec<{ c: string }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...ATOMS),
    tie('c').map((c) => `not (${c})`),
    fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a}) and (${b})`),
    fc.tuple(tie('c'), tie('c')).map(([a, b]) => `(${a}) or (${b})`),
  ),
})).c;

const EFFECTS = ['deny', 'downgrade route portal alert "You have a new message in your portal."', 'downgrade defer until quiet_hours_end', 'allow'];
const policyArb = fc.array(fc.tuple(conditionArb, fc.constantFrom(...EFFECTS)), { minLength: 1, maxLength: 4 }).map((rules) =>
  [
    'channels unsecured = [sms, email]',
    'tier clinical = [lab_result, diagnosis]',
    'scope clinical = [lab_result, diagnosis]',
    'scope scheduling = [appointment_reminder]',
    ...rules.map(([when, effect], i) => `rule r${i} {\n  when ${when}\n  ${effect}\n  because "reason ${i}"\n}`),
  ].join('\n'),
);

describe('json-rules-engine on random policies', () => {
  it('decides as phigate does, indeterminate rules included', async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, fc.array(fc.tuple(anyRequestArb, labelsArb), { minLength: 8, maxLength: 8 }), async (text, requests) => {
        const policy = compile(text);
        // A condition that contradicts itself is a check error (unreachable rule): nothing to export.
        fc.pre(policy.ok);
        if (!policy.ok) return;
        const exported = exportOf(policy.value);
        for (const [req, labels] of requests) {
          const { phigate, jre } = await bothOn(policy.value, exported, req, labels);
          expect(jre).toEqual(phigate);
        }
      }),
      { numRuns: 120 },
    );
  });
});
