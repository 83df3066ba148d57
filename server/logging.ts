// What the service logs, and what it never logs: message text, subjects, patient ids, matched text,
// API keys. Request bodies are never handed to the logger; requests are logged as method and path
// (no query string; of the headers only the request id and the trace context, below); errors as their type, code and stack frames, with the message only
// when we wrote it ourselves, because other errors (JSON.parse, a fault deep in the engine, Node's
// HTTP parser with its raw packet) can quote the request.
//
// Every line of a request carries its id (`reqId`: the caller's X-Request-Id when it is a plausible one,
// else a random UUID; echoed back in the X-Request-Id response header) and, when the caller sent a valid
// W3C `traceparent`, its `traceId` and `parentSpanId`. Health probes and scrapes (routes marked `probe`)
// are logged at debug, so a probe every second does not fill the log at info.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { LogController, type FastifyBaseLogger, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { AuditUnavailableError } from '../audit/index.ts';
import { HttpError } from './errors.ts';

export type LoggerOption = FastifyServerOptions['logger'];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A health probe or a metrics scrape: logged at debug, not info, and answered while the service shuts down. */
    probe?: boolean;
  }
}

/** The request id header, read and echoed. */
export const REQUEST_ID_HEADER = 'x-request-id';

/** A caller's request id we take: 1 to 128 visible ASCII characters (no spaces or controls, so it is safe to echo and log). */
const PLAUSIBLE_ID = /^[\x21-\x7e]{1,128}$/;

/** The request's id: the caller's X-Request-Id when plausible, else a new random UUID (Fastify's genReqId). */
export function requestIdOf(raw: IncomingMessage): string {
  const given = raw.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && PLAUSIBLE_ID.test(given) ? given : randomUUID();
}

/** W3C Trace Context, version 00: `00-<trace id: 32 hex>-<parent id: 16 hex>-<flags: 2 hex>`, lower case, ids not all zeros. */
const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-[0-9a-f]{2}$/;
const ZEROS = /^0+$/;

/** The trace and parent span ids of a valid `traceparent` header; undefined for anything else (ignored). */
export function traceContext(header: string | string[] | undefined): { traceId: string; parentSpanId: string } | undefined {
  if (typeof header !== 'string') return undefined;
  const m = TRACEPARENT.exec(header.trim());
  if (!m || ZEROS.test(m[1]!) || ZEROS.test(m[2]!)) return undefined;
  return { traceId: m[1]!, parentSpanId: m[2]! };
}

/** Fastify's per-request child logger, with the caller's trace context on every line of the request. */
function childWithTrace(logger: FastifyBaseLogger, bindings: Record<string, unknown>, options: object, raw: IncomingMessage): FastifyBaseLogger {
  const trace = traceContext(raw.headers.traceparent);
  return logger.child(trace ? { ...bindings, ...trace } : bindings, options);
}

/** Fastify's request log lines, with those of probes and scrapes at debug instead of info. */
class ProbesAtDebug extends LogController {
  override incomingRequest(request: FastifyRequest, reply: FastifyReply): void {
    if (request.routeOptions.config.probe === true) request.log.debug({ req: request }, 'incoming request');
    else super.incomingRequest(request, reply);
  }

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (!error && request.routeOptions.config.probe === true) reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
    else super.requestCompleted(error, request, reply);
  }
}

/**
 * The Fastify options for logging and request ids: the logger (our redaction and serializers), request ids
 * from X-Request-Id, the trace context on every request line, and probes at debug.
 */
export function requestLogging(logger: LoggerOption): Pick<FastifyServerOptions, 'logger' | 'genReqId' | 'logController' | 'childLoggerFactory'> {
  const options = loggerOptions(logger);
  return {
    logger: options,
    genReqId: requestIdOf,
    // Without a logger Fastify skips making child loggers altogether: keep it that way.
    ...(options ? { logController: new ProbesAtDebug(), childLoggerFactory: childWithTrace as unknown as NonNullable<FastifyServerOptions['childLoggerFactory']> } : {}),
  };
}

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
