// Batches on worker threads: a batch's items are split across the workers (batch-worker.ts), which
// parse, validate and decide them, check each audit entry and build and hash its Merkle leaf. The main
// thread then commits all the batch's leaves in one commit (one signed tree head) and only then writes
// the answer from the items' JSON the workers wrote. Both ways the data is bytes in buffers handed over,
// not copied: the items' stretch of the request body (batch-body.ts) there; the answer's UTF-8 and the
// leaves' columns (audit/leaf.ts, LeafBatch) back. A worker that cannot decide under the batch's policy
// (a reload raced it) or fails sends the batch back to be decided on the main thread.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { LeafBatch } from '../audit/index.ts';
import type { RawBatch } from './batch-body.ts';
import { packagePath, type CompiledPolicy } from '../engine/index.ts';

export interface BatchTask {
  id: number;
  /** The bundle directory: the worker loads it and decides only if its digest is `digest`. */
  dir: string;
  digest: string;
  /** The items' JSON as UTF-8 (a copy of their stretch of the body, handed over), and where each starts and ends in it. */
  bytes: Uint8Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Index of the first item in the batch (for error messages). */
  offset: number;
  /** The batch's clock: requests without `at` and the records' time. */
  nowMs: number;
}

export type BatchTaskResult =
  | {
      id: number;
      ok: true;
      /** The items' answers as UTF-8 JSON, in order, separated by commas: a stretch of the batch answer's list. */
      answer: Uint8Array;
      /** The leaves of the items that were decided, in order. */
      leaves: LeafBatch;
      /** Each outcome (decision, rules) and how many items had it (metrics). */
      outcomes: [string, string[], number][];
    }
  /** 'body': an item is not valid JSON, or has a key twice (the body is parsed whole for its error). */
  | { id: number; ok: false; reason: 'policy' | 'body' | 'error' | 'exit'; error?: string };

/** Batches smaller than this are decided on the main thread: the hand-off would cost more than it saves. */
export const MIN_WORKER_BATCH = 64;

const FROM_SOURCES = import.meta.url.endsWith('.ts');
// Built, this module may be inside the bundled command line (dist/cli/): the worker is tsc's dist/server/batch-worker.js,
// found from the package root as the other files read at run time are.
const WORKER = FROM_SOURCES ? new URL('./batch-worker.ts', import.meta.url) : pathToFileURL(packagePath('dist/server/batch-worker.js'));
/**
 * The built service starts batch-worker.js; the sources (tests, benchmarks, run under tsx) start a
 * worker that registers tsx's loader first: Node 20 does not apply `--import tsx` to a worker's entry.
 */
function startWorker(workerData: unknown): Worker {
  if (!FROM_SOURCES) return new Worker(WORKER, { workerData });
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER.href)}); })`;
  return new Worker(boot, { eval: true, workerData });
}

interface Slot {
  worker: Worker;
  pending: Map<number, (r: BatchTaskResult) => void>;
}

export class BatchPool {
  private slots: (Slot | undefined)[];
  private nextId = 1;
  private closed = false;

  constructor(
    readonly size: number,
    private readonly auditKey: Buffer,
  ) {
    this.slots = Array.from({ length: size }, () => undefined);
  }

  /** Worker threads for a service: one per core (at most 8), or PHIGATE_BATCH_WORKERS (0: none). */
  static defaultSize(env: NodeJS.ProcessEnv = process.env): number {
    const n = Number(env.PHIGATE_BATCH_WORKERS ?? Math.min(8, availableParallelism()));
    return Number.isInteger(n) && n >= 0 ? n : 0;
  }

  private slot(i: number): Slot {
    const existing = this.slots[i];
    if (existing) return existing;
    const worker = startWorker({ auditKey: new Uint8Array(this.auditKey) });
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (m: BatchTaskResult | { ready: true }) => {
      if ('ready' in m) return;
      const done = slot.pending.get(m.id);
      slot.pending.delete(m.id);
      done?.(m);
    });
    worker.on('error', () => {}); // 'exit' follows
    worker.once('exit', () => {
      if (this.slots[i] === slot) this.slots[i] = undefined;
      for (const [id, done] of slot.pending) done({ id, ok: false, reason: 'exit' });
      slot.pending.clear();
    });
    this.slots[i] = slot;
    return slot;
  }

  /** Starts every worker now (a listening server does), so the first large batch does not wait for them. */
  warm(): void {
    if (this.closed) return;
    for (let i = 0; i < this.size; i++) this.slot(i);
  }

  /** Decides the items of `raw` under `policy` on the workers, split evenly; resolves to each part's result, in order. */
  run(policy: CompiledPolicy, dir: string, raw: RawBatch, nowMs: number): Promise<BatchTaskResult[]> {
    if (this.closed || this.size === 0) return Promise.resolve([{ id: 0, ok: false, reason: 'exit' }]);
    const count = raw.starts.length;
    const parts = Math.min(this.size, Math.ceil(count / (MIN_WORKER_BATCH / 2)));
    const per = Math.ceil(count / parts);
    const tasks: Promise<BatchTaskResult>[] = [];
    for (let offset = 0; offset < count; offset += per) {
      const task = taskOf(raw, offset, Math.min(offset + per, count));
      const slot = this.slot(tasks.length);
      tasks.push(
        new Promise((resolve) => {
          slot.pending.set(this.nextId, resolve);
          slot.worker.postMessage({ ...task, id: this.nextId++, dir, digest: policy.digest, nowMs } satisfies BatchTask, [task.bytes, task.starts, task.ends].map((a) => a.buffer as ArrayBuffer));
        }),
      );
    }
    return Promise.all(tasks);
  }

  async close(): Promise<void> {
    this.closed = true;
    const slots = this.slots.filter((s): s is Slot => s !== undefined);
    this.slots = [];
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}

/** Items [from, to) of a raw batch as a task carries them: their stretch of the body copied, offsets into it. */
function taskOf(raw: RawBatch, from: number, to: number): Pick<BatchTask, 'bytes' | 'starts' | 'ends' | 'offset'> {
  const base = raw.starts[from]!;
  return {
    bytes: Uint8Array.prototype.slice.call(raw.bytes, base, raw.ends[to - 1]),
    starts: raw.starts.subarray(from, to).map((x) => x - base),
    ends: raw.ends.subarray(from, to).map((x) => x - base),
    offset: from,
  };
}
