// The facts a condition can test: every field of the request plus derived facts (tier, consent for
// the requested channel, vendor and BAA coverage, classifier findings). One catalog drives the
// checker (types, "did you mean"), the compiler (getters), the trace (PHI masking) and the docs.
import { parseDate } from './dates.ts';
import { inWindow, localTime, WEEKDAYS, type DayWindow } from './local-time.ts';
import type { Consent, DecisionRequest } from './request.ts';
import type { Finding } from './vocabulary.ts';
import type { Vendor } from './vendors.ts';

export type Domain = 'channel' | 'category' | 'scope' | 'senderKind' | 'consentStatus' | 'tier' | 'label' | 'field' | 'weekday';

export type ValueType =
  | { t: 'enum'; domain: Domain }
  | { t: 'string' }
  | { t: 'number' }
  | { t: 'bool' }
  | { t: 'date' }
  | { t: 'object' }
  | { t: 'list'; of: ValueType };

/** Marks a fact the request does not provide; comparing it makes a rule indeterminate. */
export const MISSING: unique symbol = Symbol('missing');
export type Missing = typeof MISSING;

/** Everything a rule can see for one request, computed once before the rules run. */
export interface Facts {
  request: DecisionRequest;
  tier: string; // the category's tier, or `none`
  scope: string | undefined;
  templateFields: readonly string[];
  findings: readonly Finding[];
  labels: readonly string[];
  consent: Consent | undefined;
  vendor: Vendor | undefined;
  vendorCovers: boolean;
  at: number; // epoch milliseconds
  /** The patient's time zone: the request's `patient.timeZone`, else the bundle's `time_zone` setting. */
  timeZone: string | undefined;
  /** The bundle's quiet hours (`quiet_hours`, by default 21:00 to 08:00). */
  quietHours: DayWindow;
}

export interface FactInfo {
  type: ValueType;
  description: string;
  /** Holds message text or patient identity: never shown in traces or logs. */
  phi?: boolean;
  /** Every valid request has it: it is never missing, so a test of it is never indeterminate. */
  alwaysPresent?: true;
  get: (f: Facts) => unknown;
  /**
   * The same fact as a JavaScript expression over `f`, undefined when the fact is missing, for the
   * generated cells (codegen.ts) to inline. A fixed text of this file, never policy text.
   */
  read?: string;
  /**
   * The fact whose absence is this one's: it is missing exactly when that one is (`consent.scopes`
   * and `consent`). A presence test of either guards a rule against the other being missing.
   */
  missingWith?: string;
  /** The bundle setting that, when given, makes this fact present for every request. */
  presentWithSetting?: string;
}

const str: ValueType = { t: 'string' };
const bool: ValueType = { t: 'bool' };
const date: ValueType = { t: 'date' };
const object: ValueType = { t: 'object' };
const en = (domain: Domain): ValueType => ({ t: 'enum', domain });
const list = (of: ValueType): ValueType => ({ t: 'list', of });

/** A fact read straight off the facts: its expression, and the getter compiled from it once (undefined → MISSING). */
function read(expression: string): Pick<FactInfo, 'get' | 'read'> {
  const get = new Function('MISSING', `"use strict"; return (f) => { const v = ${expression}; return v === undefined ? MISSING : v; };`)(MISSING) as FactInfo['get'];
  return { get, read: expression };
}

const dateOf = (s: string | undefined): number | Missing => (s === undefined ? MISSING : parseDate(s));
const number: ValueType = { t: 'number' };
/** A fact of the patient's clock: missing when neither the request nor the bundle names a time zone. */
const local = (type: ValueType, description: string, of: (minuteOfDay: number, weekday: number, f: Facts) => unknown): FactInfo => ({
  type,
  description,
  missingWith: 'patient.timeZone',
  presentWithSetting: 'time_zone',
  get: (f) => {
    if (f.timeZone === undefined) return MISSING;
    const t = localTime(f.timeZone, f.at);
    return of(t.minuteOfDay, t.weekday, f);
  },
});
const NO_CHANNELS: readonly string[] = Object.freeze([]);

