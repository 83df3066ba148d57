// POST /v1/route: the best compliant way to reach a patient with a message, across all channels.
// The plan is advice: each of its steps is a real decision, but the caller still asks /v1/decide
// before each send, and that decision is the one recorded in the audit trail.
import { planRoute, type CompiledPolicy, type RoutePlan, type RouteRequest } from '../../engine/index.ts';
import { HttpError } from '../errors.ts';
import { RouteRequestSchema, RouteResponseSchema } from '../schemas.ts';
import { ERROR_RESPONSES, type Routes } from './deps.ts';

export const routeRoutes: Routes = (app, { holder, ctx, metrics }) => {
  app.post('/v1/route', {
    config: { auth: 'client' },
    schema: {
      operationId: 'planRoute',
      tags: ['routing'],
      summary: 'Plan how to reach a patient: which channels, which content where',
      description:
        'Tries the message on each channel, its redacted form, and the content on a secure channel with an alert, and answers the best plan the policy allows. The plan is advice: nothing is recorded, so ask POST /v1/decide before each send.',
      body: RouteRequestSchema,
      response: { 200: RouteResponseSchema, ...ERROR_RESPONSES },
    },
    handler: async (req) => {
      const end = metrics.latency.startTimer({ endpoint: 'route' });
      const policy = holder.current;
      const route = planOrFail(policy, req.body as RouteRequest, ctx.now);
      end();
      req.log.info({ steps: route.plan.map((s) => `${s.channel}:${s.category}`), policy: policy.digest }, 'route planned');
      return route;
    },
  });
};

function planOrFail(policy: CompiledPolicy, input: RouteRequest, now: (() => number) | undefined): RoutePlan {
  try {
    return planRoute(policy, input, now ? { now } : {});
  } catch (e) {
    // The fault's own text can quote the message: it goes to the log as a cause, not to the caller.
    throw new HttpError(500, 'DECISION_FAILED', 'The route could not be planned because of an internal fault; treat every send as denied', undefined, { cause: e });
  }
}
