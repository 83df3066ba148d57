// The FHIR mapping rule by rule: what each element becomes, and every gap as an error naming its FHIR
// path. Nothing ambiguous is guessed: each case here that could have been read permissively is an error.
import type { Bundle, CommunicationRequest, Consent, ConsentProvision } from 'fhir/r4.js';
import { describe, expect, it } from 'vitest';
import { FHIR_EXTENSIONS, PARTICIPATION_MODE_SYSTEM, PHIGATE_CHANNEL_SYSTEM, requestFromFhir, type DecisionRequest } from '../../engine/index.ts';
import { request } from '../helpers.ts';
import { bundleOf, PLAIN } from './build.ts';
import { issuesOf, mapped, NOW, pathsOf } from './helpers.ts';
import { r4Errors } from './r4-schema.ts';

const CR = 'Bundle.entry[0].resource';
const C1 = 'Bundle.entry[1].resource';
const PRIVACY = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] };
const sms = { coding: [{ system: PARTICIPATION_MODE_SYSTEM, code: 'SMSWRIT' }] };
const email = { coding: [{ system: PARTICIPATION_MODE_SYSTEM, code: 'EMAILWRIT' }] };
const scope = (...codes: string[]) => codes.map((code) => ({ system: 'urn:phigate:scope', code }));

/** The plain SMS reminder request (one SMS consent) as a bundle; `change` edits it in place. */
function bundle(change: (b: { bundle: Bundle; cr: CommunicationRequest; consents: Consent[] }) => void = () => {}, req: DecisionRequest = request()): Bundle {
  const b = bundleOf(req, PLAIN);
  const entries = b.entry!;
  change({ bundle: b, cr: entries[0]!.resource as CommunicationRequest, consents: entries.slice(1).map((e) => e.resource as Consent) });
  return b;
}

/** A bundle with the plain request's message and these Consents instead of its own. */
function withConsents(...consents: Omit<Consent, 'resourceType' | 'scope' | 'category'>[]): Bundle {
  return bundle(({ bundle: b }) => {
    b.entry = [b.entry![0]!, ...consents.map((c) => ({ resource: { resourceType: 'Consent' as const, scope: PRIVACY, category: [{ coding: [{ system: 'http://loinc.org', code: '59284-0' }] }], ...c } }))];
  });
}

const consentsOf = (b: Bundle) => mapped(b).patient.consents;
const permit = (provision: Partial<ConsentProvision> = {}): ConsentProvision => ({ type: 'permit', code: [sms], purpose: scope('scheduling', 'billing'), ...provision });