export const FACTS: Readonly<Record<string, FactInfo>> = {
  channel: { alwaysPresent: true, type: en('channel'), description: 'The channel the app asks to send on', ...read('f.request.channel') },
  at: { alwaysPresent: true, type: date, description: 'When the send happens (the request\'s `at`, or now)', ...read('f.at') },
  'message.category': { alwaysPresent: true, type: en('category'), description: 'The kind of message the app says it is', ...read('f.request.message.category') },
  'message.tier': { alwaysPresent: true, type: en('tier'), description: 'The tier the policy puts this category in (`tier` lists), or `none`', ...read('f.tier') },
  'message.scope': { type: en('scope'), description: 'The consent scope this category needs (`scope` lists)', ...read('f.scope') },
  'message.body': { alwaysPresent: true, type: str, phi: true, description: 'The message text', ...read('f.request.message.body') },
  'message.subject': { type: str, phi: true, description: 'The email subject, if any', ...read('f.request.message.subject') },
  'message.id': { type: str, description: 'The app\'s message id, if any', ...read('f.request.message.id') },
  'message.language': { type: str, description: 'The language of the text as a BCP 47 tag (`en`, `es`, `zh-Hant`), if the app gave it', ...read('f.request.message.language') },
  'message.templateFields': { alwaysPresent: true, type: list(en('field')), description: 'Record fields the template pulled in (empty if not given)', ...read('f.templateFields') },
  'message.findings': { alwaysPresent: true, type: list(en('label')), description: 'Labels the classifier found in the body or subject', ...read('f.labels') },
  'sender.kind': { alwaysPresent: true, type: en('senderKind'), description: '`platform` or `staff_personal_device`', ...read('f.request.sender.kind') },
  'sender.vendor': { type: str, description: 'The vendor id the app sends through, if any', ...read('f.request.sender.vendor') },
  vendor: { type: object, description: 'The sender\'s vendor record in vendors.json (missing if unknown)', ...read('f.vendor') },
  'vendor.known': { alwaysPresent: true, type: bool, description: 'The sender\'s vendor is in the vendor register', ...read('f.vendor !== undefined') },
  'vendor.covers': { alwaysPresent: true, type: bool, description: 'A signed BAA, current at `at`, covers this vendor on this channel', ...read('f.vendorCovers') },
  'vendor.id': { type: str, missingWith: 'vendor', description: 'The vendor\'s id', ...read('f.vendor?.id') },
  'vendor.name': { type: str, missingWith: 'vendor', description: 'The vendor\'s name', ...read('f.vendor?.name') },
  'vendor.channels': { type: list(en('channel')), missingWith: 'vendor', description: 'The channels the vendor carries', ...read('f.vendor?.channels') },
  'vendor.baa': { type: object, description: 'The vendor\'s BAA (missing if none is signed)', ...read('f.vendor?.baa ?? undefined') },
  'vendor.baa.signed': { type: date, missingWith: 'vendor.baa', description: 'When the BAA was signed', get: (f) => dateOf(f.vendor?.baa?.signed) },
  'vendor.baa.expires': { type: date, description: 'When the BAA expires', get: (f) => dateOf(f.vendor?.baa?.expires ?? undefined) },
  'patient.id': { type: str, phi: true, description: 'The patient id, if given', ...read('f.request.patient.id') },
  'patient.portalActive': { alwaysPresent: true, type: bool, description: 'The patient uses the portal (false if not given)', ...read('f.request.patient.portalActive === true') },
  'patient.avoidChannels': { alwaysPresent: true, type: list(en('channel')), description: 'Channels the patient asked not to be used (164.522(b))', get: (f) => f.request.patient.avoidChannels ?? NO_CHANNELS },
  'patient.doNotContact': { alwaysPresent: true, type: bool, description: 'The patient asked not to be contacted at all, on any channel (false if not given)', ...read('f.request.patient.doNotContact === true') },
  'patient.age': { type: number, phi: true, description: 'The patient\'s age in whole years, if the app gave it (never shown in traces)', ...read('f.request.patient.age') },
  'patient.timeZone': { type: str, presentWithSetting: 'time_zone', description: 'The patient\'s time zone (IANA name such as `America/Chicago`): the request\'s, else the bundle\'s `time_zone` setting', ...read('f.timeZone') },
  'local.hour': local(number, 'The hour (0 to 23) on the patient\'s clock at `at`, in their time zone', (m) => Math.floor(m / 60)),
  'local.minute': local(number, 'The minute (0 to 59) on the patient\'s clock at `at`', (m) => m % 60),
  'local.weekday': local(en('weekday'), 'The day of the week on the patient\'s clock at `at`: `monday` to `sunday`', (_, w) => WEEKDAYS[w]),
  'local.quietHours': local(bool, 'The patient\'s clock at `at` is within the bundle\'s quiet hours (`quiet_hours`, by default 21:00 to 08:00)', (m, _, f) => inWindow(f.quietHours, m)),
  consent: { type: object, description: 'The patient\'s consent for the requested channel (missing if none)', ...read('f.consent') },
  'consent.status': { type: en('consentStatus'), missingWith: 'consent', description: '`active` or `revoked`', ...read('f.consent?.status') },
  'consent.scopes': { type: list(en('scope')), missingWith: 'consent', description: 'The kinds of message the consent covers', ...read('f.consent?.scopes') },
  'consent.riskAcknowledged': { type: bool, missingWith: 'consent', description: 'The patient acknowledged the channel\'s risk (false if not recorded)', ...read('f.consent === undefined ? undefined : f.consent.riskAcknowledged === true') },
  'consent.unencryptedRequested': { type: bool, missingWith: 'consent', description: 'The patient asked for unencrypted email (false if not recorded)', ...read('f.consent === undefined ? undefined : f.consent.unencryptedRequested === true') },
  'consent.recordedAt': { type: date, description: 'When the consent was recorded', get: (f) => dateOf(f.consent?.recordedAt) },
  'consent.method': { type: str, description: 'How the consent was collected', ...read('f.consent?.method') },
};

export const FACT_PATHS = Object.keys(FACTS);

export function typeName(t: ValueType): string {
  switch (t.t) {
    case 'enum':
      return DOMAIN_NAMES[t.domain];
    case 'list':
      return `list of ${typeName(t.of)}s`;
    case 'string':
      return 'text';
    case 'bool':
      return 'true/false';
    case 'object':
      return 'record';
    default:
      return t.t;
  }
}

export const DOMAIN_NAMES: Record<Domain, string> = {
  channel: 'channel',
  category: 'category',
  scope: 'consent scope',
  senderKind: 'sender kind',
  consentStatus: 'consent status',
  tier: 'tier',
  label: 'finding label',
  field: 'template field',
  weekday: 'weekday',
};
