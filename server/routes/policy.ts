// GET /v1/policy and POST /v1/policy/reload.
import { ErrorSchema, PolicyInfoSchema, ReloadOkSchema, ReloadRejectedSchema } from '../schemas.ts';
import type { Routes } from './deps.ts';

export const policyRoutes: Routes = (app, { holder }) => {
  app.get('/v1/policy', {
    config: { auth: 'client' },
    schema: { summary: 'The policy that is serving', response: { 200: PolicyInfoSchema, 401: ErrorSchema } },
    handler: async () => {
      const p = holder.current;
      return {
        name: p.name,
        version: p.version,
        digest: p.digest,
        loadedAt: p.loadedAt,
        rules: p.rules.rules.map((r) => ({ name: r.name, effect: r.effect, reason: r.reason.text, ...(r.reason.citation ? { citation: r.reason.citation } : {}) })),
        ...(holder.lastError ? { lastReloadError: holder.lastError } : {}),
      };
    },
  });

  app.post('/v1/policy/reload', {
    config: { auth: 'admin' },
    schema: { summary: 'Reload the bundle from disk (admin key)', response: { 200: ReloadOkSchema, 401: ErrorSchema, 403: ErrorSchema, 422: ReloadRejectedSchema } },
    handler: async (_req, reply) => {
      const r = await holder.reload();
      if (r.ok) return { ok: true, changed: r.changed, digest: r.policy.digest };
      return reply.status(422).send({ ok: false, message: 'The new bundle has errors; the previous policy keeps serving', diagnostics: r.error.diagnostics });
    },
  });
};