describe('the bundle', () => {
  it('maps the plain reminder back to the request it was written from', () => {
    expect(mapped(bundle())).toEqual(request({ patient: { consents: [{ channel: 'sms', scopes: ['scheduling', 'billing', 'notifications', 'general'], status: 'active', riskAcknowledged: true, recordedAt: '2026-01-05' }], portalActive: true } }));
  });

  it('must be a Bundle of type collection', () => {
    expect(issuesOf({ resourceType: 'Patient' })[0]).toMatch(/^Bundle\.resourceType: /);
    expect(pathsOf(bundle(({ bundle: b }) => (b.type = 'transaction')))).toEqual(['Bundle.type']);
    expect(pathsOf('not a bundle')).toEqual(['Bundle']);
    expect(pathsOf(null)).toEqual(['Bundle']);
  });

  it('holds exactly one CommunicationRequest', () => {
    expect(issuesOf(bundle(({ bundle: b }) => (b.entry = b.entry!.slice(1))))).toEqual(['Bundle.entry: expected one CommunicationRequest (the send to decide)']);
    expect(pathsOf(bundle(({ bundle: b }) => b.entry!.push(b.entry![0]!)))).toEqual(['Bundle.entry[2].resource']);
  });

  it('holds no other resource types: what phigate does not read is not silently dropped', () => {
    const b = bundle(({ bundle: b }) => b.entry!.push({ resource: { resourceType: 'Patient', id: 'p-42' } }));
    expect(r4Errors(b)).toEqual([]);
    expect(pathsOf(b)).toEqual(['Bundle.entry[2].resource.resourceType']);
  });

  it('refuses implicit rules and modifier extensions it cannot understand', () => {
    expect(pathsOf(bundle(({ bundle: b }) => (b.implicitRules = 'http://example.org/rules')))).toEqual(['Bundle.implicitRules']);
    expect(pathsOf(bundle(({ bundle: b }) => (b.entry![0]!.modifierExtension = [{ url: 'http://example.org/x', valueBoolean: true }])))).toEqual(['Bundle.entry[0].modifierExtension']);
    expect(pathsOf(bundle(({ cr }) => (cr.modifierExtension = [{ url: 'http://example.org/x', valueBoolean: true }])))).toEqual([`${CR}.modifierExtension`]);
    expect(pathsOf(bundle(({ cr }) => (cr.implicitRules = 'http://example.org/rules')))).toEqual([`${CR}.implicitRules`]);
    expect(pathsOf(bundle(({ cr }) => (cr.contained = [{ resourceType: 'Patient', id: 'p-42' }])))).toEqual([`${CR}.contained`]);
  });

  it('names the FHIR path of a wrong type, never the request path', () => {
    expect(issuesOf(bundle(({ cr }) => ((cr as { medium: unknown }).medium = 'sms')))).toEqual([expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.medium: /)]);
    expect(pathsOf(bundle(({ cr }) => ((cr.payload![0] as { contentString: unknown }).contentString = 42)))).toEqual([`${CR}.payload[0].contentString`]);
  });

  it('lists at most 20 problems and counts the rest', () => {
    const b = bundle(({ bundle: b }) => {
      for (let i = 0; i < 30; i++) b.entry!.push({ resource: { resourceType: 'Patient', id: `p-${i}` } });
    });
    const r = requestFromFhir(b);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues).toHaveLength(20);
      expect(r.error.message).toMatch(/; and 10 more problems$/);
    }
  });

  it('never quotes a value of the bundle in an error', () => {
    const secret = 'Maria Lopez HIV positive';
    const b = bundle(({ cr }) => {
      cr.medium = [{ coding: [{ system: PHIGATE_CHANNEL_SYSTEM, code: secret }] }];
      cr.category = [{ coding: [{ system: 'urn:phigate:category', code: secret }] }];
      cr.sender = { identifier: { system: secret, value: secret } };
      cr.occurrenceDateTime = secret;
    });
    const r = requestFromFhir(b);
    expect(r.ok).toBe(false);
    expect(JSON.stringify(r)).not.toContain('Maria');
  });
});

