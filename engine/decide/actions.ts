// What to send instead: a downgrade's strategies, tried in order, each producing concrete sends
// that are decided again and must come out `allow`. Redaction removes the spans the classifier
// labelled; a route sends the content on a secure channel and a generic alert on the requested one.
import type { Finding } from '../classify/index.ts';
import type { Effect, Strategy } from '../compile/index.ts';
import type { DecisionRequest } from '../contract/index.ts';

export interface Action {
  channel: string;
  category: string;
  body: string;
  subject?: string;
}

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
  /** Decide a variant of the request again; only `allow` makes it usable. */
  redecide: (req: DecisionRequest) => Effect;
}

/**
 * The strategies of the downgrade rules that applied, in the order they are tried: first one
 * redaction removing the words of every rule's `redact` lists at once (each rule's concern must be
 * met, and it keeps the message on the channel the app asked for), then each route in rule order.
 * Two rules routing to the same channel with the same alert make one route: trying it twice could
 * only give the same answer.
 */
export function strategiesOf(rules: readonly { strategies: readonly Strategy[] }[]): Strategy[] {
  const labels = new Set<string>();
  const routes: Strategy[] = [];
  for (const s of rules.flatMap((r) => r.strategies)) {
    if (s.kind === 'redact') s.labels.forEach((l) => labels.add(l));
    else if (!routes.some((r) => r.kind === 'route' && r.channel === s.channel && r.alert === s.alert)) routes.push(s);
  }
  return labels.size > 0 ? [{ kind: 'redact', labels }, ...routes] : routes;
}

/** The first strategy whose sends are all allowed, or undefined when no safe form exists. */
export function planDowngrade(strategies: readonly Strategy[], ctx: PlanContext): Action[] | undefined {
  for (const s of strategies) {
    const actions = s.kind === 'redact' ? redact(s.labels, ctx) : route(s.channel, s.alert, ctx);
    if (actions) return actions;
  }
  return undefined;
}

function redact(labels: ReadonlySet<string>, ctx: PlanContext): Action[] | undefined {
  const { request: req, findings } = ctx;
  const body = removeSpans(req.message.body, findings.filter((f) => f.field === undefined && labels.has(f.label)));
  const subject = req.message.subject === undefined ? undefined : removeSpans(req.message.subject, findings.filter((f) => f.field === 'subject' && labels.has(f.label)));
  if (body === req.message.body && subject === req.message.subject) return undefined; // nothing to remove
  const message = { ...req.message, body, ...(subject === undefined ? {} : { subject }) };
  const variant: DecisionRequest = { ...req, message };
  return ctx.redecide(variant) === 'allow' ? [sendAsRequested(variant)] : undefined;
}

function route(channel: string, alert: string | undefined, ctx: PlanContext): Action[] | undefined {
  const req = ctx.request;
  const sender = channel === 'portal' && ctx.portalVendor !== undefined ? { kind: 'platform' as const, vendor: ctx.portalVendor } : req.sender;
  const content: DecisionRequest = { ...req, channel: channel as DecisionRequest['channel'], sender };
  if (ctx.redecide(content) !== 'allow') return undefined;
  const actions = [sendAsRequested(content)];
  if (alert !== undefined) {
    // The alert says only that something is waiting; it goes out if it is itself allowed.
    const notice: DecisionRequest = { ...req, message: { category: ALERT_CATEGORY, body: alert } };
    if (ctx.redecide(notice) === 'allow') actions.push(sendAsRequested(notice));
  }
  return actions;
}

/**
 * The text with the spans removed, each with one neighbouring space, so "your HIV clinic
 * appointment" reads "your appointment".
 */
export function removeSpans(text: string, spans: readonly { start: number; end: number }[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let cursor = 0;
  for (const s of sorted) {
    if (s.end <= cursor) continue;
    out += text.slice(cursor, Math.max(cursor, s.start));
    cursor = s.end;
    if (out.endsWith(' ') && (text[cursor] === ' ' || /[.,;:!?]/.test(text[cursor] ?? ''))) out = out.slice(0, -1);
  }
  out += text.slice(cursor);
  // Tidy what a removal leaves behind: empty brackets, doubled spaces, a space before punctuation.
  return out.replace(/\(\s*\)|\[\s*\]/g, '').replace(/ {2,}/g, ' ').replace(/ ([.,;:!?])/g, '$1').trim();
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
