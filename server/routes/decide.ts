// POST /v1/decide and /v1/decide/batch.
import { withCounterfactuals, type DecisionRequest } from '../../engine/index.ts';
import { parsedItems, rawBatchOf } from '../batch-body.ts';
import { decideAndRecord, decideBatchAnswer } from '../decisions.ts';
import { HttpError } from '../errors.ts';
import { BatchRequestSchema, BatchResponseSchema, DecisionRequestSchema, DecisionResponseSchema, ExplainQuery } from '../schemas.ts';
import { ERROR_RESPONSES, type Routes } from './deps.ts';

/** The decision's id as a response header too (single decisions; a batch's ids are in its body, in order). */
export const DECISION_ID_HEADER = 'phigate-decision-id';

export const decisionRoutes: Routes = (app, { ctx, metrics, maxBatch, holder }) => {
  // The batch workers start when the server listens (not for app.inject), and end with it.
  app.addHook('onListen', async () => {
    ctx.batchPool?.warm();
  });
  app.addHook('onClose', async () => {
    await ctx.batchPool?.close();
  });

  app.post('/v1/decide', {
    config: { auth: 'client' },
    schema: {
      operationId: 'decide',
      tags: ['decisions'],
      summary: 'Decide one send',
      description:
        'Decides whether the message may go over the channel: `allow` (send it), `downgrade` (send `actions` instead: a redacted text, or the content on a secure channel and an alert), or `deny`. The decision is recorded in the audit trail before it is answered. Treat any 5xx as deny. `?explain=full` adds the trace and the counterfactuals (never recorded).',
      body: DecisionRequestSchema,
      querystring: ExplainQuery,
      response: { 200: DecisionResponseSchema, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => {
      const end = metrics.latency.startTimer({ endpoint: 'decide' });
      const explain = (req.query as { explain?: string }).explain === 'full';
      const policy = holder.current; // the decision and its counterfactuals come from the same policy
      const res = await decideAndRecord(ctx, req.body as DecisionRequest, explain, policy);
      end();
      req.log.info({ decisionId: res.decisionId, decision: res.decision, rules: res.reasons.map((r) => r.rule), policy: res.policy.digest }, 'decided');
      void reply.header(DECISION_ID_HEADER, res.decisionId);
      // Counterfactuals are hypothetical decisions: computed for the caller, never recorded.
      return explain ? withCounterfactuals(policy, req.body as DecisionRequest, res, ctx.now ? { now: ctx.now } : {}) : res;
    },
  });

  app.post('/v1/decide/batch', {
    config: { auth: 'client', rawBatch: true },
    schema: {
      operationId: 'decideBatch',
      tags: ['decisions'],
      summary: `Decide up to ${maxBatch} sends (reminder campaigns)`,
      description: `Each request is decided as POST /v1/decide decides it, and the results come back in the same order. A bad item gets \`{"error": {...}}\` in its place and the others are still decided; all are recorded in one transaction. More than ${maxBatch} requests: 400 \`BATCH_TOO_LARGE\`.`,
      body: BatchRequestSchema,
      response: { 200: BatchResponseSchema, ...ERROR_RESPONSES },
    },
    handler: async (req, reply) => {
      const { requests } = req.body as { requests: unknown[] };
      // Items left raw for the workers (the body's outline was read, not its items: batch-body.ts).
      const raw = rawBatchOf(req);
      if (requests.length > maxBatch) {
        if (raw) parsedItems(raw); // a body that is not valid JSON is answered so, whatever its size
        throw new HttpError(400, 'BATCH_TOO_LARGE', `A batch holds at most ${maxBatch} requests; this one has ${requests.length}`);
      }
      const end = metrics.latency.startTimer({ endpoint: 'batch' });
      const policy = holder.current; // a reload while the batch is recorded must not change the digest logged for it
      const answer = await decideBatchAnswer(ctx, raw ?? requests, policy);
      end();
      req.log.info({ count: requests.length, policy: policy.digest }, 'decided batch');
      // Decided on the workers: the answer's JSON is already written (the same text batchJson writes).
      if (Buffer.isBuffer(answer)) return reply.type('application/json; charset=utf-8').send(answer);
      return answer;
    },
  });
};
