// Plain words for the contract's vocabularies, as the request panel, the decision and the matrix show them.
import { CHANNEL_INFO, securityLabelsOf, SENSITIVITY_LABELS, type BuiltinLabel, type Category, type Channel, type Effect, type Scope } from '../../engine/index.ts';

/**
 * What each consent scope covers. The page names a scope by the contract's own word everywhere (the
 * consent grid's columns, the trace, the counterfactuals, the policy's `scope` lists), so the officer
 * reads one word in all of them; this meaning is shown with it on hover. Which kinds of message need
 * which scope is the policy's to say (its `scope` lists); these are the default bundle's.
 */
export const SCOPE_MEANINGS: Readonly<Record<Scope, string>> = {
  scheduling: 'Appointments: reminders, confirmations and cancellations',
  billing: 'Bills and payment reminders',
  notifications: 'Portal alerts: a result, message, document or prescription is waiting, or a visit follow-up',
  clinical: 'Clinical content: lab results, diagnoses, care plans, visit summaries, prescription changes, referrals, replies about care',
  general: 'General health and wellness messages',
  marketing: 'Marketing and promotions',
};

/** The labels the engine gives no description of: the classifier's clinical, identifier and found-phone labels. */
type OtherBuiltinLabel = Exclude<BuiltinLabel, (typeof SENSITIVITY_LABELS)[number]>;

const OTHER_LABEL_MEANINGS: Readonly<Record<OtherBuiltinLabel, string>> = {
  lab_value: 'a lab value: a test with its number',
  icd10_code: 'a diagnosis code (ICD-10)',
  diagnosis: 'a disease or condition',
  medication: 'a medication',
  procedure: 'a medical procedure, test, scan or surgery',
  test_result: 'the outcome of a test (positive, normal, high...)',
  ssn: 'a Social Security number',
  mrn: 'a medical record number',
  dob: 'a date of birth',
  member_id: 'an insurance member or Medicare/Medicaid number',
  npi: "a provider's NPI number",
  dea: "a prescriber's DEA number",
  unvetted: 'words the found-phone test cannot vouch for as revealing nothing about care',
  disguised_text: 'characters that hide or reorder what is displayed',
};

const SENSITIVITY: ReadonlySet<string> = new Set(SENSITIVITY_LABELS);

/**
 * A classifier label in plain words, for its hover and the glossary. A sensitivity label's meaning is
 * the engine's own (its HL7 v3 ActCode display, as FHIR security labels carry it), so the page and
 * `POST /v1/fhir/decide` never disagree; a label a policy declares (`terms`, `pattern`) is the policy's.
 */
export function labelMeaning(label: string): string {
  if (SENSITIVITY.has(label)) {
    const display = securityLabelsOf([{ label }]).sensitivity[0]?.display ?? label;
    return `${display.replace(/ information sensitivity$/, ' information')} (HL7 sensitivity label)`;
  }
  return Object.hasOwn(OTHER_LABEL_MEANINGS, label) ? OTHER_LABEL_MEANINGS[label as OtherBuiltinLabel] : "a label of this policy's own (a terms or pattern list in the draft)";
}

/** "appointment_reminder" → "Appointment reminder". */
export const categoryName = (c: Category | string): string => {
  const words = c.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/** A channel's label. Takes any string (vendors' channels arrive as strings) and shows an unknown one as it is. */
export const channelName = (c: string): string => CHANNEL_INFO[c as Channel]?.label ?? c;

/** The badge: a symbol and a word, so the decision never depends on colour alone. */
export const EFFECT_SYMBOL: Readonly<Record<Effect, string>> = { allow: '✓', downgrade: '↓', deny: '✕' };

export const EFFECT_MEANING: Readonly<Record<Effect, string>> = {
  allow: 'The message may be sent as written.',
  downgrade: 'Do not send it as written: send the safer form below instead.',
  deny: 'Do not send this message.',
};
