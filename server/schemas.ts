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

const Offsets = z.object({ start: z.number(), end: z.number() });
const Sender = DecisionRequestSchema.shape.sender;
const Channel = DecisionRequestSchema.shape.channel;

export const ChangeSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('channel'), channel: Channel, sender: Sender }),
    z.object({ kind: z.literal('consent-scope'), channel: Channel, consentIndex: z.number(), scope: z.string() }),
    z.object({ kind: z.literal('consent-record'), channel: Channel, scopes: z.array(z.string()), recordedAt: z.string() }),
    z.object({ kind: z.literal('unencrypted-email-consent'), consentIndex: z.number().optional(), scopes: z.array(z.string()), recordedAt: z.string() }),
    z.object({ kind: z.literal('remove-words'), labels: z.array(z.string()), spans: z.array(Offsets.extend({ labels: z.array(z.string()), field: z.literal('subject').optional() })) }),
    z.object({ kind: z.literal('drop-template-fields'), fields: z.array(z.string()) }),
    z.object({ kind: z.literal('vendor'), channel: Channel, vendor: z.string() }),
    z.object({ kind: z.literal('platform-sender'), sender: Sender }),
  ])
  .describe('One change of facts; the patient\'s own choices (avoidChannels, a revoked consent) are never changed');

export const CounterfactualReportSchema = z
  .object({
    counterfactuals: z.array(
      z.object({
        changes: z.array(ChangeSchema),
        text: z.string().describe('Plain language for the operator who wrote the message; for remove-words it quotes the words (changes and diff carry offsets only)'),
        decision: z.literal('allow'),
        diff: z.array(z.object({ path: z.string(), from: z.unknown().optional(), to: z.unknown().optional(), removed: z.array(Offsets).optional() })),
      }),
    ),
    patientChoices: z.array(z.object({ kind: z.enum(['avoided-channel', 'consent-revoked', 'do-not-contact']), channel: Channel, text: z.string() })),
    redecisions: z.number(),
    truncated: z.boolean(),
  })
  .describe('The smallest changes that make the send allowed, each verified by deciding it again; fewest changes first');

export const DecisionResponseSchema = z
  .object({
    decision: Effect,
    decisionId: z.string(),
    messageId: z.string().optional(),
    policy: z.object({ name: z.string(), version: z.string(), digest: z.string() }),
    reasons: z.array(ReasonSchema),
    findings: z.array(z.object({ label: z.string(), system: z.string().optional().describe('The code system of the label when it is a code: HL7 v3 ActCode (http://terminology.hl7.org/CodeSystem/v3-ActCode) for sensitivity labels'), start: z.number(), end: z.number(), field: z.literal('subject').optional() })),
    actions: z
      .array(
        z.object({
          channel: z.string(),
          category: z.string(),
          body: z.string(),
          subject: z.string().optional(),
          notBefore: z.string().optional().describe('The earliest time it may be sent (ISO 8601 instant), when a downgrade deferred it (quiet hours): queue it until then, and ask again before sending'),
        }),
      )
      .describe('What to send: the message for allow, the replacement sends for downgrade, nothing for deny'),
    trace: z.object({ rules: z.array(z.unknown()), counterfactuals: CounterfactualReportSchema.optional() }).optional().describe('With ?explain=full: every rule and each condition\'s value, and the counterfactuals'),
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

export const HealthSchema = z.object({ status: z.literal('ok') });
export const ReadySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  policy: z.string().describe('Digest of the policy that is serving'),
  audit: z.enum(['writable', 'unavailable']),
});

export { DecisionRequestSchema };

export const ReloadOkSchema = z.object({ ok: z.literal(true), changed: z.boolean(), digest: z.string() });
export const ReloadRejectedSchema = z.object({ ok: z.literal(false), message: z.string(), diagnostics: z.array(z.unknown()) });

