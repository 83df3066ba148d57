// The decision of the draft, for the officer: a badge, the reasons with their citations, the
// message with the classifier's findings marked, what to send instead, how the send could be
// allowed, and every rule with each condition's value. Rule names reveal the rule in the editor.
import { conditionLine, mergeSpans, vettingHint, whenText, type CounterfactualReport, type DecisionRequest, type DecisionResponse, type TracedRule } from '../../engine/index.ts';
import { h, type Child } from './dom.ts';
import { categoryName, channelName, EFFECT_MEANING, EFFECT_SYMBOL, labelMeaning } from './words.ts';

export type Explained = DecisionResponse & { trace?: { rules: TracedRule[]; counterfactuals?: CounterfactualReport } };

/** A rule's name as the page shows it: a button that reveals the rule in the editor, when it can. */
export type RuleLink = (rule: string) => Child;

export function badge(decision: DecisionResponse['decision']): HTMLElement {
  return h(
    'div',
    { class: `badge badge-${decision}`, id: 'decision-badge' },
    h('span', { class: 'badge-symbol', 'aria-hidden': 'true' }, EFFECT_SYMBOL[decision]),
    h('span', { class: 'badge-word' }, decision),
    h('span', { class: 'badge-meaning' }, EFFECT_MEANING[decision]),
  );
}

/**
 * The decision for people, in the order they need it: the decision, why, what to send instead (and
 * when), how it could be sent; then what the classifier found; the trace of every rule last, folded.
 * `timeZone`: the patient's (the request's, else the bundle's), to say when a deferred send may go.
 */
export function resultView(res: Explained, req: DecisionRequest, link: RuleLink, timeZone?: string): HTMLElement[] {
  return [
    badge(res.decision),
    section('Why', h('ul', { class: 'reasons' }, ...res.reasons.map((r) => h('li', {}, link(r.rule), ` (${r.effect}): ${r.text}`, r.citation ? h('span', { class: 'citation' }, ` ${r.citation}`) : null)))),
    section(res.decision === 'allow' ? 'Send' : 'Send instead', ...actionsView(res, timeZone)),
    res.decision !== 'allow' && res.trace?.counterfactuals ? section('How it could be sent', counterfactualsView(res.trace.counterfactuals)) : null,
    section('What the classifier found', ...markedMessage(req, res)),
    vettingView(req, res),
    res.trace ? traceView(res.trace.rules, link) : null,
  ].filter((x): x is HTMLElement => x !== null);
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'result-section' }, h('h3', {}, title), ...children);
}

/** A label as the page shows it: its name, with what it means on hover. */
const labelAbbr = (label: string): HTMLElement => h('abbr', { title: labelMeaning(label) }, label);

/** The text with each finding marked and its labels named (offsets from the response). */
export function markedText(text: string, findings: readonly { label: string; start: number; end: number }[]): HTMLElement {
  const p = h('p', { class: 'marked' });
  let cursor = 0;
  for (const s of mergeSpans(findings)) {
    const labels = [...s.labels].flatMap((l, i) => (i === 0 ? [labelAbbr(l)] : [' · ', labelAbbr(l)]));
    p.append(text.slice(cursor, s.start), h('mark', {}, text.slice(s.start, s.end), h('span', { class: 'finding-labels' }, ...labels)));
    cursor = s.end;
  }
  p.append(text.slice(cursor));
  return p;
}

/** The glossary is folded at first, and stays as the officer leaves it while the decision is redrawn. */
let glossaryOpen = false;

/** The labels found, each with its meaning: the hover's words for keyboard, touch and screen-reader users. */
function glossary(findings: readonly { label: string }[]): HTMLElement {
  const labels = [...new Set(findings.map((f) => f.label))];
  return h(
    'details',
    { class: 'glossary', open: glossaryOpen, ontoggle: (e: Event) => void (glossaryOpen = (e.target as HTMLDetailsElement).open) },
    h('summary', {}, 'What the labels mean'),
    h('dl', {}, ...labels.map((l) => [h('dt', {}, l), h('dd', {}, labelMeaning(l))]).flat()),
  );
}

