// Response and envelope schemas, for the OpenAPI document. Requests are validated with the
// engine's own DecisionRequestSchema, so the documentation and the validation cannot drift apart.
import { z } from 'zod';
import { DecisionRequestSchema } from '../engine/index.ts';

const Effect = z.enum(['allow', 'downgrade', 'deny']);

export const ReasonSchema = z.object({
  rule: z.string().describe('The determining rule, or `default`'),
  effect: Effect,
  text: z.string(),
  citation: z.string().optional(),
  indeterminate: z.boolean().optional().describe('The rule could not be evaluated and denied the send (fail closed)'),
});

export const DecisionResponseSchema = z
  .object({
    decision: Effect,
    decisionId: z.string(),
    messageId: z.string().optional(),
    policy: z.object({ name: z.string(), version: z.string(), digest: z.string() }),
    reasons: z.array(ReasonSchema),
    findings: z.array(z.object({ label: z.string(), start: z.number(), end: z.number(), field: z.literal('subject').optional() })),
    actions: z.array(z.object({ channel: z.string(), category: z.string(), body: z.string(), subject: z.string().optional() })).describe('What to send: the message for allow, the replacement sends for downgrade, nothing for deny'),
    trace: z.object({ rules: z.array(z.unknown()) }).optional().describe('With ?explain=full: every rule and each condition\'s value'),
  })
  .describe('A decision');

export const ErrorSchema = z.object({
  statusCode: z.number(),
  code: z.string().describe('Stable error code; on any 5xx from a decision endpoint, treat the send as denied'),
  error: z.string(),
  message: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

export const ExplainQuery = z.object({ explain: z.enum(['full']).optional().describe('`full` adds the trace') });

export const BatchRequestSchema = z.object({
  requests: z.array(z.unknown()).describe('Each item a decision request (see /v1/decide); a bad item gets an error in its place'),
});

export const BatchResponseSchema = z.object({
  results: z.array(z.union([DecisionResponseSchema, z.object({ error: ErrorSchema })])),
});

export const PolicyInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  digest: z.string(),
  loadedAt: z.string(),
  rules: z.array(z.object({ name: z.string(), effect: Effect, reason: z.string(), citation: z.string().optional() })),
  lastReloadError: z.object({ at: z.string(), diagnostics: z.array(z.unknown()) }).optional(),
});

export { DecisionRequestSchema };

export const ReloadOkSchema = z.object({ ok: z.literal(true), changed: z.boolean(), digest: z.string() });
export const ReloadRejectedSchema = z.object({ ok: z.literal(false), message: z.string(), diagnostics: z.array(z.unknown()) });
