// The enumerated space of situations that diff and lint decide: every channel × category × consent
// state × vendor state × sample text, plus a few single variations of a consented patient (portal
// not used, channel avoided, template fields the rules name, staff phone, a minor, an adult, a patient
// who asked for no contact, a send in the quiet hours of the patient's clock, a text in Spanish). Some
// twenty thousand requests: enough to reach every rule of a realistic bundle, few enough to decide in
// about a second.
import type { CompiledPolicy } from '../compile/index.ts';
import { CATEGORIES, CHANNELS, nextLocalTimes, SCOPES, type Category, type Channel, type Consent, type DecisionRequest } from '../contract/index.ts';
import { mentionedValues } from './mentions.ts';
import { activeConsent, coveringVendor, dayOf, UNREGISTERED_VENDOR, uncoveredVendor } from './profiles.ts';

export const CONSENT_STATES = ['none', 'active-with-scope', 'active-without-scope', 'revoked', 'unencrypted-email-requested'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const VENDOR_STATES = ['covered', 'no-baa', 'unknown'] as const;
export type VendorState = (typeof VENDOR_STATES)[number];

export const VARIATIONS = ['portal-inactive', 'channel-avoided', 'named-template-fields', 'staff-personal-device', 'minor', 'adult', 'do-not-contact', 'quiet-hours', 'spanish'] as const;
export type Variation = (typeof VARIATIONS)[number];

/** A minor's and an adult's age, for the `minor` and `adult` variations. */
export const MINOR_AGE = 16;
export const ADULT_AGE = 40;
/** The time on the patient's clock of the `quiet-hours` variation: 23:30. */
export const QUIET_HOURS_TIME = 23 * 60 + 30;
/** The patient's time zone when a bundle names none. */
export const FALLBACK_TIME_ZONE = 'America/New_York';

/** A message text that makes the classifier find certain labels. */
export interface TextSample {
  group: string;
  text: string;
  labels: readonly string[];
  /**
   * Tried for a patient with consent, through a vendor with a BAA, only: a terms list's other terms
   * after its first (which is tried in every consent and vendor state, like the built-in samples).
   */
  consentedOnly?: true;
}

/** One text per group of labels the practice guide treats differently; each is verified before use. */
export const FINDING_SAMPLES: readonly TextSample[] = [
  { group: 'heightened care', text: 'Your HIV clinic appointment is Thu 3 PM', labels: ['HIV'] },
  { group: 'sensitive service', text: 'Your appointment at the fertility clinic', labels: ['SSP'] },
  { group: 'clinical content', text: 'Your A1c was 9.1%', labels: ['lab_value'] },
  { group: 'identifier', text: 'SSN 123-45-6789', labels: ['ssn'] },
];

export interface Situation {
  channel: Channel;
  category: Category;
  consent: ConsentState;
  vendor: VendorState;
  /** Absent: the neutral empty body. */
  text?: TextSample;
  variation?: Variation;
  request: DecisionRequest;
}

/** The labels a policy's classifier finds in a text. */
const labelsIn = (policy: CompiledPolicy, text: string): Set<string> => new Set(policy.classifier.classifyText(text).map((f) => f.label));

/**
 * The sample texts: the built-in ones (an error if the classifier no longer finds their labels: the
 * analysis would silently stop exercising those rules) and, for each `terms` list of the bundles,
 * every one of its terms the bundle's classifier finds (a rule may name one term's label and not
 * another's, or the classifier may label one term itself).
 */
export function textSamples(policies: readonly CompiledPolicy[], builtin: readonly TextSample[] = FINDING_SAMPLES): TextSample[] {
  for (const p of policies) {
    for (const s of builtin) {
      const found = labelsIn(p, s.text);
      const missing = s.labels.filter((l) => !found.has(l));
      if (missing.length > 0) throw new Error(`the sample text "${s.text}" no longer yields ${missing.join(', ')} (found: ${[...found].join(', ') || 'nothing'}); update FINDING_SAMPLES in engine/analysis/space.ts`);
    }
  }
  const custom = new Map<string, TextSample>(); // by text: two bundles (a diff) share their terms
  const firsts = new Set<string>(); // the labels whose first found term is already a sample
  for (const p of policies) {
    for (const t of p.checked.terms) {
      const label = t.name.name;
      for (const term of t.terms) {
        const text = `Reminder about ${term.value}`;
        if (custom.has(text) || !labelsIn(p, text).has(label)) continue;
        custom.set(text, firsts.has(label) ? { group: `terms ${label}`, text, labels: [label], consentedOnly: true } : { group: `terms ${label}`, text, labels: [label] });
        firsts.add(label);
      }
    }
  }
  return [...builtin, ...custom.values()];
}

interface Context {
  at: string;
  day: string;
  /** The patient's time zone and the time of the `quiet-hours` variation (23:30 on their clock). */
  timeZone: string;
  quietAt: string;
  covered: ReadonlyMap<Channel, string | undefined>;
  uncovered: ReadonlyMap<Channel, string | undefined>;
  neededScopes: ReadonlyMap<Category, readonly string[]>;
  namedFields: readonly string[];
  /** The patient of the plain situations, by consent state, channel and scopes needed. */
  patients: Map<string, DecisionRequest['patient']>;
}

/** Every situation, simplest first (no text before sample texts), so the first example of a change is the plainest. */
export function enumerateSituations(policies: readonly CompiledPolicy[], at: string): Situation[] {
  const atMs = Date.parse(at);
  const timeZone = policies.find((p) => p.settings.time_zone !== undefined)?.settings.time_zone ?? FALLBACK_TIME_ZONE;
  const ctx: Context = {
    at,
    day: dayOf(at),
    timeZone,
    quietAt: new Date(nextLocalTimes(timeZone, atMs, QUIET_HOURS_TIME, 1)[0] ?? atMs).toISOString(),
    covered: new Map(CHANNELS.map((ch) => [ch, coveringVendor(policies, ch, atMs)])),
    uncovered: new Map(CHANNELS.map((ch) => [ch, uncoveredVendor(policies, ch, atMs)])),
    neededScopes: new Map(CATEGORIES.map((c) => [c, unique(policies.flatMap((p) => p.scopeOf.get(c) ?? []))])),
    namedFields: unique(policies.flatMap((p) => [...(mentionedValues(p).get('field') ?? [])])),
    patients: new Map(),
  };
  const out: Situation[] = [];
  for (const text of [undefined, ...textSamples(policies)]) {
    for (const consent of text?.consentedOnly ? (['active-with-scope'] as const) : CONSENT_STATES) {
      for (const vendor of text?.consentedOnly ? (['covered'] as const) : VENDOR_STATES) {
        for (const category of CATEGORIES) {
          for (const channel of CHANNELS) {
            const s = situation(ctx, { channel, category, consent, vendor, ...(text ? { text } : {}) });
            if (s) out.push(s);
          }
        }
      }
    }
  }
  for (const variation of VARIATIONS) {
    if (variation === 'named-template-fields' && ctx.namedFields.length === 0) continue;
    for (const category of CATEGORIES) {
      for (const channel of CHANNELS) {
        const s = situation(ctx, { channel, category, consent: 'active-with-scope', vendor: ctx.covered.get(channel) ? 'covered' : 'unknown', variation });
        if (s) out.push(s);
      }
    }
  }
  return out;
}

/**
 * The request for one point of the space, or undefined when the register has no vendor in that state.
 * The points of a space share their parts where they are equal (a patient's consents, the patient of
 * the plain situations): twenty thousand requests are built for every analysis, and decisions never
 * change a request.
 */
function situation(ctx: Context, s: Omit<Situation, 'request'>): Situation | undefined {
  const vendor = s.vendor === 'covered' ? ctx.covered.get(s.channel) : s.vendor === 'no-baa' ? ctx.uncovered.get(s.channel) : UNREGISTERED_VENDOR;
  if (vendor === undefined) return undefined;
  const consentKey = `${s.consent} ${s.channel} ${(ctx.neededScopes.get(s.category) ?? []).join(',')}`;
  let shared = ctx.patients.get(consentKey);
  if (shared === undefined) ctx.patients.set(consentKey, (shared = { consents: consents(ctx, s.consent, s.channel, s.category), portalActive: true }));
  if (s.variation === undefined) return { ...s, request: { message: { category: s.category, body: s.text?.text ?? '' }, channel: s.channel, sender: { kind: 'platform', vendor }, patient: shared, at: ctx.at } };
  const patient: DecisionRequest['patient'] = { consents: shared.consents, portalActive: s.variation !== 'portal-inactive' };
  if (s.variation === 'channel-avoided') patient.avoidChannels = [s.channel];
  if (s.variation === 'minor') patient.age = MINOR_AGE;
  if (s.variation === 'adult') patient.age = ADULT_AGE;
  if (s.variation === 'do-not-contact') patient.doNotContact = true;
  if (s.variation === 'quiet-hours') patient.timeZone = ctx.timeZone;
  const message: DecisionRequest['message'] = { category: s.category, body: s.text?.text ?? '' };
  if (s.variation === 'named-template-fields') message.templateFields = [...ctx.namedFields];
  if (s.variation === 'spanish') message.language = 'es';
  const sender: DecisionRequest['sender'] = { kind: s.variation === 'staff-personal-device' ? 'staff_personal_device' : 'platform', vendor };
  return { ...s, request: { message, channel: s.channel, sender, patient, at: s.variation === 'quiet-hours' ? ctx.quietAt : ctx.at } };
}

/** The patient's consents for the requested channel in a consent state. */
function consents(ctx: Context, state: ConsentState, channel: Channel, category: Category): Consent[] {
  const needed = ctx.neededScopes.get(category) ?? [];
  switch (state) {
    case 'none':
      return [];
    case 'active-with-scope':
      return [activeConsent(channel, needed, ctx.day)];
    case 'active-without-scope':
      return [activeConsent(channel, SCOPES.filter((s) => !needed.includes(s)), ctx.day)];
    case 'revoked':
      return [activeConsent(channel, needed, ctx.day, { status: 'revoked' })];
    case 'unencrypted-email-requested':
      return [activeConsent(channel, unique([...needed, 'clinical']), ctx.day, { unencryptedRequested: true })];
  }
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

const CONSENT_WORDS: Record<ConsentState, string> = {
  none: 'no consent on the channel',
  'active-with-scope': 'active consent for this kind of message',
  'active-without-scope': 'active consent, but not for this kind of message',
  revoked: 'consent revoked',
  'unencrypted-email-requested': 'patient asked for unencrypted email (risk acknowledged, clinical scope)',
};

const VARIATION_WORDS: Record<Variation, string> = {
  'portal-inactive': 'the patient does not use the portal',
  'channel-avoided': 'the patient asked not to be contacted on this channel',
  'named-template-fields': 'the template pulled in every record field the rules name',
  'staff-personal-device': "sent from a staff member's personal phone",
  minor: `the patient is ${MINOR_AGE}`,
  adult: `the patient is ${ADULT_AGE}`,
  'do-not-contact': 'the patient asked not to be contacted at all',
  'quiet-hours': "sent at 23:30 on the patient's clock",
  spanish: 'the text is in Spanish (message.language es)',
};

/** A situation in words: "lab_result by sms; active consent ...; vendor acme-sms (BAA covers sms); text: clinical content". */
export function describeSituation(s: Situation): string {
  const vendor = s.request.sender.vendor;
  const vendorWords = s.vendor === 'covered' ? `vendor ${vendor} (BAA covers ${s.channel})` : s.vendor === 'no-baa' ? `vendor ${vendor} (no BAA covers ${s.channel})` : 'a vendor not in the register';
  const parts = [`${s.category} by ${s.channel}`, CONSENT_WORDS[s.consent], vendorWords, s.text ? `text with ${s.text.group}: "${s.text.text}"` : 'neutral text'];
  if (s.variation) parts.push(VARIATION_WORDS[s.variation]);
  return parts.join('; ');
}
