// The decision API as a Fastify app. `buildApp` wires everything and never listens, so tests use
// `app.inject`; server/start.ts listens, reloads on signals and shuts down gracefully.
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import type { AuditStore } from '../engine/audit/index.ts';
import { ENGINE_VERSION, requestError } from '../engine/index.ts';
import type { DecisionContext } from './decisions.ts';
import { HttpError, toErrorBody } from './errors.ts';
import { presentedKey, type ApiKeys, type Role } from './keys.ts';
import { createMetrics } from './metrics.ts';
import type { PolicyHolder } from './policy-holder.ts';
import { decisionRoutes } from './routes/decide.ts';
import { operationsRoutes } from './routes/operations.ts';
import { policyRoutes } from './routes/policy.ts';
import type { RouteDeps } from './routes/deps.ts';

export interface AppOptions {
  holder: PolicyHolder;
  audit: AuditStore;
  auditKey: Buffer;
  keys: ApiKeys;
  /** pino options or a pino-compatible logger; false for none. Bodies are never logged either way. */
  logger?: FastifyServerOptions['logger'];
  bodyLimit?: number;
  maxBatch?: number;
  requestTimeoutMs?: number;
  now?: () => number;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route: nobody needs a key for health, metrics and docs. */
    auth?: Role | false;
  }
}

export const DEFAULTS = { bodyLimit: 1024 * 1024, maxBatch: 1000, requestTimeoutMs: 10_000 };

/** Paths that must never reach logs with their values. */
export const LOG_REDACT = ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.body', 'res.body', 'body', 'message', 'patient'];

export async function buildApp(o: AppOptions): Promise<FastifyInstance> {
  const maxBatch = o.maxBatch ?? DEFAULTS.maxBatch;
  const app = Fastify({
    logger: o.logger ?? false,
    bodyLimit: o.bodyLimit ?? DEFAULTS.bodyLimit,
    requestTimeout: o.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    return503OnClosing: true,
  });
  const metrics = createMetrics();
  const ctx: DecisionContext = { holder: o.holder, audit: o.audit, auditKey: o.auditKey, metrics, ...(o.now ? { now: o.now } : {}) };

  // Strict content type: JSON only, parsed by us so parse errors never quote the body back.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_req, text, done) => {
    try {
      done(null, text === '' ? undefined : JSON.parse(text as string));
    } catch {
      done(new HttpError(400, 'INVALID_JSON', 'The request body is not valid JSON'), undefined);
    }
  });
  // Validate with the same zod schemas the OpenAPI document is generated from.
  app.setValidatorCompiler(({ schema }) => (data) => {
    const r = (schema as ZodType).safeParse(data);
    if (r.success) return { value: r.data };
    const e = requestError(r.error);
    return { error: new HttpError(400, 'INVALID_REQUEST', e.message, e.issues) };
  });
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));
  app.setErrorHandler((err, req, reply) => {
    const body = toErrorBody(err);
    metrics.errors.inc({ code: body.code });
    if (body.statusCode >= 500) req.log.error({ code: body.code, err: { message: (err as Error).message, stack: (err as Error).stack } }, 'request failed');
    void reply.status(body.statusCode).send(body);
  });
  app.setNotFoundHandler((_req, reply) => void reply.status(404).send(toErrorBody({ statusCode: 404 })));
  app.addHook('onRequest', async (req) => {
    const need = req.routeOptions.config.auth;
    if (!need) return;
    const role = o.keys.verify(presentedKey(req.headers));
    if (!role) throw new HttpError(401, 'UNAUTHORIZED', 'Missing or invalid API key: send "Authorization: Bearer <key>"');
    if (need === 'admin' && role !== 'admin') throw new HttpError(403, 'FORBIDDEN', 'This endpoint needs an admin key');
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'phigate decision API', version: ENGINE_VERSION, description: 'Decide whether a patient message may be sent over a channel: allow, downgrade, or deny. Treat any 5xx from a decision endpoint as deny.' },
      components: { securitySchemes: { apiKey: { type: 'http', scheme: 'bearer' } } },
      security: [{ apiKey: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  const deps: RouteDeps = { holder: o.holder, audit: o.audit, keys: o.keys, ctx, metrics, maxBatch };
  for (const routes of [decisionRoutes, policyRoutes, operationsRoutes]) routes(app, deps);
  app.get('/openapi.json', { config: { auth: false }, schema: { hide: true } }, async () => app.swagger());

  o.holder.onReloadHooks.push((r) => metrics.reloads.inc({ result: r.ok ? 'ok' : 'rejected' }));
  return app;
}
