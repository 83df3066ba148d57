// The policy that is serving, and hot reload. A new bundle is loaded and checked off the request
// path and swapped in with one assignment; a bundle with errors is rejected and the previous one
// keeps serving. A decision reads `current` once, so it finishes on the policy it started with.
import { watch, type FSWatcher } from 'node:fs';
import { loadBundle, type CompiledPolicy, type Diagnostic } from '../engine/index.ts';

export interface ReloadError {
  at: string;
  diagnostics: Diagnostic[];
}

export type ReloadResult = { ok: true; policy: CompiledPolicy; changed: boolean } | { ok: false; error: ReloadError };

export class PolicyHolder {
  private policy: CompiledPolicy;
  private error: ReloadError | undefined;
  private watcher: FSWatcher | undefined;
  private running: Promise<ReloadResult> | undefined;
  private queued: Promise<ReloadResult> | undefined;
  /** Called after every reload attempt (metrics, logs). */
  readonly onReloadHooks: ((r: ReloadResult) => void)[] = [];

  constructor(
    readonly dir: string,
    initial: CompiledPolicy,
  ) {
    this.policy = initial;
  }

  /** Load the bundle at `dir` or report why it cannot serve. */
  static async open(dir: string): Promise<{ ok: true; holder: PolicyHolder } | { ok: false; diagnostics: Diagnostic[] }> {
    const loaded = await loadBundle(dir);
    return loaded.ok ? { ok: true, holder: new PolicyHolder(dir, loaded.value) } : { ok: false, diagnostics: loaded.diagnostics };
  }

  get current(): CompiledPolicy {
    return this.policy;
  }

  get lastError(): ReloadError | undefined {
    return this.error;
  }

  /**
   * Reload now. A call while a load runs gets the load after it (the running one may have read the
   * files before they changed); every call that arrives meanwhile shares that one.
   */
  reload(): Promise<ReloadResult> {
    if (!this.running) {
      const run = this.load().finally(() => {
        if (this.running === run) this.running = undefined;
      });
      this.running = run;
      return run;
    }
    const next = (): Promise<ReloadResult> => {
      this.queued = undefined;
      return this.reload();
    };
    return (this.queued ??= this.running.then(next, next));
  }

  private async load(): Promise<ReloadResult> {
    const loaded = await loadOrReport(this.dir);
    let result: ReloadResult;
    if (loaded.ok) {
      const changed = loaded.value.digest !== this.policy.digest;
      if (changed) this.policy = loaded.value;
      this.error = undefined;
      result = { ok: true, policy: this.policy, changed };
    } else {
      this.error = { at: new Date().toISOString(), diagnostics: loaded.diagnostics };
      result = { ok: false, error: this.error };
    }
    for (const hook of this.onReloadHooks) hook(result);
    return result;
  }

  /** Reload when files in the bundle directory change (debounced: editors write in bursts). */
  watch(debounceMs = 200): void {
    if (this.watcher) return;
    let timer: NodeJS.Timeout | undefined;
    this.watcher = watch(this.dir, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void this.reload(), debounceMs);
    });
    this.watcher.on('close', () => clearTimeout(timer));
    // The directory went away or cannot be watched: keep serving; SIGHUP and the reload endpoint still work.
    this.watcher.on('error', () => this.close());
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}

/** A fault inside the loader is a rejected bundle too, never an exception that stops the service. */
async function loadOrReport(dir: string): ReturnType<typeof loadBundle> {
  try {
    return await loadBundle(dir);
  } catch (e) {
    const span = { file: dir, line: 1, col: 1, endLine: 1, endCol: 1, offset: 0, endOffset: 0 };
    return { ok: false, diagnostics: [{ code: 'load/io', severity: 'error', message: `The bundle ${dir} could not be loaded: ${(e as Error).message}`, span }] };
  }
}
