// The route planner: given a message and a patient (no channel), find the best compliant way to
// reach the patient, following the practice guide's tiers. Every send it proposes is a real
// decision of the same policy; the planner never decides anything itself.
//   1. The message as written on a convenient channel (SMS, then email), if allowed there.
//   2. The policy's own safer form on that channel (a downgrade that redacts a few words).
//   3. The content on a secure channel, the most preferred first (the portal), plus the
//      policy's alert ("you have a new message") by SMS or email where the patient's consent allows.
import { z } from 'zod';
import type { CompiledPolicy, Reason } from '../compile/index.ts';
import { ALERT_CATEGORY, decideValid, type DecisionResponse } from '../decide/index.ts';
import { baaCovers, CHANNELS, ChannelSchema, DecisionRequestSchema, SECURE_CHANNELS, type Channel, type DecisionRequest } from '../contract/index.ts';

export const RouteRequestSchema = z.strictObject({
  message: DecisionRequestSchema.shape.message,
  patient: DecisionRequestSchema.shape.patient,
  at: DecisionRequestSchema.shape.at,
  senders: z
    .partialRecord(ChannelSchema, z.string().max(200))
    .optional()
    .describe('Vendor id to send through, per channel; default: the first vendor in the register whose BAA covers the channel (the portal: the bundle setting `portal_vendor`)'),
});
export type RouteRequest = z.infer<typeof RouteRequestSchema>;

type Message = DecisionRequest['message'];
type Sender = DecisionRequest['sender'];

/** What was tried: the message as written, the policy's redacted form of it, or an alert. */
export type Form = 'message' | 'redacted' | 'alert';

export interface Considered {
  channel: Channel;
  category: Message['category'];
  form: Form;
  sender: Sender;
  decision: DecisionResponse['decision'];
  reasons: readonly Reason[];
}

export interface RouteStep {
  channel: Channel;
  category: Message['category'];
  body: string;
  subject?: string;
  sender: Sender;
  decision: 'allow';
  /** The earliest time the send may go (quiet hours): it is allowed then, as the decision's deferral says. */
  notBefore?: string;
  reasons: readonly Reason[];
}

export interface RoutePlan {
  /** The sends, in order; empty when no channel allows any form of the message. */
  plan: RouteStep[];
  /** Every decision the planner made, the message as written on every channel first. */
  considered: Considered[];
  /** When the plan is empty: why, each determining rule once. */
  reasons?: Reason[];
}

/** Convenient channels, in the order a practice would use them for a tier 1 or 2 message. */
const DIRECT: readonly Channel[] = ['sms', 'email'];

/**
 * The vendor the practice would send through on a channel at `at`: the bundle's `portal_vendor`
 * for the portal, else the first vendor in the register whose BAA covers the channel.
 */
export function practiceVendor(policy: CompiledPolicy, channel: Channel, at: number): string | undefined {
  if (channel === 'portal' && policy.settings.portal_vendor !== undefined) return policy.settings.portal_vendor;
  for (const v of policy.vendors.values()) if (baaCovers(v, channel, at)) return v.id;
  return undefined;
}

/** Plan the sends for `input`; every step and every considered send is a real decision at one fixed time. */
export function planRoute(policy: CompiledPolicy, input: RouteRequest, options: { now?: () => number } = {}): RoutePlan {
  const at = input.at !== undefined ? Date.parse(input.at) : (options.now ?? Date.now)();
  const considered: Considered[] = [];
  const senderFor = (channel: Channel): Sender => {
    const vendor = input.senders?.[channel] ?? practiceVendor(policy, channel, at);
    return vendor === undefined ? { kind: 'platform' } : { kind: 'platform', vendor };
  };
  const tryOn = (channel: Channel, message: Message, form: Form): Tried => {
    const request: DecisionRequest = { message, channel, sender: senderFor(channel), patient: input.patient, ...(input.at === undefined ? {} : { at: input.at }) };
    const response = decideValid(policy, request, { now: () => at });
    considered.push({ channel, category: message.category, form, sender: request.sender, decision: response.decision, reasons: response.reasons });
    return { request, response };
  };

  const asWritten = new Map(CHANNELS.map((c) => [c, tryOn(c, input.message, 'message')]));
  const plan = direct(asWritten) ?? redacted(asWritten, tryOn) ?? secure(policy, asWritten, tryOn) ?? [];
  return plan.length > 0 ? { plan, considered } : { plan, considered, reasons: uniqueReasons(considered) };
}

