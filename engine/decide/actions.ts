// What to send instead: a downgrade's strategies, tried in order, each producing concrete sends
// that are decided again and must come out `allow`. Redaction removes the spans the classifier
// labelled (with the phrase around them, redaction.ts); a route sends the content on a secure
// channel and a generic alert on the requested one; a deferral sends later, at the next time of day
// the patient's clock allows, and the send carries that time as `notBefore`.
import type { Finding } from '../classify/index.ts';
import type { Effect, Strategy } from '../compile/index.ts';
import { nextLocalTimes, type DecisionRequest } from '../contract/index.ts';
import { redactText, type RedactSpan } from './redaction.ts';

export interface Action {
  channel: string;
  category: string;
  body: string;
  subject?: string;
  /** The earliest time it may be sent (ISO 8601), when a downgrade deferred it (quiet hours). */
  notBefore?: string;
}

/** How many days ahead a deferral looks for a time the send is allowed. */
export const DEFER_DAYS = 7;

export const ALERT_CATEGORY = 'portal_message_waiting';

/** The message as requested: what an allow sends. */
export function sendAsRequested(req: DecisionRequest): Action {
  const a: Action = { channel: req.channel, category: req.message.category, body: req.message.body };
  if (req.message.subject !== undefined) a.subject = req.message.subject;
  return a;
}

export interface PlanContext {
  request: DecisionRequest;
  findings: readonly Finding[];
  /** The vendor that carries portal messages (bundle setting `portal_vendor`). */
  portalVendor: string | undefined;
  /** When the request is decided (epoch ms). */
  at: number;
  /** The patient's time zone (the request's, else the bundle's `time_zone`); a deferral needs one. */
  timeZone: string | undefined;
  /** Decide a variant of the request again, now or at a later time; only `allow` makes it usable. */
  redecide: (req: DecisionRequest, at?: number) => Effect;
}

type Redact = Extract<Strategy, { kind: 'redact' }>;
type Defer = Extract<Strategy, { kind: 'defer' }>;

/**
 * The strategies of the downgrade rules that applied, in the order they are tried: first one
 * redaction removing the words of every rule's `redact` lists at once (each rule's concern must be
 * met, and it keeps the message on the channel the app asked for), then each route in rule order,
 * then the deferrals. Two rules routing to the same channel with the same alert make one route:
 * trying it twice could only give the same answer. A rule's replacement words stay with its labels.
 */
export function strategiesOf(rules: readonly { strategies: readonly Strategy[] }[]): Strategy[] {
  const labels = new Set<string>();
  const replacements = new Map<string, string>();
  const routes: Strategy[] = [];
  const defers: Defer[] = [];
  for (const s of rules.flatMap((r) => r.strategies)) {
    if (s.kind === 'redact') {
      for (const l of s.labels) {
        labels.add(l);
        if (s.replacement !== undefined && !replacements.has(l)) replacements.set(l, s.replacement);
      }
    } else if (s.kind === 'defer') {
      if (!defers.some((d) => d.minuteOfDay === s.minuteOfDay)) defers.push(s);
    } else if (!routes.some((r) => r.kind === 'route' && r.channel === s.channel && r.alert === s.alert)) routes.push(s);
  }
  const redaction: Redact[] = labels.size === 0 ? [] : [replacements.size === 0 ? { kind: 'redact', labels } : { kind: 'redact', labels, replacements }];
  return [...redaction, ...routes, ...defers];
}

/**
 * The first strategy whose sends are all allowed, or undefined when no safe form exists. When a
 * deferral applies, the time is a strategy of its own: each send of the others that is not allowed
 * now may go at the first of the deferral's times at which it is (its `notBefore`), and last the
 * message as written may go then.
 */
