// The enumerated space of situations that diff and lint decide: every channel × category × consent
// state × vendor state × sample text, plus a few single variations of a consented patient (portal
// not used, channel avoided, template fields the rules name, staff phone). About ten thousand requests:
// enough to reach every rule of a realistic bundle, few enough to decide in about a second.
import type { CompiledPolicy } from '../compile/index.ts';
import { CATEGORIES, CHANNELS, SCOPES, type Category, type Channel, type Consent, type DecisionRequest } from '../contract/index.ts';
import { mentionedValues } from './mentions.ts';
import { activeConsent, coveringVendor, dayOf, UNREGISTERED_VENDOR, uncoveredVendor } from './profiles.ts';

export const CONSENT_STATES = ['none', 'active-with-scope', 'active-without-scope', 'revoked', 'unencrypted-email-requested'] as const;
export type ConsentState = (typeof CONSENT_STATES)[number];

export const VENDOR_STATES = ['covered', 'no-baa', 'unknown'] as const;
export type VendorState = (typeof VENDOR_STATES)[number];

export const VARIATIONS = ['portal-inactive', 'channel-avoided', 'named-template-fields', 'staff-personal-device'] as const;
export type Variation = (typeof VARIATIONS)[number];

/** A message text that makes the classifier find certain labels. */
export interface TextSample {
  group: string;
  text: string;
  labels: readonly string[];
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
 * the first of its terms the bundle's classifier finds.
 */
export function textSamples(policies: readonly CompiledPolicy[], builtin: readonly TextSample[] = FINDING_SAMPLES): TextSample[] {
  for (const p of policies) {
    for (const s of builtin) {
      const found = labelsIn(p, s.text);
      const missing = s.labels.filter((l) => !found.has(l));
      if (missing.length > 0) throw new Error(`the sample text "${s.text}" no longer yields ${missing.join(', ')} (found: ${[...found].join(', ') || 'nothing'}); update FINDING_SAMPLES in engine/analysis/space.ts`);
    }
  }
  const custom = new Map<string, TextSample>();
  for (const p of policies) {
    for (const t of p.checked.terms) {
      const label = t.name.name;
      if (custom.has(label)) continue;
      const text = t.terms.map((term) => `Reminder about ${term.value}`).find((candidate) => labelsIn(p, candidate).has(label));
      if (text !== undefined) custom.set(label, { group: `terms ${label}`, text, labels: [label] });
    }
  }
  return [...builtin, ...custom.values()];
}

interface Context {
  at: string;
  day: string;
  covered: ReadonlyMap<Channel, string | undefined>;
  uncovered: ReadonlyMap<Channel, string | undefined>;
  neededScopes: ReadonlyMap<Category, readonly string[]>;
  namedFields: readonly string[];
}

/** Every situation, simplest first (no text before sample texts), so the first example of a change is the plainest. */
export function enumerateSituations(policies: readonly CompiledPolicy[], at: string): Situation[] {
  const atMs = Date.parse(at);
  const ctx: Context = {
    at,
    day: dayOf(at),
    covered: new Map(CHANNELS.map((ch) => [ch, coveringVendor(policies, ch, atMs)])),
    uncovered: new Map(CHANNELS.map((ch) => [ch, uncoveredVendor(policies, ch, atMs)])),
    neededScopes: new Map(CATEGORIES.map((c) => [c, unique(policies.flatMap((p) => p.scopeOf.get(c) ?? []))])),
    namedFields: unique(policies.flatMap((p) => [...(mentionedValues(p).get('field') ?? [])])),
  };
  const out: Situation[] = [];
  for (const text of [undefined, ...textSamples(policies)]) {
    for (const consent of CONSENT_STATES) {
      for (const vendor of VENDOR_STATES) {
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

/** The request for one point of the space, or undefined when the register has no vendor in that state. */
function situation(ctx: Context, s: Omit<Situation, 'request'>): Situation | undefined {
  const vendor = s.vendor === 'covered' ? ctx.covered.get(s.channel) : s.vendor === 'no-baa' ? ctx.uncovered.get(s.channel) : UNREGISTERED_VENDOR;
  if (vendor === undefined) return undefined;
  const patient: DecisionRequest['patient'] = { consents: consents(ctx, s.consent, s.channel, s.category), portalActive: s.variation !== 'portal-inactive' };
  if (s.variation === 'channel-avoided') patient.avoidChannels = [s.channel];
  const message: DecisionRequest['message'] = { category: s.category, body: s.text?.text ?? '' };
  if (s.variation === 'named-template-fields') message.templateFields = [...ctx.namedFields];
  const sender: DecisionRequest['sender'] = { kind: s.variation === 'staff-personal-device' ? 'staff_personal_device' : 'platform', vendor };
  return { ...s, request: { message, channel: s.channel, sender, patient, at: ctx.at } };
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
};

/** A situation in words: "lab_result by sms; active consent ...; vendor acme-sms (BAA covers sms); text: clinical content". */
export function describeSituation(s: Situation): string {
  const vendor = s.request.sender.vendor;
  const vendorWords = s.vendor === 'covered' ? `vendor ${vendor} (BAA covers ${s.channel})` : s.vendor === 'no-baa' ? `vendor ${vendor} (no BAA covers ${s.channel})` : 'a vendor not in the register';
  const parts = [`${s.category} by ${s.channel}`, CONSENT_WORDS[s.consent], vendorWords, s.text ? `text with ${s.text.group}: "${s.text.text}"` : 'neutral text'];
  if (s.variation) parts.push(VARIATION_WORDS[s.variation]);
  return parts.join('; ');
}