function markedMessage(req: DecisionRequest, res: DecisionResponse): HTMLElement[] {
  if (res.findings.length === 0) return [h('p', {}, 'Nothing sensitive in the text.')];
  const out: HTMLElement[] = [];
  const inSubject = res.findings.filter((f) => f.field === 'subject');
  if (req.message.subject !== undefined && inSubject.length > 0) out.push(h('p', { class: 'field-name' }, 'Subject'), markedText(req.message.subject, inSubject));
  const inBody = res.findings.filter((f) => f.field === undefined);
  if (inBody.length > 0) out.push(...(inSubject.length > 0 ? [h('p', { class: 'field-name' }, 'Text')] : []), markedText(req.message.body, inBody));
  out.push(glossary(res.findings));
  return out;
}

/** The words the found-phone test could not vouch for, and the line that vets them. */
function vettingView(req: DecisionRequest, res: DecisionResponse): HTMLElement | null {
  const hint = vettingHint(req, res);
  if (hint === null) return null;
  return section(
    'Words the found-phone test cannot vouch for',
    h('p', {}, hint.words.map((w) => `"${w}"`).join(', ')),
    h('p', {}, "If they reveal nothing about a patient's care, vet them in the bundle:"),
    h('pre', { class: 'vetting-line' }, hint.line),
  );
}

function actionsView(res: DecisionResponse, timeZone: string | undefined): HTMLElement[] {
  if (res.actions.length === 0) return [h('p', {}, 'Nothing may be sent.')];
  return [
    h(
      'ol',
      { class: 'actions' },
      ...res.actions.map((a) =>
        h(
          'li',
          {},
          h('p', { class: 'action-head' }, `${channelName(a.channel)}, as ${categoryName(a.category).toLowerCase()}`),
          a.notBefore === undefined ? null : h('p', { class: 'action-when' }, `Queue it: ${whenText(a.notBefore, timeZone)}.`),
          a.subject === undefined ? null : h('p', { class: 'action-subject' }, `Subject: ${a.subject}`),
          h('blockquote', {}, a.body),
        ),
      ),
    ),
  ];
}

function counterfactualsView(report: CounterfactualReport): HTMLElement {
  const items = report.counterfactuals.map((c) => h('li', {}, c.text));
  if (items.length === 0) items.push(h('li', {}, 'No change of one or two facts makes it allowed.'));
  for (const p of report.patientChoices) items.push(h('li', { class: 'patient-choice' }, p.text));
  return h('ul', { class: 'counterfactuals' }, ...items);
}

const APPLIED: Record<string, string> = { true: 'applied', false: 'did not apply', indeterminate: 'could not be evaluated' };

/** The trace is folded at first (it is for checking a rule, not for reading a decision); it stays as the officer leaves it. */
let traceOpen = false;

function traceView(rules: readonly TracedRule[], link: RuleLink): HTMLElement {
  const applied = rules.filter((r) => r.applied === true).length;
  return h(
    'details',
    { class: 'result-section trace', open: traceOpen, ontoggle: (e: Event) => void (traceOpen = (e.target as HTMLDetailsElement).open) },
    h('summary', {}, h('h3', {}, `Every rule (${rules.length}, ${applied} applied)`)),
    h(
      'ol',
      {},
      ...rules.map((r) =>
        h(
          'li',
          { class: `trace-rule applied-${String(r.applied)}` },
          h('p', {}, h('span', { class: 'trace-status' }, APPLIED[String(r.applied)]), ' ', link(r.rule), ` (${r.effect})`, r.cause ? `: ${r.cause}` : ''),
          h('ul', { class: 'conditions' }, ...r.conditions.map((c) => h('li', { class: `condition value-${String(c.value)}` }, conditionLine(c)))),
        ),
      ),
    ),
  );
}
