// GET /v1/policy and POST /v1/policy/reload.
import { z } from 'zod';
import { ErrorSchema, PolicyInfoSchema, ReloadOkSchema, ReloadRejectedSchema } from '../schemas.ts';
import type { Routes } from './deps.ts';

/** `?force=true`: accept a bundle that loses rules or fails its own tests (server/policy-holder.ts); errors still reject it. */
const ReloadQuerySchema = z.object({
  force: z.enum(['true', 'false']).optional().describe('true: accept a bundle that has fewer rules than the serving policy, lacks one of its rules, or fails its own tests'),
});

export const policyRoutes: Routes = (app, { holder }) => {
  app.get('/v1/policy', {
    config: { auth: 'client' },
    schema: {
      operationId: 'getPolicy',
      tags: ['policy'],
      summary: 'The policy that is serving',
      description: 'Its name, version and digest, when it was loaded, each rule with its reason and citation, and the last failed reload (until a reload succeeds).',
      response: { 200: PolicyInfoSchema, 401: ErrorSchema },
    },
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
    schema: {
      operationId: 'reloadPolicy',
      tags: ['policy'],
      summary: 'Reload the bundle from disk (admin key); a bundle that loses rules or fails its own tests is refused unless ?force=true',
      description:
        'Loads and checks the whole bundle off the request path and swaps it in at once. A bundle with errors, or one refused (fewer rules, a rule lost, its own tests failing), is 422 with the diagnostics, and the previous policy keeps serving.',
      querystring: ReloadQuerySchema,
      response: { 200: ReloadOkSchema, 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 422: ReloadRejectedSchema },
    },
    handler: async (req, reply) => {
      const force = (req.query as z.infer<typeof ReloadQuerySchema>).force === 'true';
      const r = await holder.reload({ force });
      if (r.ok) return { ok: true, changed: r.changed, digest: r.policy.digest };
      const message = r.error.refused
        ? 'The new bundle was refused: it loses rules or fails its own tests; the previous policy keeps serving (reload with ?force=true to accept it)'
        : 'The new bundle has errors; the previous policy keeps serving';
      return reply.status(422).send({ ok: false, message, diagnostics: r.error.diagnostics });
    },
  });
};
