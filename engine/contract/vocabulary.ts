// The closed vocabularies of the decision contract (../shared/contract.md). Tiers and the mapping of
// categories to tiers belong to the policy, not here.

export const CHANNELS = [
  'sms',
  'email',
  'email_encrypted',
  'portal',
  'secure_messaging',
  'whatsapp',
  'messenger',
  'imessage',
] as const;
export type Channel = (typeof CHANNELS)[number];

/** What the code knows about a channel; whether it needs consent is the policy's to say. */
export interface ChannelInfo {
  /**
   * Encrypted and access-controlled, so it may carry clinical content: a downgrade may route
   * content only to a secure channel. `preference` orders them, 1 first: the route planner tries
   * them in that order.
   */
  secure: false | { preference: number };
  /** A message on it has a subject line besides the body. */
  hasSubject: boolean;
  /** In a sentence: "the patient's {name} consent". */
  name: string;
  /** After a verb: "allowed {where}". */
  where: string;
  /** On its own, as a choice is labelled: "Email (unencrypted)". */
  label: string;
}

export const CHANNEL_INFO: Readonly<Record<Channel, ChannelInfo>> = {
  sms: { secure: false, hasSubject: false, name: 'SMS', where: 'by SMS', label: 'SMS text' },
  email: { secure: false, hasSubject: true, name: 'email', where: 'by email', label: 'Email (unencrypted)' },
  email_encrypted: { secure: { preference: 3 }, hasSubject: true, name: 'encrypted email', where: 'by encrypted email', label: 'Encrypted email' },
  portal: { secure: { preference: 1 }, hasSubject: false, name: 'portal', where: 'on the portal', label: 'Patient portal' },
  secure_messaging: { secure: { preference: 2 }, hasSubject: false, name: 'secure messaging', where: 'by secure messaging', label: 'Secure messaging' },
  whatsapp: { secure: false, hasSubject: false, name: 'WhatsApp', where: 'on WhatsApp', label: 'WhatsApp' },
  messenger: { secure: false, hasSubject: false, name: 'Messenger', where: 'on Messenger', label: 'Facebook Messenger' },
  imessage: { secure: false, hasSubject: false, name: 'iMessage', where: 'on iMessage', label: 'iMessage' },
};

/** The secure channels, most preferred first. */
export const SECURE_CHANNELS: readonly Channel[] = CHANNELS.flatMap((channel) => {
  const secure = CHANNEL_INFO[channel].secure;
  return secure === false ? [] : [{ channel, preference: secure.preference }];
})
  .sort((a, b) => a.preference - b.preference)
  .map((s) => s.channel);

export const CATEGORIES = [
  'appointment_reminder',
  'appointment_confirmation',
  'appointment_cancellation',
  'billing_reminder',
  'prescription_ready',
  'general_health',
  'visit_followup',
  'results_ready',
  'portal_message_waiting',
  'document_ready',
  'lab_result',
  'diagnosis',
  'care_plan',
  'visit_summary',
  'prescription_change',
  'referral',
  'clinical_reply',
  'marketing',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const SCOPES = ['scheduling', 'billing', 'notifications', 'clinical', 'general', 'marketing'] as const;
export type Scope = (typeof SCOPES)[number];

export const SENDER_KINDS = ['platform', 'staff_personal_device'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

export const CONSENT_STATUSES = ['active', 'revoked'] as const;
export type ConsentStatus = (typeof CONSENT_STATUSES)[number];

/** HL7 v3 ActCode InformationSensitivityPolicy codes the classifier uses. */
export const SENSITIVITY_LABELS = [
  'HIV',
  'STD',
  'ETH',
  'SUD',
  'OPIOIDUD',
  'PSY',
  'BH',
  'MH',
  'SEX',
  'PREGNANT',
  'GDIS',
  'SDV',
  'SSP',
] as const;

/** Clinical content the found-phone test looks for. */
export const CLINICAL_LABELS = [
  'lab_value',
  'icd10_code',
  'diagnosis',
  'medication',
  'procedure',
  'test_result',
] as const;

/** Identifiers that have no place in a text (Safe Harbor list, 45 CFR 164.514(b)(2)). */
export const IDENTIFIER_LABELS = ['ssn', 'mrn', 'dob', 'member_id', 'npi', 'dea'] as const;

/**
 * The found-phone test's own labels: `unvetted`, words it cannot vouch for as harmless (the
 * positive model); `disguised_text`, characters that hide or reorder what is displayed (control
 * characters, bidi overrides).
 */
export const FOUND_PHONE_LABELS = ['unvetted', 'disguised_text'] as const;

export const BUILTIN_LABELS = [...SENSITIVITY_LABELS, ...CLINICAL_LABELS, ...IDENTIFIER_LABELS, ...FOUND_PHONE_LABELS] as const;
export type BuiltinLabel = (typeof BUILTIN_LABELS)[number];

/** Template fields the contract names as examples; policies may name others in `fields` lists. */
export const KNOWN_TEMPLATE_FIELDS = [
  'appointment_date',
  'appointment_time',
  'provider_name',
  'practice_name',
  'location',
  'patient_first_name',
  'pharmacy_name',
  'balance_due',
  'payment_link',
  'portal_link',
  'visit_reason',
  'appointment_type',
  'department',
  'diagnosis',
  'medication',
  'lab_result',
] as const;

/** One thing the classifier found in a message: a label and where (UTF-16 offsets into the body, or the subject). */
export interface Finding {
  label: string;
  /** The code system of the label when it is a code (v3 ActCode for the sensitivity labels; contract/codes.ts). */
  system?: string;
  start: number;
  end: number;
  field?: 'subject';
}
