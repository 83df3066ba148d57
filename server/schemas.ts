// Response and envelope schemas, and the OpenAPI document made from them (GET /openapi.json, /docs).
// Requests are validated with the engine's own schemas (DecisionRequestSchema...), so the documentation
// and the validation cannot drift apart.
//
// What only the document needs (component names, examples, formats) is kept in a registry of its own,
// `docs`, never in zod's global registry: the engine's compiled request checks (engine/contract/
// quick-check.ts) derive JSON Schema from the same request schemas through the global registry and give
// up, falling back to zod, on any keyword they do not know. `.describe()` (the global registry) is read
// too, so a description written once serves both.
import type { SwaggerTransform, SwaggerTransformObject } from '@fastify/swagger';
import type { FastifySchema } from 'fastify';
import { createJsonSchemaTransform } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ACT_CODE_SYSTEM,
  CategorySchema,
  ChannelSchema,
  ConsentSchema,
  DecisionRequestSchema,
  FhirBundleSchema,
  MessageSchema,
  PatientSchema,
  RouteRequestSchema,
  ScopeSchema,
  SenderSchema,
  SETTINGS,
} from '../engine/index.ts';

// ---- the document's registry ----

/** What the document says of a schema besides what zod says. */
export interface DocMeta {
  /** Its name under #/components/schemas: a named type in generated clients. */
  id?: string;
  description?: string;
  /** One value, valid against the schema (the linters check it, and test/server/openapi.test.ts sends the requests'). */
  example?: unknown;
  format?: string;
  /** A schema written for the document instead of the one zod derives (an item of a batch is documented as a request). */
  $ref?: string;
}

type AnySchema = z.core.$ZodType;

/** The document's metadata over the global registry's (descriptions): its own wins, and ids are its own only. */
class DocRegistry extends z.core.$ZodRegistry<DocMeta> {
  override get<S extends AnySchema>(schema: S): DocMeta | undefined {
    const global = z.globalRegistry.get(schema) as (DocMeta & Record<string, unknown>) | undefined;
    const own = super.get(schema);
    if (!global) return own;
    const { id: _globalId, ...inherited } = global;
    return { ...inherited, ...own };
  }
}

const docs = new DocRegistry();

/** Record what the document says of `schema`, and return it unchanged (the same instance: validation and serializers key on it). */
export function documented<S extends AnySchema>(schema: S, meta: DocMeta): S {
  docs.add(schema, { ...docs.get(schema), ...meta });
  return schema;
}

const dateTime = (description: string): z.ZodString => documented(z.string().describe(description), { format: 'date-time' });
const date = (description: string): z.ZodString => documented(z.string().describe(description), { format: 'date' });

// ---- examples: one request and its real answer from the default bundle (policies/), per endpoint ----

const AT = '2026-11-24T15:00:00Z';
const DIGEST = 'sha256:242044355d7c8491434d373699dc9aea6a413e046953b235e647b15e9bad8a20';
const POLICY = { name: 'hipaa-messaging', version: '2026.11.1', digest: DIGEST };
const SMS_CONSENT = { channel: 'sms', scopes: ['scheduling', 'notifications'], status: 'active', recordedAt: '2026-01-05' } satisfies z.input<typeof ConsentSchema>;

const DECISION_REQUEST_EXAMPLE = {
  message: { id: 'msg-1043', category: 'appointment_reminder', body: 'Your HIV clinic appointment is Tue Nov 24 at 10:15 AM.' },
  channel: 'sms',
  sender: { kind: 'platform', vendor: 'acme-sms' },
  patient: { id: 'pt-311', consents: [SMS_CONSENT], portalActive: true, timeZone: 'America/New_York' },
  at: AT,
} satisfies z.input<typeof DecisionRequestSchema>;

const FOUND_PHONE_REASONS = [
  {
    rule: 'sensitive-care-on-unsecured',
    effect: 'downgrade',
    text: 'Found-phone test: the text reveals the kind of care (be generic about the clinic or specialty)',
    citation: '45 CFR 164.530(c), 164.502(b)',
  },
  { rule: 'heightened-on-unsecured', effect: 'downgrade', text: 'HIV, substance use and mental health information never goes by text or unencrypted email', citation: '42 CFR Part 2; 45 CFR 164.530(c)' },
  { rule: 'clinical-text-on-unsecured', effect: 'downgrade', text: 'Found-phone test: the text names results, diagnoses, medications or procedures', citation: '45 CFR 164.530(c), 164.502(b)' },
] as const;

/** The findings of "Your HIV clinic…" (`offset`: where the words start in the body). */
const hivFindings = (offset: number) =>
  [
    { label: 'HIV', system: ACT_CODE_SYSTEM, start: offset, end: offset + 10 },
    { label: 'SSP', system: ACT_CODE_SYSTEM, start: offset, end: offset + 10 },
    { label: 'diagnosis', start: offset, end: offset + 3 },
    { label: 'unvetted', start: offset, end: offset + 3 },
  ] as const;

const DECISION_EXAMPLE = {
  decision: 'downgrade',
  decisionId: '01M8W6REVWN6W8HD7JYEZNJ600',
  messageId: 'msg-1043',
  policy: POLICY,
  reasons: [...FOUND_PHONE_REASONS],
  findings: [...hivFindings(5)],
  actions: [{ channel: 'sms', category: 'appointment_reminder', body: 'Your appointment is Tue Nov 24 at 10:15 AM.' }],
} as const;

const ALLOWED_REQUEST_EXAMPLE = {
  message: { id: 'msg-1042', category: 'appointment_reminder', body: 'Hi Maria, a reminder of your appointment on Tue Nov 24 at 10:15 AM. Reply C to confirm.' },
  channel: 'sms',
  sender: { kind: 'platform', vendor: 'acme-sms' },
  patient: { consents: [SMS_CONSENT] },
  at: AT,
} satisfies z.input<typeof DecisionRequestSchema>;

