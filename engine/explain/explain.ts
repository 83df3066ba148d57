// Explain mode in plain language: the decision, the rules that decided it with their reasons and
// citations, what to send instead, how to send it as written (counterfactuals), the classifier's
// findings marked in the text, and every rule with each condition's value. Also the route
// planner's plan. Pure: text in, text out.
import type { CounterfactualReport } from './counterfactuals.ts';
import { vettingLines } from './vetting.ts';
import { mergeSpans, type DecisionResponse } from '../decide/index.ts';
import type { RoutePlan } from './route-planner.ts';
import { isTimeZone, type DecisionRequest } from '../contract/index.ts';
import type { TracedCondition, TracedRule } from '../compile/index.ts';

export interface ExplainStyle {
  /** Wraps a found span; the CLI uses inverse video on terminals and brackets elsewhere. */
  mark: (text: string, labels: string) => string;
}

export const PLAIN: ExplainStyle = { mark: (t, labels) => `[${t}]{${labels}}` };
export const TERMINAL: ExplainStyle = { mark: (t, labels) => `\u001b[7m${t}\u001b[27m\u001b[2m{${labels}}\u001b[22m` };

const VERDICT = { allow: 'ALLOW: the message may be sent as written', downgrade: 'DOWNGRADE: send the safer form below instead', deny: 'DENY: do not send this message' };

/**
 * For people, in this order: the decision; why (each deciding rule's reason and citation); what to send
 * instead, and when (a deferred send's time on the patient's clock); how to make it allowed (the
 * counterfactuals); what the classifier found in the text. The trace of every rule comes last, and
 * only when the response carries one (`phigate explain --trace`). `timeZone` is the patient's (the
 * request's, else the bundle's), for deferred sends.
 */
export function explainText(req: DecisionRequest, res: DecisionResponse, style: ExplainStyle = PLAIN, counterfactuals?: CounterfactualReport, timeZone?: string): string {
  const out: string[] = [VERDICT[res.decision], '', 'Why:'];
  for (const r of res.reasons) out.push(reasonLine(r));
  if (res.decision !== 'deny') {
    out.push('', res.decision === 'allow' ? 'Send:' : 'Send instead:');
    for (const a of res.actions) out.push(`  - ${a.channel} (${a.category})${a.notBefore === undefined ? '' : `, ${whenText(a.notBefore, timeZone)}`}: ${JSON.stringify(a.body)}`);
    const waits = res.actions.some((a) => a.notBefore !== undefined);
    if (waits) out.push('  Queue the sends marked "not before" and send them at that time (ask phigate again then, as before every send).');
  }
  if (counterfactuals && res.decision !== 'allow') out.push('', 'How to send it:', ...counterfactualLines(counterfactuals));
  out.push('', 'What the classifier found in the text:');
  out.push(res.findings.length === 0 ? '  nothing sensitive' : `  ${markFindings(req, res, style)}`);
  out.push(...vettingLines(req, res));
  if (res.trace && res.trace.rules.length > 0) {
    out.push('', 'Every rule:');
    for (const rule of res.trace.rules) out.push(...ruleLines(rule));
  }
  return `${out.join('\n')}\n`;
}

/**
 * "not before 08:00 on Tue 24 Nov 2026, the patient's time (America/New_York; 2026-11-24T13:00:00.000Z)",
 * or the instant alone when no time zone is known.
 */
export function whenText(notBefore: string, timeZone: string | undefined): string {
  if (timeZone === undefined || !isTimeZone(timeZone)) return `not before ${notBefore}`;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(new Date(Date.parse(notBefore)))
      .map((p) => [p.type, p.value]),
  );
  return `not before ${parts.hour}:${parts.minute} on ${parts.weekday} ${parts.day} ${parts.month} ${parts.year}, the patient's time (${timeZone}; ${notBefore})`;
}