interface Tried {
  request: DecisionRequest;
  response: DecisionResponse;
}
type TryOn = (channel: Channel, message: Message, form: Form) => Tried;

function direct(asWritten: ReadonlyMap<Channel, Tried>): RouteStep[] | undefined {
  const allowed = DIRECT.map((c) => asWritten.get(c)!).find((t) => t.response.decision === 'allow' || later(t) !== undefined);
  return allowed ? [stepOf(allowed)] : undefined;
}

/**
 * When the decision only defers the send as written (quiet hours), the time it may go: the message
 * is allowed then. Any other downgrade changes what is sent, and is not the message as written.
 */
function later({ request, response }: Tried): string | undefined {
  if (response.decision !== 'downgrade' || response.actions.length !== 1) return undefined;
  const [a] = response.actions as [DecisionResponse['actions'][number]];
  const same = a.channel === request.channel && a.category === request.message.category && a.body === request.message.body && a.subject === request.message.subject;
  return same ? a.notBefore : undefined;
}

/** A downgrade that keeps the message on its channel with words removed, decided again. */
function redacted(asWritten: ReadonlyMap<Channel, Tried>, tryOn: TryOn): RouteStep[] | undefined {
  for (const c of DIRECT) {
    const { request, response } = asWritten.get(c)!;
    if (response.decision !== 'downgrade') continue;
    const same = response.actions.find((a) => a.channel === c && a.category === request.message.category);
    if (!same) continue;
    const message: Message = { ...request.message, body: same.body, ...(same.subject === undefined ? {} : { subject: same.subject }) };
    const tried = tryOn(c, message, 'redacted');
    if (tried.response.decision === 'allow' || later(tried) !== undefined) return [stepOf(tried)];
  }
  return undefined;
}

/** The content where it is allowed on a secure channel, then the policy's alert for that channel. */
function secure(policy: CompiledPolicy, asWritten: ReadonlyMap<Channel, Tried>, tryOn: TryOn): RouteStep[] | undefined {
  const content = SECURE_CHANNELS.map((c) => asWritten.get(c)!).find((t) => t.response.decision === 'allow');
  if (!content) return undefined;
  const steps = [stepOf(content)];
  const alert = alertFor(policy, content.request.channel);
  if (alert !== undefined) {
    for (const c of DIRECT) {
      const tried = tryOn(c, { category: ALERT_CATEGORY, body: alert }, 'alert');
      if (tried.response.decision === 'allow' || later(tried) !== undefined) {
        steps.push(stepOf(tried));
        break;
      }
    }
  }
  return steps;
}

/** The alert text the policy's own downgrades use when they route content to `channel` (no invented wording). */
function alertFor(policy: CompiledPolicy, channel: Channel): string | undefined {
  for (const rule of policy.rules.rules) {
    for (const s of rule.strategies) if (s.kind === 'route' && s.channel === channel && s.alert !== undefined) return s.alert;
  }
  return undefined;
}

function stepOf(tried: Tried): RouteStep {
  const { request, response } = tried;
  const { category, body, subject } = request.message;
  const notBefore = later(tried);
  return { channel: request.channel, category, body, ...(subject === undefined ? {} : { subject }), sender: request.sender, decision: 'allow', ...(notBefore === undefined ? {} : { notBefore }), reasons: response.reasons };
}

function uniqueReasons(considered: readonly Considered[]): Reason[] {
  const byRule = new Map<string, Reason>();
  for (const c of considered) for (const r of c.reasons) if (!byRule.has(r.rule)) byRule.set(r.rule, r);
  return [...byRule.values()];
}
