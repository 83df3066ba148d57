// One decision: request → facts (with the classifier's findings) → rules → combined effect →
// the concrete sends (`actions`) → response. The hot path allocates little: reasons are shared,
// rules come from the channel × category index, and the tracer exists only when asked for.
import { Tracer, type CompiledPolicy, type Effect, type Outcome, type Reason, type TracedRule } from '../compile/index.ts';
import type { Finding } from '../classify/index.ts';
import { evaluate, evaluateTraced } from './evaluator.ts';
import { NO_TIER } from '../check/index.ts';
import { baaCovers, parseDate, parseJsonRequest, parseRequest, withLabelSystems, type Consent, type DecisionRequest, type Facts, type RequestError } from '../contract/index.ts';
import { ulid } from './ids.ts';
import { planDowngrade, sendAsRequested, type Action, type PlanContext } from './actions.ts';

export interface DecisionResponse {
  decision: Effect;
  decisionId: string;
  messageId?: string;
  policy: Readonly<{ name: string; version: string; digest: string }>;
  reasons: readonly Reason[];
  findings: Finding[];
  actions: Action[];
  trace?: { rules: TracedRule[] };
}

export interface DecideOptions {
  /** Record every rule and condition (explain mode). */
  trace?: boolean;
  /** The clock for requests without `at` (tests pin it). */
  now?: () => number;
}

export interface InternalError {
  code: 'engine/internal';
  message: string;
}

export type DecisionError = RequestError | InternalError;
export type DecideResult = { ok: true; response: DecisionResponse } | { ok: false; error: DecisionError };

/** Validate and decide one request. Never throws: bad input and internal faults are error results. */
export function decide(policy: CompiledPolicy, input: unknown, options: DecideOptions = {}): DecideResult {
  return decideParsed(policy, readRequest(parseRequest, input), options);
}

/**
 * parseRequest, for values from library callers: reading one can run their code (a getter, a Proxy trap)
 * and that code can throw. Such a request could not be read: an error result like any bad input. The
 * thrown error is not quoted (it may say anything, the patient's data included).
 */
function readRequest(parse: typeof parseRequest, input: unknown): ReturnType<typeof parseRequest> {
  try {
    return parse(input);
  } catch {
    const message = "reading it threw an exception (a getter or a Proxy trap of the caller's object)";
    return { ok: false, error: { code: 'request/invalid', message: `invalid request: the request could not be read: ${message}`, issues: [{ path: '(request)', message: `The request could not be read: ${message}` }] } };
  }
}

/**
 * decide() for a value fresh from JSON.parse (plain objects and arrays, no getters), as a batch job or a
 * service reads requests: the compiled check validates it (parseJsonRequest), zod only when it fails.
 */
export function decideJson(policy: CompiledPolicy, json: unknown, options: DecideOptions = {}): DecideResult {
  return decideParsed(policy, readRequest(parseJsonRequest, json), options);
}

function decideParsed(policy: CompiledPolicy, parsed: ReturnType<typeof parseRequest>, options: DecideOptions): DecideResult {
  if (!parsed.ok) return { ok: false, error: parsed.error };
  try {
    return { ok: true, response: decideValid(policy, parsed.value, options) };
  } catch (e) {
    return { ok: false, error: { code: 'engine/internal', message: `the decision could not be completed: ${faultText(e)}; treat this send as denied` } };
  }
}

/** The message of whatever a fault threw; anything else thrown (or a message that cannot be read) is named, never read. */
function faultText(e: unknown): string {
  try {
    return e instanceof Error && typeof e.message === 'string' ? e.message : `a thrown ${typeof e}`;
  } catch {
    return 'a thrown value that cannot be read';
  }
}

/** Decide many requests; a bad one yields an error in its place and the rest go on. */
export function decideMany(policy: CompiledPolicy, inputs: readonly unknown[], options: DecideOptions = {}): DecideResult[] {
  return inputs.map((input) => decide(policy, input, options));
}

