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
  private pending: Promise<ReloadResult> | undefined;
  private again = false;
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

  /** Reload now. Concurrent calls share one load; a call during a load schedules one more. */
  reload(): Promise<ReloadResult> {
    if (this.pending) {
      this.again = true;
      return this.pending;
    }
    this.pending = this.load().finally(() => {
      this.pending = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.pending;
  }

  private async load(): Promise<ReloadResult> {
    const loaded = await loadBundle(this.dir);
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
  }

  close(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }
}
