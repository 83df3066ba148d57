// The code systems of the labels and channels phigate speaks in: HL7 v3 ActCode for the sensitivity
// labels the classifier finds, v3 Confidentiality for the overall level, v3 ParticipationMode for the
// two channels HL7 has a code for, and phigate's own systems (urn:phigate:...) for the rest of the
// contract's vocabularies. Findings carry their label's system (`system`) in every decision response.
import { SENSITIVITY_LABELS, type Finding } from './vocabulary.ts';

export const ACT_CODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';
export const CONFIDENTIALITY_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
export const PARTICIPATION_MODE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode';
/** phigate's code systems: each code is the contract's own name (`sms`, `lab_result`, `scheduling`). */
export const PHIGATE_CHANNEL_SYSTEM = 'urn:phigate:channel';
export const PHIGATE_CATEGORY_SYSTEM = 'urn:phigate:category';
export const PHIGATE_SCOPE_SYSTEM = 'urn:phigate:scope';
/** Identifier system of a vendor id in the bundle's vendors.json. */
export const PHIGATE_VENDOR_SYSTEM = 'urn:phigate:vendor';
/** FHIR's Consent.scope code system (patient-privacy, treatment, research, adr). */
export const CONSENT_SCOPE_SYSTEM = 'http://terminology.hl7.org/CodeSystem/consentscope';

/** The v3 ParticipationMode codes that name a contract channel. */
export const PARTICIPATION_MODE_CHANNELS = Object.freeze({ SMSWRIT: 'sms', EMAILWRIT: 'email' } as const);

/** phigate's FHIR extensions: what the contract has and FHIR R4 has no element for. */
export const FHIR_EXTENSIONS = Object.freeze({
  /** On the CommunicationRequest, valueString: the email's subject line (message.subject), checked like the body. */
  messageSubject: 'urn:phigate:extension:message-subject',
  /** On the CommunicationRequest, valueBoolean: the patient uses the portal (patient.portalActive). */
  portalActive: 'urn:phigate:extension:portal-active',
  /** On a Consent, valueBoolean: the patient acknowledged the risk of the channel (consents[].riskAcknowledged). */
  riskAcknowledged: 'urn:phigate:extension:risk-acknowledged',
  /** On a Consent, valueBoolean: the patient asked for unencrypted email (consents[].unencryptedRequested). */
  unencryptedRequested: 'urn:phigate:extension:unencrypted-requested',
} as const);

/** A FHIR Coding: what a code means, in which code system. */
export interface FhirCoding {
  system: string;
  code: string;
  display: string;
}

/**
 * The v3 ActCode display of each sensitivity label (the _InformationSensitivityPolicy codes of HL7
 * Terminology). PREGNANT is newer than the ActCode release bundled with FHIR R4 4.0.1; the others are in it.
 */
const SENSITIVITY_DISPLAY: Readonly<Record<string, string>> = {
  HIV: 'HIV/AIDS information sensitivity',
  STD: 'sexually transmitted disease information sensitivity',
  ETH: 'substance abuse information sensitivity',
  SUD: 'substance use disorder information sensitivity',
  OPIOIDUD: 'opioid use disorder information sensitivity',
  PSY: 'psychiatry disorder information sensitivity',
  BH: 'behavioral health information sensitivity',
  MH: 'mental health information sensitivity',
  SEX: 'sexuality and reproductive health information sensitivity',
  PREGNANT: 'pregnancy information sensitivity',
  GDIS: 'genetic disease information sensitivity',
  SDV: 'sexual assault, abuse, or domestic violence information sensitivity',
  SSP: 'sensitive service provider information sensitivity',
};

const ACT_CODE_LABELS: ReadonlySet<string> = new Set<string>(SENSITIVITY_LABELS);

/**
 * The code system a finding's label belongs to: v3 ActCode for the sensitivity labels; none for
 * phigate's clinical and identifier labels and a policy's own labels (they are names, not codes).
 */
export function labelSystem(label: string): string | undefined {
  return ACT_CODE_LABELS.has(label) ? ACT_CODE_SYSTEM : undefined;
}

/**
 * The findings as a response carries them: each label that is a code with its `system`. The same array
 * when none is (no copy: most messages have no sensitive finding); otherwise new finding objects.
 */
export function withLabelSystems<F extends Finding>(findings: readonly F[]): F[] {
  if (!findings.some((f) => ACT_CODE_LABELS.has(f.label))) return findings as F[];
  return findings.map((f) => {
    if (!ACT_CODE_LABELS.has(f.label)) return f;
    const out = { label: f.label, system: ACT_CODE_SYSTEM, start: f.start, end: f.end } as F;
    if (f.field !== undefined) out.field = f.field;
    return out;
  });
}

/** The content's sensitivity and confidentiality as FHIR security labels (Coding), ready for `meta.security`. */
export interface SecurityLabels {
  /** One v3 ActCode coding per sensitivity label found (body or subject), in SENSITIVITY_LABELS order. */
  sensitivity: FhirCoding[];
  /**
   * v3 Confidentiality: R (restricted) when a sensitivity label was found, N (normal) otherwise. HL7's
   * scale keeps N for ordinary health information (any message about a patient is PHI, so never U or
   * L) and R for information whose disclosure could stigmatise or harm the patient, which is what the
   * ActCode sensitivity labels mark (HIV, substance use, mental health, sexual and reproductive health,
   * violence...). V is for a practice's own most-restricted categories (psychotherapy notes, VIPs),
   * which the classifier cannot tell from a message, so it is never given.
   */
  confidentiality: FhirCoding;
}

const NORMAL: FhirCoding = Object.freeze({ system: CONFIDENTIALITY_SYSTEM, code: 'N', display: 'normal' });
const RESTRICTED: FhirCoding = Object.freeze({ system: CONFIDENTIALITY_SYSTEM, code: 'R', display: 'restricted' });

/** The security labels of a message from its findings. */
export function securityLabelsOf(findings: readonly { label: string }[]): SecurityLabels {
  const found = new Set(findings.map((f) => f.label));
  const sensitivity = SENSITIVITY_LABELS.filter((l) => found.has(l)).map((code): FhirCoding => ({ system: ACT_CODE_SYSTEM, code, display: SENSITIVITY_DISPLAY[code] ?? code }));
  return { sensitivity, confidentiality: { ...(sensitivity.length > 0 ? RESTRICTED : NORMAL) } };
}

/** A decision response with the security labels of its message (the answer of POST /v1/fhir/decide). */
export function withSecurityLabels<R extends { findings: readonly { label: string }[] }>(response: R): R & SecurityLabels {
  return { ...response, ...securityLabelsOf(response.findings) };
}
