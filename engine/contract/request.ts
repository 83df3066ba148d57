// The decision request of ../shared/contract.md as a zod schema: one source for validation,
// TypeScript types and the OpenAPI document. Unknown fields are rejected so typos never pass silently.
import { z } from 'zod';
import { canonicalWriter } from './canonical.ts';
import { parseDate } from './dates.ts';
import { quickCheck } from './quick-check.ts';
import { CATEGORIES, CHANNELS, CONSENT_STATUSES, SCOPES, SENDER_KINDS } from './vocabulary.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
// parseDate caches what it parses, so the decision reads these dates again for free.
const isoDate = z
  .string()
  .refine((s) => ISO_DATE.test(s) && !Number.isNaN(parseDate(s)), {
    message: 'expected an ISO 8601 date such as 2026-11-24 or 2026-11-24T15:00:00Z',
  });

/** An IANA time zone name the runtime knows (America/Chicago), as Intl reads it. */
const timeZone = z.string().max(64).refine((s) => isTimeZone(s), { message: 'expected an IANA time zone name such as America/New_York' });
/** A BCP 47 language tag (es, zh-Hant, vi-VN). */
const languageTag = z.string().max(35).refine((s) => isLanguageTag(s), { message: 'expected a BCP 47 language tag such as en, es or zh-Hant' });

export const ChannelSchema = z.enum(CHANNELS);
export const CategorySchema = z.enum(CATEGORIES);
export const ScopeSchema = z.enum(SCOPES);

export const ConsentSchema = z.strictObject({
  channel: ChannelSchema,
  scopes: z.array(ScopeSchema),
  status: z.enum(CONSENT_STATUSES),
  riskAcknowledged: z.boolean().optional(),
  unencryptedRequested: z.boolean().optional(),
  recordedAt: isoDate.optional(),
  method: z.string().max(200).optional(),
});

export const MessageSchema = z.strictObject({
  id: z.string().max(200).optional(),
  category: CategorySchema,
  body: z.string().max(100_000),
  subject: z.string().max(2_000).optional(),
  templateFields: z.array(z.string().max(200)).max(200).optional(),
  language: languageTag.optional(),
});

export const SenderSchema = z.strictObject({
  kind: z.enum(SENDER_KINDS),
  vendor: z.string().max(200).optional(),
});

export const PatientSchema = z.strictObject({
  id: z.string().max(200).optional(),
  consents: z.array(ConsentSchema).max(100),
  avoidChannels: z.array(ChannelSchema).optional(),
  portalActive: z.boolean().optional(),
  timeZone: timeZone.optional(),
  age: z.number().int().min(0).max(150).optional(),
  doNotContact: z.boolean().optional(),
});

export const DecisionRequestSchema = z.strictObject({
  message: MessageSchema,
  channel: ChannelSchema,
  sender: SenderSchema,
  patient: PatientSchema,
  at: isoDate.optional(),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return name.length > 0;
  } catch {
    return false;
  }
}

function isLanguageTag(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

export type Consent = z.infer<typeof ConsentSchema>;
export type DecisionRequest = z.infer<typeof DecisionRequestSchema>;

export interface RequestError {
  code: 'request/invalid';
  message: string;
  issues: { path: string; message: string }[];
}

/**
 * What an error may quote back of a request: key names that look like field names (a letter, `_` or `$`,
 * then letters, digits, `_`, `$` or `-`; at most 32 characters). Any other key may be anything a caller
 * put there, a patient's name and diagnosis or half a megabyte, so it is replaced by HIDDEN_KEY.
 */
const SHOWN_KEY = /^[A-Za-z_$][\w$-]{0,31}$/;
export const HIDDEN_KEY = '<key not shown>';
/** At most this many problems are listed in one error; the message counts the rest. */
export const MAX_REQUEST_ISSUES = 20;
/** At most this many unrecognized key names are quoted in one problem; the message counts the rest. */
const MAX_SHOWN_KEYS = 5;

/** A key as an error may show it: itself when it looks like a field name, else HIDDEN_KEY. */
export const shownKey = (key: PropertyKey): string => (typeof key === 'string' && SHOWN_KEY.test(key) ? key : HIDDEN_KEY);

/** A path in a request as errors name it (`patient.consents[0].status`), keys that may not be shown replaced. */
export const requestPathText = (path: readonly PropertyKey[]): string =>
  path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${shownKey(p)}` : shownKey(p)), '');

/** Validate a request against the contract; every bad field is named by its path. */
export function parseRequest(input: unknown): { ok: true; value: DecisionRequest } | { ok: false; error: RequestError } {
  const parsed = DecisionRequestSchema.safeParse(input);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: requestError(parsed.error) };
}

/**
 * A zod error as the contract's error: each issue with the path of the field it concerns. What it quotes
 * of the request is capped and masked: key names only when they look like field names (shownKey), at most
 * MAX_SHOWN_KEYS of them per problem and MAX_REQUEST_ISSUES problems, the rest counted. zod's other
 * messages quote only the schema (expected values, limits), never the value that was sent.
 */
export function requestError(error: z.ZodError): RequestError {
  const all = error.issues;
  const issues = all.slice(0, MAX_REQUEST_ISSUES).map((i) => ({ path: requestPathText(i.path) || '(request)', message: i.code === 'unrecognized_keys' ? unrecognizedKeys(i.keys) : i.message }));
  const more = all.length - issues.length;
  const message = `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}${more > 0 ? `; and ${more} more problem${more === 1 ? '' : 's'}` : ''}`;
  return { code: 'request/invalid', message, issues };
}

/** zod's "Unrecognized keys" message, quoting only the names that may be shown, at most MAX_SHOWN_KEYS of them. */
function unrecognizedKeys(keys: readonly string[]): string {
  const shown = keys.filter((k) => shownKey(k) === k).slice(0, MAX_SHOWN_KEYS);
  const hidden = keys.length - shown.length;
  const s = (n: number): string => (n === 1 ? '' : 's');
  if (hidden === 0) return `Unrecognized key${s(shown.length)}: ${shown.map((k) => JSON.stringify(k)).join(', ')}`;
  const why = `only names that look like field names are quoted back, at most ${MAX_SHOWN_KEYS}`;
  if (shown.length === 0) return `${hidden} unrecognized key${s(hidden)} (not shown: ${why})`;
  return `Unrecognized keys: ${shown.map((k) => JSON.stringify(k)).join(', ')} and ${hidden} more (not shown: ${why})`;
}

/**
 * parseRequest for a value fresh from JSON.parse (plain objects and arrays, no getters): one the
 * compiled check (quick-check.ts: yes only for requests zod accepts unchanged) passes is returned as
 * it is, since zod would return an equal copy; any other goes through zod. Values from elsewhere go to
 * parseRequest, whose copy is taken once, field by field. The check is compiled on first use, so
 * commands that never see JSON requests do not pay for it.
 */
export function parseJsonRequest(json: unknown): ReturnType<typeof parseRequest> {
  return quickCheck(DecisionRequestSchema)?.(json) ? { ok: true, value: json as DecisionRequest } : parseRequest(json);
}

/** canonicalJson (json.ts) of a request that passed parseRequest, for its audit hash; written from the schema (canonical.ts). */
export const canonicalRequestJson: (request: DecisionRequest) => string = canonicalWriter(DecisionRequestSchema);
