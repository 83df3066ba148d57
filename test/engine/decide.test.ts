import { describe, expect, it } from 'vitest';
import { decide, decideValid } from '../../engine/index.ts';
import { injectFault, policyOf, request } from '../helpers.ts';

const P = policyOf(`
channels unsecured = [sms, email]
tier admin = [appointment_reminder]
tier clinical = [lab_result]
settings { practice = "Riverside" portal_vendor = "ehr" }

rule no-baa {
  when not vendor.covers
  deny
  because "No BAA"
  cite "45 CFR 164.502(e)"
}
rule needs-consent {
  when channel in unsecured and consent.status != active
  deny
  because "No active consent"
}
rule clinical-by-text {
  when channel in unsecured and message.tier == clinical
  downgrade route portal alert "{practice}: you have a new message in your patient portal."
  because "Clinical content goes to the portal"
}
rule admin-ok {
  when message.tier == admin and consent.scopes contains scheduling
  allow
  because "Reminders with consent"
}
rule notices-ok {
  when message.category == portal_message_waiting and consent.scopes contains notifications
  allow
  because "Alerts with consent"
}
rule portal-ok {
  when channel == portal and patient.portalActive
  allow
  because "Portal"
}
`);

const strip = (r: ReturnType<typeof decideValid>) => ({ ...r, decisionId: '<id>' });

