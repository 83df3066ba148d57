// The benchmark's traffic: a fixed, seeded mix of decision requests shaped like a practice's real
// sends (mostly SMS and email reminders and alerts, some portal and secure messages, a few sends a
// policy must stop), validated once with parseRequest so the timed loops decide valid requests.
import { parseRequest, type DecisionRequest } from '../engine/index.ts';
import { CATEGORIES, SCOPES } from '../engine/contract/vocabulary.ts';

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same traffic on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = () => number;
export const pick = <T>(random: Random, xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
export const weighted = <T>(random: Random, choices: readonly (readonly [T, number])[]): T => {
  let r = random() * choices.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of choices) if ((r -= w) < 0) return v;
  return choices[choices.length - 1]![0];
};
const subset = <T>(random: Random, xs: readonly T[], p: number): T[] => xs.filter(() => random() < p);

const CHANNEL_MIX = [['sms', 40], ['email', 25], ['portal', 15], ['secure_messaging', 8], ['email_encrypted', 5], ['whatsapp', 3], ['imessage', 2], ['messenger', 2]] as const;
/** Vendors of policies/vendors.json that carry each channel under a current BAA. */
const VENDOR_FOR: Record<string, string> = { sms: 'acme-sms', email: 'postbox-mail', email_encrypted: 'postbox-mail', portal: 'riverside-ehr', secure_messaging: 'carechat' };
const OTHER_VENDORS = ['blastly', 'oldtext', 'futuremail', 'unknown-vendor'];
const TEMPLATE_FIELDS = ['appointment_date', 'appointment_time', 'provider_name', 'location', 'visit_reason', 'department'];

/** One request with no message text (the engine-core benchmarks exclude the classifier). */
function randomRequest(random: Random, body: string): unknown {
  const channel = weighted(random, CHANNEL_MIX);
  const category = pick(random, CATEGORIES);
  const vendor = random() < 0.88 ? (VENDOR_FOR[channel] ?? 'acme-sms') : pick(random, OTHER_VENDORS);
  const consents = random() < 0.85 ? [{ channel, scopes: subset(random, SCOPES, 0.6), status: random() < 0.93 ? 'active' : 'revoked', riskAcknowledged: random() < 0.5, unencryptedRequested: random() < 0.2, recordedAt: '2025-06-01' }] : [];
  return {
    message: { id: `m-${Math.floor(random() * 1e9)}`, category, body, templateFields: subset(random, TEMPLATE_FIELDS, 0.25) },
    channel,
    sender: { kind: random() < 0.98 ? 'platform' : 'staff_personal_device', vendor },
    patient: { consents, avoidChannels: random() < 0.05 ? [channel] : [], portalActive: random() < 0.8 },
    at: '2026-11-24T15:00:00Z',
  };
}

/** `count` raw requests (as an app would send them), bodies taken in turn from `bodies`. */
export function rawRequests(count: number, seed = 42, bodies: readonly string[] = ['']): unknown[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => randomRequest(random, bodies[i % bodies.length]!));
}

/** The same, validated once: what the hot path receives. */
export function validRequests(count: number, seed = 42, bodies: readonly string[] = ['']): DecisionRequest[] {
  return rawRequests(count, seed, bodies).map((r) => {
    const parsed = parseRequest(r);
    if (!parsed.ok) throw new Error(`bench request is invalid: ${parsed.error.message}`);
    return parsed.value;
  });
}