export { RouteRequestSchema } from '../engine/index.ts';
const RouteSendSchema = z.object({ channel: Channel, category: z.string(), sender: Sender });
export const RouteResponseSchema = z
  .object({
    plan: z
      .array(
        RouteSendSchema.extend({
          body: z.string(),
          subject: z.string().optional(),
          decision: z.literal('allow'),
          notBefore: z.string().optional().describe('The earliest time it may be sent (quiet hours): it is allowed then, not now'),
          reasons: z.array(ReasonSchema),
        }),
      )
      .describe('The sends, in order; empty when nothing is allowed'),
    considered: z.array(RouteSendSchema.extend({ form: z.enum(['message', 'redacted', 'alert']), decision: Effect, reasons: z.array(ReasonSchema) })).describe('Every decision the planner made'),
    reasons: z.array(ReasonSchema).optional().describe('When the plan is empty: why'),
  })
  .describe('The best compliant way to reach the patient; ask /v1/decide before each send as usual (that decision is recorded)');

// ---- the policy playground (server/routes/playground.ts) ----

export const PLAYGROUND_LIMITS = { files: 20, policyBytes: 256 * 1024 };

const PlaygroundFileSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.policy$/, 'expected a file name such as "40-allow.policy" (letters, digits, `.`, `_`, `-`)'),
  text: z.string(),
});

export const PlaygroundRequestSchema = z
  .strictObject({
    files: z.array(PlaygroundFileSchema).min(1).max(PLAYGROUND_LIMITS.files).describe(`The draft's .policy files (at most ${PLAYGROUND_LIMITS.files}, ${PLAYGROUND_LIMITS.policyBytes / 1024} KB in all); the vendors are the running bundle's`),
    request: DecisionRequestSchema,
    explain: z.literal(true).optional().describe('Add the trace and the counterfactuals to the response'),
    analysis: z.boolean().optional().describe('Add the decision matrix and the diff against the running bundle (default true; about a second of work)'),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    body.files.forEach((f, i) => {
      if (seen.has(f.name)) ctx.addIssue({ code: 'custom', path: ['files', i, 'name'], message: `"${f.name}" appears twice` });
      seen.add(f.name);
    });
  });

const CellSchema = z.object({ decision: Effect, rules: z.array(z.string()) });
export const PlaygroundMatrixSchema = z
  .object({
    at: z.string(),
    channels: z.array(z.string()),
    profiles: z.array(
      z.object({
        profile: z.string(),
        description: z.string(),
        tiers: z.array(z.object({ tier: z.string(), description: z.string().optional(), rows: z.array(z.object({ category: z.string(), cells: z.array(CellSchema) })) })),
      }),
    ),
    reasons: z.record(z.string(), ReasonSchema).describe('The reason of every rule named in a cell'),
  })
  .describe('The draft\'s decision for every channel × category under each profile (see `phigate matrix`)');

export const PlaygroundDiffSchema = z
  .object({
    situations: z.number().describe('Situations decided under both bundles (0 when the draft is the running bundle\'s text)'),
    changed: z.number(),
    loosened: z.number(),
    tightened: z.number(),
    examples: z.array(
      z.object({ from: Effect, to: Effect, direction: z.enum(['loosen', 'tighten']), count: z.number(), description: z.string(), before: z.array(z.string()), after: z.array(z.string()) }),
    ),
  })
  .describe('The decisions that would change against the running bundle (see `phigate diff`), with the commonest examples');

export const PlaygroundResponseSchema = z.union([
  z.object({ ok: z.literal(false), diagnostics: z.array(z.unknown()).describe('The checker\'s errors and warnings, with spans (the same as `phigate check`)') }),
  z.object({
    ok: z.literal(true),
    diagnostics: z.array(z.unknown()).describe('Warnings'),
    response: DecisionResponseSchema,
    matrix: PlaygroundMatrixSchema.optional(),
    diff: PlaygroundDiffSchema.optional(),
  }),
]);

export const PlaygroundBundleSchema = z.object({
  policy: z.object({ name: z.string(), version: z.string(), digest: z.string() }),
  files: z.array(z.object({ name: z.string(), text: z.string() })),
  settings: z.object({ practice: z.string().optional(), portal_vendor: z.string().optional(), time_zone: z.string().optional() }),
  vendors: z.array(
    z.object({ id: z.string(), name: z.string(), channels: z.array(z.string()), baa: z.object({ signed: z.string(), expires: z.string().nullable().optional() }).nullable() }),
  ),
});
