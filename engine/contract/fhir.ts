// FHIR R4 in: a Bundle of type `collection` holding one CommunicationRequest (the send) and the
// patient's Consent resources, mapped to a decision request. Pure: no I/O; the clock is only read for a
// Consent's period when the bundle gives no time.
//
// The mapping is conservative: whatever phigate cannot read for certain is a mapping error naming the
// FHIR path (`Bundle.entry[0].resource.medium[0]`), never a guess that could allow a send. Errors name
// paths and what was expected; they never quote the bundle's values (they may be PHI).
//
//   CommunicationRequest                                   request
//   .id                                                  → message.id
//   .payload[0].contentString (the only payload)         → message.body
//   .extension[urn:phigate:extension:message-subject]    → message.subject (valueString)
//   .category[].coding[system urn:phigate:category]      → message.category (exactly one code)
//   .medium[0] (the only medium): v3 ParticipationMode   → channel (SMSWRIT sms, EMAILWRIT email,
//       or urn:phigate:channel with any contract channel)
//   .sender.identifier[system urn:phigate:vendor].value  → sender { kind: platform, vendor }
//   .occurrenceDateTime, else .authoredOn                → at (a day or a full date and time)
//   .extension[urn:phigate:extension:portal-active]      → patient.portalActive (valueBoolean)
//
//   Consent (scope patient-privacy; one contract consent per channel its provision names)
//   .status + .provision.type                            → consents[].status (table below)
//   .dateTime                                            → consents[].recordedAt
//   .provision.code[] (channels, as medium)              → consents[].channel
//   .provision.purpose[system urn:phigate:scope]         → consents[].scopes
//   .provision.period                                    → whether the Consent is in force at `at`
//   .provision.provision[] (exceptions, opposite type)   → scopes taken out, a channel revoked, or granted
//   .extension[urn:phigate:extension:risk-acknowledged]  → consents[].riskAcknowledged (valueBoolean)
//   .extension[urn:phigate:extension:unencrypted-requested] → consents[].unencryptedRequested
//   a Consent that denies every channel, no exceptions   → patient.doNotContact: true
import { z } from 'zod';
import {
  CONSENT_SCOPE_SYSTEM,
  FHIR_EXTENSIONS,
  PARTICIPATION_MODE_CHANNELS,
  PARTICIPATION_MODE_SYSTEM,
  PHIGATE_CATEGORY_SYSTEM,
  PHIGATE_CHANNEL_SYSTEM,
  PHIGATE_SCOPE_SYSTEM,
  PHIGATE_VENDOR_SYSTEM,
} from './codes.ts';
import { parseDate } from './dates.ts';
import { parseRequest, type Consent, type DecisionRequest } from './request.ts';
import { CATEGORIES, CHANNELS, SCOPES, type Category, type Channel, type Scope } from './vocabulary.ts';

// ---- the FHIR R4 shapes read (loose: every other element of a resource passes untouched) ----

const Coding = z.looseObject({ system: z.string().optional(), code: z.string().optional() });
const CodeableConcept = z.looseObject({ coding: z.array(Coding).optional() });
const Identifier = z.looseObject({ system: z.string().optional(), value: z.string().optional() });
const Reference = z.looseObject({ reference: z.string().optional(), identifier: Identifier.optional() });
const Period = z.looseObject({ start: z.string().optional(), end: z.string().optional() });
const Extension = z.looseObject({ url: z.string(), valueBoolean: z.boolean().optional(), valueString: z.string().optional() });
const modifiers = { modifierExtension: z.array(z.unknown()).optional() };
const domainResource = {
  id: z.string().optional(),
  implicitRules: z.string().optional(),
  contained: z.array(z.unknown()).optional(),
  extension: z.array(Extension).optional(),
  ...modifiers,
};

const FhirCommunicationRequest = z.looseObject({
  resourceType: z.literal('CommunicationRequest'),
  ...domainResource,
  status: z.enum(['draft', 'active', 'on-hold', 'revoked', 'completed', 'entered-in-error', 'unknown']),
  doNotPerform: z.boolean().optional(),
  category: z.array(CodeableConcept).optional(),
  medium: z.array(CodeableConcept).optional(),
  payload: z.array(z.looseObject({ contentString: z.string().optional(), ...modifiers })).optional(),
  subject: Reference.optional(),
  recipient: z.array(Reference).optional(),
  sender: Reference.optional(),
  occurrenceDateTime: z.string().optional(),
  occurrencePeriod: Period.optional(),
  authoredOn: z.string().optional(),
});

