// Counterfactuals: for a request that is not allowed as written, the smallest changes of facts that
// would make it allowed. Nothing is guessed: every candidate variation is decided again with the
// same policy at the same time, and only those that come out `allow` are returned. Single changes
// first; pairs only when no single change works; at most MAX_REDECISIONS decisions in all.
//
// The patient's own choices are never changed: no candidate touches `avoidChannels` or
// `doNotContact`, un-revokes a consent (or records a newer one over a revocation), or moves the
// message to a channel the patient avoided or withdrew consent for. When such a choice is what
// blocks, the report says so instead.
import { isDeepStrictEqual } from 'node:util';
import type { CompiledPolicy } from '../compile/index.ts';
import type { Finding } from '../classify/index.ts';
import { consentFor, decideValid, mergeSpans, removeSpans, type DecisionResponse } from '../decide/index.ts';
import { baaCovers, CHANNEL_INFO, CHANNELS, type Channel, type Consent, type DecisionRequest } from '../contract/index.ts';
import { practiceVendor } from './route-planner.ts';

/** Offsets into the body (or the subject, with `field`), never the words themselves. */
export interface WordSpan {
  start: number;
  end: number;
  labels: string[];
  field?: 'subject';
}

type Sender = DecisionRequest['sender'];
type Scope = Consent['scopes'][number];

/** One change of facts, machine-readable; `applyChange` turns it into the changed request. */
export type Change =
  | { kind: 'channel'; channel: Channel; sender: Sender }
  | { kind: 'consent-scope'; channel: Channel; consentIndex: number; scope: Scope }
  | { kind: 'consent-record'; channel: Channel; scopes: Scope[]; recordedAt: string }
  | { kind: 'unencrypted-email-consent'; consentIndex?: number; scopes: Scope[]; recordedAt: string }
  | { kind: 'remove-words'; labels: string[]; spans: WordSpan[] }
  | { kind: 'drop-template-fields'; fields: string[] }
  | { kind: 'vendor'; channel: Channel; vendor: string }
  | { kind: 'platform-sender'; sender: Sender };

/** A changed field: values for facts, removed offsets for message text (which is never copied). */
export interface DiffEntry {
  path: string;
  from?: unknown;
  to?: unknown;
  removed?: { start: number; end: number }[];
}

export interface Counterfactual {
  changes: Change[];
  /** Plain language, e.g. "allowed by SMS if the patient's SMS consent covered notifications". */
  text: string;
  decision: 'allow';
  diff: DiffEntry[];
}

/** A patient's own choice that blocks the send; the practice must not work around it. */
export interface PatientChoice {
  kind: 'avoided-channel' | 'consent-revoked' | 'do-not-contact';
  channel: Channel;
  text: string;
}

export interface CounterfactualReport {
  counterfactuals: Counterfactual[];
  patientChoices: PatientChoice[];
  /** Decisions made while searching. */
  redecisions: number;
  /** The search stopped at MAX_REDECISIONS before trying every candidate. */
  truncated: boolean;
}

export const MAX_REDECISIONS = 300;

/**
 * The changes that would make `req` allowed under `policy`; empty for a request already allowed.
 * `response` is the decision of `req` (its findings locate the words a change may remove).
 */
export function counterfactualsFor(policy: CompiledPolicy, req: DecisionRequest, response: DecisionResponse, options: { now?: () => number } = {}): CounterfactualReport {
  if (response.decision === 'allow') return { counterfactuals: [], patientChoices: [], redecisions: 0, truncated: false };
  const at = req.at !== undefined ? Date.parse(req.at) : (options.now ?? Date.now)();
  const ctx: Ctx = { policy, at, original: req, findings: response.findings };
  const search = new Search(policy, at, req);

  // Every single change; those that are new and not allowed are the bases for pairs.
  const bases = candidatesFor(ctx, req).map((c) => search.tryChanges(req, [c]));
  if (search.found.length === 0) {
    for (const base of bases) {
      if (!base) continue;
      const first = base.changes[0]!;
      for (const c of candidatesFor(ctx, base.request)) if (slotOf(c) !== slotOf(first)) search.tryChanges(base.request, [first, c]);
    }
  }
  const counterfactuals = distinctCounterfactuals(search.found.map((f) => ({ changes: f.changes, text: describe(ctx, f.changes), decision: 'allow' as const, diff: diffOf(req, f.request, f.changes) })));
  const channelStillPossible = search.found.some((f) => f.request.channel === req.channel);
  return {
    counterfactuals,
    patientChoices: channelStillPossible ? [] : patientChoices(req, at),
    redecisions: search.redecisions,
    truncated: search.truncated,
  };
}

