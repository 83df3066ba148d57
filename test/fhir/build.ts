// The mapping in reverse, for the round-trip tests: a decision request written as a FHIR R4 Bundle, in
// any of the forms the mapping reads. Typed with @types/fhir's R4 definitions, so tsc checks that what
// it writes has R4's shapes; the tests also validate it against the R4 JSON schema (r4-schema.ts).
import type { Bundle, BundleEntry, CodeableConcept, CommunicationRequest, Consent, ConsentProvision, Extension, Reference } from 'fhir/r4.js';
import {
  CONSENT_SCOPE_SYSTEM,
  FHIR_EXTENSIONS,
  PARTICIPATION_MODE_SYSTEM,
  PHIGATE_CATEGORY_SYSTEM,
  PHIGATE_CHANNEL_SYSTEM,
  PHIGATE_SCOPE_SYSTEM,
  PHIGATE_VENDOR_SYSTEM,
  SCOPES,
  type Channel,
  type Consent as ContractConsent,
  type DecisionRequest,
  type Scope,
} from '../../engine/index.ts';

/** Which of the equivalent FHIR forms to write. */
export interface BuildStyle {
  /** SMSWRIT / EMAILWRIT for sms and email instead of urn:phigate:channel. */
  v3Codes: boolean;
  /** A coding of an unrelated system beside each of ours (a translation, which the mapping does not read). */
  translations: boolean;
  atAs: 'occurrenceDateTime' | 'authoredOn';
  patientAs: 'reference' | 'identifier';
  /** An active consent as a permit; as a deny with a permit exception (opt-in); or as a wider permit narrowed by a deny exception. */
  activeAs: 'permit' | 'opt-in' | 'narrowed';
  /** A revoked consent as an active deny, or as an inactive permit (a consent that ended). */
  revokedAs: 'deny' | 'inactive';
  /** A provision period around every time the tests use (2020 to 2030). */
  period: boolean;
}

export const PLAIN: BuildStyle = { v3Codes: true, translations: false, atAs: 'occurrenceDateTime', patientAs: 'reference', activeAs: 'permit', revokedAs: 'deny', period: false };

const V3: Partial<Record<Channel, string>> = { sms: 'SMSWRIT', email: 'EMAILWRIT' };
const LOCAL = 'http://example.org/fhir/CodeSystem/local-codes';

function channelConcept(channel: Channel, style: BuildStyle): CodeableConcept {
  const v3 = V3[channel];
  const ours = style.v3Codes && v3 ? { system: PARTICIPATION_MODE_SYSTEM, code: v3 } : { system: PHIGATE_CHANNEL_SYSTEM, code: channel };
  return { coding: style.translations ? [{ system: LOCAL, code: `ch-${channel}` }, ours] : [ours] };
}

const purposes = (scopes: readonly Scope[]) => scopes.map((code) => ({ system: PHIGATE_SCOPE_SYSTEM, code }));
const patientRef = (style: BuildStyle): Reference => (style.patientAs === 'reference' ? { reference: 'Patient/p-42' } : { identifier: { system: 'http://hospital.example.org/mrn', value: 'MRN-000042' } });

function provisionOf(c: ContractConsent, style: BuildStyle): { status: Consent['status']; provision: ConsentProvision } {
  const code = [channelConcept(c.channel, style)];
  const period = style.period ? { period: { start: '2020-01-01', end: '2030-12-31T23:59:59Z' } } : {};
  if (c.status === 'revoked') {
    if (style.revokedAs === 'inactive') return { status: 'inactive', provision: { type: 'permit', ...period, code, purpose: purposes(['scheduling']) } };
    return { status: 'active', provision: { type: 'deny', ...period, code } };
  }
  if (style.activeAs === 'opt-in') return { status: 'active', provision: { type: 'deny', ...period, code, provision: [{ type: 'permit', purpose: purposes(c.scopes) }] } };
  const extra = SCOPES.filter((s) => !c.scopes.includes(s));
  if (style.activeAs === 'narrowed' && extra.length > 0) {
    return { status: 'active', provision: { type: 'permit', ...period, code, purpose: purposes(SCOPES), provision: [{ type: 'deny', code, purpose: purposes(extra) }] } };
  }
  return { status: 'active', provision: { type: 'permit', ...period, code, purpose: purposes(c.scopes) } };
}

function consentOf(c: ContractConsent, i: number, style: BuildStyle): Consent {
  const extension: Extension[] = [];
  if (c.riskAcknowledged !== undefined) extension.push({ url: FHIR_EXTENSIONS.riskAcknowledged, valueBoolean: c.riskAcknowledged });
  if (c.unencryptedRequested !== undefined) extension.push({ url: FHIR_EXTENSIONS.unencryptedRequested, valueBoolean: c.unencryptedRequested });
  const { status, provision } = provisionOf(c, style);
  return {
    resourceType: 'Consent',
    id: `consent-${i}`,
    ...(extension.length > 0 ? { extension } : {}),
    status,
    scope: { coding: [{ system: CONSENT_SCOPE_SYSTEM, code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0', display: 'Patient Consent' }] }],
    patient: patientRef(style),
    ...(c.recordedAt !== undefined ? { dateTime: c.recordedAt } : {}),
    provision,
  };
}

/** The patient asked for no contact at all: a Consent that denies every channel, with no exceptions. */
function noContact(style: BuildStyle): Consent {
  return {
    resourceType: 'Consent',
    id: 'no-contact',
    status: 'active',
    scope: { coding: [{ system: CONSENT_SCOPE_SYSTEM, code: 'patient-privacy' }] },
    category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }],
    patient: patientRef(style),
    policyRule: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', code: 'OPTOUT' }] },
    provision: { type: 'deny' },
  };
}

/** The request as a FHIR R4 Bundle of type collection (fields the mapping does not carry are left out). */
export function bundleOf(request: DecisionRequest, style: BuildStyle = PLAIN): Bundle {
  const { message, patient } = request;
  const extension: Extension[] = [];
  if (message.subject !== undefined) extension.push({ url: FHIR_EXTENSIONS.messageSubject, valueString: message.subject });
  if (patient.portalActive !== undefined) extension.push({ url: FHIR_EXTENSIONS.portalActive, valueBoolean: patient.portalActive });
  const category: CodeableConcept = { coding: [{ system: PHIGATE_CATEGORY_SYSTEM, code: message.category }] };
  const communication: CommunicationRequest = {
    resourceType: 'CommunicationRequest',
    ...(message.id !== undefined ? { id: message.id } : {}),
    ...(extension.length > 0 ? { extension } : {}),
    status: 'active',
    category: style.translations ? [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/communication-category', code: 'notification' }] }, category] : [category],
    medium: [channelConcept(request.channel, style)],
    subject: patientRef(style),
    payload: [{ contentString: message.body }],
    ...(request.at !== undefined ? { [style.atAs]: request.at } : {}),
    sender: { identifier: { system: PHIGATE_VENDOR_SYSTEM, value: request.sender.vendor! } },
  };
  const entries: BundleEntry[] = [{ fullUrl: 'urn:uuid:00000000-0000-4000-8000-000000000000', resource: communication }];
  patient.consents.forEach((c, i) => entries.push({ resource: consentOf(c, i, style) }));
  if (patient.doNotContact === true) entries.push({ resource: noContact(style) });
  return { resourceType: 'Bundle', type: 'collection', entry: entries };
}
