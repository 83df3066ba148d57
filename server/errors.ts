// One function maps every failure to an HTTP status and a stable code, so callers can branch on
// `code` and never on message text. Any 5xx on a decision endpoint means: treat the send as denied.

export interface ErrorBody {
  statusCode: number;
  code: string;
  error: string;
  message: string;
  issues?: { path: string; message: string }[];
}

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly issues?: { path: string; message: string }[],
    /** The underlying fault, for the log only; it never reaches the response. */
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  422: 'Unprocessable Entity',
  431: 'Request Header Fields Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

// Fastify's own errors, by code, mapped to ours. Their messages can quote the request, so ours replace them.
const FASTIFY: Record<string, [number, string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE', 'The request body is larger than the limit'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the request as Content-Type: application/json'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_REQUEST', 'The Content-Length header does not match the body'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_REQUEST', 'The request body is empty; send a JSON object'],
  // Before routing (buildApp's frameworkErrors): Fastify's own answer would quote the path, in its own shape.
  FST_ERR_BAD_URL: [400, 'MALFORMED_URL', 'The request URL is not valid (a malformed percent-encoding)'],
  FST_ERR_MAX_PARAM_LENGTH: [414, 'URL_TOO_LONG', 'A part of the request URL is longer than the limit'],
};

export function toErrorBody(err: unknown): ErrorBody {
  if (err instanceof HttpError) return errorBody(err.statusCode, err.code, err.message, err.issues);
  const e = err as { code?: string; statusCode?: number };
  const known = e.code ? FASTIFY[e.code] : undefined;
  if (known) return errorBody(...known);
  if (e.statusCode === 408 || e.code === 'FST_ERR_REQUEST_TIMEOUT') return errorBody(408, 'REQUEST_TIMEOUT', 'The request took too long to arrive');
  if (e.statusCode === 404) return errorBody(404, 'NOT_FOUND', 'No such endpoint');
  // Any other client error a plugin raises, such as the documentation's static files (@fastify/static's
  // `send`) refusing a path with `..` or a NUL (403, 400) or an unsatisfiable Range (416): the client's
  // mistake, not a fault, so a 4xx and no error-level log. A path refused there is simply not found.
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    if (e.statusCode === 403) return errorBody(404, 'NOT_FOUND', 'No such endpoint');
    return errorBody(e.statusCode, 'BAD_REQUEST', 'The request cannot be served as sent');
  }
  return errorBody(500, 'INTERNAL', 'Internal error; treat any pending send as denied');
}

export function errorBody(statusCode: number, code: string, message: string, issues?: { path: string; message: string }[]): ErrorBody {
  const b: ErrorBody = { statusCode, code, error: STATUS_TEXT[statusCode] ?? 'Error', message };
  if (issues) b.issues = issues;
  return b;
}

/**
 * The error for a connection whose request never got as far as a route (Node's HTTP parser gave up,
 * or the request took longer than the request timeout to arrive), in the same body shape.
 */
export function connectionErrorBody(err: { code?: string }): ErrorBody {
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return errorBody(408, 'REQUEST_TIMEOUT', 'The request took too long to arrive');
  if (err.code === 'HPE_HEADER_OVERFLOW') return errorBody(431, 'HEADERS_TOO_LARGE', 'The request headers are larger than the limit');
  return errorBody(400, 'MALFORMED_HTTP', 'The request is not well-formed HTTP/1.1');
}

/** A complete HTTP/1.1 response carrying `body`, for writing straight to a socket. */
export function rawHttpResponse(body: ErrorBody): string {
  const json = JSON.stringify(body);
  return `HTTP/1.1 ${body.statusCode} ${body.error}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`;
}