// Near-duplicates: words are removed per label group, so one phrase can come back twice ("HIV
// clinic" for its HIV and SSP findings, and "HIV" inside it for its diagnosis finding), both
// allowed. The smaller change is kept: a counterfactual is dropped when another makes the same
// other changes and removes only words inside the words it removes (offsets decide, never text).

type Removal = Pick<WordSpan, 'start' | 'end' | 'field'>;

const removals = (c: Counterfactual): Removal[] => c.changes.flatMap((change) => (change.kind === 'remove-words' ? change.spans : []));

/** The changes other than removing words, in a comparable form. */
const otherChanges = (c: Counterfactual): string => JSON.stringify(c.changes.filter((change) => change.kind !== 'remove-words'));

/** Every word `inner` removes is inside a span `outer` removes (same field). */
const within = (inner: readonly Removal[], outer: readonly Removal[]): boolean => inner.every((i) => outer.some((o) => o.field === i.field && o.start <= i.start && i.end <= o.end));

/**
 * The counterfactuals in their order, less each one that another makes redundant: the same other
 * changes and a removal inside its own. Of two that remove the same words, the first is kept.
 */
export function distinctCounterfactuals(list: readonly Counterfactual[]): Counterfactual[] {
  const facts = list.map((c) => ({ other: otherChanges(c), removed: removals(c) }));
  return list.filter((_, a) => {
    const mine = facts[a]!;
    if (mine.removed.length === 0) return true;
    return !facts.some((other, b) => {
      if (b === a || other.other !== mine.other || !within(other.removed, mine.removed)) return false;
      // `other` removes no more than this one: strictly less, or the same words earlier in the list.
      return !within(mine.removed, other.removed) || b < a;
    });
  });
}

/** The request with one change applied (the changes of a counterfactual, applied in order, rebuild it). */
export function applyChange(req: DecisionRequest, change: Change): DecisionRequest {
  switch (change.kind) {
    case 'channel':
      return { ...req, channel: change.channel, sender: change.sender };
    case 'vendor':
      return { ...req, sender: { ...req.sender, vendor: change.vendor } };
    case 'platform-sender':
      return { ...req, sender: change.sender };
    case 'drop-template-fields':
      return { ...req, message: { ...req.message, templateFields: (req.message.templateFields ?? []).filter((f) => !change.fields.includes(f)) } };
    case 'remove-words':
      return { ...req, message: withoutSpans(req.message, change.spans) };
    case 'consent-scope':
      return updateConsent(req, change.consentIndex, (c) => ({ ...c, scopes: union(c.scopes, [change.scope]) }));
    case 'consent-record':
      return addConsent(req, { channel: change.channel, scopes: change.scopes, status: 'active', riskAcknowledged: true, recordedAt: change.recordedAt });
    case 'unencrypted-email-consent': {
      const requested = { unencryptedRequested: true, riskAcknowledged: true };
      return change.consentIndex === undefined
        ? addConsent(req, { channel: 'email', scopes: change.scopes, status: 'active', ...requested, recordedAt: change.recordedAt })
        : updateConsent(req, change.consentIndex, (c) => ({ ...c, scopes: union(c.scopes, change.scopes), ...requested }));
    }
  }
}

// ---- the search ----

interface Ctx {
  policy: CompiledPolicy;
  at: number;
  original: DecisionRequest;
  findings: readonly Finding[];
}

interface Tried {
  changes: Change[];
  request: DecisionRequest;
}

/** Decides each new variation once, within the budget, and keeps the allowed ones in order. */
class Search {
  readonly found: Tried[] = [];
  redecisions = 0;
  truncated = false;
  private readonly seen: Set<string>;

  constructor(
    private readonly policy: CompiledPolicy,
    private readonly at: number,
    original: DecisionRequest,
  ) {
    this.seen = new Set([keyOf(original)]);
  }

