// Quiet hours as a downgrade: a send refused only because of the hour comes back with the earliest
// time it may go (`notBefore`), decided again as of that time.
import { describe, expect, it } from 'vitest';
import { decide, type DecisionResponse } from '../../engine/index.ts';
import { policyOf, request } from '../helpers.ts';

const BASE = `
settings {
  practice = "Test Practice"
  portal_vendor = "ehr"
  time_zone = "America/New_York"
}
tier admin = [appointment_reminder]
tier clinical = [lab_result]
scope scheduling = [appointment_reminder]
scope clinical = [lab_result]
channels unsecured = [sms, email]

rule quiet-hours {
  when channel in unsecured and local.quietHours
  downgrade defer until quiet_hours_end
  because "Not at night"
}

rule clinic-names {
  when channel in unsecured and message.findings contains any [SSP]
  downgrade redact [SSP, HIV]
  because "Be generic about the clinic"
}

rule clinical-by-text {
  when channel in unsecured and message.tier == clinical
  downgrade route portal alert "You have a new message in your portal."
  because "Clinical content goes to the portal"
}

rule reminders {
  when channel in unsecured and message.tier == admin and vendor.covers and consent.scopes contains scheduling
  allow
  because "Reminders may go by text"
}

rule alerts {
  when channel in unsecured and message.category == portal_message_waiting and vendor.covers and consent is present
  allow
  because "Alerts may go by text"
}

rule portal {
  when channel == portal and vendor.covers
  allow
  because "The portal is secure"
}
`;

const POLICY = policyOf(BASE);
/** 22:30 in New York on Monday 23 November 2026; the quiet hours end at 08:00 the next day, 13:00Z. */
const NIGHT = '2026-11-24T03:30:00Z';

function decided(patch: Parameters<typeof request>[0], policy = POLICY): DecisionResponse {
  const r = decide(policy, request(patch));
  if (!r.ok) throw new Error(r.error.message);
  return r.response;
}

const sends = (r: DecisionResponse) => r.actions.map((a) => ({ channel: a.channel, body: a.body, ...(a.notBefore ? { notBefore: a.notBefore } : {}) }));

describe('quiet hours: a deferred downgrade', () => {
  it('sends a reminder written at night when the quiet hours end, as written', () => {
    const r = decided({ at: NIGHT });
    expect(r.decision).toBe('downgrade');
    expect(r.reasons.map((x) => x.rule)).toEqual(['quiet-hours']);
    expect(sends(r)).toEqual([{ channel: 'sms', body: request().message.body, notBefore: '2026-11-24T13:00:00.000Z' }]);
  });

  it('allows the same reminder during the day, with no notBefore', () => {
    const r = decided({ at: '2026-11-24T15:00:00Z' });
    expect([r.decision, r.actions[0]!.notBefore]).toEqual(['allow', undefined]);
  });

  it('follows the patient\'s own time zone when the request gives one', () => {
    // 22:30 in New York is 19:30 in Los Angeles: not quiet there.
    expect(decided({ at: NIGHT, patient: { timeZone: 'America/Los_Angeles' } }).decision).toBe('allow');
    // 05:30 in Honolulu (15:30Z): quiet, until 08:00 there, 18:00Z.
    expect(sends(decided({ at: '2026-11-24T15:30:00Z', patient: { timeZone: 'Pacific/Honolulu' } }))[0]!.notBefore).toBe('2026-11-24T18:00:00.000Z');
  });

  it('redacts and defers together: the redacted text goes in the morning', () => {
    const r = decided({ at: NIGHT, message: { body: 'Your appointment at the counseling center is Tue 3/5 at 4 PM.' } });
    expect(r.reasons.map((x) => x.rule).sort()).toEqual(['clinic-names', 'quiet-hours']);
    expect(sends(r)).toEqual([{ channel: 'sms', body: 'Your appointment is Tue 3/5 at 4 PM.', notBefore: '2026-11-24T13:00:00.000Z' }]);
  });

  it('routes and defers together: the content goes to the portal now, the text alert in the morning', () => {
    const r = decided({ at: NIGHT, message: { category: 'lab_result', body: 'Your A1c was 9.1%.' } });
    expect(sends(r)).toEqual([
      { channel: 'portal', body: 'Your A1c was 9.1%.' },
      { channel: 'sms', body: 'You have a new message in your portal.', notBefore: '2026-11-24T13:00:00.000Z' },
    ]);
  });

  it('waits for the first day the send is allowed: a rule against Sundays pushes Saturday night to Monday', () => {
    const policy = policyOf(`${BASE}\nrule not-on-sunday {\n  when channel in unsecured and local.weekday == sunday\n  downgrade defer until quiet_hours_end\n  because "Not on Sundays"\n}\n`);
    // Saturday 28 November 2026, 22:30 in New York.
    const r = decided({ at: '2026-11-29T03:30:00Z' }, policy);
    expect(sends(r)[0]!.notBefore).toBe('2026-11-30T13:00:00.000Z');
  });

  it('defers to a time of day written in quotes', () => {
    const policy = policyOf(BASE.replace('defer until quiet_hours_end', 'defer until "09:15"'));
    expect(sends(decided({ at: NIGHT }, policy))[0]!.notBefore).toBe('2026-11-24T14:15:00.000Z');
  });

  it('uses the bundle\'s quiet hours', () => {
    const policy = policyOf(BASE.replace('time_zone = "America/New_York"', 'time_zone = "America/New_York"\n  quiet_hours = "20:00-09:00"'));
    // 20:30 in New York: quiet under this bundle, until 09:00.
    expect(sends(decided({ at: '2026-11-24T01:30:00Z' }, policy))[0]!.notBefore).toBe('2026-11-24T14:00:00.000Z');
    expect(decided({ at: '2026-11-24T01:30:00Z' }).decision).toBe('allow');
  });

  it('keeps the same answer across the change to daylight saving time', () => {
    // Saturday 7 March 2026, 23:00 EST; the clocks go forward that night; 08:00 EDT is 12:00Z.
    expect(sends(decided({ at: '2026-03-08T04:00:00Z' }))[0]!.notBefore).toBe('2026-03-08T12:00:00.000Z');
  });

  it('denies (fail closed) when there is no clock: no time zone in the request or the bundle', () => {
    const policy = policyOf(BASE.replace('  time_zone = "America/New_York"\n', ''));
    const r = decided({ at: NIGHT }, policy);
    expect(r.decision).toBe('deny');
    expect(r.reasons.map((x) => [x.rule, (x as { indeterminate?: boolean }).indeterminate])).toEqual([['quiet-hours', true]]);
  });
});
