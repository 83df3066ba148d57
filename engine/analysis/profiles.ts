// Named patient and vendor situations ("profiles") for the decision matrix, and the vendor choices
// the change analysis shares: per channel, a vendor from the bundle's register whose BAA covers it,
// or one whose BAA does not. Requests carry a neutral (empty) body: what the text reveals is
// exercised separately, by the sample texts of space.ts.
import type { CompiledPolicy } from '../compile/index.ts';
import { baaCovers, CHANNELS, nextLocalTimes, SCOPES, type Category, type Channel, type Consent, type DecisionRequest } from '../contract/index.ts';

/** A vendor id no register holds: the sender's vendor is unknown, so no BAA covers the send. */
export const UNREGISTERED_VENDOR = 'unregistered-vendor';

const NON_MARKETING_SCOPES = SCOPES.filter((s) => s !== 'marketing');

export interface Profile {
  name: string;
  /** What the situation is, in a compliance officer's words. */
  description: string;
  /** The sender's vendor on each channel: one whose BAA covers it, or one whose BAA does not. */
  vendor: 'covered' | 'no-baa';
  /** The patient, given the day of the analysis (consents are recorded on that day). */
  patient: (day: string) => DecisionRequest['patient'];
  /**
   * When the profile's sends happen on the patient's clock, in minutes after midnight (the first such
   * time after the analysis's `at`, in the bundle's time zone); absent: at the analysis's `at`.
   */
  clock?: number;
}

/** The patient's time zone in a profile when the bundle names none. */
export const PROFILE_TIME_ZONE = 'America/New_York';

/** An active consent on `channel` for `scopes`, recorded on `day`, with the channel's risk acknowledged. */
export function activeConsent(channel: Channel, scopes: readonly string[], day: string, extra: Partial<Consent> = {}): Consent {
  return { channel, scopes: [...scopes] as Consent['scopes'], status: 'active', riskAcknowledged: true, recordedAt: day, method: 'paper_form', ...extra };
}

const everyChannel = (scopes: readonly string[], day: string): Consent[] => CHANNELS.map((ch) => activeConsent(ch, scopes, day));

export const PROFILES: readonly Profile[] = [
  {
    name: 'consented-patient',
    description: 'Active consent on every channel for every kind of message except marketing; uses the portal; every vendor has a BAA for its channel',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(NON_MARKETING_SCOPES, day), portalActive: true }),
  },
  {
    name: 'scheduling-only-consent',
    description: 'Consent on every channel for scheduling messages only; uses the portal; vendors with a BAA',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(['scheduling'], day), portalActive: true }),
  },
  {
    name: 'clinical-email-requested',
    description: 'As consented-patient, and the patient asked for unencrypted email after being told the risk, for clinical messages too',
    vendor: 'covered',
    patient: (day) => ({
      consents: CHANNELS.map((ch) => activeConsent(ch, NON_MARKETING_SCOPES, day, ch === 'email' ? { unencryptedRequested: true } : {})),
      portalActive: true,
    }),
  },
  {
    name: 'no-portal',
    description: 'As consented-patient, but the patient does not use the portal',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(NON_MARKETING_SCOPES, day), portalActive: false }),
  },
  {
    name: 'no-consent',
    description: 'No recorded consent on any channel; uses the portal; vendors with a BAA',
    vendor: 'covered',
    patient: () => ({ consents: [], portalActive: true }),
  },
  {
    name: 'vendor-without-baa',
    description: 'As consented-patient, but each send goes through a vendor whose BAA does not cover the channel',
    vendor: 'no-baa',
    patient: (day) => ({ consents: everyChannel(NON_MARKETING_SCOPES, day), portalActive: true }),
  },
  {
    name: 'authorized-adult',
    description: 'A patient of 40 with consent on every channel for every kind of message, marketing included (a written authorization); uses the portal; vendors with a BAA',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(SCOPES, day), portalActive: true, age: 40 }),
  },
  {
    name: 'authorized-minor',
    description: 'As authorized-adult, but the patient is 16',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(SCOPES, day), portalActive: true, age: 16 }),
  },
  {
    name: 'do-not-contact',
    description: 'As consented-patient, but the patient asked not to be contacted at all',
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(NON_MARKETING_SCOPES, day), portalActive: true, doNotContact: true }),
  },
  {
    name: 'quiet-hours',
    description: "As consented-patient, but the sends happen at 23:30 on the patient's clock (the bundle's time zone)",
    vendor: 'covered',
    patient: (day) => ({ consents: everyChannel(NON_MARKETING_SCOPES, day), portalActive: true }),
    clock: 23 * 60 + 30,
  },
];

export const PROFILE_NAMES = PROFILES.map((p) => p.name);

export function profileNamed(name: string): Profile | undefined {
  return PROFILES.find((p) => p.name === name);
}

/**
 * A vendor whose BAA covers `channel` at `at`: for the portal the bundle's `portal_vendor` first,
 * then the register in order. The first policy that has one wins (a diff passes base, then new).
 */
export function coveringVendor(policies: readonly CompiledPolicy[], channel: Channel, at: number): string | undefined {
  for (const p of policies) {
    const portal = p.settings.portal_vendor;
    if (channel === 'portal' && portal !== undefined && baaCovers(p.vendors.get(portal), channel, at)) return portal;
    for (const v of p.vendors.values()) if (baaCovers(v, channel, at)) return v.id;
  }
  return undefined;
}

/** A registered vendor whose BAA does not cover `channel` at `at`; one that carries the channel is preferred. */
export function uncoveredVendor(policies: readonly CompiledPolicy[], channel: Channel, at: number): string | undefined {
  const uncovered = policies.flatMap((p) => [...p.vendors.values()]).filter((v) => !baaCovers(v, channel, at));
  return (uncovered.find((v) => (v.channels as readonly string[]).includes(channel)) ?? uncovered[0])?.id;
}

/** The vendor a profile sends through on `channel` (undefined: no vendor with a BAA carries it). */
export function profileVendor(profile: Profile, policies: readonly CompiledPolicy[], channel: Channel, at: number): string | undefined {
  return profile.vendor === 'covered' ? coveringVendor(policies, channel, at) : (uncoveredVendor(policies, channel, at) ?? UNREGISTERED_VENDOR);
}

/** When a profile's sends happen: the analysis's `at`, or the next time its clock comes round in `timeZone`. */
export function profileTime(profile: Profile, at: string, timeZone: string = PROFILE_TIME_ZONE): string {
  if (profile.clock === undefined) return at;
  const next = nextLocalTimes(timeZone, Date.parse(at), profile.clock, 1)[0];
  return next === undefined ? at : new Date(next).toISOString();
}

/** The request for one cell of a profile's matrix (`at`: the profile's time, profileTime). */
export function profileRequest(profile: Profile, vendor: string | undefined, channel: Channel, category: Category, at: string, body = ''): DecisionRequest {
  return {
    message: { category, body },
    channel,
    sender: vendor === undefined ? { kind: 'platform' } : { kind: 'platform', vendor },
    patient: profile.patient(dayOf(at)),
    at,
  };
}

/** The calendar day of an ISO time: consents recorded that day exist at that time. */
export const dayOf = (at: string): string => new Date(Date.parse(at)).toISOString().slice(0, 10);
