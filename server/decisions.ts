// Decide and record: every answered decision is in the audit store before the response leaves.
// If the store cannot record it, the caller gets 503 and no decision (never an unrecorded allow).
import { AuditUnavailableError, requestHash, type AuditEntry, type AuditStore } from '../engine/audit/index.ts';
import { decideValid, ENGINE_VERSION, parseRequest, type CompiledPolicy, type DecisionRequest, type DecisionResponse } from '../engine/index.ts';
import { errorBody, HttpError, type ErrorBody } from './errors.ts';
import type { Metrics } from './metrics.ts';
import type { PolicyHolder } from './policy-holder.ts';

export interface DecisionContext {
  holder: PolicyHolder;
  audit: AuditStore;
  auditKey: Buffer;
  metrics: Metrics;
  now?: () => number;
}

/** Decide one already-validated request and record it. Throws HttpError on failure. */
export function decideAndRecord(ctx: DecisionContext, req: DecisionRequest, trace: boolean): DecisionResponse {
  const policy = ctx.holder.current; // read once: the decision and its record name the same policy
  const response = decideOrFail(policy, req, trace, ctx.now);
  record(ctx, () => ctx.audit.append(entryOf(ctx, policy, req, response)));
  count(ctx, response);
  return response;
}

/** Decide a batch: bad items get an error in their place; the decisions are recorded in one transaction. */
export function decideBatchAndRecord(ctx: DecisionContext, inputs: readonly unknown[]): (DecisionResponse | { error: ErrorBody })[] {
  const policy = ctx.holder.current;
  const entries: AuditEntry[] = [];
  const results = inputs.map((input, index) => {
    const parsed = parseRequest(input);
    if (!parsed.ok) return { error: errorBody(400, 'INVALID_REQUEST', `requests[${index}]: ${parsed.error.message}`, parsed.error.issues) };
    try {
      const response = decideOrFail(policy, parsed.value, false, ctx.now);
      entries.push(entryOf(ctx, policy, parsed.value, response));
      return response;
    } catch (e) {
      const err = e as HttpError;
      return { error: errorBody(err.statusCode, err.code, `requests[${index}]: ${err.message}`) };
    }
  });
  record(ctx, () => ctx.audit.appendMany(entries));
  for (const r of results) if (!('error' in r)) count(ctx, r);
  return results;
}

function decideOrFail(policy: CompiledPolicy, req: DecisionRequest, trace: boolean, now: (() => number) | undefined): DecisionResponse {
  try {
    return decideValid(policy, req, now ? { trace, now } : { trace });
  } catch (e) {
    throw new HttpError(500, 'DECISION_FAILED', `The decision could not be completed (${(e as Error).message}); treat this send as denied`);
  }
}

function record(ctx: DecisionContext, write: () => unknown): void {
  try {
    write();
  } catch (e) {
    if (e instanceof AuditUnavailableError) throw new HttpError(503, 'AUDIT_UNAVAILABLE', 'The audit trail cannot record decisions right now; no decision was made, treat the send as denied');
    throw e;
  }
}

function entryOf(ctx: DecisionContext, policy: CompiledPolicy, req: DecisionRequest, res: DecisionResponse): AuditEntry {
  return {
    decisionId: res.decisionId,
    time: new Date().toISOString(),
    policy: res.policy,
    engineVersion: ENGINE_VERSION,
    requestHash: requestHash(ctx.auditKey, req),
    decision: res.decision,
    rules: res.reasons.map((r) => r.rule),
    labels: [...new Set(res.findings.map((f) => f.label))],
    channel: req.channel,
    category: req.message.category,
  };
}

function count(ctx: DecisionContext, res: DecisionResponse): void {
  for (const r of res.reasons) ctx.metrics.decisions.inc({ decision: res.decision, rule: r.rule });
}