const ALLOWED_EXAMPLE = {
  decision: 'allow',
  decisionId: '01M8W6V3AHVPV269ZWXC0XR400',
  messageId: 'msg-1042',
  policy: POLICY,
  reasons: [
    {
      rule: 'administrative-on-unsecured',
      effect: 'allow',
      text: 'Tier 1: scheduling and administrative messages may go by text or email with consent and minimal PHI',
      citation: '45 CFR 164.530(c)',
    },
  ],
  findings: [],
  actions: [{ channel: 'sms', category: 'appointment_reminder', body: ALLOWED_REQUEST_EXAMPLE.message.body }],
} as const;

const CHANNEL_ISSUE = {
  path: 'channel',
  message: 'Invalid option: expected one of "sms"|"email"|"email_encrypted"|"portal"|"secure_messaging"|"whatsapp"|"messenger"|"imessage"',
};

// ---- the decision ----

documented(ChannelSchema, { id: 'Channel', description: 'A channel a message can go by', example: 'sms' });
documented(CategorySchema, { id: 'Category', description: 'What kind of message it is; the policy maps categories to tiers and consent scopes', example: 'appointment_reminder' });
documented(ScopeSchema, { id: 'Scope', description: 'What a consent covers', example: 'scheduling' });
documented(SenderSchema, {
  id: 'Sender',
  description: 'Who sends: the practice\'s messaging platform (through `vendor`, whose BAA must cover the channel) or a staff member\'s own device',
  example: DECISION_REQUEST_EXAMPLE.sender,
});
documented(MessageSchema, { id: 'Message', description: 'The message as it would be sent', example: DECISION_REQUEST_EXAMPLE.message });
documented(ConsentSchema, { id: 'Consent', description: 'A consent the patient gave (or revoked) for one channel', example: SMS_CONSENT });
documented(ConsentSchema.shape.recordedAt, { format: 'date', description: 'When the consent was recorded: a date (2026-01-05); a date and time (2026-01-05T09:30:00Z) is read too' });
documented(PatientSchema, { id: 'Patient', description: 'The patient\'s consents and preferences', example: DECISION_REQUEST_EXAMPLE.patient });
documented(DecisionRequestSchema.shape.at, {
  format: 'date-time',
  description: 'When the message would be sent, such as 2026-11-24T15:00:00Z (default: now); a date alone (2026-11-24) is read too',
});
documented(DecisionRequestSchema, { id: 'DecisionRequest', description: 'One send to decide: the message, the channel, the sender and the patient', example: DECISION_REQUEST_EXAMPLE });

const Effect = documented(z.enum(['allow', 'downgrade', 'deny']), { id: 'Effect', description: 'allow: send it as asked; downgrade: send `actions` instead; deny: send nothing', example: 'allow' });

export const ReasonSchema = documented(
  z.object({
    rule: z.string().describe('The determining rule, or `default`'),
    effect: Effect,
    text: z.string(),
    citation: z.string().optional(),
    indeterminate: z.boolean().optional().describe('The rule could not be evaluated and denied the send (fail closed)'),
  }),
  { id: 'Reason', description: 'Why: a rule that determined the decision, in words, with its citation', example: FOUND_PHONE_REASONS[0] },
);

const PolicyRefSchema = documented(z.object({ name: z.string(), version: z.string(), digest: z.string().describe('sha256 of the bundle: names the exact policy that decided') }), {
  id: 'PolicyRef',
  description: 'The policy that decided',
  example: POLICY,
});

const FindingSchema = documented(
  z.object({
    label: z.string().describe('What was found: an HL7 v3 ActCode sensitivity code (HIV, SUD...), a kind of clinical content (lab_value, diagnosis...), an identifier (ssn, mrn...), or `unvetted` / `disguised_text`'),
    system: z.string().optional().describe('The code system of the label when it is a code: HL7 v3 ActCode (http://terminology.hl7.org/CodeSystem/v3-ActCode) for sensitivity labels'),
    start: z.number().int().nonnegative().describe('UTF-16 offset of the first character, in the body (or the subject)'),
    end: z.number().int().nonnegative().describe('UTF-16 offset just past the last character'),
    field: z.literal('subject').optional().describe('Present when the finding is in the subject, not the body'),
  }),
  { id: 'Finding', description: 'Something the classifier found in the message; offsets only, never the words', example: hivFindings(5)[0] },
);

const ActionSchema = documented(
  z.object({
    channel: ChannelSchema,
    category: CategorySchema,
    body: z.string(),
    subject: z.string().optional(),
    notBefore: dateTime('The earliest time it may be sent, when a downgrade deferred it (quiet hours): queue it until then, and ask again before sending').optional(),
  }),
  { id: 'Action', description: 'One send to make', example: DECISION_EXAMPLE.actions[0] },
);

const Offsets = z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative() });
const Sender = DecisionRequestSchema.shape.sender;
const Channel = DecisionRequestSchema.shape.channel;

export const ChangeSchema = documented(
  z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('channel'), channel: Channel, sender: Sender }),
      z.object({ kind: z.literal('consent-scope'), channel: Channel, consentIndex: z.number().int().nonnegative(), scope: z.string() }),
      z.object({ kind: z.literal('consent-record'), channel: Channel, scopes: z.array(z.string()), recordedAt: dateTime('The consent would be recorded at the time decided') }),
      z.object({ kind: z.literal('unencrypted-email-consent'), consentIndex: z.number().int().nonnegative().optional(), scopes: z.array(z.string()), recordedAt: dateTime('The consent would be recorded at the time decided') }),
      z.object({ kind: z.literal('remove-words'), labels: z.array(z.string()), spans: z.array(Offsets.extend({ labels: z.array(z.string()), field: z.literal('subject').optional() })) }),
      z.object({ kind: z.literal('drop-template-fields'), fields: z.array(z.string()) }),
      z.object({ kind: z.literal('vendor'), channel: Channel, vendor: z.string() }),
      z.object({ kind: z.literal('platform-sender'), sender: Sender }),
    ])
    .describe('One change of facts; the patient\'s own choices (avoidChannels, a revoked consent) are never changed'),
  { id: 'Change', example: { kind: 'channel', channel: 'portal', sender: { kind: 'platform', vendor: 'riverside-ehr' } } },
);

