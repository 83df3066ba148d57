// One test per rule of the practice guide (../shared/domain.md), each deciding a few corpus
// messages with the default bundle and checking what the compliance officer expects: the
// decision, the rules behind it, and what is actually sent.
import { describe, expect, it } from 'vitest';
import { corpusMessage, decided } from './helpers.ts';

const ALERT = 'Riverside Family Practice: you have a new message in your patient portal.';

/** A send as the officer reads it: "channel: [subject] text". */
const sendText = (channel: string, m: { subject?: string; body: string }): string => `${channel}: ${m.subject === undefined ? '' : `[${m.subject}] `}${m.body}`;

/** What the officer looks at: the decision, the rules that made it, and each send. */
function outcome(id: string) {
  const r = decided(corpusMessage(id).request);
  return { decision: r.decision, rules: r.reasons.map((reason) => reason.rule).sort(), sends: r.actions.map((a) => sendText(a.channel, a)) };
}

/** The message as written, on the channel the app asked for. */
const asWritten = (id: string): string => sendText(corpusMessage(id).request.channel, corpusMessage(id).request.message);

/** The message as written, moved to the portal. */
const contentInPortal = (id: string): string => sendText('portal', corpusMessage(id).request.message);

describe('the practice guide', () => {
  it('Every vendor that carries patient messages needs a signed BAA; no BAA means no send, whatever the content', () => {
    expect(outcome('sms-vendor-no-baa')).toEqual({ decision: 'deny', rules: ['no-baa'], sends: [] });
    expect(outcome('sms-vendor-no-baa-clinical')).toEqual({ decision: 'deny', rules: ['no-baa'], sends: [] });
    expect(outcome('sms-vendor-baa-expired')).toEqual({ decision: 'deny', rules: ['no-baa'], sends: [] });
  });

  it('Consumer apps (WhatsApp, Messenger, iMessage) sign no BAA with providers: no patient messages there', () => {
    expect(outcome('whatsapp-reminder')).toEqual({ decision: 'deny', rules: ['consumer-app', 'no-baa'], sends: [] });
    expect(outcome('messenger-reminder')).toEqual({ decision: 'deny', rules: ['consumer-app', 'no-baa'], sends: [] });
    expect(outcome('imessage-care-plan')).toMatchObject({ decision: 'deny', sends: [] });
  });

  it('Staff personal phones are unauditable and uncovered: never a channel', () => {
    expect(outcome('sms-staff-phone-reminder')).toEqual({ decision: 'deny', rules: ['staff-personal-device'], sends: [] });
    expect(outcome('sms-staff-phone-results')).toEqual({ decision: 'deny', rules: ['staff-personal-device'], sends: [] });
  });

  it('Tier 1: reminders, confirmations, billing, prescription pickups and general tips go by SMS and email with consent', () => {
    for (const id of ['sms-reminder-01', 'sms-billing-01', 'email-pickup-01']) {
      expect(outcome(id)).toEqual({ decision: 'allow', rules: ['administrative-on-unsecured'], sends: [asWritten(id)] });
    }
  });

  it('Tier 2: the alert that a message, result or document is waiting goes by SMS or email; the content stays in the portal', () => {
    for (const id of ['sms-results-ready-01', 'email-portal-message-01', 'sms-document-ready-01']) {
      expect(outcome(id)).toEqual({ decision: 'allow', rules: ['notification-on-unsecured'], sends: [asWritten(id)] });
    }
  });

  it('Tier 3: results, diagnoses, care plans, prescription changes and referrals go only by the portal, secure messaging or encrypted email', () => {
    expect(outcome('sms-lab-values-01')).toEqual({
      decision: 'downgrade',
      rules: ['clinical-category-on-unsecured', 'clinical-text-on-unsecured'],
      sends: [contentInPortal('sms-lab-values-01'), `sms: ${ALERT}`],
    });
    expect(outcome('portal-lab-values')).toEqual({ decision: 'allow', rules: ['portal'], sends: [asWritten('portal-lab-values')] });
    expect(outcome('encrypted-email-lab')).toEqual({ decision: 'allow', rules: ['secure-channel-with-consent'], sends: [asWritten('encrypted-email-lab')] });
  });

  it('Unencrypted email may carry clinical content only when the patient asked for it after being told the risk, and that is documented', () => {
    expect(outcome('email-requested-lab')).toEqual({ decision: 'allow', rules: ['clinical-email-requested-by-patient'], sends: [asWritten('email-requested-lab')] });
    expect(outcome('email-requested-no-ack-lab')).toMatchObject({ decision: 'downgrade', sends: [contentInPortal('email-requested-no-ack-lab'), `email: ${ALERT}`] });
    expect(outcome('email-ack-not-requested-care-plan')).toMatchObject({ decision: 'downgrade', sends: [contentInPortal('email-ack-not-requested-care-plan'), `email: ${ALERT}`] });
  });

  it('The found-phone test: if someone reading the text could learn anything medical, not by SMS; be generic about the appointment type', () => {
    expect(outcome('sms-hiv-clinic')).toMatchObject({ decision: 'downgrade', sends: ['sms: Reminder: your appointment with Dr. Alvarez is Thu 3/5 at 10:15 AM.'] });
    expect(outcome('sms-addiction-treatment')).toMatchObject({ decision: 'downgrade', sends: ['sms: Reminder of your visit Thu 3/5 at 10:15 AM.'] });
    expect(outcome('sms-reminder-dermatology')).toEqual({ decision: 'allow', rules: ['administrative-on-unsecured'], sends: [asWritten('sms-reminder-dermatology')] });
  });

  it('HIV/AIDS, substance use and mental health information carry heightened protection, even when the patient asked for email', () => {
    expect(outcome('email-requested-hiv')).toEqual({ decision: 'downgrade', rules: ['heightened-on-unsecured'], sends: [contentInPortal('email-requested-hiv'), `email: ${ALERT}`] });
    expect(outcome('email-requested-depression')).toMatchObject({ decision: 'downgrade', rules: ['heightened-on-unsecured'] });
    expect(outcome('sms-suboxone-pickup')).toMatchObject({ decision: 'downgrade', sends: [contentInPortal('sms-suboxone-pickup'), `sms: ${ALERT}`] });
  });

  it('Consent is per channel and per kind of message: consent to scheduling reminders does not cover clinical messages', () => {
    expect(outcome('sms-scheduling-only-lab')).toMatchObject({ decision: 'downgrade', sends: [contentInPortal('sms-scheduling-only-lab')] });
    expect(outcome('sms-scheduling-only-billing')).toEqual({ decision: 'deny', rules: ['consent-does-not-cover'], sends: [] });
    expect(outcome('sms-email-only-patient')).toEqual({ decision: 'deny', rules: ['no-consent'], sends: [] });
  });

  it('Patients can opt out at any time (STOP or any reasonable means)', () => {
    expect(outcome('sms-revoked-reminder')).toEqual({ decision: 'deny', rules: ['consent-revoked'], sends: [] });
    expect(outcome('email-revoked')).toEqual({ decision: 'deny', rules: ['consent-revoked'], sends: [] });
    expect(outcome('sms-reconsented-reminder')).toMatchObject({ decision: 'allow' });
  });

  it('A patient may ask to be reached only by certain means, and the practice honours it', () => {
    expect(outcome('sms-avoided-reminder')).toEqual({ decision: 'deny', rules: ['avoided-channel'], sends: [] });
    expect(outcome('email-avoided-billing')).toEqual({ decision: 'deny', rules: ['avoided-channel'], sends: [] });
    expect(outcome('portal-sms-avoider')).toEqual({ decision: 'allow', rules: ['portal'], sends: [asWritten('portal-sms-avoider')] });
  });

  it('Templates must not pull clinical fields (visit reason, appointment type, department) into reminders', () => {
    for (const id of ['sms-template-visit-reason', 'sms-template-department']) {
      expect(outcome(id)).toEqual({ decision: 'downgrade', rules: ['template-pulled-clinical-fields'], sends: [contentInPortal(id), `sms: ${ALERT}`] });
    }
    expect(outcome('sms-template-admin-fields')).toMatchObject({ decision: 'allow', sends: [asWritten('sms-template-admin-fields')] });
  });

  it("Marketing needs the patient's written authorization", () => {
    expect(outcome('sms-marketing-unauthorized')).toEqual({ decision: 'deny', rules: ['consent-does-not-cover', 'marketing-without-authorization'], sends: [] });
    expect(outcome('portal-marketing-unauthorized')).toEqual({ decision: 'deny', rules: ['marketing-without-authorization'], sends: [] });
    expect(outcome('sms-marketing-authorized')).toEqual({ decision: 'allow', rules: ['authorized-marketing'], sends: [asWritten('sms-marketing-authorized')] });
  });

  it('Identifiers beyond what the message needs (SSN, record number, date of birth, member ID) do not belong in a text', () => {
    const cases = [
      ['sms-ssn', '412-55-0917'],
      ['sms-mrn', '00482913'],
      ['email-ssn', '518-22-4410'],
    ] as const;
    for (const [id, identifier] of cases) {
      const { decision, rules, sends } = outcome(id);
      expect({ decision, rules }).toEqual({ decision: 'downgrade', rules: ['identifiers-on-unsecured'] });
      expect(sends).toHaveLength(1);
      expect(sends[0]).toMatch(new RegExp(`^${corpusMessage(id).request.channel}: `));
      expect(sends[0]).not.toContain(identifier);
    }
  });
});
