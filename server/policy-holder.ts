// The policy that is serving, and hot reload. A new bundle is loaded and checked off the request
// path and swapped in with one assignment; a bundle with errors is rejected and the previous one
// keeps serving. A decision reads `current` once, so it finishes on the policy it started with.
//
// A bundle that loads is still refused, unless the reload is forced, when it has fewer rules than the
// serving policy or lacks one of its rules by name (a file half-copied or deleted: `reload/rules-lost`),
// or when its own policy tests fail (`reload/tests-failed`). The last good policy keeps serving, and the
// refusal is reported like a rejected bundle (GET /v1/policy, /readyz, the log, the reload's answer).
//
// Watching watches the path, not the directory's inode: a poll compares the bundle's files (names,
// sizes, modification times, inodes, and the directory's own identity) with those the serving policy was
// loaded from, so replacing the folder (`mv new live`) or deleting and re-creating it is noticed; fs.watch
// on the folder and on its parent only makes the notice quicker. `freshness()` says whether the files
// differ from the serving policy's and for how long (/readyz, /metrics).
import { readdir, stat } from 'node:fs/promises';
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { loadBundle, runTests, type CompiledPolicy, type Diagnostic, type Span } from '../engine/index.ts';

export interface ReloadError {
  at: string;
  diagnostics: Diagnostic[];
  /** The bundle loaded, but was refused: it loses rules, or its own tests fail (reload with force to accept it). */
  refused?: boolean;
}

export type ReloadResult = { ok: true; policy: CompiledPolicy; changed: boolean; forced?: boolean } | { ok: false; error: ReloadError };

export interface ReloadOptions {
  /** Accept a bundle that loses rules or fails its own tests (an operator's deliberate change). Errors still reject it. */
  force?: boolean;
}

/** How the serving policy compares with the bundle's files now. */
export interface BundleFreshness {
  /** The files differ from those the serving policy was loaded from (changed, added, deleted, or the folder replaced or gone). */
  differ: boolean;
  /** When phigate first saw them differ (ISO time); absent when they do not. */
  changedAt?: string;
  /** Seconds since then without a successful reload; 0 when they do not differ. */
  staleSeconds: number;
  /** Whether the files are watched (false with --no-watch: only SIGHUP and the reload endpoint reload, and nothing is compared). */
  watching: boolean;
}

const MAX_LISTED = 20;
const bundleSpan = (dir: string): Span => ({ file: dir, line: 1, col: 1, endLine: 1, endCol: 1, offset: 0, endOffset: 0 });

/**
 * What the bundle's files are, without reading them: the directory's identity and, for each file the
 * loader reads (`*.policy`, `vendors.json`), its name, size, modification time and inode.
 */
export async function bundleFingerprint(dir: string): Promise<string> {
  try {
    const d = await stat(dir);
    const names = (await readdir(dir)).filter((n) => n.endsWith('.policy') || n === 'vendors.json').sort();
    const files = await Promise.all(
      names.map(async (n) => {
        const s = await stat(join(dir, n)).catch(() => undefined);
        return s ? `${n}:${s.size}:${s.mtimeMs}:${s.ino}` : `${n}:gone`;
      }),
    );
    return `${d.dev}:${d.ino}|${files.join('|')}`;
  } catch (e) {
    return `unreadable:${(e as NodeJS.ErrnoException).code ?? 'error'}`;
  }
}

/** Why `next` may not replace `serving` without force: rules it loses, tests it fails. Empty when it may. */
export function reloadRefusal(serving: CompiledPolicy, next: CompiledPolicy, dir: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  const had = serving.rules.rules.map((r) => r.name);
  const has = new Set(next.rules.rules.map((r) => r.name));
  const gone = had.filter((name) => !has.has(name));
  if (gone.length > 0 || has.size < had.length) {
    const list = gone.length > 0 ? `; not in it: ${gone.slice(0, MAX_LISTED).join(', ')}${gone.length > MAX_LISTED ? ` and ${gone.length - MAX_LISTED} more` : ''}` : '';
    out.push({
      code: 'reload/rules-lost',
      severity: 'error',
      message: `The new bundle has ${has.size} rule${has.size === 1 ? '' : 's'} where the serving policy has ${had.length}${list}. A file may be missing or half-written; the previous policy keeps serving`,
      span: bundleSpan(dir),
      hint: 'if rules were removed on purpose, reload with force: POST /v1/policy/reload?force=true (admin key)',
    });
  }
  if (next.checked.tests.length > 0) {
    const failed = runTests(next).results.filter((t) => !t.passed);
    for (const t of failed.slice(0, MAX_LISTED)) {
      out.push({
        code: 'reload/tests-failed',
        severity: 'error',
        message: `The bundle's own test "${t.title}" fails: ${t.problems[0] ?? 'no decision was made'}; the previous policy keeps serving`,
        span: { ...bundleSpan(t.file), line: t.line, endLine: t.line },
        hint: 'run `phigate test` on the bundle; to serve it anyway, reload with force: POST /v1/policy/reload?force=true (admin key)',
      });
    }
    if (failed.length > MAX_LISTED) {
      out.push({ code: 'reload/tests-failed', severity: 'error', message: `and ${failed.length - MAX_LISTED} more failing tests`, span: bundleSpan(dir) });
    }
  }
  return out;
}

