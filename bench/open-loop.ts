// An open-loop load generator: requests arrive at a fixed average rate whatever the server does
// (Poisson arrivals, as independent clients send), and each latency is measured from the moment the
// request was due, not from when a free connection let it go (the method of wrk2 and of Gil Tene's
// "coordinated omission"). This is what "p99 at 1,000 requests/s" means for a service in production.
//
// Why not autocannon's `overallRate`: autocannon lets each connection send its share of the second's
// requests as fast as the server answers and then waits for the next second (httpClient.js,
// `reqsMadeThisSecond`), so "1,000 requests/s" arrives as a burst of 1,000 at full speed each second;
// and it corrects for coordinated omission with an expected interval of ceil(1 / rate) = 1 ms per
// connection, adding a made-up sample for every millisecond a response took. bench/http.ts keeps that
// run beside this one, named for what it is. (No npm package offers open-loop arrivals for Node's HTTP
// client; this is the scheduler and a sorted array of latencies, nothing more.)
//
// The client's part of every latency: a request is due at a moment drawn in advance; a timer wakes the
// client at most 1 ms later (Node's timers have whole milliseconds), it sends what is due, and the latency
// runs from the due moment to the last byte of the answer, so the client's lateness (`sentLate`), its
// event loop and its waits for a core all count against the server, never in its favour. To keep that
// part small the requests go out on bench/http1.ts, keep-alive sockets with each request's bytes made up
// front, not Node's http.request: against an empty Fastify route at 1,000/s, 8 pairs of 11 s runs
// alternated on this shared 2-core machine (load average 5-48), the client spent 61-123 µs of CPU per
// request instead of 135-232 µs, and the route's p99 was lower in 6 of the 8 pairs (median 4.7 ms
// instead of 5.6 ms).
import { Connections } from './http1.ts';
import { monotonic, SEQ_HEADER, type ClientTimes } from './tail.ts';

export interface OpenLoopResult {
  /** Requests answered with a 2xx status. */
  ok: number;
  /** Requests that failed (connection error or a status other than 2xx). */
  errors: number;
  seconds: number;
  /** Latency percentiles in milliseconds, from the moment each request was due. */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  /**
   * How late the client itself sent the requests (from when each was due to when it wrote it), in ms: its
   * timer granularity, its own event loop and GC, a core it waited for. Part of every latency above.
   */
  sentLate: { p50: number; p99: number };
}

export interface OpenLoopRequest {
  path: string;
  /** The header lines, each ending in CRLF (content-length included; `host` is added). */
  head: string;
  bytes: Buffer;
}

/** An open-loop request from a path, headers and a body. */
export function openLoopRequest(path: string, headers: Record<string, string>, body: string): OpenLoopRequest {
  const bytes = Buffer.from(body);
  const head = Object.entries({ ...headers, 'content-length': String(bytes.length) })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  return { path, head, bytes };
}

/** The value at quantile q (0–1) of sorted values (nearest rank). */
export const quantile = (sorted: readonly number[], q: number): number => (sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!);

/** Seeded exponential gaps (mean 1000 / rate ms), so two runs offer the same arrivals. */
function arrivals(rate: number, seconds: number, seed: number): number[] {
  let state = seed >>> 0 || 1;
  const uniform = (): number => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 0.5) / 4294967296;
  };
  const due: number[] = [];
  for (let t = 0; ; ) {
    t += (-Math.log(uniform()) * 1000) / rate;
    if (t >= seconds * 1000) return due;
    due.push(t);
  }
}

/** Percentiles of the requests that were due in one window of the run. */
function stats(samples: readonly { latency: number; late: number }[], seconds: number, errors: number): OpenLoopResult {
  const latencies = samples.map((x) => x.latency).sort((a, b) => a - b);
  const late = samples.map((x) => x.late).sort((a, b) => a - b);
  return {
    ok: latencies.length,
    errors,
    seconds,
    p50: quantile(latencies, 0.5),
    p90: quantile(latencies, 0.9),
    p99: quantile(latencies, 0.99),
    max: latencies.at(-1) ?? 0,
    sentLate: { p50: quantile(late, 0.5), p99: quantile(late, 0.99) },
  };
}

/**
 * Sends `requests` (cycled) to `url` at `rate` per second on average for `seconds`; resolves when every
 * request has been answered. With `warmUpSeconds`, the same arrivals go on that much longer, and `steady`
 * is the same measure over the `seconds` after the first `warmUpSeconds`: by then the client's own code is
 * compiled and its connections are open (a cold client sends its first requests late and opens a
 * connection for most of them). The result itself is always the first `seconds`, as without it.
 */
export async function openLoop(
  url: string,
  requests: readonly OpenLoopRequest[],
  options: { rate: number; seconds: number; seed?: number; warmUpSeconds?: number; trace?: boolean },
): Promise<OpenLoopResult & { steady?: OpenLoopResult; trace?: ClientTimes[] }> {
  const { hostname, port } = new URL(url);
  const warmUp = options.warmUpSeconds ?? 0;
  // The same seed gives the same first `seconds` of arrivals, whatever the warm-up adds after them.
  const due = arrivals(options.rate, options.seconds + warmUp, options.seed ?? 1);
  const samples: { due: number; latency: number; late: number }[] = [];
  const errorsAt: number[] = [];
  // With `trace`: each request's sequence number in a header, and its times on the monotonic clock (tail.ts).
  const trace: ClientTimes[] = [];
  const toMonotonic = monotonic() - performance.now();
  const pool = new Connections(hostname, Number(port));
  const send = (r: OpenLoopRequest, dueAt: number, dueMs: number, seq: number): Promise<void> =>
    new Promise((resolve) => {
      const late = performance.now() - dueAt;
      const head = `POST ${r.path} HTTP/1.1\r\nhost: ${hostname}:${port}\r\n${r.head}${options.trace ? `${SEQ_HEADER}: ${seq}\r\n` : ''}\r\n`;
      pool.send(head, r.bytes, (status, times) => {
        const answered = performance.now();
        if (options.trace) trace.push({ seq, due: dueAt + toMonotonic, sent: dueAt + late + toMonotonic, written: times.written + toMonotonic, answered: answered + toMonotonic, newConnection: times.newConnection });
        if (status >= 200 && status < 300) samples.push({ due: dueMs, latency: answered - dueAt, late });
        else errorsAt.push(dueMs);
        resolve();
      });
    });
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  let next = 0;
  await new Promise<void>((finish) => {
    const tick = (): void => {
      const now = performance.now() - start;
      for (; next < due.length && due[next]! <= now; next++) inFlight.push(send(requests[next % requests.length]!, start + due[next]!, due[next]!, next));
      if (next < due.length) setTimeout(tick, Math.max(0, Math.min(1, due[next]! - now)));
      else finish();
    };
    tick();
  });
  await Promise.all(inFlight);
  pool.close();
  const within = (from: number, to: number) => samples.filter((x) => x.due >= from && x.due < to);
  const errorsWithin = (from: number, to: number): number => errorsAt.filter((d) => d >= from && d < to).length;
  const first = stats(within(0, options.seconds * 1000), options.seconds, errorsWithin(0, options.seconds * 1000));
  const traced = options.trace ? { trace } : {};
  if (warmUp === 0) return { ...first, ...traced };
  const [from, to] = [warmUp * 1000, (warmUp + options.seconds) * 1000];
  return { ...first, steady: stats(within(from, to), options.seconds, errorsWithin(from, to)), ...traced };
}
