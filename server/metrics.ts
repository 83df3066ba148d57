// Prometheus metrics, one registry per app so tests and several apps in a process stay apart.
import { Counter, Histogram, Registry } from 'prom-client';

export interface Metrics {
  registry: Registry;
  /** One per decision: the rate of allows, downgrades and denies. */
  outcomes: Counter<'decision'>;
  /** One per determining rule of each decision (a decision with two reasons counts twice). */
  decisions: Counter<'decision' | 'rule'>;
  latency: Histogram<'endpoint'>;
  reloads: Counter<'result'>;
  errors: Counter<'code'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  return {
    registry,
    outcomes: new Counter({ name: 'phigate_decision_outcomes_total', help: 'Decisions by outcome', labelNames: ['decision'], registers: [registry] }),
    decisions: new Counter({ name: 'phigate_decisions_total', help: 'Decisions by outcome and determining rule', labelNames: ['decision', 'rule'], registers: [registry] }),
    latency: new Histogram({
      name: 'phigate_decision_duration_seconds',
      help: 'Time to decide and record, per request',
      labelNames: ['endpoint'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    reloads: new Counter({ name: 'phigate_policy_reloads_total', help: 'Policy reloads by result', labelNames: ['result'], registers: [registry] }),
    errors: new Counter({ name: 'phigate_errors_total', help: 'Error responses by code', labelNames: ['code'], registers: [registry] }),
  };
}
