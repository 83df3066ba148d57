// Health, readiness and metrics: open to probes and scrapers, no key needed, no PHI. They are logged at
// debug (server/logging.ts) and still answered while the service shuts down: /readyz then answers 503.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AuditStore } from '../../audit/index.ts';
import { registerServiceGauges } from '../metrics.ts';
import type { PolicyHolder } from '../policy-holder.ts';
import { ErrorSchema, HealthSchema, MetricsTextSchema, readinessComponent, ReadySchema } from '../schemas.ts';
import type { Routes } from './deps.ts';

/** How long a readiness probe of the audit store is reused: a flood of /readyz commits at most one heartbeat per interval. */
export const READINESS_CACHE_MS = 1000;

/** Apps shutting down: their /readyz answers 503 `draining` from the moment the shutdown begins. */
const drainingApps = new WeakSet<FastifyInstance>();

/**
 * The first step of a graceful shutdown (server/start.ts): /readyz answers 503 so a load balancer stops
 * sending traffic, while every other endpoint is still served. app.close() does the same by itself.
 */
export function markDraining(app: FastifyInstance): void {
  drainingApps.add(app);
}

const ReadinessSchema = ReadySchema.extend({
  status: z.enum(['ready', 'unavailable', 'draining']).describe('draining: the service is shutting down (503); send new requests elsewhere'),
  auditReason: z.string().optional().describe('Why the audit trail cannot record (a file, an SQLite code, a size; never record contents)'),
  bundle: z
    .object({
      inSync: z.boolean().describe("false when the bundle's files differ from those the serving policy was loaded from (changed, deleted, folder replaced) and no reload has succeeded since"),
      staleSeconds: z.number().describe('Seconds since the files were first seen to differ (0 when in sync)'),
      changedAt: z.string().optional(),
      watching: z.boolean(),
      lastReload: z
        .object({ at: z.string(), refused: z.boolean(), codes: z.array(z.string()) })
        .optional()
        .describe('The last reload failed: the bundle has errors (refused false) or loses rules / fails its own tests (refused true); details in GET /v1/policy'),
    })
    .describe('The serving policy against the files on disk. A stale policy still serves (the last good one): status stays ready'),
});

/**
 * Whether the audit store can record, probed at most once per READINESS_CACHE_MS (concurrent calls share
 * the probe). A store that knows it cannot record (status()) answers at once, without a probe.
 */
function auditReadiness(audit: AuditStore): () => Promise<{ writable: boolean; reason?: string }> {
  let cached: { at: number; writable: boolean } | undefined;
  let probing: Promise<boolean> | undefined;
  const probe = (): Promise<boolean> =>
    (probing ??= audit
      .healthy()
      .then((writable) => {
        cached = { at: performance.now(), writable };
        return writable;
      })
      .finally(() => {
        probing = undefined;
      }));
  return async () => {
    const fresh = cached !== undefined && performance.now() - cached.at < READINESS_CACHE_MS;
    const known = audit.status?.();
    if (known && !known.writable) {
      if (!fresh) void probe(); // lets the store try to recover (it does no I/O while it knows it cannot write)
      return { writable: false, ...(known.reason ? { reason: known.reason } : {}) };
    }
    const writable = fresh ? cached!.writable : await probe();
    const reason = writable ? undefined : audit.status?.().reason;
    return { writable, ...(reason ? { reason } : {}) };
  };
}

function bundleState(holder: PolicyHolder): z.infer<typeof ReadinessSchema>['bundle'] {
  const f = holder.freshness();
  const e = holder.lastError;
  return {
    inSync: !f.differ,
    staleSeconds: Math.round(f.staleSeconds * 10) / 10,
    ...(f.changedAt ? { changedAt: f.changedAt } : {}),
    watching: f.watching,
    ...(e ? { lastReload: { at: e.at, refused: e.refused === true, codes: [...new Set(e.diagnostics.map((d) => d.code))] } } : {}),
  };
}

export const operationsRoutes: Routes = (app, { holder, audit, metrics }) => {
  registerServiceGauges(metrics, {
    freshness: () => holder.freshness(),
    lastReloadFailed: () => holder.lastError !== undefined,
    audit: () => audit.status?.(),
    policy: () => holder.current,
    lastReloadAt: () => holder.lastReloadAt,
  });
  const readiness = auditReadiness(audit);
  app.addHook('preClose', async () => {
    drainingApps.add(app);
  });

  app.get(
    '/healthz',
    {
      config: { auth: false, probe: true },
      schema: {
        operationId: 'getHealth',
        tags: ['operations'],
        summary: 'Liveness: the process answers (no key needed)',
        description: 'Answers 200 while the process runs, also while it shuts down. For a liveness probe.',
        security: [],
        response: { 200: HealthSchema, 400: ErrorSchema },
      },
    },
    async () => ({ status: 'ok' }),
  );

  // Ready when a policy is loaded and the audit store can write: decisions would otherwise be 503. A policy
  // older than its files (a reload refused or failed) still serves, so it is reported but stays ready.
  app.get(
    '/readyz',
    {
      config: { auth: false, probe: true },
      schema: {
        operationId: 'getReadiness',
        tags: ['operations'],
        summary: 'Readiness: a policy is serving and the audit trail can record (no key needed)',
        description: 'For a readiness probe: 503 while the audit trail cannot record (decisions would be 503) or while the service shuts down. A policy older than its files still serves, so it stays ready and `bundle` reports it.',
        security: [],
        response: { 200: readinessComponent(ReadinessSchema), 400: ErrorSchema, 503: ReadinessSchema },
      },
    },
    async (_req, reply) => {
      const draining = drainingApps.has(app);
      const { writable, reason } = await readiness();
      const body = {
        status: draining ? 'draining' : writable ? 'ready' : 'unavailable',
        policy: holder.current.digest,
        audit: writable ? 'writable' : 'unavailable',
        ...(reason ? { auditReason: reason } : {}),
        bundle: bundleState(holder),
      };
      return reply.status(writable && !draining ? 200 : 503).send(body);
    },
  );

  app.get(
    '/metrics',
    {
      config: { auth: false, probe: true },
      schema: {
        operationId: 'getMetrics',
        tags: ['operations'],
        summary: 'Prometheus metrics (no key needed; no PHI)',
        description: 'Decisions by outcome and rule, latencies, reloads, errors by code, the audit trail and the bundle, in the Prometheus text format.',
        security: [],
        response: { 200: MetricsTextSchema, 400: ErrorSchema },
      },
    },
    async (_req, reply) => {
      return reply.type(metrics.contentType).send(await metrics.text());
    },
  );
};
