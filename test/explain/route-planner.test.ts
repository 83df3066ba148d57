import { describe, expect, it } from 'vitest';
import { decideValid } from '../../engine/index.ts';
import { planRoute, type RoutePlan, type RouteRequest } from '../../engine/explain/route-planner.ts';
import { defaultBundle } from './helpers.ts';

const P = await defaultBundle();
const AT = '2026-11-24T15:00:00Z';
const ALERT = 'Riverside Family Practice: you have a new message in your patient portal.';
const SMS_CONSENT = { channel: 'sms' as const, scopes: ['scheduling' as const, 'notifications' as const], status: 'active' as const, recordedAt: '2026-01-05' };

const plan = (input: Omit<RouteRequest, 'at'>): RoutePlan => planRoute(P, { ...input, at: AT });
const sends = (r: RoutePlan) => r.plan.map((s) => [s.channel, s.category, s.body, s.sender.vendor]);

describe('route planner', () => {
  it('puts a lab result in the portal and sends an SMS alert', () => {
    const body = 'Your A1c was 9.1%, please start metformin.';
    const r = plan({ message: { category: 'lab_result', body }, patient: { consents: [SMS_CONSENT], portalActive: true } });
    expect(sends(r)).toEqual([
      ['portal', 'lab_result', body, 'riverside-ehr'],
      ['sms', 'portal_message_waiting', ALERT, 'acme-sms'],
    ]);
    expect(r.plan.map((s) => s.reasons.map((x) => x.rule))).toEqual([['portal'], ['notification-on-unsecured']]);
    // Each step is what the policy itself decides for that send.
    for (const s of r.plan) {
      const again = decideValid(P, { message: { category: s.category, body: s.body }, channel: s.channel, sender: s.sender, patient: { consents: [SMS_CONSENT], portalActive: true }, at: AT });
      expect(again.decision).toBe('allow');
    }
  });

  it('sends a plain reminder by SMS directly', () => {
    const body = 'Hi Maria, reminder of your appointment Tue 3/3 at 10:15 AM.';
    const r = plan({ message: { category: 'appointment_reminder', body }, patient: { consents: [SMS_CONSENT] } });
    expect(sends(r)).toEqual([['sms', 'appointment_reminder', body, 'acme-sms']]);
    expect(r.considered.map((c) => [c.channel, c.decision])).toEqual([
      ['sms', 'allow'],
      ['email', 'deny'],
      ['email_encrypted', 'deny'],
      ['portal', 'deny'],
      ['secure_messaging', 'deny'],
      ['whatsapp', 'deny'],
      ['messenger', 'deny'],
      ['imessage', 'deny'],
    ]);
  });

  it("uses the policy's redacted form of a reminder that names an HIV clinic", () => {
    const r = plan({ message: { category: 'appointment_reminder', body: 'Your HIV clinic appointment is Thu 3 PM.' }, patient: { consents: [SMS_CONSENT], portalActive: true } });
    expect(sends(r)).toEqual([['sms', 'appointment_reminder', 'Your appointment is Thu 3 PM.', 'acme-sms']]);
    expect(r.considered.filter((c) => c.form === 'redacted').map((c) => [c.channel, c.decision])).toEqual([['sms', 'allow']]);
  });

  it('honours the preferred sender, and moves on when that vendor has no BAA', () => {
    const r = plan({ message: { category: 'appointment_reminder', body: 'See you Tue at 10.' }, patient: { consents: [SMS_CONSENT], portalActive: true }, senders: { sms: 'blastly' } });
    expect(r.considered[0]).toMatchObject({ channel: 'sms', sender: { kind: 'platform', vendor: 'blastly' }, decision: 'deny', reasons: [{ rule: 'no-baa' }] });
    expect(sends(r)).toEqual([['portal', 'appointment_reminder', 'See you Tue at 10.', 'riverside-ehr']]);
  });

  it('returns an empty plan with the reasons for a patient with no portal and no consents', () => {
    const r = plan({ message: { category: 'lab_result', body: 'Your A1c was 9.1%.' }, patient: { consents: [] } });
    expect(r.plan).toEqual([]);
    expect(r.considered.every((c) => c.decision === 'deny')).toBe(true);
    expect(r.reasons?.map((x) => x.rule)).toEqual(['no-consent', 'portal-not-active', 'consumer-app', 'no-baa']);
  });
});
