// What the service logs, and what it never logs: message text, subjects, patient ids, matched text,
// API keys. Request bodies are never handed to the logger; requests are logged as method and path
// (no query string, no headers); errors as their type, code and stack frames, with the message only
// when we wrote it ourselves, because other errors (JSON.parse, a fault deep in the engine, Node's
// HTTP parser with its raw packet) can quote the request.
import type { FastifyServerOptions } from 'fastify';
import { AuditUnavailableError } from '../audit/index.ts';
import { HttpError } from './errors.ts';

export type LoggerOption = FastifyServerOptions['logger'];

/** Paths censored if a log call ever passes a request, body, patient or key along anyway. */
const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.body',
  'body',
  'message',
  'subject',
  'patient',
  'request',
  'requests',
];

/** The caller's logger options (level, stream...) with our redaction and serializers, which always win. */
export function loggerOptions(logger: LoggerOption): LoggerOption {
  if (!logger) return false;
  const given = logger === true ? {} : logger;
  return {
    ...given,
    redact: { paths: LOG_REDACT, censor: '[redacted]' },
    serializers: { ...given.serializers, req: requestSummary, err: errorSummary },
  };
}

/** A request as method and path: the query string is dropped (callers may put anything there). */
function requestSummary(req: { method: string; url: string; ip?: string }): { method: string; path: string; remoteAddress?: string } {
  const q = req.url.indexOf('?');
  return { method: req.method, path: q === -1 ? req.url : req.url.slice(0, q), ...(req.ip ? { remoteAddress: req.ip } : {}) };
}

/** Only texts we wrote: our own 5xx texts and the audit store's (which never sees request content). */
const trustedMessage = (e: Error): boolean => e instanceof AuditUnavailableError || (e instanceof HttpError && e.statusCode >= 500);

const UNLOGGED_MESSAGE = '(not logged: it may quote the request)';

/** An error as pino's usual shape, with the message replaced unless we wrote it, and the stack reduced to its frames. */
function errorSummary(err: unknown): { type: string; code?: string; message: string; stack: string } {
  if (!(err instanceof Error)) return { type: typeof err, message: UNLOGGED_MESSAGE, stack: '' };
  const code = (err as { code?: unknown }).code;
  return {
    type: err.name,
    ...(typeof code === 'string' ? { code } : {}),
    message: trustedMessage(err) ? err.message : UNLOGGED_MESSAGE,
    stack: (err.stack ?? '').split('\n').map((line) => line.trim()).filter((line) => line.startsWith('at ')).join('\n'),
  };
}