/** The elements of a provision that restrict it in ways phigate cannot honour (so it does not guess). */
const UNREAD_PROVISION_ELEMENTS = ['actor', 'action', 'securityLabel', 'class', 'dataPeriod', 'data', 'modifierExtension'] as const;
const provisionElements = {
  type: z.enum(['deny', 'permit']).optional(),
  period: Period.optional(),
  purpose: z.array(Coding).optional(),
  code: z.array(CodeableConcept).optional(),
};
const FhirNestedProvision = z.looseObject({ ...provisionElements, provision: z.array(z.unknown()).optional() });
const FhirProvision = z.looseObject({ ...provisionElements, provision: z.array(FhirNestedProvision).optional() });

const FhirConsent = z.looseObject({
  resourceType: z.literal('Consent'),
  ...domainResource,
  status: z.enum(['draft', 'proposed', 'active', 'rejected', 'inactive', 'entered-in-error']),
  scope: CodeableConcept,
  patient: Reference.optional(),
  dateTime: z.string().optional(),
  provision: FhirProvision.optional(),
});

/** The Bundle as read; each entry's resource is read by its own shape. Exported for the OpenAPI document. */
export const FhirBundleSchema = z
  .looseObject({
    resourceType: z.literal('Bundle'),
    implicitRules: z.string().optional(),
    type: z.string().describe('`collection`'),
    entry: z.array(z.looseObject({ resource: z.looseObject({ resourceType: z.string() }), ...modifiers })).optional(),
  })
  .describe('A FHIR R4 Bundle of type collection: one CommunicationRequest (the send) and the patient\'s Consent resources');

type FhirReference = z.infer<typeof Reference>;
type FhirCodeableConcept = z.infer<typeof CodeableConcept>;
type FhirPeriod = z.infer<typeof Period>;
type FhirExtension = z.infer<typeof Extension>;
type ProvisionShape = z.infer<typeof FhirProvision> | z.infer<typeof FhirNestedProvision>;

// ---- the result ----

export interface FhirMappingError {
  code: 'fhir/unmapped';
  message: string;
  /** Each problem with the FHIR path it concerns (`Bundle.entry[0].resource.medium[0]`). */
  issues: { path: string; message: string }[];
}

export type FhirMapping = { ok: true; value: DecisionRequest } | { ok: false; error: FhirMappingError };

export interface FhirMappingOptions {
  /** The clock for a Consent's period when the bundle has no time (occurrenceDateTime, authoredOn). */
  now?: () => number;
}

/** A FHIR R4 Bundle (a value fresh from JSON.parse, or any value) to a decision request, or the mapping's errors. */
export function requestFromFhir(input: unknown, options: FhirMappingOptions = {}): FhirMapping {
  const mapper = new Mapper(options.now ?? Date.now);
  const request = mapper.bundle(input);
  if (request === undefined || mapper.issues.length > 0) return mapper.failure();
  const parsed = parseRequest(request);
  if (parsed.ok) return { ok: true, value: parsed.value };
  for (const issue of parsed.error.issues) mapper.fail(mapper.origin(issue.path), issue.message);
  return mapper.failure();
}

// ---- the mapping ----

const V3_CHANNEL: Readonly<Record<string, Channel | undefined>> = PARTICIPATION_MODE_CHANNELS;
const isChannel = (code: string | undefined): code is Channel => (CHANNELS as readonly string[]).includes(code ?? '');
const isCategory = (code: string | undefined): code is Category => (CATEGORIES as readonly string[]).includes(code ?? '');
const isScope = (code: string | undefined): code is Scope => (SCOPES as readonly string[]).includes(code ?? '');

/** A FHIR dateTime phigate can place in time: a day, or a day and a time with seconds and a zone. */
const FULL_DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;
const PARTIAL_DATE = /^\d{4}(-\d{2})?$/;
const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_ISSUES = 20;

/** The contract's consent for one channel, before its shared fields (recordedAt, flags) are added. */
interface ChannelConsent {
  channel: Channel;
  scopes: Scope[];
  status: 'active' | 'revoked';
}

/** What one Consent says: consents per channel, doNotContact, or nothing (not in force, entered in error). */
type ConsentMeaning = { consents: ChannelConsent[]; doNotContact: boolean };