export const CounterfactualReportSchema = documented(
  z
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
      redecisions: z.number().int().nonnegative(),
      truncated: z.boolean(),
    })
    .describe('The smallest changes that make the send allowed, each verified by deciding it again; fewest changes first'),
  { id: 'CounterfactualReport' },
);

const TraceSchema = documented(
  z.object({ rules: z.array(z.unknown()).describe('Every rule, in order, with each condition\'s value'), counterfactuals: CounterfactualReportSchema.optional() }),
  { id: 'Trace', description: 'With ?explain=full: every rule and each condition\'s value, and the counterfactuals' },
);

export const DecisionResponseSchema = documented(
  z
    .object({
      decision: Effect,
      decisionId: z.string().describe('A ULID; the audit record of this decision has it'),
      messageId: z.string().optional().describe('The request\'s message.id'),
      policy: PolicyRefSchema,
      reasons: z.array(ReasonSchema),
      findings: z.array(FindingSchema),
      actions: z.array(ActionSchema).describe('What to send: the message for allow, the replacement sends for downgrade, nothing for deny'),
      trace: TraceSchema.optional(),
    })
    .describe('A decision'),
  { id: 'DecisionResponse', example: DECISION_EXAMPLE },
);

// ---- errors ----

/** Every `code` an error body can have (README "Errors"); test/server/openapi.test.ts checks server/ raises no other. */
export const ERROR_CODES = [
  'INVALID_REQUEST',
  'DUPLICATE_KEY',
  'INVALID_JSON',
  'FHIR_UNMAPPABLE',
  'BATCH_TOO_LARGE',
  'MALFORMED_URL',
  'MALFORMED_HTTP',
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'REQUEST_TIMEOUT',
  'PAYLOAD_TOO_LARGE',
  'URL_TOO_LONG',
  'UNSUPPORTED_MEDIA_TYPE',
  'HEADERS_TOO_LARGE',
  'DECISION_FAILED',
  'PLAYGROUND_FAILED',
  'INTERNAL',
  'AUDIT_UNAVAILABLE',
  'SHUTTING_DOWN',
  'PAGE_NOT_BUILT',
] as const;

const ErrorCodeSchema = documented(z.enum(ERROR_CODES), {
  id: 'ErrorCode',
  description: 'Stable error code: branch on it, never on the message. On any 5xx from a decision endpoint, treat the send as denied',
  example: 'INVALID_REQUEST',
});

const IssueSchema = documented(z.object({ path: z.string().describe('The field, such as `patient.consents[0].status`'), message: z.string() }), { id: 'Issue', description: 'One bad field', example: CHANNEL_ISSUE });

/** The error body's example for each status (a route may answer more than one code under a status: see its description). */
const ERROR_EXAMPLES = {
  400: { statusCode: 400, code: 'INVALID_REQUEST', error: 'Bad Request', message: `invalid request: channel: ${CHANNEL_ISSUE.message}`, issues: [CHANNEL_ISSUE] },
  401: { statusCode: 401, code: 'UNAUTHORIZED', error: 'Unauthorized', message: 'Missing or invalid API key: send "Authorization: Bearer <key>"' },
  403: { statusCode: 403, code: 'FORBIDDEN', error: 'Forbidden', message: 'This endpoint needs an admin key' },
  413: { statusCode: 413, code: 'PAYLOAD_TOO_LARGE', error: 'Payload Too Large', message: 'The request body is larger than the limit' },
  415: { statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', error: 'Unsupported Media Type', message: 'Send the request as Content-Type: application/json' },
  500: { statusCode: 500, code: 'DECISION_FAILED', error: 'Internal Server Error', message: 'The decision could not be made because of an internal fault; treat the send as denied' },
  503: { statusCode: 503, code: 'AUDIT_UNAVAILABLE', error: 'Service Unavailable', message: 'The audit trail cannot record decisions right now; no decision was made, treat the send as denied' },
} as const;

export const ErrorSchema = documented(
  z.object({
    statusCode: z.number().int().nonnegative().describe('The HTTP status, again'),
    code: ErrorCodeSchema,
    error: z.string().describe('The status text'),
    message: z.string().describe('For people; it never quotes the request'),
    issues: z.array(IssueSchema).optional().describe('INVALID_REQUEST, DUPLICATE_KEY, FHIR_UNMAPPABLE: each bad field (at most 20)'),
  }),
  { id: 'Error', description: 'Every error has this shape', example: ERROR_EXAMPLES[400] },
);

/** What each error status means, as every route documents it. */
const ERROR_STATUS_TEXT: Record<string, string> = {
  400: 'The request cannot be served as sent: `INVALID_REQUEST` (`issues` names each bad field), `DUPLICATE_KEY`, `INVALID_JSON`, `MALFORMED_URL`, `MALFORMED_HTTP`, or the endpoint\'s own code in its description',
  401: 'No API key, or not a valid one (`UNAUTHORIZED`)',
  403: 'The endpoint needs an admin key (`FORBIDDEN`)',
  413: 'The body is larger than the limit (`PAYLOAD_TOO_LARGE`)',
  415: 'The body is not `Content-Type: application/json` (`UNSUPPORTED_MEDIA_TYPE`)',
  500: 'An internal fault (`DECISION_FAILED`, `INTERNAL`): treat the send as denied',
  503: 'No decision was made: the audit trail cannot record (`AUDIT_UNAVAILABLE`) or the service is shutting down (`SHUTTING_DOWN`); retry, or treat the send as denied',
};

export const ExplainQuery = z.object({ explain: z.enum(['full']).optional().describe('`full` adds the trace') });

// ---- batches ----

export const BatchRequestSchema = documented(
  z.object({
    requests: z.array(documented(z.unknown(), { $ref: '#/components/schemas/DecisionRequest' })).describe('Each item a decision request; a bad item gets an error in its place'),
  }),
  { id: 'BatchRequest', description: 'Up to 1,000 decision requests, decided and recorded together', example: { requests: [ALLOWED_REQUEST_EXAMPLE, DECISION_REQUEST_EXAMPLE] } },
);

const BatchItemErrorSchema = documented(z.object({ error: ErrorSchema }), {
  id: 'BatchItemError',
  description: 'A batch item that could not be decided, in its place',
  example: { error: { ...ERROR_EXAMPLES[400], message: `requests[1]: invalid request: channel: ${CHANNEL_ISSUE.message}` } },
});

export const BatchResponseSchema = documented(
  z.object({
    results: z.array(z.union([DecisionResponseSchema, BatchItemErrorSchema])).describe('One per request, in the same order'),
  }),
  { id: 'BatchResponse', description: 'The decisions, in the order of the requests', example: { results: [ALLOWED_EXAMPLE, DECISION_EXAMPLE] } },
);

// ---- the policy ----

const PolicyRuleSchema = documented(z.object({ name: z.string(), effect: Effect, reason: z.string(), citation: z.string().optional() }), {
  id: 'PolicyRule',
  example: { name: 'no-consent', effect: 'deny', reason: 'The patient has no recorded consent for this channel', citation: '47 CFR 64.1200; 45 CFR 164.530(c)' },
});

export const PolicyInfoSchema = documented(
  z.object({
    name: z.string(),
    version: z.string(),
    digest: z.string(),
    loadedAt: dateTime('When it was loaded'),
    rules: z.array(PolicyRuleSchema).describe('In the order they are evaluated'),
    lastReloadError: z
      .object({ at: dateTime('When the reload failed'), diagnostics: z.array(z.unknown()).describe('The checker\'s diagnostics, with spans (the same as `phigate check`)'), refused: z.boolean().optional() })
      .optional()
      .describe('The last reload failed: the bundle has errors, or it was refused (fewer rules, or its own tests fail); the previous policy keeps serving'),
  }),
  {
    id: 'PolicyInfo',
    description: 'The policy that is serving',
    example: { ...POLICY, loadedAt: '2026-11-24T14:00:00.000Z', rules: [{ name: 'no-consent', effect: 'deny', reason: 'The patient has no recorded consent for this channel', citation: '47 CFR 64.1200; 45 CFR 164.530(c)' }] },
  },
);

export const HealthSchema = documented(z.object({ status: z.literal('ok') }), { id: 'Health', description: 'The process answers', example: { status: 'ok' } });
export const ReadySchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  policy: z.string().describe('Digest of the policy that is serving'),
  audit: z.enum(['writable', 'unavailable']),
});

