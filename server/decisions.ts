// Decide and record: every answered decision is in the audit store before the response leaves.
// If the store cannot record it, the caller gets 503 and no decision (never an unrecorded allow).
import { AuditUnavailableError, requestHasher, type AuditEntry, type AuditStore } from '../audit/index.ts';
import { canonicalRequestJson, decideValid, ENGINE_VERSION, parseJsonRequest, type CompiledPolicy, type DecisionRequest, type DecisionResponse } from '../engine/index.ts';
import { errorBody, HttpError, type ErrorBody } from './errors.ts';
import { groupCommit } from './group-commit.ts';
import type { Metrics } from './metrics.ts';
import type { PolicyHolder } from './policy-holder.ts';

export interface DecisionContext {
  holder: PolicyHolder;
  audit: AuditStore;
  /** requestHash under the audit key. */
  hashRequest: (req: DecisionRequest) => string;
  /** Records one decision in the transaction of this turn of the event loop (see group-commit.ts). */
  record: (entry: AuditEntry) => Promise<void>;
  metrics: Metrics;
  /** The clock for requests without `at` and for audit record times (tests pin it). */
  now?: () => number;
}

export function decisionContext(o: { holder: PolicyHolder; audit: AuditStore; auditKey: Buffer; metrics: Metrics; now?: () => number }): DecisionContext {
  return {
    holder: o.holder,
    audit: o.audit,
    hashRequest: requestHasher(o.auditKey, canonicalRequestJson),
    record: groupCommit(o.audit),
    metrics: o.metrics,
    ...(o.now ? { now: o.now } : {}),
  };
}

export type BatchResult = DecisionResponse | { error: ErrorBody };

/** Decide one already-validated request; resolves once it is recorded. Rejects with HttpError on failure. */
export async function decideAndRecord(ctx: DecisionContext, req: DecisionRequest, trace: boolean, policy: CompiledPolicy = ctx.holder.current): Promise<DecisionResponse> {
  // One policy for the decision and its record (callers that explain it pass the same one on).
  const response = decideOrFail(ctx, policy, req, trace);
  try {
    await ctx.record(auditEntry(ctx, req, response));
  } catch (e) {
    throw unrecorded(e);
  }
  ctx.metrics.countDecision(response);
  return response;
}

/**
 * Decide a batch under `policy`: bad items get an error in their place; the decisions are recorded in one
 * transaction, committed before this resolves.
 */
export async function decideBatchAndRecord(ctx: DecisionContext, inputs: readonly unknown[], policy: CompiledPolicy): Promise<BatchResult[]> {
  const entries: AuditEntry[] = [];
  const results = inputs.map((input, index): BatchResult => {
    const parsed = parseJsonRequest(input); // the items of a JSON body
    if (!parsed.ok) return { error: errorBody(400, 'INVALID_REQUEST', `requests[${index}]: ${parsed.error.message}`, parsed.error.issues) };
    let response: DecisionResponse;
    try {
      response = decideOrFail(ctx, policy, parsed.value, false);
    } catch (e) {
      const err = e as HttpError;
      return { error: errorBody(err.statusCode, err.code, `requests[${index}]: ${err.message}`) };
    }
    entries.push(auditEntry(ctx, parsed.value, response));
    return response;
  });
  try {
    await ctx.audit.appendMany(entries);
  } catch (e) {
    throw unrecorded(e);
  }
  for (const r of results) if (!('error' in r)) ctx.metrics.countDecision(r);
  return results;
}

const DECISION_FAILED_MESSAGE = 'The decision could not be completed because of an internal fault; treat this send as denied';

function decideOrFail(ctx: DecisionContext, policy: CompiledPolicy, req: DecisionRequest, trace: boolean): DecisionResponse {
  try {
    return decideValid(policy, req, ctx.now ? { trace, now: ctx.now } : { trace });
  } catch (e) {
    // The fault's own text may quote the request: it goes to the log (as frames only), not to the caller.
    throw new HttpError(500, 'DECISION_FAILED', DECISION_FAILED_MESSAGE, undefined, { cause: e });
  }
}

/** The error to answer when a decision could not be recorded: 503 when the store is unavailable. */
function unrecorded(e: unknown): unknown {
  if (!(e instanceof AuditUnavailableError)) return e;
  return new HttpError(503, 'AUDIT_UNAVAILABLE', 'The audit trail cannot record decisions right now; no decision was made, treat the send as denied', undefined, { cause: e });
}

/** The audit record of one decision: what was decided, under which policy, for which request (as a keyed hash). */
export function auditEntry(ctx: Pick<DecisionContext, 'hashRequest' | 'now'>, req: DecisionRequest, res: DecisionResponse): AuditEntry {
  return {
    decisionId: res.decisionId,
    time: isoTime((ctx.now ?? Date.now)()),
    policy: res.policy,
    engineVersion: ENGINE_VERSION,
    requestHash: ctx.hashRequest(req),
    decision: res.decision,
    rules: res.reasons.map((r) => r.rule),
    labels: [...new Set(res.findings.map((f) => f.label))],
    channel: req.channel,
    category: req.message.category,
  };
}

let lastMs = Number.NaN;
let lastIso = '';
/** ISO text of an epoch time; decisions come many to the millisecond, so the last one is reused. */
function isoTime(ms: number): string {
  if (ms !== lastMs) {
    lastIso = new Date(ms).toISOString();
    lastMs = ms;
  }
  return lastIso;
}