describe('the CommunicationRequest', () => {
  it('is a send to decide: draft or active, not a request not to send', () => {
    expect(mapped(bundle(({ cr }) => (cr.status = 'draft'))).channel).toBe('sms');
    expect(issuesOf(bundle(({ cr }) => (cr.status = 'completed')))).toEqual([`${CR}.status: a completed CommunicationRequest is not a send to decide: expected draft or active`]);
    expect(pathsOf(bundle(({ cr }) => (cr.doNotPerform = true)))).toEqual([`${CR}.doNotPerform`]);
  });

  it('has one payload, a string: a second part or an attachment would go out unchecked', () => {
    expect(pathsOf(bundle(({ cr }) => delete cr.payload))).toEqual([`${CR}.payload`]);
    expect(pathsOf(bundle(({ cr }) => cr.payload!.push({ contentString: 'and more' })))).toEqual([`${CR}.payload[1]`]);
    expect(issuesOf(bundle(({ cr }) => (cr.payload = [{ contentAttachment: { contentType: 'application/pdf', url: 'http://example.org/a.pdf' } }])))).toEqual([
      `${CR}.payload[0]: expected contentString: attachments and references cannot be checked`,
    ]);
  });

  it('reads the channel from SMSWRIT, EMAILWRIT or urn:phigate:channel, ignoring translations of other systems', () => {
    expect(mapped(bundle(({ cr }) => (cr.medium = [email]))).channel).toBe('email');
    expect(mapped(bundle(({ cr }) => (cr.medium = [{ coding: [{ system: 'http://example.org/local', code: 'TXT' }, { system: PHIGATE_CHANNEL_SYSTEM, code: 'portal' }] }]))).channel).toBe('portal');
    expect(mapped(bundle(({ cr }) => (cr.medium = [{ coding: [...sms.coding, { system: PHIGATE_CHANNEL_SYSTEM, code: 'sms' }] }]))).channel).toBe('sms');
  });

  it('refuses a medium it cannot read for certain', () => {
    expect(pathsOf(bundle(({ cr }) => delete cr.medium))).toEqual([`${CR}.medium`]);
    expect(pathsOf(bundle(({ cr }) => (cr.medium = [sms, email])))).toEqual([`${CR}.medium[1]`]);
    expect(pathsOf(bundle(({ cr }) => (cr.medium = [{ coding: [{ system: 'http://example.org/local', code: 'TXT' }] }])))).toEqual([`${CR}.medium[0]`]);
    expect(pathsOf(bundle(({ cr }) => (cr.medium = [{ coding: [{ system: PHIGATE_CHANNEL_SYSTEM, code: 'fax' }] }])))).toEqual([`${CR}.medium[0].coding[0].code`]);
    // EMAILWRIT is unencrypted email: it does not agree with an encrypted-email code beside it.
    expect(issuesOf(bundle(({ cr }) => (cr.medium = [{ coding: [...email.coding, { system: PHIGATE_CHANNEL_SYSTEM, code: 'email_encrypted' }] }])))).toEqual([
      `${CR}.medium[0].coding[1].code: the codings name different channels`,
    ]);
  });

  it('reads one urn:phigate:category code among the categories', () => {
    expect(pathsOf(bundle(({ cr }) => (cr.category = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/communication-category', code: 'reminder' }] }])))).toEqual([`${CR}.category`]);
    expect(pathsOf(bundle(({ cr }) => cr.category!.push({ coding: [{ system: 'urn:phigate:category', code: 'lab_result' }] })))).toEqual([`${CR}.category[1].coding[0].code`]);
    expect(mapped(bundle(({ cr }) => cr.category!.push({ coding: [{ system: 'urn:phigate:category', code: 'appointment_reminder' }] }))).message.category).toBe('appointment_reminder');
    expect(pathsOf(bundle(({ cr }) => (cr.category = [{ coding: [{ system: 'urn:phigate:category', code: 'newsletter' }] }])))).toEqual([`${CR}.category[0].coding[0].code`]);
  });

  it('reads the vendor from a logical reference, and nothing else', () => {
    expect(pathsOf(bundle(({ cr }) => delete cr.sender))).toEqual([`${CR}.sender`]);
    expect(issuesOf(bundle(({ cr }) => (cr.sender = { reference: 'Device/sms-gateway' })))).toEqual([
      `${CR}.sender.identifier: expected a logical reference whose identifier has system urn:phigate:vendor and the vendor's id from vendors.json (a literal reference cannot be resolved here)`,
    ]);
    expect(pathsOf(bundle(({ cr }) => (cr.sender = { identifier: { system: 'http://example.org/vendors', value: 'acme-sms' } })))).toEqual([`${CR}.sender.identifier.system`]);
    expect(pathsOf(bundle(({ cr }) => (cr.sender = { identifier: { system: 'urn:phigate:vendor' } })))).toEqual([`${CR}.sender.identifier.value`]);
    expect(mapped(bundle(({ cr }) => (cr.sender = { reference: 'Device/gw', type: 'Device', identifier: { system: 'urn:phigate:vendor', value: 'blastly' } }))).sender).toEqual({ kind: 'platform', vendor: 'blastly' });
  });

  it('takes `at` from occurrenceDateTime, else authoredOn; a period or a vague time is an error', () => {
    expect(mapped(bundle(({ cr }) => (cr.authoredOn = '2026-11-20T08:00:00Z'))).at).toBe('2026-11-24T15:00:00Z');
    expect(mapped(bundle(({ cr }) => ((cr.authoredOn = cr.occurrenceDateTime), delete cr.occurrenceDateTime))).at).toBe('2026-11-24T15:00:00Z');
    expect(mapped(bundle(({ cr }) => delete cr.occurrenceDateTime)).at).toBeUndefined();
    expect(mapped(bundle(({ cr }) => (cr.occurrenceDateTime = '2026-11-24'))).at).toBe('2026-11-24');
    expect(pathsOf(bundle(({ cr }) => ((cr.occurrencePeriod = { start: '2026-11-24' }), delete cr.occurrenceDateTime)))).toEqual([`${CR}.occurrencePeriod`]);
    expect(issuesOf(bundle(({ cr }) => (cr.occurrenceDateTime = '2026-11')))).toEqual([expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.occurrenceDateTime: a year or a month alone is not precise enough/)]);
    expect(pathsOf(bundle(({ cr }) => (cr.occurrenceDateTime = '2026-02-30')))).toEqual([`${CR}.occurrenceDateTime`]);
    expect(pathsOf(bundle(({ cr }) => ((cr.authoredOn = '2026-11-24T15:00Z'), delete cr.occurrenceDateTime)))).toEqual([`${CR}.authoredOn`]);
  });

  it('reads the id, the subject line and the portal flag', () => {
    const r = mapped(
      bundle(({ cr }) => {
        cr.id = 'msg-1';
        cr.extension = [{ url: FHIR_EXTENSIONS.messageSubject, valueString: 'Your visit' }, { url: 'http://example.org/other', valueString: 'not read' }, { url: FHIR_EXTENSIONS.portalActive, valueBoolean: false }];
      }),
    );
    expect(r.message).toMatchObject({ id: 'msg-1', subject: 'Your visit' });
    expect(r.patient.portalActive).toBe(false);
    expect(mapped(bundle(({ cr }) => delete cr.extension)).patient).not.toHaveProperty('portalActive');
    expect(pathsOf(bundle(({ cr }) => (cr.extension = [{ url: FHIR_EXTENSIONS.portalActive, valueString: 'yes' }])))).toEqual([`${CR}.extension[0].valueBoolean`]);
    expect(pathsOf(bundle(({ cr }) => (cr.extension = [{ url: FHIR_EXTENSIONS.portalActive, valueBoolean: true }, { url: FHIR_EXTENSIONS.portalActive, valueBoolean: false }])))).toEqual([`${CR}.extension[1]`]);
  });

  it('names the FHIR path of what the contract refuses', () => {
    expect(issuesOf(bundle(({ cr }) => (cr.payload = [{ contentString: 'x'.repeat(100_001) }])))).toEqual([expect.stringMatching(/^Bundle\.entry\[0\]\.resource\.payload\[0\]\.contentString: Too big/)]);
    expect(pathsOf(bundle(({ cr }) => (cr.sender = { identifier: { system: 'urn:phigate:vendor', value: 'v'.repeat(201) } })))).toEqual([`${CR}.sender.identifier.value`]);
    expect(pathsOf(bundle(({ cr }) => (cr.occurrenceDateTime = '2026-11-24T15:00:60Z')))).toEqual([`${CR}.occurrenceDateTime`]);
  });

  it('needs every reference to the patient to name the same patient', () => {
    expect(mapped(bundle(({ cr }) => (cr.recipient = [{ reference: 'Patient/p-42' }]))).channel).toBe('sms');
    expect(issuesOf(bundle(({ cr }) => (cr.recipient = [{ reference: 'RelatedPerson/mother-of-p-42' }])))).toEqual([
      `${CR}.recipient[0]: not the patient of ${CR}.subject: the message and every Consent must be about the same patient`,
    ]);
    expect(pathsOf(bundle(({ consents }) => (consents[0]!.patient = { reference: 'Patient/p-43' })))).toEqual([`${C1}.patient`]);
    expect(issuesOf(bundle(({ consents }) => (consents[0]!.patient = { identifier: { system: 'http://hospital.example.org/mrn', value: 'MRN-000042' } })))).toEqual([
      `${C1}.patient: cannot tell whether this is the patient of ${CR}.subject: name the patient the same way (reference or identifier) in both`,
    ]);
    expect(pathsOf(bundle(({ cr }) => (cr.subject = { display: 'Maria' })))).toEqual([`${CR}.subject`]);
  });
});

describe('a Consent', () => {
  it('is read when active or inactive; one entered in error is disregarded; drafts, proposals and rejections are errors', () => {
    expect(consentsOf(withConsents({ status: 'entered-in-error', provision: permit() }))).toEqual([]);
    for (const status of ['draft', 'proposed', 'rejected'] as const) {
      expect(issuesOf(withConsents({ status, provision: permit() }))).toEqual([`${C1}.status: a ${status} Consent is not in force: leave it out of the bundle (phigate reads active and inactive Consents)`]);
    }
  });

  it('is a patient-privacy consent with a provision that names channels (code) and scopes (purpose) only', () => {
    const research = withConsents({ status: 'active', provision: permit() });
    (research.entry![1]!.resource as Consent).scope = { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'research' }] };
    expect(pathsOf(research)).toEqual([`${C1}.scope`]);
    expect(pathsOf(withConsents({ status: 'active' }))).toEqual([`${C1}.provision`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ actor: [{ role: { coding: [{ code: 'PRCP' }] }, reference: { reference: 'Organization/o' } }] }) }))).toEqual([`${C1}.provision.actor`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ action: [{ coding: [{ code: 'disclose' }] }] }) }))).toEqual([`${C1}.provision.action`]);
    expect(pathsOf(withConsents({ status: 'active', provision: { code: [sms], purpose: scope('billing') } }))).toEqual([`${C1}.provision.type`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ purpose: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'HMARKT' }] }) }))).toEqual([`${C1}.provision.purpose[0]`]);
    expect(pathsOf(withConsents({ status: 'active', contained: [{ resourceType: 'Patient' }], provision: permit() }))).toEqual([`${C1}.contained`]);
  });

  it('as an active permit: the channels it names, with its scopes; a permit that names no channel or no scope is an error', () => {
    expect(consentsOf(withConsents({ status: 'active', dateTime: '2026-01-05', provision: permit({ code: [sms, email] }) }))).toEqual([
      { channel: 'sms', scopes: ['scheduling', 'billing'], status: 'active', recordedAt: '2026-01-05' },
      { channel: 'email', scopes: ['scheduling', 'billing'], status: 'active', recordedAt: '2026-01-05' },
    ]);
    expect(pathsOf(withConsents({ status: 'active', provision: { type: 'permit', purpose: scope('billing') } }))).toEqual([`${C1}.provision.code`]);
    expect(pathsOf(withConsents({ status: 'active', provision: { type: 'permit', code: [sms] } }))).toEqual([`${C1}.provision.purpose`]);
  });

  it('as a permit with deny exceptions: scopes taken out, or the channel revoked when the exception names no scope', () => {
    const narrowed = permit({ code: [sms, email], purpose: scope('scheduling', 'billing', 'marketing'), provision: [{ type: 'deny', code: [sms], purpose: scope('marketing') }, { type: 'deny', code: [email] }] });
    expect(consentsOf(withConsents({ status: 'active', provision: narrowed }))).toEqual([
      { channel: 'sms', scopes: ['scheduling', 'billing'], status: 'active' },
      { channel: 'email', scopes: [], status: 'revoked' },
    ]);
    expect(consentsOf(withConsents({ status: 'active', provision: permit({ provision: [{ type: 'deny', purpose: scope('billing') }] }) }))).toEqual([{ channel: 'sms', scopes: ['scheduling'], status: 'active' }]);
  });

  it('as an active deny: a revocation of the channels it names, less what its permit exceptions grant', () => {
    expect(consentsOf(withConsents({ status: 'active', provision: { type: 'deny', code: [sms] } }))).toEqual([{ channel: 'sms', scopes: [], status: 'revoked' }]);
    const exceptScheduling = { type: 'deny' as const, code: [sms, email], provision: [{ type: 'permit' as const, code: [sms], purpose: scope('scheduling') }] };
    expect(consentsOf(withConsents({ status: 'active', provision: exceptScheduling }))).toEqual([
      { channel: 'sms', scopes: ['scheduling'], status: 'active' },
      { channel: 'email', scopes: [], status: 'revoked' },
    ]);
  });

  it('as a deny of every channel: only what its exceptions permit (opt-in), or no contact at all', () => {
    const optIn = { type: 'deny' as const, provision: [{ type: 'permit' as const, code: [email], purpose: scope('billing', 'scheduling') }] };
    expect(consentsOf(withConsents({ status: 'active', provision: optIn }))).toEqual([{ channel: 'email', scopes: ['scheduling', 'billing'], status: 'active' }]);
    const none = mapped(withConsents({ status: 'active', provision: { type: 'deny' } }));
    expect(none.patient.consents).toEqual([]);
    expect(none.patient.doNotContact).toBe(true);
    expect(pathsOf(withConsents({ status: 'active', provision: { type: 'deny', provision: [{ type: 'permit', purpose: scope('billing') }] } }))).toEqual([`${C1}.provision.provision[0].code`]);
  });

  it('refuses what the per-channel contract cannot say: a deny of some scopes that grants nothing', () => {
    expect(issuesOf(withConsents({ status: 'active', provision: { type: 'deny', code: [sms], purpose: scope('marketing') } }))).toEqual([
      `${C1}.provision.purpose: a deny of some scopes only cannot be mapped: phigate's consent is per channel (the most recent governs); permit the channel with the scopes the patient keeps`,
    ]);
    expect(pathsOf(withConsents({ status: 'active', provision: { type: 'deny', purpose: scope('marketing') } }))).toEqual([`${C1}.provision.purpose`]);
  });

  it('refuses exceptions it cannot place: of the same type, outside the base, with their own period, nested', () => {
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ provision: [{ type: 'permit', purpose: scope('billing') }] }) }))).toEqual([`${C1}.provision.provision[0].type`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ provision: [{ type: 'deny', code: [email] }] }) }))).toEqual([`${C1}.provision.provision[0].code`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ provision: [{ type: 'deny', period: { start: '2026-12-01' } }] }) }))).toEqual([`${C1}.provision.provision[0].period`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ provision: [{ type: 'deny', provision: [{ type: 'permit' }] }] }) }))).toEqual([`${C1}.provision.provision[0].provision`]);
  });

  it('as inactive: a permit has ended (revoked); a deny that ended is ambiguous and an error', () => {
    expect(consentsOf(withConsents({ status: 'inactive', dateTime: '2026-03-01', provision: permit() }))).toEqual([{ channel: 'sms', scopes: [], status: 'revoked', recordedAt: '2026-03-01' }]);
    expect(pathsOf(withConsents({ status: 'inactive', provision: { type: 'deny', code: [sms] } }))).toEqual([`${C1}.provision.type`]);
  });

  it('is read at `at` against its period: not yet in force, in force through the last day, ended', () => {
    const at = (period: { start?: string; end?: string }, type: 'permit' | 'deny' = 'permit') =>
      consentsOf(withConsents({ status: 'active', provision: type === 'permit' ? permit({ period }) : { type: 'deny', code: [sms], period } }));
    // `at` is 2026-11-24T15:00:00Z.
    expect(at({ start: '2026-11-25' })).toEqual([]);
    expect(at({ start: '2026-11-24T15:00:00Z', end: '2026-11-24' })).toEqual([{ channel: 'sms', scopes: ['scheduling', 'billing'], status: 'active' }]);
    expect(at({ end: '2026-11-23' })).toEqual([{ channel: 'sms', scopes: [], status: 'revoked' }]);
    expect(at({ end: '2026-11-24T14:59:59Z' })).toEqual([{ channel: 'sms', scopes: [], status: 'revoked' }]);
    expect(at({ end: '2026-11-23' }, 'deny')).toEqual([]);
    expect(at({ start: '2026-11-01', end: '2026-12-01' }, 'deny')).toEqual([{ channel: 'sms', scopes: [], status: 'revoked' }]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ period: { start: '2026-12-01', end: '2026-11-01' } }) }))).toEqual([`${C1}.provision.period.end`]);
    expect(pathsOf(withConsents({ status: 'active', provision: permit({ period: { end: '2026' } }) }))).toEqual([`${C1}.provision.period.end`]);
  });

  it('without a time in the bundle, is read at the clock', () => {
    const b = withConsents({ status: 'active', provision: permit({ period: { end: '2026-11-24T14:00:00Z' } }) });
    delete (b.entry![0]!.resource as CommunicationRequest).occurrenceDateTime;
    const before = requestFromFhir(b, { now: () => Date.parse('2026-11-24T13:00:00Z') });
    const after = requestFromFhir(b, { now: () => NOW });
    expect(before.ok && before.value.patient.consents.map((c) => c.status)).toEqual(['active']);
    expect(after.ok && after.value.patient.consents.map((c) => c.status)).toEqual(['revoked']);
  });

  it('gives its date and its flags to every channel consent it makes; a vague date is an error', () => {
    const flags = [{ url: FHIR_EXTENSIONS.riskAcknowledged, valueBoolean: true }, { url: FHIR_EXTENSIONS.unencryptedRequested, valueBoolean: false }];
    expect(consentsOf(withConsents({ status: 'active', dateTime: '2026-02-11T09:30:00-06:00', extension: flags, provision: permit({ code: [sms, email] }) }))).toEqual([
      { channel: 'sms', scopes: ['scheduling', 'billing'], status: 'active', riskAcknowledged: true, unencryptedRequested: false, recordedAt: '2026-02-11T09:30:00-06:00' },
      { channel: 'email', scopes: ['scheduling', 'billing'], status: 'active', riskAcknowledged: true, unencryptedRequested: false, recordedAt: '2026-02-11T09:30:00-06:00' },
    ]);
    expect(pathsOf(withConsents({ status: 'active', dateTime: '2026', provision: permit() }))).toEqual([`${C1}.dateTime`]);
  });

  it('every example in this file that maps is valid R4', () => {
    const examples = [
      withConsents({ status: 'active', provision: permit({ code: [sms, email], purpose: scope('scheduling', 'billing', 'marketing'), provision: [{ type: 'deny', code: [sms], purpose: scope('marketing') }, { type: 'deny', code: [email] }] }) }),
      withConsents({ status: 'active', provision: { type: 'deny', provision: [{ type: 'permit', code: [email], purpose: scope('billing', 'scheduling') }] } }),
      withConsents({ status: 'inactive', dateTime: '2026-03-01', provision: permit({ period: { start: '2026-01-01', end: '2026-03-01' } }) }),
    ];
    for (const b of examples) {
      expect(r4Errors(b)).toEqual([]);
      expect(issuesOf(b)).toEqual([]);
    }
  });
});
