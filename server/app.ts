// The decision API as a Fastify app. `buildApp` wires everything and never listens, so tests use
// `app.inject`; server/start.ts listens, reloads on signals and shuts down gracefully.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ZodType } from 'zod';
import type { AuditStore } from '../audit/index.ts';
import { leaveItemsRaw } from './batch-body.ts';
import { MIN_WORKER_BATCH } from './batch-pool.ts';
import { ENGINE_VERSION, quickCheck, requestError } from '../engine/index.ts';
import { decisionContext } from './decisions.ts';
import { connectionErrorBody, HttpError, rawHttpResponse, toErrorBody } from './errors.ts';
import { presentedKey, type ApiKeys, type Role } from './keys.ts';
import { REQUEST_ID_HEADER, requestLogging, type LoggerOption } from './logging.ts';
import { createMetrics, type Metrics } from './metrics.ts';
import type { PolicyHolder, ReloadResult } from './policy-holder.ts';
import { batchJson, decisionJson } from './response-json.ts';
import { decisionRoutes } from './routes/decide.ts';
import { operationsRoutes } from './routes/operations.ts';
import { policyRoutes } from './routes/policy.ts';
import { routeRoutes } from './routes/route.ts';
import { playgroundRoutes } from './routes/playground.ts';
import { fhirRoutes } from './routes/fhir.ts';
import type { RouteDeps } from './routes/deps.ts';
import { BatchResponseSchema, DecisionResponseSchema, OPENAPI_TAGS, openApiTransform, openApiTransformObject } from './schemas.ts';
import { parseJsonBody } from './strict-json.ts';

export interface AppOptions {
  holder: PolicyHolder;
  audit: AuditStore;
  auditKey: Buffer;
  keys: ApiKeys;
  /**
   * pino options (level, stream...) or false for none. Redaction and the request and error
   * serializers are always ours: bodies, keys and error texts that may quote a request never reach the log.
   */
  logger?: LoggerOption;
  bodyLimit?: number;
  maxBatch?: number;
  /** How long a client may take to send a whole request (headers and body) before it gets 408. */
  requestTimeoutMs?: number;
  now?: () => number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Unset means a client key: only routes marked `false` are open. */
    auth?: Role | false;
    /** A batch route: a large body's items are left raw for the batch workers (batch-body.ts). */
    rawBatch?: boolean;
  }
}

const SERIALIZERS = new Map<unknown, (data: never) => string>([
  [DecisionResponseSchema, decisionJson],
  [BatchResponseSchema, batchJson],
]);