export class PolicyHolder {
  private policy: CompiledPolicy;
  private error: ReloadError | undefined;
  private running: Promise<ReloadResult> | undefined;
  private readonly queued = new Map<boolean, Promise<ReloadResult>>();
  /** Fingerprint of the files the serving policy was loaded from (undefined: not known, e.g. a policy given in code). */
  private servingFiles: string | undefined;
  /** Fingerprint at the last reload the watcher started: a refused bundle is not reloaded again until its files change. */
  private attemptedFiles: string | undefined;
  /** When the files were first seen to differ from the serving policy's (ms since epoch). */
  private differSince: number | undefined;
  private watching: { dir?: FSWatcher; dirId?: string; parent?: FSWatcher; poll: NodeJS.Timeout; debounce?: NodeJS.Timeout; debounceMs: number } | undefined;
  private checking: Promise<void> | undefined;
  /** When the serving policy was last loaded or reloaded successfully (ms since epoch). */
  private reloadedAt: number;
  /** Called after every reload attempt (metrics, logs). */
  readonly onReloadHooks: ((r: ReloadResult) => void)[] = [];

  constructor(
    readonly dir: string,
    initial: CompiledPolicy,
    /** The fingerprint of the files `initial` was loaded from (bundleFingerprint), when known. */
    loadedFrom?: string,
  ) {
    this.policy = initial;
    this.servingFiles = loadedFrom;
    const loadedAt = Date.parse(initial.loadedAt);
    this.reloadedAt = Number.isFinite(loadedAt) ? loadedAt : Date.now();
  }

  /** Load the bundle at `dir` or report why it cannot serve. */
  static async open(dir: string): Promise<{ ok: true; holder: PolicyHolder } | { ok: false; diagnostics: Diagnostic[] }> {
    const files = await bundleFingerprint(dir);
    const loaded = await loadBundle(dir);
    return loaded.ok ? { ok: true, holder: new PolicyHolder(dir, loaded.value, files) } : { ok: false, diagnostics: loaded.diagnostics };
  }

  get current(): CompiledPolicy {
    return this.policy;
  }

  get lastError(): ReloadError | undefined {
    return this.error;
  }

  /** When the last successful load or reload finished (ms since epoch; a reload that found nothing changed counts). */
  get lastReloadAt(): number {
    return this.reloadedAt;
  }

  freshness(now: number = Date.now()): BundleFreshness {
    const watching = this.watching !== undefined;
    if (this.differSince === undefined) return { differ: false, staleSeconds: 0, watching };
    return { differ: true, changedAt: new Date(this.differSince).toISOString(), staleSeconds: Math.max(0, (now - this.differSince) / 1000), watching };
  }

  /**
   * Reload now. A call while a load runs gets the load after it (the running one may have read the
   * files before they changed); every call that arrives meanwhile, with the same `force`, shares that one.
   */
  reload(options: ReloadOptions = {}): Promise<ReloadResult> {
    const force = options.force === true;
    if (!this.running) {
      const run = this.load(force).finally(() => {
        if (this.running === run) this.running = undefined;
      });
      this.running = run;
      return run;
    }
    let next = this.queued.get(force);
    if (!next) {
      const after = (): Promise<ReloadResult> => {
        this.queued.delete(force);
        return this.reload({ force });
      };
      next = this.running.then(after, after);
      this.queued.set(force, next);
    }
    return next;
  }

