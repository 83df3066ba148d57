// Health, readiness and metrics: open to probes and scrapers, no key needed, no PHI.
import { HealthSchema, ReadySchema } from '../schemas.ts';
import type { Routes } from './deps.ts';

export const operationsRoutes: Routes = (app, { holder, audit, metrics }) => {
  app.get('/healthz', { config: { auth: false }, schema: { summary: 'Liveness: the process answers (no key needed)', security: [], response: { 200: HealthSchema } } }, async () => ({ status: 'ok' }));

  // Ready when a policy is loaded and the audit store can write: decisions would otherwise be 503.
  app.get(
    '/readyz',
    { config: { auth: false }, schema: { summary: 'Readiness: a policy is serving and the audit trail can record (no key needed)', security: [], response: { 200: ReadySchema, 503: ReadySchema } } },
    async (_req, reply) => {
      const writable = await audit.healthy();
      const body = { status: writable ? 'ready' : 'unavailable', policy: holder.current.digest, audit: writable ? 'writable' : 'unavailable' };
      return reply.status(writable ? 200 : 503).send(body);
    },
  );

  app.get('/metrics', { config: { auth: false }, schema: { summary: 'Prometheus metrics (no key needed; no PHI)', security: [] } }, async (_req, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
};
