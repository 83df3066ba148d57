// Who sends and who receives in the found-phone corpus: the senders (vendors from
// policies/vendors.json, an unregistered vendor, a staff phone) and the patients (consent states).
// All fictional. Consents are recorded in 2025 or early 2026; the corpus sends fall between March
// 2026 and May 2027, while the BAAs of acme-sms and postbox-mail are in force.
import type { DecisionRequest } from '../../engine/index.ts';

type Sender = DecisionRequest['sender'];
type Patient = DecisionRequest['patient'];
type Consent = Patient['consents'][number];

// ---- senders ----
/** SMS platform with a current BAA (2025-01-15 to 2028-01-15). */
export const ACME_SMS: Sender = { kind: 'platform', vendor: 'acme-sms' };
/** Email and encrypted email with a current BAA (2024-06-01 to 2027-06-01). */
export const POSTBOX: Sender = { kind: 'platform', vendor: 'postbox-mail' };
/** The EHR: portal and secure messaging, BAA without end date. The bundle's `portal_vendor`. */
export const EHR: Sender = { kind: 'platform', vendor: 'riverside-ehr' };
/** Secure messaging with a current BAA (2025-09-01 to 2027-09-01). */
export const CARECHAT: Sender = { kind: 'platform', vendor: 'carechat' };
/** Bulk texts and email; refuses to sign a BAA. */
export const BLASTLY: Sender = { kind: 'platform', vendor: 'blastly' };
/** SMS; its BAA expired on 2024-12-31. */
export const OLDTEXT: Sender = { kind: 'platform', vendor: 'oldtext' };
/** Email; its BAA is signed for 2027-01-01 onwards. */
export const FUTUREMAIL: Sender = { kind: 'platform', vendor: 'futuremail' };
/** A texting service nobody put in the vendor register. */
export const UNREGISTERED: Sender = { kind: 'platform', vendor: 'quicktext-pro' };
/** An app that forgot to say which vendor sends. */
export const NO_VENDOR: Sender = { kind: 'platform' };
/** A nurse texting from her own phone. */
export const STAFF_PHONE: Sender = { kind: 'staff_personal_device' };

// ---- consents ----
const SMS_EVERYDAY: Consent = {
  channel: 'sms',
  scopes: ['scheduling', 'billing', 'notifications', 'general'],
  status: 'active',
  riskAcknowledged: true,
  recordedAt: '2025-09-14',
  method: 'tablet_form',
};
const EMAIL_EVERYDAY: Consent = {
  channel: 'email',
  scopes: ['scheduling', 'billing', 'notifications', 'general'],
  status: 'active',
  recordedAt: '2025-10-20',
  method: 'portal onboarding',
};
/** Told the risk of unencrypted email, acknowledged it and asked for email anyway; documented. */
const EMAIL_CLINICAL_REQUESTED: Consent = {
  channel: 'email',
  scopes: ['scheduling', 'notifications', 'clinical'],
  status: 'active',
  unencryptedRequested: true,
  riskAcknowledged: true,
  recordedAt: '2026-02-11',
  method: 'paper_form',
};

