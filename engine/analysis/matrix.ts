// The decision matrix: for each profile, the decision on every channel for every message category,
// with the rules that determined it. Categories are grouped by the policy's tiers, in the order the
// policy declares them, so the practice guide's tiers read at a glance.
import type { CompiledPolicy, Effect, Reason } from '../compile/index.ts';
import { NO_TIER } from '../check/index.ts';
import { decideValid } from '../decide/index.ts';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../contract/index.ts';
import { withClassificationCache } from './cached.ts';
import { PROFILE_TIME_ZONE, profileRequest, PROFILES, profileTime, profileVendor, type Profile } from './profiles.ts';
import { textSamples, type TextSample } from './space.ts';

export interface PolicyId {
  name: string;
  version: string;
  digest: string;
}

export interface MatrixCell {
  decision: Effect;
  /** The determining rules (for a default deny, the default). */
  reasons: readonly Reason[];
}

export interface MatrixRow {
  category: Category;
  /** One cell per channel, in the order of `DecisionMatrix.channels`. */
  cells: MatrixCell[];
}

export interface TierGroup<Row> {
  tier: string;
  /** The tier list's description in the policy (absent for categories in no tier). */
  description?: string;
  rows: Row[];
}

export interface ProfileMatrix {
  profile: string;
  description: string;
  /** When the profile's sends are decided (the matrix's `at`, or a time on the patient's clock). */
  at: string;
  /** The vendor the profile sends through on each channel (absent: none with a BAA carries it). */
  vendors: (string | undefined)[];
  tiers: TierGroup<MatrixRow>[];
  /**
   * The sample texts (the built-in ones and every term of the bundle's `terms` lists) that change a
   * cell's decision from the one for an empty message, with the cells they change.
   */
  texts: TextEffect[];
}

/** A sample text and the cells whose decision it changes. */
export interface TextEffect {
  sample: TextSample;
  changes: { category: Category; channel: Channel; decision: Effect; reasons: readonly Reason[] }[];
}

export interface DecisionMatrix {
  policy: PolicyId;
  at: string;
  channels: readonly Channel[];
  profiles: ProfileMatrix[];
}

export const policyId = (p: CompiledPolicy): PolicyId => ({ name: p.name, version: p.version, digest: p.digest });

/** The policy's tiers in declaration order, each with its categories, then the categories in no tier. */
export function tiersOf(policy: CompiledPolicy): TierGroup<Category>[] {
  const groups: TierGroup<Category>[] = [];
  for (const list of policy.checked.lists.values()) {
    if (list.kind !== 'tier') continue;
    const group: TierGroup<Category> = { tier: list.name, rows: list.values as Category[] };
    if (list.decl.description !== undefined) group.description = list.decl.description;
    groups.push(group);
  }
  const untiered = CATEGORIES.filter((c) => !policy.tierOf.has(c));
  if (untiered.length > 0) groups.push({ tier: NO_TIER, description: 'In no tier', rows: untiered });
  return groups;
}

/**
 * Decide every channel × category under each profile (trace off), for an empty message and for each
 * sample text. `at` defaults to now; `texts: false` leaves the sample texts out.
 */
export function decisionMatrix(policy: CompiledPolicy, profiles: readonly Profile[] = PROFILES, options: { at?: string; texts?: boolean } = {}): DecisionMatrix {
  const at = options.at ?? new Date().toISOString();
  const tiers = tiersOf(policy);
  const cached = withClassificationCache(policy);
  const samples = options.texts === false ? [] : textSamples([policy]);
  const timeZone = policy.settings.time_zone ?? PROFILE_TIME_ZONE;
  return {
    policy: policyId(policy),
    at,
    channels: CHANNELS,
    profiles: profiles.map((profile) => {
      const when = profileTime(profile, at, timeZone);
      const vendors = CHANNELS.map((ch) => profileVendor(profile, [policy], ch, Date.parse(when)));
      const decided = (category: Category, channel: Channel, body: string): MatrixCell => {
        const request = profileRequest(profile, vendors[CHANNELS.indexOf(channel)], channel, category, when, body);
        if (profile.clock !== undefined && policy.settings.time_zone === undefined) request.patient.timeZone = timeZone;
        const r = decideValid(cached, request);
        return { decision: r.decision, reasons: r.reasons };
      };
      const rows = tiers.map((t) => ({ ...t, rows: t.rows.map((category) => ({ category, cells: CHANNELS.map((ch) => decided(category, ch, '')) })) }));
      const neutral = new Map(rows.flatMap((t) => t.rows.flatMap((r) => r.cells.map((c, i) => [`${r.category} ${CHANNELS[i]}`, c.decision] as const))));
      const texts = samples.flatMap((sample): TextEffect[] => {
        const changes = CATEGORIES.flatMap((category) =>
          CHANNELS.flatMap((channel) => {
            const c = decided(category, channel, sample.text);
            return c.decision === neutral.get(`${category} ${channel}`) ? [] : [{ category, channel, decision: c.decision, reasons: c.reasons }];
          }),
        );
        return changes.length === 0 ? [] : [{ sample, changes }];
      });
      return { profile: profile.name, description: profile.description, at: when, vendors, tiers: rows, texts };
    }),
  };
}
