// Decide and record: every answered decision is in the audit store before the response leaves.
// If the store cannot record it, the caller gets 503 and no decision (never an unrecorded allow).
import { AuditUnavailableError, requestHasher, takesPreparedLeaves, type AuditEntry, type AuditStore } from '../audit/index.ts';
import { canonicalRequestJson, decideValid, ENGINE_VERSION, parseJsonRequest, type CompiledPolicy, type DecisionRequest, type DecisionResponse } from '../engine/index.ts';
import { parsedItems, type RawBatch } from './batch-body.ts';
import { BatchPool, type BatchTaskResult } from './batch-pool.ts';
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
  /** Worker threads for large batches (started on the first one; PHIGATE_BATCH_WORKERS=0: none). */
  batchPool?: BatchPool;
}

export function decisionContext(o: { holder: PolicyHolder; audit: AuditStore; auditKey: Buffer; metrics: Metrics; now?: () => number }): DecisionContext {
  const workers = BatchPool.defaultSize();
  return {
    holder: o.holder,
    audit: o.audit,
    hashRequest: requestHasher(o.auditKey, canonicalRequestJson),
    record: groupCommit(o.audit),
    metrics: o.metrics,
    ...(o.now ? { now: o.now } : {}),
    ...(workers > 0 && takesPreparedLeaves(o.audit) ? { batchPool: new BatchPool(workers, o.auditKey) } : {}),
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
 * The answer to a batch: a body whose items were left raw (batch-body.ts) is decided on the worker
 * threads, as the UTF-8 JSON of `{results}`; other bodies, and batches the workers could not decide, are
 * decided here (decideBatchAndRecord). Either way every decision in it is committed, in one commit,
 * before this resolves.
 */
export async function decideBatchAnswer(ctx: DecisionContext, items: RawBatch | readonly unknown[], policy: CompiledPolicy): Promise<Buffer | { results: BatchResult[] }> {
  if (isRaw(items) && ctx.batchPool && takesPreparedLeaves(ctx.audit)) {
    const parts = await ctx.batchPool.run(policy, ctx.holder.dir, items, (ctx.now ?? Date.now)());
    if (parts.every((p) => p.ok)) {
      const done = parts as Extract<BatchTaskResult, { ok: true }>[];
      try {
        await ctx.audit.appendPrepared(done.map((p) => p.leaves));
      } catch (e) {
        throw unrecorded(e);
      }
      for (const part of done) for (const [decision, rules, times] of part.outcomes) ctx.metrics.countDecision({ decision, reasons: rules.map((rule) => ({ rule })) }, times);
      return Buffer.concat([RESULTS_OPEN, ...done.flatMap((p, i) => (i === 0 ? [p.answer] : [COMMA, p.answer])), RESULTS_CLOSE]);
    }
    // An item the workers could not read (its error comes from parsing the body whole), a worker that
    // could not decide under this policy (a reload raced it) or failed: decide here instead.
  }
  return { results: await decideBatchAndRecord(ctx, isRaw(items) ? parsedItems(items) : items, policy) };
}

const isRaw = (items: RawBatch | readonly unknown[]): items is RawBatch => !Array.isArray(items);

const RESULTS_OPEN = Buffer.from('{"results":[');
const COMMA = Buffer.from(',');
const RESULTS_CLOSE = Buffer.from(']}');

/**
 * Decide a batch under `policy` on this thread: bad items get an error in their place; the decisions are
 * recorded in one transaction, committed before this resolves.
 */
export async function decideBatchAndRecord(ctx: DecisionContext, inputs: readonly unknown[], policy: CompiledPolicy): Promise<BatchResult[]> {
  const entries: AuditEntry[] = [];
  const results = inputs.map((input, index): BatchResult => {
    const item = decideBatchItem(ctx, policy, input, index);
    if (item.entry) entries.push(item.entry);
    return item.result;
  });
  try {
    await ctx.audit.appendMany(entries);
  } catch (e) {
    throw unrecorded(e);
  }
  for (const r of results) if (!('error' in r)) ctx.metrics.countDecision(r);
  return results;
}

/**
 * One item of a batch: its answer (a decision, or an error in its place) and, for a decision, its audit
 * entry. The same code decides a batch on this thread and on the batch workers (batch-worker.ts).
 */
export function decideBatchItem(ctx: Pick<DecisionContext, 'hashRequest' | 'now'>, policy: CompiledPolicy, input: unknown, index: number): { result: BatchResult; entry?: AuditEntry } {
  const parsed = parseJsonRequest(input); // the items of a JSON body
  if (!parsed.ok) return { result: { error: errorBody(400, 'INVALID_REQUEST', `requests[${index}]: ${parsed.error.message}`, parsed.error.issues) } };
  let response: DecisionResponse;
  try {
    response = decideOrFail(ctx, policy, parsed.value, false);
  } catch (e) {
    const err = e as HttpError;
    return { result: { error: errorBody(err.statusCode, err.code, `requests[${index}]: ${err.message}`) } };
  }
  return { result: response, entry: auditEntry(ctx, parsed.value, response) };
}

const DECISION_FAILED_MESSAGE = 'The decision could not be completed because of an internal fault; treat this send as denied';

function decideOrFail(ctx: Pick<DecisionContext, 'now'>, policy: CompiledPolicy, req: DecisionRequest, trace: boolean): DecisionResponse {
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