  private async load(force: boolean): Promise<ReloadResult> {
    const files = await bundleFingerprint(this.dir);
    const loaded = await loadOrReport(this.dir);
    let result: ReloadResult;
    const refusal = loaded.ok && !force ? guarded(() => reloadRefusal(this.policy, loaded.value, this.dir), this.dir) : [];
    if (loaded.ok && refusal.length === 0) {
      const changed = loaded.value.digest !== this.policy.digest;
      if (changed) this.policy = loaded.value;
      this.error = undefined;
      this.reloadedAt = Date.now();
      this.servingFiles = files;
      if ((await bundleFingerprint(this.dir)) === files) this.differSince = undefined; // else: changed again while loading; the watcher reloads
      result = { ok: true, policy: this.policy, changed, ...(force ? { forced: true } : {}) };
    } else {
      this.error = loaded.ok ? { at: new Date().toISOString(), diagnostics: refusal, refused: true } : { at: new Date().toISOString(), diagnostics: loaded.diagnostics };
      if (files !== this.servingFiles) this.differSince ??= Date.now();
      result = { ok: false, error: this.error };
    }
    for (const hook of this.onReloadHooks) hook(result);
    return result;
  }

  /**
   * Reload when the bundle's files change: fs.watch on the folder and on its parent (debounced: editors
   * write in bursts), and a poll every `pollMs` that compares the files' fingerprint, so a folder replaced
   * or re-created is noticed even where fs.watch goes quiet.
   */
  watch(debounceMs = 200, pollMs = 1000): void {
    if (this.watching) return;
    const poll = setInterval(() => void this.check(), pollMs);
    poll.unref();
    this.watching = { poll, debounceMs };
    const parent = this.tryWatch(dirname(this.dir), (name) => {
      if (name === null || name === basename(this.dir)) this.soon();
    });
    if (parent) this.watching.parent = parent;
    void this.check();
  }

  /** Compare the files with the serving policy's; (re)watch the folder when it is another one; reload on a change. */
  private check(): Promise<void> {
    return (this.checking ??= (async () => {
      try {
        const w = this.watching;
        if (!w) return;
        const files = await bundleFingerprint(this.dir);
        const dirId = files.startsWith('unreadable:') ? undefined : files.slice(0, files.indexOf('|'));
        if (dirId !== w.dirId) {
          w.dir?.close();
          delete w.dir;
          const watcher = dirId ? this.tryWatch(this.dir, () => this.soon()) : undefined;
          if (watcher) w.dir = watcher;
          if (dirId) w.dirId = dirId;
          else delete w.dirId;
        }
        if (this.servingFiles === undefined) this.servingFiles = files; // a policy given in code: from now on
        if (files === this.servingFiles) {
          if (!this.running) this.differSince = undefined;
          return;
        }
        this.differSince ??= Date.now();
        if (files !== this.attemptedFiles) {
          this.attemptedFiles = files;
          await this.reload();
        }
      } finally {
        this.checking = undefined;
      }
    })());
  }

  /** A check after the debounce pause (an fs.watch event). */
  private soon(): void {
    const w = this.watching;
    if (!w) return;
    clearTimeout(w.debounce);
    w.debounce = setTimeout(() => void this.check(), w.debounceMs);
    w.debounce.unref();
  }

  private tryWatch(path: string, onChange: (name: string | null) => void): FSWatcher | undefined {
    try {
      const watcher = watch(path, { persistent: false }, (_event, name) => onChange(name === null ? null : String(name)));
      // The folder went away or cannot be watched: the poll notices, and watches it again when it is back.
      watcher.on('error', () => watcher.close());
      return watcher;
    } catch {
      return undefined;
    }
  }

  close(): void {
    const w = this.watching;
    if (!w) return;
    this.watching = undefined;
    clearInterval(w.poll);
    clearTimeout(w.debounce);
    w.dir?.close();
    w.parent?.close();
  }
}

/** The refusal check runs the bundle's tests: a fault in it refuses the bundle, never stops the service. */
function guarded(run: () => Diagnostic[], dir: string): Diagnostic[] {
  try {
    return run();
  } catch (e) {
    return [{ code: 'reload/tests-failed', severity: 'error', message: `The bundle's tests could not be run: ${(e as Error).message}`, span: bundleSpan(dir) }];
  }
}

/** A fault inside the loader is a rejected bundle too, never an exception that stops the service. */
async function loadOrReport(dir: string): ReturnType<typeof loadBundle> {
  try {
    return await loadBundle(dir);
  } catch (e) {
    return { ok: false, diagnostics: [{ code: 'load/io', severity: 'error', message: `The bundle ${dir} could not be loaded: ${(e as Error).message}`, span: bundleSpan(dir) }] };
  }
}