/** Decide a request already validated against the contract (the hot path). */
export function decideValid(policy: CompiledPolicy, req: DecisionRequest, options: DecideOptions = {}): DecisionResponse {
  const at = req.at !== undefined ? parseDate(req.at) : (options.now ?? Date.now)();
  const classified = classify(policy, req);
  const tracer = options.trace ? new Tracer() : undefined;
  const outcome = classified.fault ?? run(policy, buildFacts(policy, req, at, classified.findings), tracer);
  const response = responseOf(policy, req, outcome, classified.findings);
  if (outcome.effect === 'allow') response.actions = [sendAsRequested(req)];
  else if (outcome.effect === 'downgrade') applyDowngrade(policy, req, at, outcome, classified.findings, response);
  if (tracer) response.trace = { rules: tracer.rules };
  return response;
}

/** The response before its actions, `messageId` in its place only when given (no object spread: the hot path). */
function responseOf(policy: CompiledPolicy, req: DecisionRequest, outcome: Outcome, findings: readonly Finding[]): DecisionResponse {
  const decision = outcome.effect;
  const decisionId = ulid();
  const messageId = req.message.id;
  const reasons = outcome.reasons as Reason[];
  const shown = withLabelSystems(findings); // each label that is a code names its system (contract/codes.ts)
  return messageId === undefined
    ? { decision, decisionId, policy: policy.identity, reasons, findings: shown, actions: [] }
    : { decision, decisionId, messageId, policy: policy.identity, reasons, findings: shown, actions: [] };
}

function run(policy: CompiledPolicy, facts: Facts, tracer: Tracer | undefined): Outcome {
  return tracer ? evaluateTraced(policy.rules, policy.defaultOutcome, facts, tracer) : evaluate(policy.rules, policy.defaultOutcome, facts);
}

/** Turn a downgrade into sends, or into a deny when no safe form of the message exists. */
function applyDowngrade(policy: CompiledPolicy, req: DecisionRequest, at: number, outcome: Outcome, findings: readonly Finding[], response: DecisionResponse): void {
  const actions = planDowngrade(outcome.strategies, new Redecision(policy, req, findings, at));
  if (actions) {
    response.actions = actions;
    return;
  }
  response.decision = 'deny';
  response.reasons = [...outcome.reasons, NO_SAFE_FORM];
}

/** Decides the variants a downgrade proposes again (an object, not a closure per decision: this is the hot path). */
class Redecision implements PlanContext {
  readonly portalVendor: string | undefined;
  readonly timeZone: string | undefined;

  constructor(
    private readonly policy: CompiledPolicy,
    readonly request: DecisionRequest,
    readonly findings: readonly Finding[],
    readonly at: number,
  ) {
    this.portalVendor = policy.settings.portal_vendor;
    this.timeZone = request.patient.timeZone ?? policy.settings.time_zone;
  }

  /** A variant that keeps the message (its content routed to another channel) keeps its findings; `at` for a deferred send. */
  redecide(variant: DecisionRequest, at: number = this.at): Effect {
    return effectOf(this.policy, variant, at, variant.message === this.request.message ? this.findings : alertFindings(this.policy, variant));
  }
}

const NO_SAFE_FORM: Reason = Object.freeze({
  rule: 'no-safe-form',
  effect: 'deny',
  text: 'The message may not go out as written, and no safer form of it (redacted, or moved to the portal) is allowed for this patient',
});

/** The effect alone, for re-deciding the sends a downgrade proposes (no nested downgrades). */
function effectOf(policy: CompiledPolicy, req: DecisionRequest, at: number, findings: readonly Finding[] | undefined): Effect {
  const classified = findings === undefined ? classify(policy, req) : { findings };
  return classified.fault ? 'deny' : run(policy, buildFacts(policy, req, at, classified.findings), undefined).effect;
}