/** GET /readyz's answers, for the document (the schema is its route's, server/routes/operations.ts). */
const READINESS_EXAMPLES = {
  200: { status: 'ready', policy: DIGEST, audit: 'writable', bundle: { inSync: true, staleSeconds: 0, watching: true } },
  503: { status: 'unavailable', policy: DIGEST, audit: 'unavailable', auditReason: 'data/audit.sqlite: SQLITE_READONLY', bundle: { inSync: true, staleSeconds: 0, watching: true } },
};

/** Name GET /readyz's answer `Readiness` and mark its times; returns the schema unchanged. */
export function readinessComponent<S extends z.ZodObject>(schema: S): S {
  const bundle = schema.shape.bundle;
  if (bundle instanceof z.ZodObject) {
    const changedAt = bundle.shape.changedAt;
    if (changedAt) documented(changedAt, { format: 'date-time', description: 'When the files were first seen to differ' });
    const lastReload = bundle.shape.lastReload;
    const reload = lastReload instanceof z.ZodOptional ? lastReload.unwrap() : lastReload;
    if (reload instanceof z.ZodObject && reload.shape.at) documented(reload.shape.at, { format: 'date-time', description: 'When the reload failed' });
  }
  return documented(schema, { id: 'Readiness', description: 'Whether this instance should get traffic', example: READINESS_EXAMPLES[200] });
}

export { DecisionRequestSchema };

export const ReloadOkSchema = documented(z.object({ ok: z.literal(true), changed: z.boolean().describe('false: the files were the same'), digest: z.string() }), {
  id: 'ReloadOk',
  description: 'The bundle was reloaded and serves now',
  example: { ok: true, changed: true, digest: DIGEST },
});
export const ReloadRejectedSchema = documented(
  z.object({ ok: z.literal(false), message: z.string(), diagnostics: z.array(z.unknown()).describe('The checker\'s diagnostics, with spans (the same as `phigate check`); `reload/rules-lost`, `reload/tests-failed` for a refusal') }),
  {
    id: 'ReloadRejected',
    description: 'The new bundle has errors, or was refused (it loses rules or fails its own tests); the previous policy keeps serving',
    example: {
      ok: false,
      message: 'The new bundle has errors; the previous policy keeps serving',
      diagnostics: [{ code: 'check/unknown-category', severity: 'error', message: 'unknown category "apointment_reminder"', span: { file: 'policies/00-definitions.policy', line: 17, col: 28 } }],
    },
  },
);

// ---- the route planner ----

const ROUTE_REQUEST_EXAMPLE = {
  message: { id: 'msg-2001', category: 'lab_result', body: 'Your potassium result is 5.9 mmol/L, which is high. Please call us today.' },
  patient: {
    id: 'pt-311',
    consents: [
      { channel: 'sms', scopes: ['scheduling', 'notifications', 'clinical'], status: 'active', recordedAt: '2026-01-05' },
      { channel: 'portal', scopes: ['clinical', 'notifications'], status: 'active', recordedAt: '2026-01-05' },
    ],
    portalActive: true,
    timeZone: 'America/New_York',
  },
  at: AT,
} satisfies z.input<typeof RouteRequestSchema>;
documented(RouteRequestSchema, { id: 'RouteRequest', description: 'A message and a patient, without a channel: the planner finds the channels', example: ROUTE_REQUEST_EXAMPLE });

