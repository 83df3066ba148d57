import type { FastifyInstance } from 'fastify';
import type { AuditStore } from '../../audit/index.ts';
import type { DecisionContext } from '../decisions.ts';
import type { ApiKeys } from '../keys.ts';
import type { Metrics } from '../metrics.ts';
import type { PolicyHolder } from '../policy-holder.ts';
import { ErrorSchema } from '../schemas.ts';

/** What route modules get from buildApp. Each module registers its routes on the app. */
export interface RouteDeps {
  holder: PolicyHolder;
  audit: AuditStore;
  keys: ApiKeys;
  ctx: DecisionContext;
  metrics: Metrics;
  maxBatch: number;
}

export type Routes = (app: FastifyInstance, deps: RouteDeps) => void;

/** The error responses every authenticated endpoint that takes a JSON body documents. */
export const ERROR_RESPONSES = { 400: ErrorSchema, 401: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema, 500: ErrorSchema, 503: ErrorSchema };