// ---- patients ----
/** Texts for scheduling, billing, notifications and wellness tips; uses the portal. */
export const SMS_PATIENT: Patient = { id: 'demo-0001', consents: [SMS_EVERYDAY], portalActive: true };
/** Replied YES to appointment reminders only. */
export const SMS_SCHEDULING_ONLY: Patient = {
  consents: [{ channel: 'sms', scopes: ['scheduling'], status: 'active', recordedAt: '2025-11-02', method: 'texted YES' }],
  portalActive: true,
};
/** Texts only for "something is waiting in the portal" alerts. */
export const SMS_NOTIFICATIONS_ONLY: Patient = {
  consents: [{ channel: 'sms', scopes: ['notifications'], status: 'active', recordedAt: '2025-12-01', method: 'portal onboarding' }],
  portalActive: true,
};
/** Consented to texts, then replied STOP. */
export const SMS_REVOKED: Patient = {
  consents: [SMS_EVERYDAY, { channel: 'sms', scopes: [], status: 'revoked', recordedAt: '2026-02-20', method: 'STOP reply' }],
  portalActive: true,
};
/** Replied STOP, then opted in again at the front desk. */
export const SMS_RECONSENTED: Patient = {
  consents: [
    { channel: 'sms', scopes: [], status: 'revoked', recordedAt: '2025-06-01', method: 'STOP reply' },
    { ...SMS_EVERYDAY, recordedAt: '2026-01-09', method: 'front desk' },
  ],
  portalActive: true,
};
/** Consent to texts recorded on a form dated after the sends (it does not count yet). */
export const SMS_CONSENT_LATER: Patient = { consents: [{ ...SMS_EVERYDAY, recordedAt: '2027-09-01' }], portalActive: true };
/** Opted in to texts in 2023, before the practice switched SMS vendors. */
export const SMS_LONGTIME: Patient = { consents: [{ ...SMS_EVERYDAY, recordedAt: '2023-04-18', method: 'paper_form' }], portalActive: true };
/** Texts consented, but has never logged in to the portal. */
export const SMS_NO_PORTAL: Patient = { consents: [SMS_EVERYDAY], portalActive: false };
/** Consented to texts long ago, then asked in writing not to be texted (confidential communications). */
export const SMS_AVOIDED: Patient = { consents: [SMS_EVERYDAY], avoidChannels: ['sms'], portalActive: true };
/** Consented to email only. */
export const EMAIL_PATIENT: Patient = { id: 'demo-0002', consents: [EMAIL_EVERYDAY], portalActive: true };
/** Asked for clinical content by unencrypted email after being told the risk. */
export const EMAIL_REQUESTED: Patient = { id: 'demo-0003', consents: [EMAIL_CLINICAL_REQUESTED], portalActive: true };
/** Asked for email, but the risk acknowledgment was never recorded. */
export const EMAIL_REQUESTED_NO_ACK: Patient = {
  consents: [{ ...EMAIL_CLINICAL_REQUESTED, riskAcknowledged: false }],
  portalActive: true,
};
/** Acknowledged the risk of email for clinical content, but never asked for unencrypted email. */
export const EMAIL_ACK_NOT_REQUESTED: Patient = {
  consents: [{ ...EMAIL_CLINICAL_REQUESTED, unencryptedRequested: false }],
  portalActive: true,
};
/** Unsubscribed from practice email. */
export const EMAIL_REVOKED: Patient = {
  consents: [EMAIL_EVERYDAY, { channel: 'email', scopes: [], status: 'revoked', recordedAt: '2026-03-01', method: 'unsubscribe link' }],
  portalActive: true,
};
/** Consented to email, then asked not to be emailed (the address is a shared work inbox). */
export const EMAIL_AVOIDED: Patient = { consents: [EMAIL_EVERYDAY], avoidChannels: ['email'], portalActive: true };
/** Signed a marketing authorization for texts and email. */
export const MARKETING_AUTHORIZED: Patient = {
  consents: [
    { ...SMS_EVERYDAY, scopes: [...SMS_EVERYDAY.scopes, 'marketing'], method: 'signed authorization' },
    { ...EMAIL_EVERYDAY, scopes: [...EMAIL_EVERYDAY.scopes, 'marketing'], method: 'signed authorization' },
  ],
  portalActive: true,
};
/** Uses secure messaging for everything, clinical included. */
export const SECURE_CHAT_PATIENT: Patient = {
  consents: [{ channel: 'secure_messaging', scopes: ['scheduling', 'notifications', 'clinical'], status: 'active', recordedAt: '2025-10-01', method: 'app onboarding' }],
  portalActive: true,
};
/** Secure messaging for scheduling only. */
export const SECURE_CHAT_SCHEDULING: Patient = {
  consents: [{ channel: 'secure_messaging', scopes: ['scheduling'], status: 'active', recordedAt: '2025-10-01', method: 'app onboarding' }],
  portalActive: true,
};
/** Encrypted email for clinical content; no portal account. */
export const ENCRYPTED_EMAIL_PATIENT: Patient = {
  consents: [{ channel: 'email_encrypted', scopes: ['scheduling', 'notifications', 'clinical'], status: 'active', recordedAt: '2025-08-15', method: 'paper_form' }],
  portalActive: false,
};
/** No consent on any channel; uses the portal (which needs no separate consent). */
export const PORTAL_PATIENT: Patient = { id: 'demo-0004', consents: [], portalActive: true };
/** No consent and no portal account. */
export const PORTAL_INACTIVE: Patient = { consents: [], portalActive: false };
/** Uses the portal but asked the practice not to post there (shared family computer). */
export const PORTAL_AVOIDED: Patient = { consents: [SMS_EVERYDAY], avoidChannels: ['portal'], portalActive: true };
/** Says "WhatsApp me" and signed a form saying so. */
export const WHATSAPP_FAN: Patient = {
  consents: [
    { channel: 'whatsapp', scopes: ['scheduling', 'clinical'], status: 'active', recordedAt: '2025-12-12', method: 'tablet_form' },
    { channel: 'imessage', scopes: ['scheduling', 'clinical'], status: 'active', recordedAt: '2025-12-12', method: 'tablet_form' },
    { channel: 'messenger', scopes: ['scheduling'], status: 'active', recordedAt: '2025-12-12', method: 'tablet_form' },
  ],
  portalActive: true,
};
