// `phigate test --watch`: the authoring loop. On every save in the bundle it checks the bundle, checks
// the layout (`fmt --check`), lints it and runs its tests, and prints only what changed since the last
// run: new problems in full (code frame and hint), problems that went away in one line, tests that
// started or stopped passing, then one summary line with the time it took.
//
// It stays fast by keeping what did not change: the formatting of a file whose text is the same, and
// the lint's decisions over the enumerated situations when an edit touched only tests and fixtures.
import { watch, type FSWatcher } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { compileBundle, contentKey, failureLines, formatDiagnostic, formatSource, LintCache, lintPolicy, runTests, summaryLine, type CompiledPolicy, type Diagnostic, type Span, type TestResult, type TestRun } from '../engine/index.ts';
import type { Io } from './io.ts';

const VENDORS_FILE = 'vendors.json';

/** A problem as the loop prints it: in full when it appears, in a line when it goes. */
interface Problem {
  appeared: string[];
  gone: string;
  /** A lint warning: while the bundle does not load the lint does not run, and its warnings stand. */
  lint?: true;
}

/** What one run found, for the next run to compare with. */
interface Findings {
  /** Problems by identity (file, code, message: the same problem after lines moved is not new). */
  problems: Map<string, Problem>;
  /** Each test's outcome by title. */
  tests: Map<string, TestResult>;
}

export interface CycleReport {
  /** The lines printed for this run (without the summary line). */
  lines: string[];
  /** The summary line, with the time the run took. */
  summary: string;
  /** Milliseconds from reading the files to the summary. */
  ms: number;
  /** No error, no file to format, no failing test (warnings allowed). */
  clean: boolean;
}

/** One bundle directory, checked again on demand; what it prints is what changed since the last run. */
export class DevLoop {
  private previous: Findings = { problems: new Map(), tests: new Map() };
  private readonly formatted = new Map<string, { text: string; changed: boolean }>();
  private readonly lintCache = new LintCache();
  /** Test results by what they depend on (see runTests). */
  private testResults = new Map<string, TestResult>();
  private first = true;

  constructor(
    private readonly dir: string,
    private readonly options: { at?: string } = {},
  ) {}

  /** Check, format-check, lint and test the bundle as it is on disk now. */
  async run(): Promise<CycleReport> {
    const started = performance.now();
    const names = (await readdir(this.dir)).sort();
    const read = async (name: string) => ({ file: join(this.dir, name), text: await readFile(join(this.dir, name), 'utf8') });
    const policies = await Promise.all(names.filter((n) => n.endsWith('.policy')).map(read));
    const vendors = names.includes(VENDORS_FILE) ? await read(VENDORS_FILE) : undefined;
    const sources = new Map(policies.map((p) => [p.file, p.text]));

    const problems: Findings['problems'] = new Map();
    const add = (key: string, problem: Problem): void => {
      let unique = key;
      for (let n = 2; problems.has(unique); n++) unique = `${key}\u0000${n}`;
      problems.set(unique, problem);
    };
    const diagnostic = (d: Diagnostic): void =>
      add(`${d.span.file}\u0000${d.code}\u0000${d.message}`, {
        appeared: formatDiagnostic(d, d.span.line > 0 ? sources.get(d.span.file) : undefined).split('\n').map((l, i) => (i === 0 ? `+ ${l}` : `  ${l}`)),
        gone: `- fixed: ${d.span.file}:${d.span.line} ${d.code}: ${d.message}`,
        ...(d.code.startsWith('lint/') ? { lint: true as const } : {}),
      });
    const toFormat = policies.filter((p) => this.format(p.file, p.text).changed).map((p) => p.file);
    for (const file of toFormat) add(`fmt\u0000${file}`, { appeared: [`+ ${file} is not in the canonical layout: \`phigate fmt\` rewrites it`], gone: `- ${file} is formatted` });

    const compiled = compileBundle(policies, vendors);
    compiled.diagnostics.forEach(diagnostic);
    // While the bundle does not load, the tests keep their last outcome: they are not gone, only not run.
    let tests = this.previous.tests;
    let testLine = 'tests: wait for the bundle to load';
    let lintCount: number | undefined;
    if (compiled.ok) {
      const run = this.runTests(compiled.value);
      tests = new Map(run.results.map((r) => [r.title, r]));
      testLine = `tests: ${summaryLine(run.results)}`;
      const warnings = lintPolicy(compiled.value, { at: this.options.at ?? thisHour(), tests: run, cache: this.lintCache });
      warnings.forEach(diagnostic);
      lintCount = warnings.length;
    } else {
      for (const [key, p] of this.previous.problems) if (p.lint) problems.set(key, p);
    }

    const lines = this.changes({ problems, tests });
    this.previous = { problems, tests };
    const errors = compiled.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = compiled.diagnostics.length - errors;
    const failing = compiled.ok ? [...tests.values()].filter((t) => !t.passed).length : 0;
    const ms = performance.now() - started;
    const parts = [
      `check: ${errors === 0 && warnings === 0 ? 'ok' : `${count(errors, 'error')}, ${count(warnings, 'warning')}`}`,
      `fmt: ${toFormat.length === 0 ? 'ok' : `${count(toFormat.length, 'file')} to format`}`,
      `lint: ${lintCount === undefined ? 'wait for the bundle to load' : count(lintCount, 'warning')}`,
      testLine,
    ];
    this.first = false;
    return { lines, summary: `${parts.join(' · ')} · ${Math.round(ms)} ms`, ms, clean: errors === 0 && toFormat.length === 0 && failing === 0 && compiled.ok };
  }

