// Health, readiness and metrics: open to probes and scrapers, no key needed, no PHI.
import type { Routes } from './deps.ts';

export const operationsRoutes: Routes = (app, { holder, audit, metrics }) => {
  app.get('/healthz', { config: { auth: false }, schema: { hide: true } }, async () => ({ status: 'ok' }));

  // Ready when a policy is loaded and the audit store can write: decisions would otherwise be 503.
  app.get('/readyz', { config: { auth: false }, schema: { hide: true } }, async (_req, reply) => {
    const writable = audit.healthy();
    const body = { status: writable ? 'ready' : 'unavailable', policy: holder.current.digest, audit: writable ? 'writable' : 'unavailable' };
    return reply.status(writable ? 200 : 503).send(body);
  });

  app.get('/metrics', { config: { auth: false }, schema: { hide: true } }, async (_req, reply) => {
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
};