const PORTAL_SEND = {
  channel: 'portal',
  category: 'lab_result',
  body: ROUTE_REQUEST_EXAMPLE.message.body,
  sender: { kind: 'platform', vendor: 'riverside-ehr' },
  decision: 'allow',
  reasons: [{ rule: 'portal', effect: 'allow', text: "The patient portal is encrypted, access-controlled, auditable and covered by the EHR vendor's BAA", citation: '45 CFR 164.312(e)' }],
} as const;
const ALERT_SEND = {
  channel: 'sms',
  category: 'portal_message_waiting',
  body: 'Riverside Family Practice: you have a new message in your patient portal.',
  sender: { kind: 'platform', vendor: 'acme-sms' },
  decision: 'allow',
  reasons: [{ rule: 'notification-on-unsecured', effect: 'allow', text: 'Tier 2: an alert that something is waiting in the portal may go by text or email', citation: '45 CFR 164.530(c)' }],
} as const;

const RouteSendSchema = z.object({ channel: ChannelSchema, category: CategorySchema, sender: SenderSchema });
const RouteStepSchema = documented(
  RouteSendSchema.extend({
    body: z.string(),
    subject: z.string().optional(),
    decision: z.literal('allow'),
    notBefore: dateTime('The earliest time it may be sent (quiet hours): it is allowed then, not now').optional(),
    reasons: z.array(ReasonSchema),
  }),
  { id: 'RouteStep', description: 'One send of the plan', example: PORTAL_SEND },
);
const ConsideredSendSchema = documented(RouteSendSchema.extend({ form: z.enum(['message', 'redacted', 'alert']).describe('The message as written, the policy\'s redacted form of it, or an alert'), decision: Effect, reasons: z.array(ReasonSchema) }), {
  id: 'ConsideredSend',
  description: 'One decision the planner made',
});

export { RouteRequestSchema };
export const RouteResponseSchema = documented(
  z
    .object({
      plan: z.array(RouteStepSchema).describe('The sends, in order; empty when nothing is allowed'),
      considered: z.array(ConsideredSendSchema).describe('Every decision the planner made'),
      reasons: z.array(ReasonSchema).optional().describe('When the plan is empty: why'),
    })
    .describe('The best compliant way to reach the patient; ask /v1/decide before each send as usual (that decision is recorded)'),
  {
    id: 'RoutePlan',
    example: {
      plan: [PORTAL_SEND, ALERT_SEND],
      considered: [
        {
          channel: 'sms',
          category: 'lab_result',
          form: 'message',
          sender: { kind: 'platform', vendor: 'acme-sms' },
          decision: 'downgrade',
          reasons: [{ rule: 'clinical-category-on-unsecured', effect: 'downgrade', text: 'Clinical details go through the portal; the text only says a message is waiting', citation: '45 CFR 164.530(c), 164.312(e)' }],
        },
        { channel: 'portal', category: 'lab_result', form: 'message', sender: PORTAL_SEND.sender, decision: 'allow', reasons: PORTAL_SEND.reasons },
        { channel: 'sms', category: 'portal_message_waiting', form: 'alert', sender: ALERT_SEND.sender, decision: 'allow', reasons: ALERT_SEND.reasons },
      ],
    },
  },
);

// ---- FHIR R4 in (server/routes/fhir.ts) ----

const FHIR_BUNDLE_EXAMPLE = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      resource: {
        resourceType: 'CommunicationRequest',
        id: 'appt-reminder-8841',
        status: 'active',
        category: [{ coding: [{ system: 'urn:phigate:category', code: 'appointment_reminder' }] }],
        medium: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'SMSWRIT' }] }],
        subject: { reference: 'Patient/p-42' },
        payload: [{ contentString: 'Reminder: your HIV clinic appointment is Tue Nov 24 at 10:15 AM.' }],
        occurrenceDateTime: AT,
        sender: { identifier: { system: 'urn:phigate:vendor', value: 'acme-sms' } },
      },
    },
    {
      resource: {
        resourceType: 'Consent',
        id: 'sms-consent-p42',
        status: 'active',
        scope: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'patient-privacy' }] },
        patient: { reference: 'Patient/p-42' },
        dateTime: '2026-01-05',
        provision: {
          type: 'permit',
          period: { start: '2026-01-05' },
          code: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ParticipationMode', code: 'SMSWRIT' }] }],
          purpose: [{ system: 'urn:phigate:scope', code: 'scheduling' }],
        },
      },
    },
  ],
};
documented(FhirBundleSchema, { id: 'FhirBundle', example: FHIR_BUNDLE_EXAMPLE });

