// Prometheus metrics, one registry per app so tests and several apps in a process stay apart.
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AuditStatus } from '../audit/index.ts';
import type { BundleFreshness } from './policy-holder.ts';

export interface Metrics {
  registry: Registry;
  /**
   * Counts one decision in phigate_decision_outcomes_total (by outcome) and phigate_decisions_total (once
   * per determining rule: a decision with two reasons counts twice).
   */
  countDecision(res: { decision: string; reasons: readonly { rule: string }[] }): void;
  latency: Histogram<'endpoint'>;
  reloads: Counter<'result'>;
  errors: Counter<'code'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  // Decisions are counted in plain maps and handed to prom-client when it is scraped: its inc() builds
  // and checks a label key per call, which would cost every decision more than the counting itself.
  const outcomes = new Map<string, number>();
  const byRule = new Map<string, Map<string, number>>();
  new Counter({
    name: 'phigate_decision_outcomes_total',
    help: 'Decisions by outcome',
    labelNames: ['decision'],
    registers: [registry],
    collect() {
      for (const [decision, n] of outcomes) this.inc({ decision }, n);
      outcomes.clear();
    },
  });
  new Counter({
    name: 'phigate_decisions_total',
    help: 'Decisions by outcome and determining rule',
    labelNames: ['decision', 'rule'],
    registers: [registry],
    collect() {
      for (const [decision, rules] of byRule) for (const [rule, n] of rules) this.inc({ decision, rule }, n);
      byRule.clear();
    },
  });
  return {
    registry,
    countDecision(res) {
      outcomes.set(res.decision, (outcomes.get(res.decision) ?? 0) + 1);
      let rules = byRule.get(res.decision);
      if (!rules) byRule.set(res.decision, (rules = new Map()));
      for (const r of res.reasons) rules.set(r.rule, (rules.get(r.rule) ?? 0) + 1);
    },
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

/**
 * Gauges read when scraped: how the serving policy compares with the bundle's files, and the audit store's
 * state (writable, WAL size, checkpointer thread). No PHI: sizes, counts and flags.
 */
export function registerServiceGauges(metrics: Metrics, o: { freshness: () => BundleFreshness; lastReloadFailed: () => boolean; audit: () => AuditStatus | undefined }): void {
  const registers = [metrics.registry];
  const gauge = (name: string, help: string, value: () => number | undefined): void => {
    new Gauge({
      name,
      help,
      registers,
      collect() {
        const v = value();
        if (v !== undefined) this.set(v);
      },
    });
  };
  gauge('phigate_policy_files_differ', "1 when the bundle's files differ from those the serving policy was loaded from (no successful reload since)", () => (o.freshness().differ ? 1 : 0));
  gauge('phigate_policy_stale_seconds', "Seconds since the bundle's files were first seen to differ from the serving policy's, without a successful reload (0 when in sync)", () => o.freshness().staleSeconds);
  gauge('phigate_policy_last_reload_failed', '1 when the last reload was rejected (errors) or refused (rules lost, own tests failing); the previous policy serves', () => (o.lastReloadFailed() ? 1 : 0));
  gauge('phigate_audit_writable', '1 unless the audit store knows it cannot record (file deleted or replaced, WAL over its bound, last write failed)', () => {
    const s = o.audit();
    return s ? (s.writable ? 1 : 0) : undefined;
  });
  gauge('phigate_audit_wal_bytes', "Size of the audit store's write-ahead log after its last write", () => o.audit()?.walBytes);
  gauge('phigate_audit_checkpointer_running', "1 when the audit store's checkpointer thread's last checkpoint worked", () => {
    const c = o.audit()?.checkpointer;
    return c ? (c.state === 'running' ? 1 : 0) : undefined;
  });
  gauge('phigate_audit_checkpointer_restarts', "Times the audit store's checkpointer thread was started again after it ended or kept failing", () => o.audit()?.checkpointer?.restarts);
}
