// Prometheus metrics, one registry per app so tests and several apps in a process stay apart; the Node
// runtime's metrics (prom-client's defaults: CPU, memory, event loop lag, GC, handles) describe the process,
// so they are collected once per process and appended to every app's scrape.
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { AuditStatus } from '../audit/index.ts';
import type { BundleFreshness } from './policy-holder.ts';

export interface Metrics {
  registry: Registry;
  /**
   * Counts one decision: phigate_decisions_total (by outcome) once, and phigate_rule_matches_total once per
   * determining rule (a decision with two reasons counts there twice); `times`: that many decisions of this outcome.
   */
  countDecision(res: { decision: string; reasons: readonly { rule: string }[] }, times?: number): void;
  latency: Histogram<'endpoint'>;
  /**
   * One HTTP response in phigate_http_request_duration_seconds. `route` is the route's pattern
   * (`/v1/decide`), or `unmatched` for a path no route serves, so a scan of random paths adds one series.
   */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  reloads: Counter<'result'>;
  errors: Counter<'code'>;
  /** The exposition text of a scrape: this app's metrics, then the process's runtime metrics. */
  text(): Promise<string>;
  readonly contentType: string;
}

let runtime: Registry | undefined;
/** The process's runtime metrics, started on first use: one event loop monitor and GC observer per process, not per app. */
function runtimeRegistry(): Registry {
  if (!runtime) {
    runtime = new Registry();
    collectDefaultMetrics({ register: runtime });
  }
  return runtime;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  const runtimeMetrics = runtimeRegistry();
  // Decisions are counted in plain maps and handed to prom-client when it is scraped: its inc() builds
  // and checks a label key per call, which would cost every decision more than the counting itself.
  const outcomes = new Map<string, number>();
  const byRule = new Map<string, Map<string, number>>();
  new Counter({
    name: 'phigate_decisions_total',
    help: 'Decisions made and recorded, by outcome (one per decision, batch items included)',
    labelNames: ['decision'],
    registers: [registry],
    collect() {
      for (const [decision, n] of outcomes) this.inc({ decision }, n);
      outcomes.clear();
    },
  });
  new Counter({
    name: 'phigate_rule_matches_total',
    help: 'Rules that determined a decision, by outcome and rule (one per determining rule per decision)',
    labelNames: ['decision', 'rule'],
    registers: [registry],
    collect() {
      for (const [decision, rules] of byRule) for (const [rule, n] of rules) this.inc({ decision, rule }, n);
      byRule.clear();
    },
  });
  const http = new RequestHistogram(
    'phigate_http_request_duration_seconds',
    'HTTP requests by method, route (unmatched: no route) and status, and the time from receiving the request to sending the response',
    [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
  );
  registry.registerMetric(http as never);
  return {
    registry,
    countDecision(res, times = 1) {
      outcomes.set(res.decision, (outcomes.get(res.decision) ?? 0) + times);
      let rules = byRule.get(res.decision);
      if (!rules) byRule.set(res.decision, (rules = new Map()));
      for (const r of res.reasons) rules.set(r.rule, (rules.get(r.rule) ?? 0) + times);
    },
    latency: new Histogram({
      name: 'phigate_decision_duration_seconds',
      help: 'Time to decide and record (for endpoint route: to plan), per request',
      labelNames: ['endpoint'],
      buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.5],
      registers: [registry],
    }),
    observeRequest: (method, route, status, seconds) => http.observe(method, route, status, seconds),
    reloads: new Counter({ name: 'phigate_policy_reloads_total', help: 'Policy reloads by result', labelNames: ['result'], registers: [registry] }),
    errors: new Counter({ name: 'phigate_errors_total', help: 'Error responses by code', labelNames: ['code'], registers: [registry] }),
    contentType: registry.contentType,
    async text() {
      const [own, process] = await Promise.all([registry.metrics(), runtimeMetrics.metrics()]);
      return `${own}\n${process}`;
    },
  };
}

/**
 * A histogram with the labels method, route and status, observed on every response: a Map lookup and an
 * increment (prom-client's Histogram.observe costs about 0.7 µs a call, mostly building the label key).
 * Registered in a prom-client Registry as a metric that gives its values when scraped.
 */
class RequestHistogram {
  readonly type = 'histogram';
  private readonly series = new Map<string, { labels: { method: string; route: string; status: string }; buckets: Float64Array; sum: number; count: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
    private readonly bounds: readonly number[],
  ) {}

  observe(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels: { method, route, status: String(status) }, buckets: new Float64Array(this.bounds.length), sum: 0, count: 0 }));
    const b = this.bounds;
    let i = 0;
    while (i < b.length && seconds > b[i]!) i++;
    if (i < b.length) s.buckets[i]!++;
    s.sum += seconds;
    s.count++;
  }

  reset(): void {
    this.series.clear();
  }

  /** The values as prom-client's own histograms give them: cumulative buckets, then sum and count, per series. */
  async get(): Promise<{ name: string; help: string; type: string; aggregator: string; values: { metricName: string; labels: Record<string, string | number>; value: number }[] }> {
    const values: { metricName: string; labels: Record<string, string | number>; value: number }[] = [];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.bounds.forEach((le, i) => {
        cumulative += s.buckets[i]!;
        values.push({ metricName: `${this.name}_bucket`, labels: { ...s.labels, le }, value: cumulative });
      });
      values.push({ metricName: `${this.name}_bucket`, labels: { ...s.labels, le: '+Inf' }, value: s.count });
      values.push({ metricName: `${this.name}_sum`, labels: s.labels, value: s.sum });
      values.push({ metricName: `${this.name}_count`, labels: s.labels, value: s.count });
    }
    return { name: this.name, help: this.help, type: this.type, aggregator: 'sum', values };
  }
}

/**
 * Gauges read when scraped: how the serving policy compares with the bundle's files, and the audit store's
 * state (writable, WAL size, checkpointer thread). No PHI: sizes, counts and flags.
 */
export function registerServiceGauges(
  metrics: Metrics,
  o: {
    freshness: () => BundleFreshness;
    lastReloadFailed: () => boolean;
    audit: () => AuditStatus | undefined;
    /** The serving policy (names and versions are the bundle's own words: no PHI). */
    policy: () => { name: string; version: string; digest: string };
    /** When the last successful load or reload finished (ms since epoch). */
    lastReloadAt: () => number;
  },
): void {
  const registers = [metrics.registry];
  new Gauge({
    name: 'phigate_policy_info',
    help: 'The policy that is serving: 1, labelled with its name, version and digest',
    labelNames: ['name', 'version', 'digest'],
    registers,
    collect() {
      const { name, version, digest } = o.policy();
      this.reset(); // only the serving policy: a reload replaces the series
      this.set({ name, version, digest }, 1);
    },
  });
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
  gauge('phigate_policy_last_reload_timestamp_seconds', 'When the policy was last loaded or reloaded successfully (Unix time, seconds); a rejected or refused reload leaves it', () => o.lastReloadAt() / 1000);
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