/** Name POST /v1/fhir/decide's answer and its codings (the schema is its route's, server/routes/fhir.ts); returns the schema unchanged. */
export function fhirDecisionComponent<S extends z.ZodObject>(schema: S): S {
  const sensitivity = schema.shape.sensitivity;
  if (sensitivity instanceof z.ZodArray) {
    documented(sensitivity.element as AnySchema, { id: 'Coding', description: 'A FHIR Coding', example: { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' } });
  }
  return documented(schema, {
    id: 'FhirDecisionResponse',
    example: {
      ...DECISION_EXAMPLE,
      messageId: 'appt-reminder-8841',
      findings: hivFindings(15),
      actions: [{ channel: 'sms', category: 'appointment_reminder', body: 'Reminder: your appointment is Tue Nov 24 at 10:15 AM.' }],
      sensitivity: [
        { system: ACT_CODE_SYSTEM, code: 'HIV', display: 'HIV/AIDS information sensitivity' },
        { system: ACT_CODE_SYSTEM, code: 'SSP', display: 'sensitive service provider information sensitivity' },
      ],
      confidentiality: { system: 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality', code: 'R', display: 'restricted' },
    },
  });
}

// ---- the policy playground (server/routes/playground.ts) ----

export const PLAYGROUND_LIMITS = { files: 20, policyBytes: 256 * 1024 };

const DRAFT_POLICY = `policy "draft" version "0.1.0"
default deny "No rule allows this send"

tier administrative = [appointment_reminder]
scope scheduling = [appointment_reminder]

rule reminders {
  when message.tier == administrative and consent.status == active and consent.scopes contains message.scope
  allow
  because "Reminders may go out with consent"
}
`;

const PlaygroundFileSchema = documented(
  z.strictObject({
    name: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\.policy$/, 'expected a file name such as "40-allow.policy" (letters, digits, `.`, `_`, `-`)'),
    text: z.string(),
  }),
  { id: 'PlaygroundFile', description: 'One .policy file', example: { name: '40-allow.policy', text: DRAFT_POLICY } },
);

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

const PLAYGROUND_REQUEST_EXAMPLE = {
  files: [{ name: '40-allow.policy', text: DRAFT_POLICY }],
  request: { ...ALLOWED_REQUEST_EXAMPLE, message: { category: 'appointment_reminder', body: 'Hi Maria, a reminder of your appointment on Tue Nov 24 at 10:15 AM.' } },
  analysis: false,
} satisfies z.input<typeof PlaygroundRequestSchema>;
documented(PlaygroundRequestSchema, { id: 'PlaygroundRequest', description: 'A draft bundle and one request to decide under it', example: PLAYGROUND_REQUEST_EXAMPLE });

const CellSchema = z.object({ decision: Effect, rules: z.array(z.string()) });
export const PlaygroundMatrixSchema = documented(
  z
    .object({
      at: z.string().describe('The time decided at: the request\'s `at`, else now'),
      channels: z.array(ChannelSchema).describe('The columns of every row'),
      profiles: z.array(
        z.object({
          profile: z.string(),
          description: z.string(),
          tiers: z.array(z.object({ tier: z.string(), description: z.string().optional(), rows: z.array(z.object({ category: CategorySchema, cells: z.array(CellSchema) })) })),
        }),
      ),
      reasons: z.record(z.string(), ReasonSchema).describe('The reason of every rule named in a cell'),
    })
    .describe('The draft\'s decision for every channel × category under each profile (see `phigate matrix`)'),
  { id: 'PlaygroundMatrix' },
);

export const PlaygroundDiffSchema = documented(
  z
    .object({
      situations: z.number().int().nonnegative().describe('Situations decided under both bundles (0 when the draft is the running bundle\'s text)'),
      changed: z.number().int().nonnegative(),
      loosened: z.number().int().nonnegative(),
      tightened: z.number().int().nonnegative(),
      examples: z.array(
        z.object({ from: Effect, to: Effect, direction: z.enum(['loosen', 'tighten']), count: z.number().int().nonnegative(), description: z.string(), before: z.array(z.string()), after: z.array(z.string()) }),
      ),
    })
    .describe('The decisions that would change against the running bundle (see `phigate diff`), with the commonest examples'),
  { id: 'PlaygroundDiff' },
);

export const PlaygroundResponseSchema = documented(
  z.union([
    z.object({ ok: z.literal(false), diagnostics: z.array(z.unknown()).describe('The checker\'s errors and warnings, with spans (the same as `phigate check`)') }),
    z.object({
      ok: z.literal(true),
      diagnostics: z.array(z.unknown()).describe('Warnings'),
      response: DecisionResponseSchema,
      matrix: PlaygroundMatrixSchema.optional(),
      diff: PlaygroundDiffSchema.optional(),
    }),
  ]),
  {
    id: 'PlaygroundResult',
    description: '`ok: false` with the checker\'s diagnostics, or the decision under the draft (and, unless `analysis: false`, its matrix and diff)',
    example: {
      ok: true,
      diagnostics: [],
      response: {
        decision: 'allow',
        decisionId: '01M8W6V3BAXWC27QWMR96KEA00',
        policy: { name: 'draft', version: '0.1.0', digest: 'sha256:c558043b499174728eb07027ab841adafb28e5a0fa2a5fc54e57dbd065ff15dd' },
        reasons: [{ rule: 'reminders', effect: 'allow', text: 'Reminders may go out with consent' }],
        findings: [],
        actions: [{ channel: 'sms', category: 'appointment_reminder', body: PLAYGROUND_REQUEST_EXAMPLE.request.message.body }],
      },
    },
  },
);

const VendorSchema = documented(
  z.object({
    id: z.string(),
    name: z.string(),
    channels: z.array(ChannelSchema),
    baa: z.object({ signed: date('The day the BAA was signed'), expires: date('The last day it covers; null: no end').nullable().optional() }).nullable().describe('null: no BAA signed'),
  }),
  { id: 'Vendor', description: 'A vendor of the register (vendors.json)', example: { id: 'acme-sms', name: 'Acme SMS (fictional)', channels: ['sms'], baa: { signed: '2025-01-15', expires: '2028-01-15' } } },
);

export const PlaygroundBundleSchema = documented(
  z.object({
    policy: PolicyRefSchema,
    files: z.array(z.object({ name: z.string(), text: z.string() })),
    settings: z.object(Object.fromEntries(Object.entries(SETTINGS).map(([name, meaning]) => [name, z.string().optional().describe(meaning)]))).describe('The bundle\'s `settings` block'),
    vendors: z.array(VendorSchema),
  }),
  {
    id: 'PlaygroundBundle',
    description: 'The running bundle: its files, settings and vendor register',
    example: {
      policy: POLICY,
      files: [{ name: '40-allow.policy', text: DRAFT_POLICY }],
      settings: { practice: 'Riverside Family Practice', portal_vendor: 'riverside-ehr', time_zone: 'America/New_York' },
      vendors: [{ id: 'acme-sms', name: 'Acme SMS (fictional)', channels: ['sms'], baa: { signed: '2025-01-15', expires: '2028-01-15' } }],
    },
  },
);

// ---- the document ----

export const OPENAPI_TAGS = [
  { name: 'decisions', description: 'Decide whether a message may be sent: allow, downgrade (send `actions` instead) or deny. Every decision is recorded in the audit trail before it is answered' },
  { name: 'routing', description: 'Plan the best compliant way to reach a patient, across channels' },
  { name: 'policy', description: 'The policy bundle that is serving, and reloading it' },
  { name: 'playground', description: 'Try a draft policy without serving it (the page at `/` uses these)' },
  { name: 'operations', description: 'Probes and metrics for the platform: no key needed, no PHI' },
];

const MALFORMED_HTTP = { statusCode: 400, code: 'MALFORMED_HTTP', error: 'Bad Request', message: 'The request is not well-formed HTTP/1.1' };
const PROBE_400 = { description: 'The request is not well-formed HTTP (`MALFORMED_HTTP`), or its URL is not valid percent-encoding (`MALFORMED_URL`)', example: MALFORMED_HTTP };

/** Where a route's answer under a status is not described, or exemplified, as the schema's or the status's: by method and path, then status. */
const ROUTE_RESPONSES: Record<string, Record<string, { description?: string; example?: unknown }>> = {
  'POST /v1/decide/batch': {
    400: { example: { statusCode: 400, code: 'BATCH_TOO_LARGE', error: 'Bad Request', message: 'A batch holds at most 1000 requests; this one has 1200' } },
  },
  'POST /v1/fhir/decide': {
    400: {
      example: {
        statusCode: 400,
        code: 'FHIR_UNMAPPABLE',
        error: 'Bad Request',
        message: 'invalid FHIR bundle: Bundle.entry[0].resource.medium[0].coding[0].code: phigate has a channel for v3 ParticipationMode SMSWRIT (sms) and EMAILWRIT (email) only; use urn:phigate:channel for the others',
        issues: [
          {
            path: 'Bundle.entry[0].resource.medium[0].coding[0].code',
            message: 'phigate has a channel for v3 ParticipationMode SMSWRIT (sms) and EMAILWRIT (email) only; use urn:phigate:channel for the others',
          },
        ],
      },
    },
  },
  'POST /v1/policy/reload': {
    400: {
      description: '`force` is neither `true` nor `false` (`INVALID_REQUEST`)',
      example: {
        statusCode: 400,
        code: 'INVALID_REQUEST',
        error: 'Bad Request',
        message: 'invalid request: force: Invalid option: expected one of "true"|"false"',
        issues: [{ path: 'force', message: 'Invalid option: expected one of "true"|"false"' }],
      },
    },
  },
  'GET /healthz': { 400: PROBE_400 },
  'GET /readyz': {
    400: PROBE_400,
    503: { description: 'Not ready: the audit trail cannot record (`unavailable`), or the service is shutting down (`draining`)', example: READINESS_EXAMPLES[503] },
  },
  'GET /metrics': { 400: PROBE_400 },
};

/** The Prometheus text of GET /metrics (not JSON). */
export const MetricsTextSchema = documented(z.string(), {
  description: 'Prometheus text exposition format',
  example: '# HELP phigate_decisions_total Decisions made and recorded, by outcome (one per decision, batch items included)\n# TYPE phigate_decisions_total counter\nphigate_decisions_total{decision="allow"} 1042\n',
});
/** Media types other than application/json, by response schema. */
const MEDIA_TYPES = new Map<AnySchema, string>([[MetricsTextSchema, 'text/plain; version=0.0.4']]);

type Json = Record<string, unknown>;

const zodTransform = createJsonSchemaTransform({ schemaRegistry: docs });

/**
 * @fastify/swagger's `transform`: each route's zod schemas as JSON Schema, named ones as references to
 * components (fastify-type-provider-zod), and each response with its description and media type. Error
 * statuses are described by ERROR_STATUS_TEXT unless the route's schema gives its own.
 */
export const openApiTransform: SwaggerTransform<FastifySchema> = (input) => {
  const out = zodTransform(input);
  const route = ROUTE_RESPONSES[`${[input.route.method].flat()[0]!.toUpperCase()} ${input.url}`];
  const zodResponses = (input.schema as FastifySchema | undefined)?.response as Record<string, AnySchema> | undefined;
  const responses = (out.schema as FastifySchema | undefined)?.response as Record<string, Json> | undefined;
  if (zodResponses && responses) {
    for (const [status, json] of Object.entries(responses)) {
      const zod = zodResponses[status]!;
      const description = route?.[status]?.description ?? (zod === ErrorSchema ? ERROR_STATUS_TEXT[status] : undefined) ?? docs.get(zod)?.description ?? 'The answer';
      responses[status] = { description, content: { [MEDIA_TYPES.get(zod) ?? 'application/json']: { schema: json } } };
    }
  }
  return out;
};

/**
 * @fastify/swagger's `transformObject`: the components (every schema `docs` names, as OpenAPI 3.0), an
 * example on every request and response, and only the components the operations use.
 *
 * fastify-type-provider-zod names a component `FooInput` where a request uses it and `Foo` where a
 * response does. Where both forms are the same JSON (requests are strict objects, so they are) or
 * only one is used, the document has one component, `Foo`: a client gets one type per name.
 */
export const openApiTransformObject: SwaggerTransformObject = (input) => {
  if (!('openapiObject' in input)) throw new Error('OpenAPI 3 only');
  const doc = input.openapiObject as Json & { paths: Record<string, Record<string, Json>>; components?: Json & { schemas?: Record<string, Json> } };
  const schemas: Record<string, Json> = { ...doc.components?.schemas, ...componentsOf('input'), ...componentsOf('output') };
  addExamples(doc.paths, schemas);
  const { schemas: named, merged } = mergeInputForms(usedComponents(doc.paths, schemas));
  const text = JSON.stringify({ ...doc, components: { ...doc.components, schemas: named } }).replace(/"#\/components\/schemas\/([^"]+)Input"/g, (ref, name: string) =>
    merged.has(name) ? `"#/components/schemas/${name}"` : ref,
  );
  return JSON.parse(text) as ReturnType<SwaggerTransformObject>;
};

const componentName = (id: string, io: 'input' | 'output'): string => (io === 'input' ? `${id}Input` : id);

/** Every named schema as fastify-type-provider-zod names it: `FooInput` (input) or `Foo` (output). */
function componentsOf(io: 'input' | 'output'): Record<string, Json> {
  const { schemas } = z.toJSONSchema(docs, {
    target: 'openapi-3.0',
    io,
    metadata: docs,
    unrepresentable: 'any',
    cycles: 'ref',
    reused: 'inline',
    uri: (id) => `#/components/schemas/${componentName(id, io)}`,
  });
  const out: Record<string, Json> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    if (id === '__shared') throw new Error('OpenAPI: a schema is shared without a name; give it an id in server/schemas.ts');
    const { id: _id, $id: _uri, $schema: _schema, ...rest } = schema as Json;
    out[componentName(id, io)] = tidy(rest) as Json;
  }
  return out;
}