describe('decide', () => {
  it('allows what an allow rule allows, and sends it as requested', () => {
    const req = request({ message: { id: 'm-1' } });
    expect(strip(decideValid(P, req))).toEqual({
      decision: 'allow',
      decisionId: '<id>',
      messageId: 'm-1',
      policy: { name: 'test', version: '1', digest: P.digest },
      reasons: [{ rule: 'admin-ok', effect: 'allow', text: 'Reminders with consent' }],
      findings: [],
      actions: [{ channel: 'sms', category: 'appointment_reminder', body: req.message.body }],
    });
  });

  it('denies by default when no rule applies', () => {
    const r = decideValid(P, request({ message: { category: 'billing_reminder' } }));
    expect([r.decision, r.reasons, r.actions]).toEqual(['deny', [{ rule: 'default', effect: 'deny', text: 'No rule allows this send' }], []]);
  });

  it('lets deny win over allow', () => {
    const r = decideValid(P, request({ sender: { vendor: 'blastly' } }));
    expect(r.decision).toBe('deny');
    expect(r.reasons.map((x) => x.rule)).toEqual(['no-baa']);
  });

  it('denies, naming the rule and the missing fact, when a deny rule cannot be evaluated', () => {
    const r = decideValid(P, request({ patient: { consents: [] } }));
    expect(r.decision).toBe('deny');
    expect(r.reasons).toEqual([
      {
        rule: 'needs-consent',
        effect: 'deny',
        indeterminate: true,
        text: 'Could not evaluate rule needs-consent (`consent.status` is missing); a deny rule that cannot be evaluated denies the send (fail closed)',
      },
    ]);
  });

  it('downgrades clinical content by SMS to the portal with an alert that is itself allowed', () => {
    const r = decideValid(P, request({ message: { category: 'lab_result', body: 'Your results are in.' } }));
    expect(r.decision).toBe('downgrade');
    expect(r.reasons.map((x) => x.rule)).toEqual(['clinical-by-text']);
    expect(r.actions).toEqual([
      { channel: 'portal', category: 'lab_result', body: 'Your results are in.' },
      { channel: 'sms', category: 'portal_message_waiting', body: 'Riverside: you have a new message in your patient portal.' },
    ]);
  });

  it('denies a downgrade when no safe form is allowed (portal not in use)', () => {
    const r = decideValid(P, request({ message: { category: 'lab_result', body: 'Your results are in.' }, patient: { portalActive: false } }));
    expect(r.decision).toBe('deny');
    expect(r.reasons.map((x) => x.rule)).toEqual(['clinical-by-text', 'no-safe-form']);
    expect(r.actions).toEqual([]);
  });

  it('is deterministic for the same bundle, request and time', () => {
    const req = request({ message: { category: 'lab_result' } });
    expect(strip(decideValid(P, req))).toEqual(strip(decideValid(P, req)));
  });

  it('traces every rule and condition, with PHI hidden', () => {
    const r = decideValid(P, request(), { trace: true });
    expect(r.trace!.rules.map((t) => [t.rule, t.applied])).toEqual([
      ['no-baa', false],
      ['needs-consent', false],
      ['clinical-by-text', false],
      ['admin-ok', true],
      ['notices-ok', false],
      ['portal-ok', false],
    ]);
    expect(r.trace!.rules[3]!.conditions.map((c) => [c.text, c.value, c.operands])).toEqual([
      ['message.tier == admin', true, [{ text: 'message.tier', value: 'admin' }]],
      ['consent.scopes contains scheduling', true, [{ text: 'consent.scopes', value: ['scheduling', 'billing', 'notifications', 'general'] }]],
    ]);
    const withBody = policyOf('rule b {\n  when message.body contains "secret"\n  deny\n  because "x"\n}\n');
    const traced = decideValid(withBody, request({ message: { body: 'the secret word' } }), { trace: true });
    expect(traced.trace!.rules[0]!.conditions[0]!.operands[0]).toEqual({ text: 'message.body', value: '(hidden: 15 characters)' });
    expect(JSON.stringify(traced.trace)).not.toContain('the secret word');
  });

  it('fails closed when a rule throws', () => {
    const p = policyOf('rule boom {\n  when channel == sms\n  downgrade route portal\n  because "x"\n}\nrule ok {\n  when channel == sms\n  allow\n  because "y"\n}\n');
    injectFault(p.rules.rules[0]!, 'kaput');
    const r = decideValid(p, request());
    expect(r.decision).toBe('deny');
    expect(r.reasons[0]).toMatchObject({ rule: 'boom', indeterminate: true });
    expect(r.reasons[0]!.text).toContain('kaput');
  });

  it('rejects a bad request naming each bad field', () => {
    const bad = { ...request(), channel: 'fax', patient: { consents: [{ channel: 'sms', scopes: ['sched'], status: 'active' }] } };
    const r = decide(P, bad);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('request/invalid');
    expect((r.error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['channel', 'patient.consents[0].scopes[0]']);
  });
});

describe('request dates', () => {
  it('refuses a day that is not on the calendar instead of rolling it over', () => {
    for (const at of ['2026-02-30', '2025-02-29', '2026-04-31T10:00:00Z']) {
      const r = decide(P, { ...request(), at });
      expect(r.ok ? r.response.decision : r.error.message, at).toBe('invalid request: at: expected an ISO 8601 date such as 2026-11-24 or 2026-11-24T15:00:00Z');
    }
    const consent = { channel: 'sms', scopes: ['scheduling'], status: 'active', recordedAt: '2026-06-31' };
    const r = decide(P, { ...request(), patient: { consents: [consent] } });
    expect(r.ok).toBe(false);
    expect(decide(P, { ...request(), at: '2024-02-29' }).ok).toBe(true); // a leap day
  });
});

describe('facts', () => {
  const consentPolicy = policyOf('rule c {\n  when consent.status == active and vendor.covers\n  allow\n  because "x"\n}\n');
  const decision = (patch: Parameters<typeof request>[0]) => decideValid(consentPolicy, request(patch)).decision;

  it('uses the most recent consent for the channel; a revocation wins a tie; later consents do not count yet', () => {
    const c = (status: 'active' | 'revoked', recordedAt: string) => ({ channel: 'sms' as const, scopes: ['scheduling' as const], status, recordedAt });
    expect(decision({ patient: { consents: [c('active', '2026-01-01'), c('revoked', '2026-02-01')] } })).toBe('deny');
    expect(decision({ patient: { consents: [c('revoked', '2026-01-01'), c('active', '2026-02-01')] } })).toBe('allow');
    expect(decision({ patient: { consents: [c('active', '2026-02-01'), c('revoked', '2026-02-01')] } })).toBe('deny');
    expect(decision({ patient: { consents: [c('active', '2026-01-01'), c('revoked', '2027-02-01')] } })).toBe('allow');
  });

  it('counts a BAA only when signed, current at `at`, and covering the channel', () => {
    expect(decision({ sender: { vendor: 'acme-sms' } })).toBe('allow');
    expect(decision({ sender: { vendor: 'blastly' } })).toBe('deny');
    expect(decision({ sender: { vendor: 'nobody' } })).toBe('deny');
    expect(decision({ sender: { vendor: 'postbox' } })).toBe('deny');
    expect(decision({ at: '2028-01-15T23:00:00Z' })).toBe('allow');
    expect(decision({ at: '2028-01-16T00:00:00Z' })).toBe('deny');
    expect(decision({ at: '2025-01-14T00:00:00Z' })).toBe('deny');
  });
});