const reasonLine = (r: { rule: string; effect: string; text: string; citation?: string }, indent = '  '): string =>
  `${indent}- ${r.rule} (${r.effect}): ${r.text}${r.citation ? ` [${r.citation}]` : ''}`;

/** "allowed on the portal", one line each; then the patient's own choices that no change overrides. */
export function counterfactualLines(report: CounterfactualReport): string[] {
  const lines = report.counterfactuals.map((c) => `  - ${c.text}`);
  if (lines.length === 0) lines.push(`  - no change of one or two facts makes it allowed${report.truncated ? ` (searched ${report.redecisions} variations, then stopped)` : ''}`);
  for (const p of report.patientChoices) lines.push(`  - ${p.text}`);
  return lines;
}

/** The route planner's answer: the sends in order, then every channel it tried. `timeZone`: the patient's, for deferred sends. */
export function routeText(route: RoutePlan, timeZone?: string): string {
  const out: string[] = [];
  if (route.plan.length === 0) {
    out.push('NO ROUTE: no channel allows this message, or a safer form of it, for this patient', '', 'Why:');
    for (const r of route.reasons ?? []) out.push(reasonLine(r));
  } else {
    out.push(`PLAN: ${route.plan.length === 1 ? 'one send' : `${route.plan.length} sends, in this order`}`, '');
    route.plan.forEach((s, i) => {
      out.push(`  ${i + 1}. ${s.channel} (${s.category}) through ${s.sender.vendor ?? 'no vendor'}${s.notBefore === undefined ? '' : `, ${whenText(s.notBefore, timeZone)}`}: ${JSON.stringify(s.body)}`);
      for (const r of s.reasons) out.push(reasonLine(r, '       '));
    });
  }
  out.push('', 'Every channel considered:');
  for (const c of route.considered) {
    const form = c.form === 'message' ? '' : ` (${c.form === 'alert' ? 'alert' : 'with words removed'})`;
    out.push(`  ${c.channel}${form}: ${c.decision.toUpperCase()}${c.reasons.length > 0 ? ` by ${c.reasons.map((r) => r.rule).join(', ')}` : ''}`);
  }
  return `${out.join('\n')}\n`;
}

/** The body with each finding wrapped by the style, labels named beside it. */
export function markFindings(req: DecisionRequest, res: DecisionResponse, style: ExplainStyle): string {
  const body = req.message.body;
  const spans = mergeSpans(res.findings.filter((f) => f.field === undefined));
  let out = '';
  let cursor = 0;
  for (const s of spans) {
    out += body.slice(cursor, s.start) + style.mark(body.slice(s.start, s.end), [...s.labels].join(','));
    cursor = s.end;
  }
  return out + body.slice(cursor);
}

/** One rule of a trace: whether it applied, its reason, then each condition with its value. */
export function ruleLines(rule: TracedRule): string[] {
  const status = rule.applied === true ? 'applied' : rule.applied === false ? 'did not apply' : `could not be evaluated (${rule.cause})`;
  const mark = rule.applied === true ? '✓' : rule.applied === false ? '·' : '?';
  const lines = [`  ${mark} ${rule.rule} (${rule.effect}) ${status}: ${rule.reason}${rule.citation ? ` [${rule.citation}]` : ''}`];
  for (const c of rule.conditions) lines.push(`      ${conditionLine(c)}`);
  return lines;
}

/** "channel in unsecured: yes (channel is sms)" */
export function conditionLine(c: TracedCondition): string {
  const value = c.value === true ? 'yes' : c.value === false ? 'no' : `unknown, ${c.cause}`;
  const shown = c.operands.map((o) => `${o.text} is ${showValue(o.value)}`).join(', ');
  return `${c.text}: ${value}${shown ? ` (${shown})` : ''}`;
}

function showValue(v: unknown): string {
  if (Array.isArray(v)) return v.length === 0 ? 'empty' : `[${v.join(', ')}]`;
  return typeof v === 'string' ? v : JSON.stringify(v);
}
