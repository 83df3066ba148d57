// Where the slowest requests of a Poisson run spent their time (`npm run bench:http -- --only poisson --diag`).
// Each request carries a sequence number (the X-Bench-Seq header); the servers' process notes when Node
// handed it the request (headers and body read) and when the answer's last byte went to the socket, the
// client when it was due, when it wrote it and when the answer had arrived, all on the machine's
// monotonic clock (process.hrtime, the same in both processes). Both processes also note their GC pauses.
// A slow request's time then splits into: the client's own lateness, client → server (the write, the
// kernel, the server's event loop busy before it read it), in the server, server → client (the kernel,
// the client's event loop busy before it read the answer).
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { PerformanceObserver } from 'node:perf_hooks';

export const SEQ_HEADER = 'x-bench-seq';

/** Milliseconds on the monotonic clock both processes share. */
export const monotonic = (): number => Number(process.hrtime.bigint()) / 1e6;

export interface ServerTimes {
  /** seq → [request handed to the app, answer written], monotonic ms. */
  requests: Record<string, [number, number]>;
  gc: Pause[];
  /** The audit store's appends: from the call to its promise settling (SQLite: mostly the event loop held). */
  appends: Pause[];
}

/** A GC pause: its start and end, monotonic ms. */
export type Pause = [number, number];

/** Notes GC pauses from now on; `take()` returns those so far and starts over. */
export function gcPauses(): { take: () => Pause[] } {
  // performance.now() and the monotonic clock differ by a constant within a process.
  const offset = monotonic() - performance.now();
  let pauses: Pause[] = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push([e.startTime + offset, e.startTime + e.duration + offset]);
  }).observe({ entryTypes: ['gc'] });
  return {
    take: () => {
      const out = pauses;
      pauses = [];
      return out;
    },
  };
}

/** `store` with the time of each appendMany noted in `appends`. */
export function timedAppends<T extends { appendMany: (entries: never[]) => Promise<unknown> }>(store: T, appends: Pause[]): T {
  const appendMany = store.appendMany.bind(store);
  return Object.assign(Object.create(store) as T, {
    appendMany: (entries: never[]) => {
      const start = monotonic();
      return appendMany(entries).finally(() => appends.push([start, monotonic()]));
    },
  });
}

/**
 * Records, for each request of `servers` that carries a sequence number, when it came in and when its
 * answer went out; `appends` is where timedAppends notes the stores' appends.
 */
export function serverTimes(servers: readonly Server[], appends: Pause[]): { take: () => ServerTimes } {
  let requests: ServerTimes['requests'] = {};
  const gc = gcPauses();
  for (const server of servers) {
    server.on('request', (req, res) => {
      const seq = req.headers[SEQ_HEADER];
      if (typeof seq !== 'string') return;
      const arrived = monotonic();
      // When the answer is written, not when 'finish' is emitted (a turn of the event loop later).
      const end = res.end;
      res.end = function (this: typeof res, ...args: Parameters<typeof end>) {
        requests[seq] = [arrived, monotonic()];
        return end.apply(this, args);
      } as typeof end;
    });
  }
  return {
    take: () => {
      const out = { requests, gc: gc.take(), appends: appends.splice(0) };
      requests = {};
      return out;
    },
  };
}

/** One request as the client saw it, monotonic ms. */
export interface ClientTimes {
  seq: number;
  due: number;
  sent: number;
  /** When the request had gone to the socket. */
  written: number;
  answered: number;
  /** Whether it went on a connection opened for it. */
  newConnection: boolean;
}

const overlaps = (pauses: readonly Pause[], from: number, to: number): number => pauses.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, to) - Math.max(a, from)), 0);

/**
 * The slowest 1% of `client` (at least one request), each split into its parts, averaged: what a p99
 * is made of. `gc` is how much of each part the process that ran it spent in GC.
 */
export function tailParts(client: readonly ClientTimes[], server: ServerTimes, clientGc: readonly Pause[]): string {
  const slow = [...client].sort((a, b) => b.answered - b.due - (a.answered - a.due)).slice(0, Math.max(1, Math.ceil(client.length / 100)));
  const sum = { total: 0, late: 0, writing: 0, toServer: 0, inServer: 0, toClient: 0, serverGc: 0, appends: 0, clientGc: 0, unmatched: 0, opened: 0 };
  for (const r of slow) {
    const s = server.requests[String(r.seq)];
    sum.total += r.answered - r.due;
    sum.late += r.sent - r.due;
    sum.writing += r.written - r.sent;
    if (r.newConnection) sum.opened++;
    sum.clientGc += overlaps(clientGc, r.due, r.sent) + (s ? overlaps(clientGc, s[1], r.answered) : 0);
    if (!s) {
      sum.unmatched++;
      continue;
    }
    sum.toServer += s[0] - r.written;
    sum.inServer += s[1] - s[0];
    sum.toClient += r.answered - s[1];
    sum.serverGc += overlaps(server.gc, r.sent, s[1]);
    sum.appends += overlaps(server.appends, r.sent, s[1]);
  }
  const n = slow.length;
  const appends = server.appends.map(([a, b]) => b - a).sort((a, b) => a - b);
  const appendText = appends.length === 0 ? '' : `; appends ${appends.length}, p50 ${(appends[Math.floor(appends.length / 2)]!).toFixed(2)} ms, p99 ${(appends[Math.floor(appends.length * 0.99)]!).toFixed(2)} ms, max ${appends.at(-1)!.toFixed(1)} ms`;
  const avg = (x: number): string => `${(x / n).toFixed(2)}`;
  return `slowest ${n}: mean ${avg(sum.total)} ms = client late ${avg(sum.late)} + writing ${avg(sum.writing)} + to server ${avg(sum.toServer)} + in server ${avg(sum.inServer)} + to client ${avg(sum.toClient)}; of which GC: server ${avg(sum.serverGc)}, client ${avg(sum.clientGc)}; audit appends under way ${avg(sum.appends)}; ${sum.opened} on a new connection${sum.unmatched ? `; ${sum.unmatched} not seen by the server` : ''}${appendText}`;
}

/** How long this process's main thread has waited for a core (runnable, not running) so far, in ms (/proc schedstat). */
export const waitedForCore = (): number => Number(readFileSync('/proc/self/schedstat', 'utf8').split(' ')[1]) / 1e6;