class Mapper {
  readonly issues: { path: string; message: string }[] = [];
  /** Contract path → the FHIR path it came from, so the contract's own errors name FHIR paths too. */
  private readonly origins = new Map<string, string>();
  private patientRefs: { ref: FhirReference; path: string }[] = [];

  constructor(private readonly now: () => number) {}

  fail(path: string, message: string): void {
    this.issues.push({ path, message });
  }

  /** The error: at most MAX_ISSUES problems listed, the rest counted (a bundle can hold thousands of bad entries). */
  failure(): FhirMapping {
    const all = this.issues.length > 0 ? this.issues : [{ path: 'Bundle', message: 'the bundle could not be mapped' }];
    const issues = all.slice(0, MAX_ISSUES);
    const more = all.length - issues.length;
    const message = `invalid FHIR bundle: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`;
    return { ok: false, error: { code: 'fhir/unmapped', message, issues } };
  }

  /** The FHIR path a contract path came from: the longest mapped prefix, or the bundle. */
  origin(contractPath: string): string {
    let best: string | undefined;
    for (const key of this.origins.keys()) {
      const prefix = contractPath === key || contractPath.startsWith(`${key}.`) || contractPath.startsWith(`${key}[`);
      if (prefix && (best === undefined || key.length > best.length)) best = key;
    }
    return best === undefined ? 'Bundle' : this.origins.get(best)!;
  }