/**
 * zod's JSON Schema, as a reader wants it. A reference that has a description of its own (an optional
 * field) is `allOf: [{$ref}]` in OpenAPI 3.0, where `$ref` takes no siblings: the component has the
 * description, so the reference alone. An integer's bounds are the safe integers: no bounds.
 */
function tidy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(tidy);
  if (!value || typeof value !== 'object') return value;
  const o = value as Json;
  const only = Array.isArray(o.allOf) && o.allOf.length === 1 ? (o.allOf[0] as Json) : undefined;
  if (only?.$ref !== undefined && Object.keys(o).every((k) => k === 'allOf' || k === 'description')) return only;
  const kept = Object.entries(o).filter(([k, v]) => !(o.type === 'integer' && ((k === 'minimum' && v === Number.MIN_SAFE_INTEGER) || (k === 'maximum' && v === Number.MAX_SAFE_INTEGER))));
  return Object.fromEntries(kept.map(([k, v]) => [k, k === 'example' ? v : tidy(v)]));
}

const refName = (ref: unknown): string | undefined => (typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined);

/** Every `$ref` name in a value, deeply. */
function refsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const v of value) refsIn(v, into);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const name = k === '$ref' ? refName(v) : undefined;
      if (name !== undefined) into.add(name);
      else if (k !== 'example') refsIn(v, into);
    }
  }
  return into;
}