/** Per policy: each alert text of its downgrades, with its findings once classified. */
const ALERTS = new WeakMap<CompiledPolicy, Map<string, readonly Finding[] | undefined>>();

/**
 * The findings of a downgrade's alert. Alerts are policy constants (no PHI), so each is classified
 * once per policy instead of on every downgrade; any other text gives undefined (classify it).
 */
function alertFindings(policy: CompiledPolicy, variant: DecisionRequest): readonly Finding[] | undefined {
  let alerts = ALERTS.get(policy);
  if (alerts === undefined) {
    alerts = new Map();
    for (const r of policy.rules.rules) for (const s of r.strategies) if (s.kind === 'route' && s.alert !== undefined) alerts.set(s.alert, undefined);
    ALERTS.set(policy, alerts);
  }
  const { body, subject } = variant.message;
  if (subject !== undefined || !alerts.has(body)) return undefined;
  const known = alerts.get(body);
  if (known !== undefined) return known;
  const classified = classify(policy, variant);
  if (classified.fault) return undefined; // not kept: effectOf classifies again and denies
  alerts.set(body, classified.findings);
  return classified.findings;
}

const NO_FINDINGS: readonly Finding[] = Object.freeze([]);
/** A message without text: shared, as most requests in a busy stream are. */
const NOTHING_TO_CLASSIFY = Object.freeze({ findings: NO_FINDINGS });

/** Classify the text; a classifier fault denies (fail closed) instead of deciding without findings. */
function classify(policy: CompiledPolicy, req: DecisionRequest): { findings: readonly Finding[]; fault?: Outcome } {
  const { body, subject } = req.message;
  if (body.length === 0 && !subject) return NOTHING_TO_CLASSIFY;
  try {
    return { findings: policy.classifier.classify(req.message) };
  } catch (e) {
    const reason = { rule: 'classifier', effect: 'deny' as const, text: `The message text could not be classified (${(e as Error).message}); denied (fail closed)`, indeterminate: true };
    return { findings: NO_FINDINGS, fault: { effect: 'deny', reasons: [reason], downgrades: [], strategies: [], isDefault: false } };
  }
}

export function buildFacts(policy: CompiledPolicy, req: DecisionRequest, at: number, findings: readonly Finding[]): Facts {
  const consent = consentFor(req.patient.consents, req.channel, at);
  const vendor = req.sender.vendor === undefined ? undefined : policy.vendors.get(req.sender.vendor);
  return {
    request: req,
    tier: policy.tierOf.get(req.message.category) ?? NO_TIER,
    scope: policy.scopeOf.get(req.message.category),
    templateFields: req.message.templateFields ?? NO_TEMPLATE_FIELDS,
    findings,
    labels: labelsOf(findings),
    consent,
    vendor,
    vendorCovers: baaCovers(vendor, req.channel, at),
    at,
    timeZone: req.patient.timeZone ?? policy.settings.time_zone,
    quietHours: policy.checked.quietHours,
  };
}

function labelsOf(findings: readonly Finding[]): readonly string[] {
  if (findings.length === 0) return NO_LABELS;
  return [...new Set(findings.map((f) => f.label))];
}
const NO_LABELS: readonly string[] = Object.freeze([]);
const NO_TEMPLATE_FIELDS: readonly string[] = Object.freeze([]);

/**
 * The consent that governs this channel at `at`: the most recently recorded one (consents recorded
 * after `at` do not exist yet). When two tie, a revocation wins.
 */
export function consentFor(consents: readonly Consent[], channel: string, at: number): Consent | undefined {
  let best: Consent | undefined;
  let bestAt = -Infinity;
  for (const c of consents) {
    if (c.channel !== channel) continue;
    const t = c.recordedAt === undefined ? -Infinity : parseDate(c.recordedAt);
    if (t > at) continue;
    if (best === undefined || t > bestAt || (t === bestAt && c.status === 'revoked')) {
      best = c;
      bestAt = t;
    }
  }
  return best;
}