  /** zod's problems with a shape, each at its FHIR path under `base`. */
  private shapeIssues(base: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const path = issue.path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : `${acc}.${String(p)}`), base);
      this.fail(path, issue.message);
    }
  }

  bundle(input: unknown): DecisionRequest | undefined {
    const parsed = FhirBundleSchema.safeParse(input);
    if (!parsed.success) {
      this.shapeIssues('Bundle', parsed.error);
      return undefined;
    }
    const bundle = parsed.data;
    if (bundle.implicitRules !== undefined) this.fail('Bundle.implicitRules', 'a bundle under implicit rules cannot be read safely: send it without implicitRules');
    if (bundle.type !== 'collection') this.fail('Bundle.type', 'expected "collection": one CommunicationRequest and the patient\'s Consent resources');
    const requests: number[] = [];
    const consents: number[] = [];
    (bundle.entry ?? []).forEach((entry, i) => {
      const path = `Bundle.entry[${i}]`;
      if (entry.modifierExtension !== undefined) this.fail(`${path}.modifierExtension`, 'phigate cannot honour a modifier extension it does not know');
      const type = entry.resource.resourceType;
      if (type === 'CommunicationRequest') requests.push(i);
      else if (type === 'Consent') consents.push(i);
      else this.fail(`${path}.resource.resourceType`, 'phigate reads CommunicationRequest and Consent resources only: leave other resources out of the bundle');
    });
    if (requests.length === 0) this.fail('Bundle.entry', 'expected one CommunicationRequest (the send to decide)');
    for (const i of requests.slice(1)) this.fail(`Bundle.entry[${i}].resource`, 'expected one CommunicationRequest; this is another (decide each send in its own bundle)');
    if (this.issues.length > 0) return undefined;
    const entries = bundle.entry!;
    const at = `Bundle.entry[${requests[0]!}].resource`;
    const request = this.communicationRequest(entries[requests[0]!]!.resource, at);
    if (request === undefined) return undefined;
    const atTime = request.at === undefined ? this.now() : parseDate(request.at);
    const patient = request.patient;
    consents.forEach((i) => {
      const path = `Bundle.entry[${i}].resource`;
      const mapped = this.consent(entries[i]!.resource, path, atTime);
      for (const c of mapped?.consents ?? []) {
        this.origins.set(`patient.consents[${patient.consents.length}]`, path);
        if (c.recordedAt !== undefined) this.origins.set(`patient.consents[${patient.consents.length}].recordedAt`, `${path}.dateTime`);
        patient.consents.push(c);
      }
      if (mapped?.doNotContact) {
        patient.doNotContact = true;
        this.origins.set('patient.doNotContact', `${path}.provision`);
      }
    });
    this.samePatient();
    return request;
  }

  private resourceChecks(r: { implicitRules?: string | undefined; contained?: unknown[] | undefined; modifierExtension?: unknown[] | undefined }, path: string): void {
    if (r.implicitRules !== undefined) this.fail(`${path}.implicitRules`, 'a resource under implicit rules cannot be read safely');
    if (r.modifierExtension !== undefined) this.fail(`${path}.modifierExtension`, 'phigate cannot honour a modifier extension it does not know');
    if (r.contained !== undefined) this.fail(`${path}.contained`, 'contained resources are not read: put each Consent in its own Bundle.entry');
  }

  private communicationRequest(resource: unknown, path: string): DecisionRequest | undefined {
    const parsed = FhirCommunicationRequest.safeParse(resource);
    if (!parsed.success) {
      this.shapeIssues(path, parsed.error);
      return undefined;
    }
    const cr = parsed.data;
    this.resourceChecks(cr, path);
    if (cr.status !== 'draft' && cr.status !== 'active') this.fail(`${path}.status`, `a ${cr.status} CommunicationRequest is not a send to decide: expected draft or active`);
    if (cr.doNotPerform === true) this.fail(`${path}.doNotPerform`, 'a request not to send has no decision to make');

    const body = this.payload(cr.payload, path);
    const channel = this.medium(cr.medium, path);
    const category = this.category(cr.category, path);
    const vendor = this.sender(cr.sender, `${path}.sender`);
    if (cr.occurrencePeriod !== undefined) this.fail(`${path}.occurrencePeriod`, 'a period does not say when the message goes: give occurrenceDateTime');
    const atPath = cr.occurrenceDateTime !== undefined ? `${path}.occurrenceDateTime` : `${path}.authoredOn`;
    const at = cr.occurrenceDateTime ?? cr.authoredOn;
    if (at !== undefined) this.dateTime(at, atPath);
    const ext = this.extensions(cr.extension, path, { [FHIR_EXTENSIONS.messageSubject]: 'valueString', [FHIR_EXTENSIONS.portalActive]: 'valueBoolean' });
    if (cr.subject !== undefined) this.patientRefs.push({ ref: cr.subject, path: `${path}.subject` });
    (cr.recipient ?? []).forEach((ref, k) => this.patientRefs.push({ ref, path: `${path}.recipient[${k}]` }));
    if (body === undefined || channel === undefined || category === undefined || vendor === undefined) return undefined;

    const subject = ext.get(FHIR_EXTENSIONS.messageSubject);
    const portalActive = ext.get(FHIR_EXTENSIONS.portalActive);
    const message: DecisionRequest['message'] = { category, body };
    if (cr.id !== undefined) {
      message.id = cr.id;
      this.origins.set('message.id', `${path}.id`);
    }
    if (subject !== undefined) {
      message.subject = subject.value as string;
      this.origins.set('message.subject', subject.path);
    }
    const request: DecisionRequest = { message, channel, sender: { kind: 'platform', vendor }, patient: { consents: [] } };
    if (portalActive !== undefined) {
      request.patient.portalActive = portalActive.value as boolean;
      this.origins.set('patient.portalActive', portalActive.path);
    }
    if (at !== undefined) {
      request.at = at;
      this.origins.set('at', atPath);
    }
    this.origins.set('message.body', `${path}.payload[0].contentString`);
    this.origins.set('channel', `${path}.medium[0]`);
    this.origins.set('sender.vendor', `${path}.sender.identifier.value`);
    return request;
  }

  private payload(payload: { contentString?: string | undefined; modifierExtension?: unknown[] | undefined }[] | undefined, path: string): string | undefined {
    if (payload === undefined || payload.length === 0) {
      this.fail(`${path}.payload`, 'expected one payload with contentString: the text of the message');
      return undefined;
    }
    for (let k = 1; k < payload.length; k++) this.fail(`${path}.payload[${k}]`, 'phigate checks one text: a second payload would be sent unchecked');
    const first = payload[0]!;
    if (first.modifierExtension !== undefined) this.fail(`${path}.payload[0].modifierExtension`, 'phigate cannot honour a modifier extension it does not know');
    if (first.contentString === undefined) {
      this.fail(`${path}.payload[0]`, 'expected contentString: attachments and references cannot be checked');
      return undefined;
    }
    if (first.contentString.length === 0) this.fail(`${path}.payload[0].contentString`, 'a FHIR string is never empty');
    return first.contentString;
  }

  private medium(medium: FhirCodeableConcept[] | undefined, path: string): Channel | undefined {
    if (medium === undefined || medium.length === 0) {
      this.fail(`${path}.medium`, `expected one medium: v3 ParticipationMode SMSWRIT or EMAILWRIT, or ${PHIGATE_CHANNEL_SYSTEM} with a channel`);
      return undefined;
    }
    for (let k = 1; k < medium.length; k++) this.fail(`${path}.medium[${k}]`, 'expected one medium: each channel is decided on its own');
    return this.channelOf(medium[0]!, `${path}.medium[0]`);
  }

  /** The contract channel a CodeableConcept names; codings of other systems are translations and are not read. */
  private channelOf(concept: FhirCodeableConcept, path: string): Channel | undefined {
    const before = this.issues.length;
    const found: { channel: Channel; path: string }[] = [];
    (concept.coding ?? []).forEach((c, k) => {
      const codePath = `${path}.coding[${k}].code`;
      if (c.system === PARTICIPATION_MODE_SYSTEM) {
        const channel = c.code === undefined ? undefined : V3_CHANNEL[c.code];
        if (channel === undefined) this.fail(codePath, `phigate has a channel for v3 ParticipationMode SMSWRIT (sms) and EMAILWRIT (email) only; use ${PHIGATE_CHANNEL_SYSTEM} for the others`);
        else found.push({ channel, path: codePath });
      } else if (c.system === PHIGATE_CHANNEL_SYSTEM) {
        if (!isChannel(c.code)) this.fail(codePath, `expected a channel of ${PHIGATE_CHANNEL_SYSTEM}: ${CHANNELS.join(', ')}`);
        else found.push({ channel: c.code, path: codePath });
      }
    });
    if (this.issues.length > before) return undefined;
    if (found.length === 0) {
      this.fail(path, `expected a coding with system ${PHIGATE_CHANNEL_SYSTEM}, or ${PARTICIPATION_MODE_SYSTEM} with SMSWRIT or EMAILWRIT`);
      return undefined;
    }
    const other = found.find((f) => f.channel !== found[0]!.channel);
    if (other) {
      this.fail(other.path, 'the codings name different channels');
      return undefined;
    }
    return found[0]!.channel;
  }

  private category(categories: FhirCodeableConcept[] | undefined, path: string): Category | undefined {
    const before = this.issues.length;
    const found: { category: Category; path: string }[] = [];
    (categories ?? []).forEach((concept, j) =>
      (concept.coding ?? []).forEach((c, k) => {
        if (c.system !== PHIGATE_CATEGORY_SYSTEM) return; // other systems (communication-category...) are not read
        const codePath = `${path}.category[${j}].coding[${k}].code`;
        if (isCategory(c.code)) found.push({ category: c.code, path: codePath });
        else this.fail(codePath, `expected a category of ${PHIGATE_CATEGORY_SYSTEM} (the contract's categories: appointment_reminder, lab_result...)`);
      }),
    );
    if (this.issues.length > before) return undefined;
    if (found.length === 0) {
      this.fail(`${path}.category`, `expected a coding with system ${PHIGATE_CATEGORY_SYSTEM}: the kind of message (appointment_reminder, lab_result...)`);
      return undefined;
    }
    const other = found.find((f) => f.category !== found[0]!.category);
    if (other) {
      this.fail(other.path, `a second, different ${PHIGATE_CATEGORY_SYSTEM} code: a message has one category`);
      return undefined;
    }
    this.origins.set('message.category', found[0]!.path);
    return found[0]!.category;
  }

  private sender(sender: FhirReference | undefined, path: string): string | undefined {
    const expected = `a logical reference whose identifier has system ${PHIGATE_VENDOR_SYSTEM} and the vendor's id from vendors.json`;
    if (sender === undefined) {
      this.fail(path, `expected ${expected}`);
      return undefined;
    }
    const id = sender.identifier;
    if (id === undefined) {
      this.fail(`${path}.identifier`, `expected ${expected}${sender.reference !== undefined ? ' (a literal reference cannot be resolved here)' : ''}`);
      return undefined;
    }
    if (id.system !== PHIGATE_VENDOR_SYSTEM) {
      this.fail(`${path}.identifier.system`, `expected ${PHIGATE_VENDOR_SYSTEM}: the sender is the vendor that carries the message`);
      return undefined;
    }
    if (id.value === undefined || id.value.length === 0) {
      this.fail(`${path}.identifier.value`, "expected the vendor's id from vendors.json");
      return undefined;
    }
    return id.value;
  }

  /** A dateTime that names a moment or a day; a year or a month alone is too vague to decide on. */
  private dateTime(text: string, path: string): boolean {
    if (PARTIAL_DATE.test(text)) {
      this.fail(path, 'a year or a month alone is not precise enough: give a day (2026-11-24) or a date and time (2026-11-24T15:00:00Z)');
      return false;
    }
    if (!FULL_DATE_TIME.test(text) || Number.isNaN(parseDate(text))) {
      this.fail(path, 'expected a FHIR dateTime on the calendar such as 2026-11-24 or 2026-11-24T15:00:00Z');
      return false;
    }
    return true;
  }

  /** phigate's extensions on a resource, each once and with its value type; other extensions are not read. */
  private extensions(extensions: FhirExtension[] | undefined, path: string, known: Record<string, 'valueBoolean' | 'valueString'>): Map<string, { value: boolean | string; path: string }> {
    const out = new Map<string, { value: boolean | string; path: string }>();
    (extensions ?? []).forEach((e, k) => {
      const kind = known[e.url];
      if (kind === undefined) return;
      const valuePath = `${path}.extension[${k}].${kind}`;
      const value = e[kind];
      if (out.has(e.url)) this.fail(`${path}.extension[${k}]`, 'this extension appears twice: give it once');
      else if (value === undefined || (typeof value === 'string' && value.length === 0)) this.fail(valuePath, `expected ${kind}`);
      else out.set(e.url, { value, path: valuePath });
    });
    return out;
  }

  /** One Consent: what it says for the channels, or undefined when it is left aside or cannot be read. */
  private consent(resource: unknown, path: string, at: number): { consents: Consent[]; doNotContact: boolean } | undefined {
    const parsed = FhirConsent.safeParse(resource);
    if (!parsed.success) {
      this.shapeIssues(path, parsed.error);
      return undefined;
    }
    const consent = parsed.data;
    if (consent.status === 'entered-in-error') return undefined; // never valid: disregarded, as FHIR says
    this.resourceChecks(consent, path);
    if (consent.status !== 'active' && consent.status !== 'inactive') {
      this.fail(`${path}.status`, `a ${consent.status} Consent is not in force: leave it out of the bundle (phigate reads active and inactive Consents)`);
      return undefined;
    }
    const privacy = (consent.scope.coding ?? []).some((c) => c.system === CONSENT_SCOPE_SYSTEM && c.code === 'patient-privacy');
    if (!privacy) this.fail(`${path}.scope`, `expected ${CONSENT_SCOPE_SYSTEM} patient-privacy: phigate reads the patient's privacy consents (how they may be contacted) only`);
    if (consent.patient !== undefined) this.patientRefs.push({ ref: consent.patient, path: `${path}.patient` });
    const recordedAt = consent.dateTime !== undefined && this.dateTime(consent.dateTime, `${path}.dateTime`) ? consent.dateTime : undefined;
    const ext = this.extensions(consent.extension, path, { [FHIR_EXTENSIONS.riskAcknowledged]: 'valueBoolean', [FHIR_EXTENSIONS.unencryptedRequested]: 'valueBoolean' });
    if (consent.provision === undefined) {
      this.fail(`${path}.provision`, 'expected a provision: a Consent without one says nothing about channels phigate can read');
      return undefined;
    }
    const before = this.issues.length;
    const meaning = this.provision(consent.provision, `${path}.provision`, consent.status, at);
    if (meaning === undefined || this.issues.length > before) return undefined;
    const risk = ext.get(FHIR_EXTENSIONS.riskAcknowledged)?.value as boolean | undefined;
    const unencrypted = ext.get(FHIR_EXTENSIONS.unencryptedRequested)?.value as boolean | undefined;
    const consents = meaning.consents.map((c): Consent => {
      const out: Consent = { channel: c.channel, scopes: c.scopes, status: c.status };
      if (risk !== undefined) out.riskAcknowledged = risk;
      if (unencrypted !== undefined) out.unencryptedRequested = unencrypted;
      if (recordedAt !== undefined) out.recordedAt = recordedAt;
      return out;
    });
    return { consents, doNotContact: meaning.doNotContact };
  }

  /**
   * What a Consent's provision says at `at`. The base provision names channels (`code`) and scopes
   * (`purpose`); its exceptions (nested provisions of the opposite type) narrow it:
   *
   *   status    base     meaning (per channel the base names)
   *   active    permit   active with the base's scopes, less each deny exception's scopes; a deny
   *                      exception with no purpose revokes the channel. A permit must name channels and scopes.
   *   active    deny     revoked (the patient opted out), unless a permit exception grants scopes: then
   *                      active with those. A deny with no channels: only its permit exceptions' channels
   *                      are consented; with no exceptions either, the patient asked for no contact at all.
   *   inactive  permit   revoked: the consent ended.
   *   inactive  deny     a mapping error: whether the earlier consent applies again cannot be told.
   *
   * Before its period starts the Consent is not yet in force (nothing); after its period ends a permit
   * is revoked (fail closed) and a deny is over (nothing). A deny that names scopes but grants nothing is
   * a mapping error: the contract's consent is per channel (the most recent one governs), so a partial
   * opt-out needs the permit it narrows in the same Consent.
   */
  private provision(p: z.infer<typeof FhirProvision>, path: string, status: 'active' | 'inactive', at: number): ConsentMeaning | undefined {
    const before = this.issues.length;
    const base = this.rule(p, path);
    const exceptions = (p.provision ?? []).map((n, k) => {
      const nPath = `${path}.provision[${k}]`;
      if (n.period !== undefined) this.fail(`${nPath}.period`, 'an exception with its own period is not supported: record it as a Consent of its own');
      if (n.provision !== undefined) this.fail(`${nPath}.provision`, 'exceptions to exceptions are not supported: one level of exceptions only');
      const rule = this.rule(n, nPath);
      if (rule && base && rule.type === base.type) this.fail(`${nPath}.type`, `an exception has the opposite type of its base provision (${base.type === 'permit' ? 'deny' : 'permit'})`);
      return rule;
    });
    const period = p.period === undefined ? undefined : this.period(p.period, `${path}.period`);
    if (base === undefined || exceptions.some((e) => e === undefined) || period === null) return undefined;
    const rules = exceptions as Rule[];
    if (base.type === 'permit' && base.channels.length === 0) this.fail(`${path}.code`, 'a permit must name the channels it covers');
    if (base.type === 'permit' && base.scopes.length === 0) this.fail(`${path}.purpose`, `a permit must name the scopes it covers (${PHIGATE_SCOPE_SYSTEM})`);
    if (base.type === 'deny' && base.scopes.length > 0) {
      this.fail(`${path}.purpose`, 'a deny of some scopes only cannot be mapped: phigate\'s consent is per channel (the most recent governs); permit the channel with the scopes the patient keeps');
    }
    rules.forEach((r, k) => {
      const nPath = `${path}.provision[${k}]`;
      const outside = base.channels.length > 0 ? r.channels.filter((c) => !base.channels.includes(c)) : [];
      if (outside.length > 0) this.fail(`${nPath}.code`, 'an exception names a channel its base provision does not');
      if (r.type === 'permit' && r.scopes.length === 0) this.fail(`${nPath}.purpose`, `a permit must name the scopes it covers (${PHIGATE_SCOPE_SYSTEM})`);
      if (r.type === 'permit' && base.channels.length === 0 && r.channels.length === 0) this.fail(`${nPath}.code`, 'a permit must name the channels it covers');
    });
    if (status === 'inactive' && base.type === 'deny') {
      this.fail(`${path}.type`, 'an inactive Consent that denied: whether an earlier consent applies again cannot be told; leave it out, or record the patient\'s current choice');
    }
    if (this.issues.length > before) return undefined;

    const nothing: ConsentMeaning = { consents: [], doNotContact: false };
    if (period && !Number.isNaN(at) && at < period.start) return nothing; // not yet in force
    const ended = period !== undefined && !Number.isNaN(at) && at >= period.end;
    if (base.type === 'permit') {
      if (status === 'inactive' || ended) return { consents: base.channels.map((channel) => ({ channel, scopes: [], status: 'revoked' })), doNotContact: false };
      return {
        consents: base.channels.map((channel) => {
          const denials = rules.filter((r) => r.channels.length === 0 || r.channels.includes(channel));
          if (denials.some((r) => r.scopes.length === 0)) return { channel, scopes: [], status: 'revoked' };
          const denied = new Set(denials.flatMap((r) => r.scopes));
          return { channel, scopes: base.scopes.filter((s) => !denied.has(s)), status: 'active' };
        }),
        doNotContact: false,
      };
    }
    if (ended) return nothing; // the opt-out was for a time that is over
    const granted = (channel: Channel): Scope[] => {
      const scopes = new Set(rules.filter((r) => r.channels.length === 0 || r.channels.includes(channel)).flatMap((r) => r.scopes));
      return SCOPES.filter((s) => scopes.has(s));
    };
    if (base.channels.length === 0) {
      if (rules.length === 0) return { consents: [], doNotContact: true };
      const channels = CHANNELS.filter((c) => rules.some((r) => r.channels.includes(c)));
      return { consents: channels.map((channel) => ({ channel, scopes: granted(channel), status: 'active' })), doNotContact: false };
    }
    return {
      consents: base.channels.map((channel) => {
        const scopes = granted(channel);
        return scopes.length > 0 ? { channel, scopes, status: 'active' } : { channel, scopes: [], status: 'revoked' };
      }),
      doNotContact: false,
    };
  }

  /** A provision's own rule: its type, channels and scopes; undefined when it cannot be read. */
  private rule(p: ProvisionShape, path: string): Rule | undefined {
    const before = this.issues.length;
    for (const element of UNREAD_PROVISION_ELEMENTS) {
      if ((p as Record<string, unknown>)[element] !== undefined) this.fail(`${path}.${element}`, `phigate cannot honour a provision limited by ${element}: a Consent for messaging names channels (code) and scopes (purpose)`);
    }
    if (p.type === undefined) this.fail(`${path}.type`, 'expected permit or deny');
    const channels: Channel[] = [];
    (p.code ?? []).forEach((concept, j) => {
      const channel = this.channelOf(concept, `${path}.code[${j}]`);
      if (channel !== undefined && !channels.includes(channel)) channels.push(channel);
    });
    const scopes: Scope[] = [];
    (p.purpose ?? []).forEach((c, j) => {
      if (c.system === PHIGATE_SCOPE_SYSTEM && isScope(c.code)) {
        if (!scopes.includes(c.code)) scopes.push(c.code);
      } else this.fail(`${path}.purpose[${j}]`, `expected a scope of ${PHIGATE_SCOPE_SYSTEM}: ${SCOPES.join(', ')}`);
    });
    if (this.issues.length > before || p.type === undefined) return undefined;
    return { type: p.type, channels, scopes: SCOPES.filter((s) => scopes.includes(s)) };
  }

  /** A period as [start, end) in epoch ms (a day without a time is the whole UTC day); null when it cannot be read. */
  private period(p: FhirPeriod, path: string): { start: number; end: number } | null {
    const bound = (text: string | undefined, key: 'start' | 'end'): number | null => {
      if (text === undefined) return key === 'start' ? -Infinity : Infinity;
      if (!this.dateTime(text, `${path}.${key}`)) return null;
      const t = parseDate(text);
      if (text.length > 10) return key === 'start' ? t : t + 1; // a moment: the end is included
      return key === 'start' ? t : t + DAY_MS; // a day: the end includes all of it
    };
    const start = bound(p.start, 'start');
    const end = bound(p.end, 'end');
    if (start === null || end === null) return null;
    if (end <= start) {
      this.fail(`${path}.end`, 'the period ends before it starts');
      return null;
    }
    return { start, end };
  }

  /** Every reference to the patient (subject, recipients, each Consent's patient) must name the same one. */
  private samePatient(): void {
    const [first, ...rest] = this.patientRefs;
    if (!first) return;
    for (const r of [first, ...rest]) {
      if (r.ref.reference === undefined && (r.ref.identifier?.system === undefined || r.ref.identifier.value === undefined)) {
        this.fail(r.path, 'expected a reference or an identifier (system and value) naming the patient');
        return;
      }
    }
    for (const other of rest) {
      const a = first.ref;
      const b = other.ref;
      let compared = false;
      let same = true;
      if (a.reference !== undefined && b.reference !== undefined) {
        compared = true;
        same &&= a.reference === b.reference;
      }
      if (a.identifier?.value !== undefined && b.identifier?.value !== undefined && a.identifier.system !== undefined && b.identifier.system !== undefined) {
        compared = true;
        same &&= a.identifier.system === b.identifier.system && a.identifier.value === b.identifier.value;
      }
      if (!compared) this.fail(other.path, `cannot tell whether this is the patient of ${first.path}: name the patient the same way (reference or identifier) in both`);
      else if (!same) this.fail(other.path, `not the patient of ${first.path}: the message and every Consent must be about the same patient`);
    }
  }
}

interface Rule {
  type: 'permit' | 'deny';
  channels: Channel[];
  scopes: Scope[];
}
