// The realistic R4 examples in fixtures/: each is valid FHIR R4 (the HL7 JSON schema), maps to the
// request it means, and the default policy decides it as that request.
import { describe, expect, it } from 'vitest';
import { ACT_CODE_SYSTEM, CONFIDENTIALITY_SYSTEM, decide, loadBundle, withSecurityLabels } from '../../engine/index.ts';
import { FIXTURES, fixture, issuesOf, mapped } from './helpers.ts';
import { r4Errors } from './r4-schema.ts';

const loaded = await loadBundle('policies');
if (!loaded.ok) throw new Error('the default bundle does not load');
const policy = loaded.value;

function decided(name: string) {
  const r = decide(policy, mapped(fixture(name)));
  if (!r.ok) throw new Error(r.error.message);
  return withSecurityLabels(r.response);
}

describe('the FHIR fixtures', () => {
  it.each(FIXTURES)('%s is valid FHIR R4', (name) => {
    expect(r4Errors(fixture(name))).toEqual([]);
  });

  it('has the examples the other tests name', () => {
    expect(FIXTURES).toEqual(['email-lab-result-requested.json', 'opt-in-with-sms-opt-out.json', 'sms-hiv-clinic-reminder.json', 'unmappable-fax-medium.json']);
  });
});

describe('an HIV clinic reminder by SMS (SMSWRIT, a permit for SMS with a period)', () => {
  it('maps to the request it means: translations of the category ignored, the portal extension read', () => {
    expect(mapped(fixture('sms-hiv-clinic-reminder.json'))).toEqual({
      message: { id: 'appt-reminder-8841', category: 'appointment_reminder', body: 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.' },
      channel: 'sms',
      sender: { kind: 'platform', vendor: 'acme-sms' },
      patient: {
        consents: [{ channel: 'sms', scopes: ['scheduling', 'billing', 'notifications', 'general'], status: 'active', riskAcknowledged: true, recordedAt: '2026-01-05' }],
        portalActive: true,
      },
      at: '2026-11-24T15:00:00Z',
    });
  });

  it('is downgraded, with the sensitivity as v3 ActCode codes and confidentiality R', () => {
    const res = decided('sms-hiv-clinic-reminder.json');
    expect(res.decision).toBe('downgrade');
    expect(res.actions).toEqual([{ channel: 'sms', category: 'appointment_reminder', body: 'Reminder: your appointment is Thu 3/5 at 10:15 AM.' }]);
    expect(res.findings).toContainEqual({ label: 'HIV', system: ACT_CODE_SYSTEM, start: 15, end: 25 });
    expect(res.findings).toContainEqual({ label: 'diagnosis', start: 15, end: 18 });
    expect(res.sensitivity).toEqual([
      { system: ACT_CODE_SYSTEM, code: 'HIV', display: 'HIV/AIDS information sensitivity' },
      { system: ACT_CODE_SYSTEM, code: 'SSP', display: 'sensitive service provider information sensitivity' },
    ]);
    expect(res.confidentiality).toEqual({ system: CONFIDENTIALITY_SYSTEM, code: 'R', display: 'restricted' });
  });
});

describe('a lab result by email the patient asked for (EMAILWRIT, identifiers for the patient, flags as extensions)', () => {
  it('maps the subject line, the consent flags and authoredOn as the time', () => {
    expect(mapped(fixture('email-lab-result-requested.json'))).toEqual({
      message: { id: 'lab-a1c-5520', category: 'lab_result', body: 'Hello, your A1c was 9.1%. Dr. Patel would like to review it with you.', subject: 'Your recent lab result' },
      channel: 'email',
      sender: { kind: 'platform', vendor: 'postbox-mail' },
      patient: {
        consents: [{ channel: 'email', scopes: ['scheduling', 'notifications', 'clinical'], status: 'active', riskAcknowledged: true, unencryptedRequested: true, recordedAt: '2026-02-11T09:30:00-06:00' }],
        portalActive: true,
      },
      at: '2026-11-24T15:00:00-06:00',
    });
  });

  it('is allowed by the rule for requested unencrypted email; clinical but not sensitive: confidentiality N', () => {
    const res = decided('email-lab-result-requested.json');
    expect(res.decision).toBe('allow');
    expect(res.reasons.map((r) => r.rule)).toEqual(['clinical-email-requested-by-patient']);
    const labValue = res.findings.find((f) => f.label === 'lab_value');
    expect(labValue).toBeDefined();
    expect(labValue).not.toHaveProperty('system'); // phigate's own labels are names, not codes
    expect(res.sensitivity).toEqual([]);
    expect(res.confidentiality).toEqual({ system: CONFIDENTIALITY_SYSTEM, code: 'N', display: 'normal' });
  });
});

describe('an opt-in consent and a later STOP by SMS', () => {
  it('maps the opt-in (deny with permit exceptions) to active consents and the STOP to a revocation', () => {
    expect(mapped(fixture('opt-in-with-sms-opt-out.json')).patient.consents).toEqual([
      { channel: 'sms', scopes: ['scheduling', 'billing'], status: 'active', recordedAt: '2025-03-02' },
      { channel: 'email', scopes: ['scheduling', 'billing'], status: 'active', recordedAt: '2025-03-02' },
      { channel: 'sms', scopes: [], status: 'revoked', recordedAt: '2026-06-14T18:22:05Z' },
    ]);
  });

  it('is denied: the most recent consent for SMS is the revocation', () => {
    const res = decided('opt-in-with-sms-opt-out.json');
    expect(res.decision).toBe('deny');
    expect(res.reasons.map((r) => r.rule)).toEqual(['consent-revoked']);
  });
});

describe('a fax referral (valid R4, no phigate channel)', () => {
  it('is a mapping error naming the coding', () => {
    expect(issuesOf(fixture('unmappable-fax-medium.json'))).toEqual([
      'Bundle.entry[0].resource.medium[0].coding[0].code: phigate has a channel for v3 ParticipationMode SMSWRIT (sms) and EMAILWRIT (email) only; use urn:phigate:channel for the others',
    ]);
  });
});