/** The components the operations reach. */
function usedComponents(paths: unknown, schemas: Record<string, Json>): Record<string, Json> {
  const used = new Set<string>();
  const next = [...refsIn(paths)];
  while (next.length > 0) {
    const name = next.pop()!;
    if (used.has(name) || !schemas[name]) continue;
    used.add(name);
    next.push(...refsIn(schemas[name]));
  }
  return Object.fromEntries([...used].sort().map((name) => [name, schemas[name]!]));
}

/** `FooInput` becomes `Foo` where no `Foo` is used, or `Foo` is the same schema; the others keep both names. */
function mergeInputForms(schemas: Record<string, Json>): { schemas: Record<string, Json>; merged: Set<string> } {
  const merged = new Set(Object.keys(schemas).flatMap((n) => (n.endsWith('Input') ? [n.slice(0, -'Input'.length)] : [])));
  const unify = (s: Json): string => JSON.stringify(s).replace(/"#\/components\/schemas\/([^"]+)Input"/g, (ref, name: string) => (merged.has(name) ? `"#/components/schemas/${name}"` : ref));
  // Drop the names whose two forms differ, until what is left agrees (a difference below makes the one above differ too).
  for (let changed = true; changed; ) {
    changed = false;
    for (const name of merged) {
      const output = schemas[name];
      if (output !== undefined && unify(output) !== unify(schemas[`${name}Input`]!)) {
        merged.delete(name);
        changed = true;
      }
    }
  }
  const out: Record<string, Json> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    const base = name.endsWith('Input') ? name.slice(0, -'Input'.length) : name;
    out[merged.has(base) ? base : name] = schema;
  }
  return { schemas: Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b))), merged };
}

/** An example on every request body and response that has none: its component's, or the error's for that status. */
function addExamples(paths: Record<string, Record<string, Json>>, schemas: Record<string, Json>): void {
  const exampleOf = (schema: Json | undefined, status: string | undefined, route: string): unknown => {
    if (!schema) return undefined;
    const special = status === undefined ? undefined : ROUTE_RESPONSES[route]?.[status]?.example;
    if (special !== undefined) return special;
    const name = refName(schema.$ref);
    if (name === 'Error') return ERROR_EXAMPLES[status as unknown as keyof typeof ERROR_EXAMPLES];
    return name === undefined ? schema.example : schemas[name]?.example;
  };
  for (const [path, item] of Object.entries(paths)) {
    for (const [method, op] of Object.entries(item)) {
      const route = `${method.toUpperCase()} ${path}`;
      const media: [Json, string | undefined][] = [];
      const body = op.requestBody as { content?: Record<string, Json> } | undefined;
      for (const m of Object.values(body?.content ?? {})) media.push([m, undefined]);
      for (const [status, response] of Object.entries((op.responses ?? {}) as Record<string, { content?: Record<string, Json> }>)) {
        for (const m of Object.values(response.content ?? {})) media.push([m, status]);
      }
      for (const [m, status] of media) {
        if (m.example !== undefined || m.examples !== undefined) continue;
        const example = exampleOf(m.schema as Json | undefined, status, route);
        if (example !== undefined) m.example = example;
      }
    }
  }
}