export function planDowngrade(strategies: readonly Strategy[], ctx: PlanContext): Action[] | undefined {
  const later = deferralTimes(strategies.filter((s): s is Defer => s.kind === 'defer'), ctx);
  for (const s of strategies) {
    const actions = s.kind === 'redact' ? redact(s, ctx, later) : s.kind === 'route' ? route(s.channel, s.alert, ctx, later) : undefined;
    if (actions) return actions;
  }
  if (later.length === 0) return undefined;
  const asWritten = sendAt(ctx.request, ctx, later);
  return asWritten === undefined ? undefined : [asWritten];
}

/** The instants a deferred send may go, earliest first: the next times the patient's clock reads each deferral's time. */
function deferralTimes(defers: readonly Defer[], ctx: PlanContext): number[] {
  if (defers.length === 0 || ctx.timeZone === undefined) return [];
  const zone = ctx.timeZone;
  return [...new Set(defers.flatMap((d) => nextLocalTimes(zone, ctx.at, d.minuteOfDay, DEFER_DAYS)))].sort((a, b) => a - b);
}

/** The send of `variant` if it is allowed now, or at the first of the later times at which it is (with `notBefore`). */
function sendAt(variant: DecisionRequest, ctx: PlanContext, later: readonly number[]): Action | undefined {
  if (ctx.redecide(variant) === 'allow') return sendAsRequested(variant);
  for (const t of later) if (ctx.redecide(variant, t) === 'allow') return { ...sendAsRequested(variant), notBefore: new Date(t).toISOString() };
  return undefined;
}

function redact(s: Redact, ctx: PlanContext, later: readonly number[]): Action[] | undefined {
  const { request: req, findings } = ctx;
  const spans = (field: 'subject' | undefined): RedactSpan[] =>
    findings.filter((f) => f.field === field && s.labels.has(f.label)).map((f) => {
      const replacement = s.replacements?.get(f.label) ?? s.replacement;
      return replacement === undefined ? { start: f.start, end: f.end } : { start: f.start, end: f.end, replacement };
    });
  const body = redactText(req.message.body, spans(undefined));
  const subject = req.message.subject === undefined ? undefined : redactText(req.message.subject, spans('subject'));
  if (body === req.message.body && subject === req.message.subject) return undefined; // nothing to remove
  if (body === '') return undefined; // nothing would be left to say
  const message = { ...req.message, body, ...(subject === undefined || subject === '' ? {} : { subject }) };
  if (subject === '') delete message.subject;
  const sent = sendAt({ ...req, message }, ctx, later);
  return sent === undefined ? undefined : [sent];
}

function route(channel: string, alert: string | undefined, ctx: PlanContext, later: readonly number[]): Action[] | undefined {
  const req = ctx.request;
  const sender = channel === 'portal' && ctx.portalVendor !== undefined ? { kind: 'platform' as const, vendor: ctx.portalVendor } : req.sender;
  const content = sendAt({ ...req, channel: channel as DecisionRequest['channel'], sender }, ctx, later);
  if (content === undefined) return undefined;
  const actions = [content];
  if (alert !== undefined) {
    // The alert says only that something is waiting; it goes out (or waits for the patient's clock) if it is itself allowed.
    const notice = sendAt({ ...req, message: { category: ALERT_CATEGORY, body: alert } }, ctx, later);
    if (notice !== undefined) actions.push(notice);
  }
  return actions;
}

/**
 * The text with the spans removed, each with the phrase it belongs to (redaction.ts), so "your HIV
 * clinic appointment" reads "your appointment" and "your visit at the HIV clinic is Thu" reads "your
 * visit is Thu".
 */
export function removeSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  return redactText(text, spans.map(({ start, end }) => ({ start, end })));
}

/** Overlapping findings merged into one span that names every label found in it. */
export function mergeSpans(findings: readonly { label: string; start: number; end: number }[]): { start: number; end: number; labels: Set<string> }[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: { start: number; end: number; labels: Set<string> }[] = [];
  for (const f of sorted) {
    const last = merged[merged.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.labels.add(f.label);
    } else merged.push({ start: f.start, end: f.end, labels: new Set([f.label]) });
  }
  return merged;
}