  /**
   * The bundle's tests, each run again only when it, a fixture it uses, or anything but the tests and
   * fixtures of the bundle changed. A test that gives no `at` decides as of now, and always runs.
   */
  private runTests(policy: CompiledPolicy): TestRun {
    const { tests, fixtures } = policy.checked;
    const text = (span: Span): string => (policy.sources.get(span.file) ?? '').slice(span.offset, span.endOffset);
    const context = contentKey(policy, [...tests, ...fixtures.values()].map((d) => d.span));
    const keys = tests.map((t) => {
      const used = t.uses.map((u) => fixtures.get(u.name));
      const givesAt = [...t.givens, ...used.flatMap((f) => f?.givens ?? [])].some((g) => g.path.segments[0] === 'at');
      return givesAt ? `${context}\u0000${text(t.span)}\u0000${used.map((f) => (f === undefined ? '' : text(f.span))).join('\u0000')}` : undefined;
    });
    const toRun = tests.filter((_, i) => keys[i] === undefined || !this.testResults.has(keys[i]!));
    const ran = runTests({ ...policy, checked: { ...policy.checked, tests: toRun } });
    const fresh = new Map(toRun.map((t, i) => [t, ran.results[i]!]));
    const results = tests.map((t, i) => {
      const r = fresh.get(t) ?? { ...this.testResults.get(keys[i]!)!, file: t.span.file, line: t.span.line, ...(t.expect ? { expectLine: t.expect.span.line } : {}) };
      return r;
    });
    this.testResults = new Map(tests.flatMap((_, i) => (keys[i] === undefined ? [] : [[keys[i]!, results[i]!]])));
    return { ...ran, results };
  }

  /** Whether `fmt --check` would list the file (a file that does not parse is the check's to report), kept while its text is the same. */
  private format(file: string, text: string): { changed: boolean } {
    const known = this.formatted.get(file);
    if (known !== undefined && known.text === text) return known;
    const f = formatSource(text, file);
    const entry = { text, changed: f.ok && f.value !== text };
    this.formatted.set(file, entry);
    return entry;
  }

  /** The lines for what changed since the last run: new problems in full, gone ones in a line, tests that changed. */
  private changes(now: Findings): string[] {
    const out: string[] = [];
    for (const [key, p] of now.problems) if (!this.previous.problems.has(key)) out.push(...p.appeared);
    for (const [key, p] of this.previous.problems) if (!now.problems.has(key)) out.push(p.gone);
    for (const [title, t] of now.tests) {
      const before = this.previous.tests.get(title);
      if (!t.passed && (before === undefined || before.passed || before.problems.join() !== t.problems.join())) out.push(...failureLines(t));
      else if (t.passed && before !== undefined && !before.passed) out.push(`✓ now passes: ${title}`);
      else if (t.passed && before === undefined && !this.first) out.push(`✓ new test passes: ${title}`);
    }
    for (const title of this.previous.tests.keys()) if (!now.tests.has(title) && now.tests.size > 0) out.push(`- test removed: ${title}`);
    return out;
  }
}

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * When the lint decides its situations, without `--at`: now, to the hour. The lint keeps what an edit
 * did not change only for the same time, and vendor agreements do not start or end by the minute.
 */
const thisHour = (): string => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000).toISOString();

/**
 * Run the loop on `dir` until `signal` aborts: once now, then after every change in the directory
 * (changes within `quietMs` of each other make one run). Resolves when stopped.
 */
export async function watchBundle(dir: string, io: Io, options: { at?: string; signal?: AbortSignal; quietMs?: number } = {}): Promise<void> {
  const loop = new DevLoop(dir, options.at === undefined ? {} : { at: options.at });
  const stamp = (): string => new Date().toTimeString().slice(0, 8);
  const print = (r: CycleReport): void => io.out(`${r.lines.map((l) => `${l}\n`).join('')}[${stamp()}] ${r.summary}\n`);
  io.out(`Watching ${dir}: check, fmt --check, lint and the tests run on every save (Ctrl-C to stop).\n`);
  print(await loop.run());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let again = false;
  const cycle = (): void => {
    running = running.then(async () => {
      again = false;
      try {
        print(await loop.run());
      } catch (e) {
        io.err(`phigate: ${(e as Error).message}\n`);
      }
    });
  };
  let watcher: FSWatcher | undefined;
  await new Promise<void>((resolve) => {
    watcher = watch(dir, (_event, name) => {
      if (name !== null && !String(name).endsWith('.policy') && String(name) !== VENDORS_FILE) return;
      again = true;
      clearTimeout(timer);
      timer = setTimeout(() => again && cycle(), options.quietMs ?? 30);
    });
    options.signal?.addEventListener('abort', () => resolve(), { once: true });
    if (options.signal?.aborted) resolve();
  });
  clearTimeout(timer);
  watcher?.close();
  await running;
}
