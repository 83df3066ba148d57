// Fault supervision for the SQLite audit store (sqlite.ts), kept apart from how records are stored so any
// store on SQLite can use it: which file a path names (a trail deleted or replaced while open is noticed by
// comparing device and inode), the pause between retries, and the checkpointer thread (checkpointer.cjs)
// with its restarts.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { packagePath } from '../engine/index.ts';
import type { CheckpointerStatus } from './store.ts';

export const errorText = (err: unknown): string => (err instanceof Error ? `${(err as { code?: string }).code ?? err.name}: ${err.message}` : String(err));

/** Which file a path names: a file deleted or replaced keeps its inode in the open connection, not at the path. */
export interface FileId {
  dev: number;
  ino: number;
}
export const fileId = (path: string): FileId | undefined => {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? { dev: s.dev, ino: s.ino } : undefined;
};
export const sameFile = (a: FileId | undefined, b: FileId | undefined): boolean => a !== undefined && b !== undefined && a.dev === b.dev && a.ino === b.ino;

/** Pause before the n-th consecutive retry of a recovery or a checkpointer restart: 250 ms, doubling, at most 30 s. */
export const backoffMs = (n: number): number => Math.min(30_000, 250 * 2 ** Math.max(0, n - 1));

/** What the checkpointer thread needs to know of the store. */
export interface CheckpointSettings {
  synchronous: 'normal' | 'full';
  busyTimeoutMs: number;
  /** WAL size past which it runs TRUNCATE checkpoints instead of PASSIVE ones (and SQLite's journal_size_limit). */
  walCheckpointBytes: number;
  checkpointEveryMs: number;
}

const CHECKPOINTER = packagePath('audit/checkpointer.cjs');
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');
/** How often the background checkpointer copies the WAL: it stays a few hundred pages long under load. */
export const CHECKPOINT_EVERY_MS = 200;
/** Consecutive failed checkpoints after which the thread is ended and started again (a new connection). */
const RESTART_AFTER_FAILURES = 5;

interface CheckpointMessage {
  type: 'ready' | 'checkpoint';
  ok?: boolean;
  error?: string;
}

/**
 * The checkpointer thread (checkpointer.cjs) and its supervision: a thread that ends, or whose
 * checkpoints keep failing (a full disk), is started again after a pause (250 ms, doubling to 30 s); the
 * store checkpoints in its own commits whenever the thread is not running.
 */
export class Checkpointer {
  private worker: Worker | undefined;
  private exited: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private stopped = true;
  private state: CheckpointerStatus['state'] = 'stopped';
  private restarts = 0;
  private consecutive = 0;
  private failures = 0;
  private lastCheckpointAt: string | undefined;
  private lastError: string | undefined;
  private expect: FileId | undefined;

  constructor(
    private readonly file: string,
    private readonly settings: CheckpointSettings,
    private readonly storeCheckpoints: (automatic: boolean) => void,
  ) {}

  status(): CheckpointerStatus {
    return {
      state: this.state,
      restarts: this.restarts,
      ...(this.lastCheckpointAt ? { lastCheckpointAt: this.lastCheckpointAt } : {}),
      ...(this.lastError ? { lastError: this.lastError } : {}),
    };
  }

  /** Starts the thread on the database file `expect` (it refuses any other file at the path). */
  start(expect: FileId): void {
    this.expect = expect;
    this.stopped = false;
    if (this.worker || this.timer) return;
    this.spawn();
  }

  private spawn(): void {
    this.timer = undefined;
    if (this.stopped) return;
    this.state = 'starting';
    this.failures = 0;
    const { synchronous, busyTimeoutMs, walCheckpointBytes, checkpointEveryMs } = this.settings;
    let worker: Worker;
    try {
      worker = new Worker(CHECKPOINTER, {
        execArgv: [],
        workerData: {
          driver: DRIVER,
          file: this.file,
          expect: this.expect,
          synchronous: synchronous.toUpperCase(),
          busyTimeoutMs,
          everyMs: checkpointEveryMs,
          truncateAboveBytes: walCheckpointBytes,
        },
      });
    } catch (err) {
      this.lastError = errorText(err);
      this.scheduleRestart();
      return;
    }
    worker.unref();
    this.worker = worker;
    this.exited = new Promise((resolve) => worker.once('exit', () => resolve()));
    worker.on('message', (m: CheckpointMessage) => this.onMessage(worker, m));
    worker.on('error', (err) => {
      this.lastError = errorText(err); // the thread has ended ('exit' follows)
    });
    worker.once('exit', () => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.storeCheckpoints(true);
      if (!this.stopped) this.scheduleRestart();
    });
  }

  private onMessage(worker: Worker, m: CheckpointMessage): void {
    if (this.worker !== worker) return;
    if (m.type === 'ready') {
      this.storeCheckpoints(false);
      return;
    }
    if (m.ok) {
      this.state = 'running';
      this.failures = 0;
      this.consecutive = 0;
      this.lastCheckpointAt = new Date().toISOString();
      return;
    }
    this.state = 'failing';
    this.lastError = m.error ?? 'checkpoint failed';
    // A connection that keeps failing is replaced by a new one (after a pause), in a new thread.
    if (++this.failures >= RESTART_AFTER_FAILURES) {
      this.worker = undefined;
      this.storeCheckpoints(true);
      void worker.terminate();
      this.scheduleRestart();
    }
  }

  private scheduleRestart(): void {
    if (this.stopped || this.timer) return;
    this.state = 'restarting';
    this.consecutive++;
    this.timer = setTimeout(() => {
      this.restarts++;
      this.spawn();
    }, backoffMs(this.consecutive));
    this.timer.unref();
  }

  /** Ends the thread and waits until it has closed its connection (so its files can be removed). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.state = 'stopped';
    clearTimeout(this.timer);
    this.timer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      const exited = this.exited;
      worker.postMessage('close');
      const force = setTimeout(() => void worker.terminate(), 5_000);
      await exited;
      clearTimeout(force);
      this.storeCheckpoints(true);
    }
  }
}