  /** The tried variation when it was new and not allowed (a base for pairs), else undefined. */
  tryChanges(base: DecisionRequest, changes: Change[]): Tried | undefined {
    const request = applyChange(base, changes[changes.length - 1]!);
    const key = keyOf(request);
    if (this.seen.has(key)) return undefined;
    if (this.redecisions >= MAX_REDECISIONS) {
      this.truncated = true;
      return undefined;
    }
    this.seen.add(key);
    this.redecisions++;
    const tried = { changes, request };
    if (this.allowed(request)) {
      this.found.push(tried);
      return undefined;
    }
    return tried;
  }

  /** A decision that fails is not an allow (fail closed). */
  private allowed(request: DecisionRequest): boolean {
    try {
      return decideValid(this.policy, request, { now: () => this.at }).decision === 'allow';
    } catch {
      return false;
    }
  }
}

/**
 * Identifies a variation for de-duplication. Plain JSON.stringify suffices: every change builds its
 * objects with the same key order whichever order changes are applied in.
 */
const keyOf = (req: DecisionRequest): string => JSON.stringify(req);

type Slot = 'channel' | 'consent' | 'words' | 'fields' | 'sender';

function slotOf(c: Change): Slot {
  switch (c.kind) {
    case 'channel':
      return 'channel';
    case 'consent-scope':
    case 'consent-record':
    case 'unencrypted-email-consent':
      return 'consent';
    case 'remove-words':
      return 'words';
    case 'drop-template-fields':
      return 'fields';
    case 'vendor':
    case 'platform-sender':
      return 'sender';
  }
}

/** The single changes worth trying on `req`, in the order they are reported. */
function candidatesFor(ctx: Ctx, req: DecisionRequest): Change[] {
  return [...channelChanges(ctx, req), ...consentChanges(ctx, req), ...wordChanges(ctx, req), ...templateChanges(ctx, req), ...senderChanges(ctx, req)];
}

/** A channel the patient avoided or withdrew consent for is never proposed. */
function patientAllows(req: DecisionRequest, channel: Channel, at: number): boolean {
  return !(req.patient.avoidChannels ?? []).includes(channel) && consentFor(req.patient.consents, channel, at)?.status !== 'revoked';
}

function channelChanges({ policy, at }: Ctx, req: DecisionRequest): Change[] {
  return CHANNELS.filter((c) => c !== req.channel && patientAllows(req, c, at)).map((channel) => {
    const vendor = practiceVendor(policy, channel, at);
    return { kind: 'channel', channel, sender: vendor === undefined ? { kind: 'platform' } : { kind: 'platform', vendor } };
  });
}

function consentChanges({ policy, at }: Ctx, req: DecisionRequest): Change[] {
  const channel = req.channel;
  if (!patientAllows(req, channel, at)) return [];
  // The checker only accepts contract scopes as `scope` list names.
  const scope = policy.scopeOf.get(req.message.category) as Scope | undefined;
  const needed: Scope[] = scope === undefined ? [] : [scope];
  const consent = consentFor(req.patient.consents, channel, at);
  const index = consent === undefined ? undefined : req.patient.consents.indexOf(consent);
  const recordedAt = new Date(at).toISOString();
  const out: Change[] = [];
  if (consent === undefined) out.push({ kind: 'consent-record', channel, scopes: needed, recordedAt });
  else if (scope !== undefined && !consent.scopes.includes(scope)) out.push({ kind: 'consent-scope', channel, consentIndex: index!, scope });
  // Unencrypted email carries clinical content only at the patient's documented request.
  const clinical = union<Scope>(needed, ['clinical']);
  const requested = consent?.unencryptedRequested === true && consent.riskAcknowledged === true && clinical.every((s) => consent.scopes.includes(s));
  if (channel === 'email' && !requested) out.push({ kind: 'unencrypted-email-consent', ...(index === undefined ? {} : { consentIndex: index }), scopes: clinical, recordedAt });
  return out;
}

/**
 * Remove the words of one label group at a time: the policy's `labels` lists (and each label in
 * none), then every labelled word at once. Offsets refer to the original text, so word changes are
 * only made on it.
 */
