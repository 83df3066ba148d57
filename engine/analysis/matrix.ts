// The decision matrix: for each profile, the decision on every channel for every message category,
// with the rules that determined it. Categories are grouped by the policy's tiers, in the order the
// policy declares them, so the practice guide's tiers read at a glance.
import type { CompiledPolicy, Effect, Reason } from '../compile/index.ts';
import { NO_TIER } from '../check/index.ts';
import { decideValid } from '../decide/index.ts';
import { CATEGORIES, CHANNELS, type Category, type Channel } from '../contract/index.ts';
import { profileRequest, PROFILES, profileVendor, type Profile } from './profiles.ts';

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
  /** The vendor the profile sends through on each channel (absent: none with a BAA carries it). */
  vendors: (string | undefined)[];
  tiers: TierGroup<MatrixRow>[];
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

/** Decide every channel × category under each profile (trace off). `at` defaults to now. */
export function decisionMatrix(policy: CompiledPolicy, profiles: readonly Profile[] = PROFILES, options: { at?: string } = {}): DecisionMatrix {
  const at = options.at ?? new Date().toISOString();
  const atMs = Date.parse(at);
  const tiers = tiersOf(policy);
  return {
    policy: policyId(policy),
    at,
    channels: CHANNELS,
    profiles: profiles.map((profile) => {
      const vendors = CHANNELS.map((ch) => profileVendor(profile, [policy], ch, atMs));
      const cell = (category: Category, channel: Channel, i: number): MatrixCell => {
        const r = decideValid(policy, profileRequest(profile, vendors[i], channel, category, at));
        return { decision: r.decision, reasons: r.reasons };
      };
      return {
        profile: profile.name,
        description: profile.description,
        vendors,
        tiers: tiers.map((t) => ({ ...t, rows: t.rows.map((category) => ({ category, cells: CHANNELS.map((ch, i) => cell(category, ch, i)) })) })),
      };
    }),
  };
}