export const DEFAULTS = { bodyLimit: 1024 * 1024, maxBatch: 1000, requestTimeoutMs: 10_000 };

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const maxBatch = o.maxBatch ?? DEFAULTS.maxBatch;
  const requestTimeout = o.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs;
  const app = Fastify({
    // The logger, request ids (X-Request-Id), the caller's trace context on request lines, probes at debug.
    ...requestLogging(o.logger ?? false),
    bodyLimit: o.bodyLimit ?? DEFAULTS.bodyLimit,
    requestTimeout,
    // Node enforces the request timeout only when the headers timeout (60 s by default) is not longer,
    // and checks for overdue requests on an interval (30 s by default, longer than the timeout itself).
    http: { headersTimeout: requestTimeout, connectionsCheckingInterval: Math.max(50, Math.min(requestTimeout / 4, 30_000)) },
    // Requests that arrive while closing get our 503 (below), in the error shape, instead of Fastify's.
    return503OnClosing: false,
    // Errors before routing (a URL that is not valid percent-encoding): our shape, never quoting the URL.
    frameworkErrors: (err, req, reply) => answerError(err, req, reply),
    clientErrorHandler(err, socket) {
      if (err.code === 'ECONNRESET' || socket.destroyed) return;
      const answer = connectionErrorBody(err);
      app.log.debug({ err, statusCode: answer.statusCode }, 'connection error');
      if (socket.writable) socket.write(rawHttpResponse(answer));
      socket.destroy(err);
    },
  });
  const metrics = createMetrics();
  const ctx = decisionContext({ holder: o.holder, audit: o.audit, auditKey: o.auditKey, metrics, ...(o.now ? { now: o.now } : {}) });

  // Strict content type: JSON only, parsed by us so parse errors never quote the body back. Every JSON
  // route gets it: a key twice in one object or a `__proto__` key is refused (strict-json.ts), so what
  // the engine decides on is what any other reader of the same text sees.
  // A large batch for the worker threads is read here only as far as its outline (batch-body.ts): its
  // items are parsed, as strictly, on the workers.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (req, bytes, done) => {
    let body: unknown;
    try {
      const raw = ctx.batchPool && req.routeOptions.config.rawBatch === true ? leaveItemsRaw(req, bytes as Buffer, MIN_WORKER_BATCH) : undefined;
      body = raw ?? parseJsonBody((bytes as Buffer).toString('utf8'));
    } catch (e) {
      return done(e as HttpError, undefined);
    }
    done(null, body);
  });
  // Validate with the same zod schemas the OpenAPI document is generated from.
  // The compiled fast path (engine/quick-check.ts) passes most valid input at a fraction of zod's cost;
  // it may hand the value on as it is because bodies come from JSON.parse and queries from the query parser.
  app.setValidatorCompiler(({ schema }) => {
    const zod = schema as ZodType;
    const quick = quickCheck(zod);
    return (data) => {
      if (quick?.(data)) return { value: data };
      const r = zod.safeParse(data);
      if (r.success) return { value: r.data };
      const e = requestError(r.error);
      return { error: new HttpError(400, 'INVALID_REQUEST', e.message, e.issues) };
    };
  });
  // Decision responses write their shared parts from memory (response-json.ts); the rest is JSON.stringify.
  app.setSerializerCompiler(({ schema }) => (SERIALIZERS.get(schema) ?? JSON.stringify) as (data: unknown) => string);
  // Only faults (5xx) are logged at error level; a client's mistake is in the request log line already.
  const answerError = (err: unknown, req: FastifyRequest, reply: FastifyReply): void => {
    const answer = toErrorBody(err);
    metrics.errors.inc({ code: answer.code });
    if (answer.statusCode >= 500) req.log.error({ code: answer.code, err: (err as Error).cause ?? err }, 'request failed');
    if (answer.statusCode === 401) void reply.header('www-authenticate', 'Bearer');
    void reply.header(REQUEST_ID_HEADER, req.id); // also errors before routing, which no onRequest hook saw
    void reply.status(answer.statusCode).send(answer);
  };
  app.setErrorHandler(answerError);
  app.setNotFoundHandler((_req, reply) => void reply.status(404).send(toErrorBody({ statusCode: 404 })));
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Fail closed: a route that does not say who may call it needs a client key. A callback hook, not an
  // async one: it runs on every request and never waits, so a promise per request would be pure cost.
  // Every answer carries the request's id (the caller's X-Request-Id, or the one made for it).
  // While closing, probes are still answered (/readyz: 503 draining); everything else gets 503.
  app.addHook('onRequest', (req, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, req.id);
    if (closing && req.routeOptions.config.probe !== true) {
      void reply.header('connection', 'close');
      return done(new HttpError(503, 'SHUTTING_DOWN', 'The service is shutting down; no decision was made: retry, or treat the send as denied'));
    }
    const need = req.is404 ? false : (req.routeOptions.config.auth ?? 'client');
    if (need === false) return done();
    const role = o.keys.verify(presentedKey(req.headers));
    if (!role) return done(new HttpError(401, 'UNAUTHORIZED', 'Missing or invalid API key: send "Authorization: Bearer <key>"'));
    if (need === 'admin' && role !== 'admin') return done(new HttpError(403, 'FORBIDDEN', 'This endpoint needs an admin key'));
    done();
  });
  // Every response in phigate_http_request_duration_seconds, by route pattern; a path no route serves is `unmatched`.
  app.addHook('onResponse', (req, reply, done) => {
    metrics.observeRequest(req.method, req.is404 ? 'unmatched' : (req.routeOptions.url ?? 'unmatched'), reply.statusCode, reply.elapsedTime / 1000);
    done();
  });

  // The OpenAPI document (GET /openapi.json, /docs): components, examples and response descriptions come
  // from server/schemas.ts; test/server/openapi.test.ts lints it and sends every request example.
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'phigate decision API',
        version: ENGINE_VERSION,
        description: 'Decide whether a patient message may be sent over a channel: allow, downgrade, or deny. Treat any 5xx from a decision endpoint as deny.',
        contact: { name: 'phigate team', email: 'phigate-team@phigate.example', url: 'https://phigate.example/support' },
        license: { name: 'Proprietary', url: 'https://phigate.example/license' },
      },
      servers: [{ url: '/', description: 'The service that serves this document' }],
      tags: OPENAPI_TAGS,
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: openApiTransform,
    transformObject: openApiTransformObject,
  });
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...route.config, auth: false };
    });
    await docs.register(swaggerUi, { routePrefix: '/docs' });
  });

  const deps: RouteDeps = { holder: o.holder, audit: o.audit, keys: o.keys, ctx, metrics, maxBatch };
  for (const routes of [decisionRoutes, policyRoutes, operationsRoutes, routeRoutes, playgroundRoutes, fhirRoutes]) routes(app, deps);
  app.get('/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => app.swagger());

  const onReload = reloadReporter(app, metrics);
  o.holder.onReloadHooks.push(onReload);
  app.addHook('onClose', async () => {
    const at = o.holder.onReloadHooks.indexOf(onReload);
    if (at >= 0) o.holder.onReloadHooks.splice(at, 1);
  });
  return app;
}

/** Count and log every reload; a rejected bundle is logged with each diagnostic's place and text. */
function reloadReporter(app: FastifyInstance, metrics: Metrics): (r: ReloadResult) => void {
  return (r) => {
    metrics.reloads.inc({ result: r.ok ? 'ok' : 'rejected' });
    if (r.ok) app.log.info({ digest: r.policy.digest, changed: r.changed }, 'policy reloaded');
    else app.log.error({ diagnostics: r.error.diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`) }, 'policy reload rejected; the previous policy keeps serving');
  };
}