function wordChanges({ policy, findings, original }: Ctx, req: DecisionRequest): Change[] {
  const sameText = req.message.body === original.message.body && req.message.subject === original.message.subject;
  if (!sameText || findings.length === 0) return [];
  const found = [...new Set(findings.map((f) => f.label))];
  const lists = [...policy.checked.lists.values()].filter((l) => l.kind === 'labels').map((l) => l.values);
  const groups = [
    ...lists.map((values) => found.filter((l) => values.includes(l))),
    ...found.filter((l) => !lists.some((values) => values.includes(l))).map((l) => [l]),
    found,
  ];
  const seen = new Set<string>();
  const out: Change[] = [];
  for (const labels of groups) {
    const key = [...labels].sort().join(',');
    if (labels.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push({ kind: 'remove-words', labels, spans: spansOf(findings.filter((f) => labels.includes(f.label))) });
  }
  return out;
}

function spansOf(findings: readonly Finding[]): WordSpan[] {
  const inField = (field: 'subject' | undefined): WordSpan[] =>
    mergeSpans(findings.filter((f) => f.field === field)).map((s) => ({ start: s.start, end: s.end, labels: [...s.labels], ...(field ? { field } : {}) }));
  return [...inField(undefined), ...inField('subject')];
}

/** Drop the template fields the policy's `fields` lists name (e.g. visit reason, department). */
function templateChanges({ policy }: Ctx, req: DecisionRequest): Change[] {
  const used = req.message.templateFields ?? [];
  const listed = new Set([...policy.checked.lists.values()].filter((l) => l.kind === 'fields').flatMap((l) => l.values));
  const fields = used.filter((f) => listed.has(f));
  return fields.length === 0 ? [] : [{ kind: 'drop-template-fields', fields }];
}

function senderChanges({ policy, at }: Ctx, req: DecisionRequest): Change[] {
  const current = req.sender.vendor === undefined ? undefined : policy.vendors.get(req.sender.vendor);
  const covered = baaCovers(current, req.channel, at);
  const practice = practiceVendor(policy, req.channel, at);
  if (req.sender.kind === 'staff_personal_device') {
    const vendor = covered ? req.sender.vendor : practice;
    return [{ kind: 'platform-sender', sender: vendor === undefined ? { kind: 'platform' } : { kind: 'platform', vendor } }];
  }
  return !covered && practice !== undefined && practice !== req.sender.vendor ? [{ kind: 'vendor', channel: req.channel, vendor: practice }] : [];
}

// ---- applying changes ----

function updateConsent(req: DecisionRequest, index: number, change: (c: Consent) => Consent): DecisionRequest {
  return { ...req, patient: { ...req.patient, consents: req.patient.consents.map((c, i) => (i === index ? change(c) : c)) } };
}

function addConsent(req: DecisionRequest, consent: Consent): DecisionRequest {
  return { ...req, patient: { ...req.patient, consents: [...req.patient.consents, consent] } };
}

function withoutSpans(message: DecisionRequest['message'], spans: readonly WordSpan[]): DecisionRequest['message'] {
  const body = removeSpans(message.body, spans.filter((s) => s.field === undefined));
  if (message.subject === undefined) return { ...message, body };
  return { ...message, body, subject: removeSpans(message.subject, spans.filter((s) => s.field === 'subject')) };
}

const union = <T>(a: readonly T[], b: readonly T[]): T[] => [...new Set([...a, ...b])];

// ---- describing ----

const vendorName = (policy: CompiledPolicy, id: string | undefined): string => (id === undefined ? 'no vendor' : (policy.vendors.get(id)?.name ?? id));

/** "allowed by email through Postbox Mail if the patient's email consent covered clinical" */
function describe(ctx: Ctx, changes: readonly Change[]): string {
  let where: string | undefined;
  const ifs: string[] = [];
  for (const c of changes) {
    const part = phrase(ctx, c);
    if (part.where !== undefined) where = part.where;
    if (part.if !== undefined) ifs.push(part.if);
  }
  return ['allowed', where, ifs.length > 0 ? `if ${ifs.join(' and ')}` : undefined].filter((s) => s !== undefined).join(' ');
}

function phrase({ policy, original }: Ctx, c: Change): { where?: string; if?: string } {
  switch (c.kind) {
    case 'channel': {
      const through = c.channel !== 'portal' && c.sender.vendor !== original.sender.vendor ? ` through ${vendorName(policy, c.sender.vendor)}` : '';
      return { where: `${CHANNEL_INFO[c.channel].where}${through}` };
    }
    case 'consent-scope':
      return { where: CHANNEL_INFO[c.channel].where, if: `the patient's ${CHANNEL_INFO[c.channel].name} consent covered ${c.scope}` };
    case 'consent-record':
      return { where: CHANNEL_INFO[c.channel].where, if: `the patient gave consent to ${CHANNEL_INFO[c.channel].name}${c.scopes.length > 0 ? ` for ${c.scopes.join(' and ')} messages` : ''}, with the risk acknowledged` };
    case 'unencrypted-email-consent':
      return { where: CHANNEL_INFO.email.where, if: `the patient asked for unencrypted email for ${c.scopes.join(' and ')} messages after being told the risk (recorded in the consent)` };
    case 'remove-words':
      return { if: removedWords(original, c.spans) };
    case 'drop-template-fields':
      return { if: `the template did not pull in ${c.fields.join(', ')}` };
    case 'vendor':
      return { if: `it went through ${vendorName(policy, c.vendor)}, whose BAA covers ${CHANNEL_INFO[c.channel].name}` };
    case 'platform-sender':
      return { if: `it went through the practice's platform, ${vendorName(policy, c.sender.vendor)}, instead of a staff member's personal phone` };
  }
}

/**
 * "the words 'HIV clinic' were removed". Quoting the words is deliberate: this text goes back to the
 * operator who wrote the message (explain output, the API caller), never to logs or the audit trail.
 * The machine-readable change and diff carry offsets only.
 */
function removedWords(req: DecisionRequest, spans: readonly WordSpan[]): string {
  const quoted = spans.map((s) => `'${(s.field === 'subject' ? (req.message.subject ?? '') : req.message.body).slice(s.start, s.end)}'`);
  const one = quoted.length === 1 && !quoted[0]!.includes(' ');
  return `the ${one ? 'word' : 'words'} ${quoted.join(' and ')} ${one ? 'was' : 'were'} removed`;
}

function patientChoices(req: DecisionRequest, at: number): PatientChoice[] {
  const channel = req.channel;
  const name = CHANNEL_INFO[channel].name;
  const out: PatientChoice[] = [];
  if (req.patient.doNotContact === true) {
    out.push({ kind: 'do-not-contact', channel, text: "The patient asked not to be contacted at all; no change on the practice's side allows it." });
  }
  if ((req.patient.avoidChannels ?? []).includes(channel)) {
    out.push({ kind: 'avoided-channel', channel, text: `The patient asked not to be contacted by ${name}; no change on the practice's side allows it.` });
  }
  if (consentFor(req.patient.consents, channel, at)?.status === 'revoked') {
    out.push({ kind: 'consent-revoked', channel, text: `The patient withdrew consent for ${name}; no change on the practice's side allows it.` });
  }
  return out;
}

// ---- the diff ----

const TEXT_PATHS = new Set(['message.body', 'message.subject']);

/** Every changed leaf of the request, by path; changed message text shows removed offsets only. */
function diffOf(before: DecisionRequest, after: DecisionRequest, changes: readonly Change[]): DiffEntry[] {
  const spans = changes.flatMap((c) => (c.kind === 'remove-words' ? c.spans : []));
  const out: DiffEntry[] = [];
  const walk = (a: unknown, b: unknown, path: string): void => {
    if (isDeepStrictEqual(a, b)) return;
    if (TEXT_PATHS.has(path)) {
      const field = path === 'message.subject' ? 'subject' : undefined;
      out.push({ path, removed: spans.filter((s) => s.field === field).map(({ start, end }) => ({ start, end })) });
    } else if (isRecord(a) && isRecord(b) && !Array.isArray(a) && !Array.isArray(b)) {
      for (const k of union(Object.keys(a), Object.keys(b))) walk(a[k], b[k], path ? `${path}.${k}` : k);
    } else if (Array.isArray(a) && Array.isArray(b) && a.every(isRecord) && b.every(isRecord)) {
      for (let i = 0; i < Math.max(a.length, b.length); i++) walk(a[i], b[i], `${path}[${i}]`);
    } else out.push({ path, ...(a === undefined ? {} : { from: a }), ...(b === undefined ? {} : { to: b }) });
  };
  walk(before, after, '');
  return out;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * The response with `trace.counterfactuals` added (explain=full). Counterfactuals only make sense
 * under the policy that decided, so a response from another policy (a reload in between) is
 * returned unchanged.
 */
export function withCounterfactuals(policy: CompiledPolicy, req: DecisionRequest, res: DecisionResponse, options: { now?: () => number } = {}): DecisionResponse & { trace?: { counterfactuals?: CounterfactualReport } } {
  if (policy.digest !== res.policy.digest) return res;
  return { ...res, trace: { rules: res.trace?.rules ?? [], counterfactuals: counterfactualsFor(policy, req, res, options) } };
}
