import { writeFile } from 'node:fs/promises';
import { coverageOf, junitLoadFailure, percentText, report, REPORTERS, runTests, type ReporterName } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { watchBundle } from '../dev-loop.ts';
import type { Io } from '../io.ts';
import { loadOrReport } from '../report.ts';
import { atOption } from './analysis-options.ts';

interface TestOptions {
  bundle: string;
  allowEmpty: boolean;
  coverage: boolean;
  minCoverage?: string;
  reporter: string;
  output?: string;
  watch: boolean;
  at?: string;
}

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--allow-empty', 'succeed when the bundle has no tests', false)
    .option('--coverage', 'show which rules were seen applying and not applying, and which effects are asserted', false)
    .option('--min-coverage <percent>', 'fail when decision coverage is below this percentage (implies --coverage)')
    .option('--reporter <name>', 'text, junit (JUnit XML for CI) or json', 'text')
    .option('--output <file>', 'write the report to this file; the text report still goes to stdout')
    .option('--watch', 'keep running: on every save, check, fmt --check, lint and test the bundle, and print what changed', false)
    .addOption(Object.assign(atOption(), { description: 'with --watch: the lint decides its situations as of this time (default: now)' }))
    .action(async (opts: TestOptions) => {
      if (opts.watch) return watchUntilInterrupted(opts.bundle, io, opts.at);
      const reporter = parseReporter(opts.reporter);
      const minimum = opts.minCoverage === undefined ? undefined : parsePercent(opts.minCoverage);
      // A bundle that does not load still gets a JUnit report (one failed testcase naming the errors), so a
      // CI dashboard says why no test ran; the diagnostics go to stderr as for every command.
      const policy = await loadOrReport(opts.bundle, io, async (diagnostics) => {
        if (reporter !== 'junit') return;
        const written = junitLoadFailure(opts.bundle, diagnostics);
        if (opts.output === undefined) io.out(written);
        else await writeFile(opts.output, written);
      });
      if (!policy) return setCode(1);
      const run = runTests(policy);
      const coverage = opts.coverage || minimum !== undefined ? coverageOf(policy, run.results) : undefined;
      const written = report(reporter, run, coverage);
      if (opts.output === undefined) io.out(written);
      else {
        await writeFile(opts.output, written);
        io.out(report('text', run, coverage));
      }
      if (run.results.some((r) => !r.passed)) setCode(1);
      if (run.results.length === 0) {
        io.err(`No tests in the bundle ${opts.bundle}: add \`test "..." { ... }\` blocks (docs/language.md, "Tests")${opts.allowEmpty ? '' : ', or pass --allow-empty'}\n`);
        if (!opts.allowEmpty) setCode(1);
      }
      if (coverage && minimum !== undefined && coverage.percent < minimum) {
        io.err(`Decision coverage ${percentText(coverage.percent)} is below the minimum of ${minimum}%: add tests for the rules marked NO (run with --coverage to see them)\n`);
        setCode(1);
      }
    });
};

/** `--watch`: the authoring loop (dev-loop.ts), until Ctrl-C. */
async function watchUntilInterrupted(bundle: string, io: Io, at: string | undefined): Promise<void> {
  const stop = new AbortController();
  const interrupted = (): void => stop.abort();
  process.once('SIGINT', interrupted);
  try {
    await watchBundle(bundle, io, { signal: stop.signal, ...(at === undefined ? {} : { at }) });
  } finally {
    process.off('SIGINT', interrupted);
  }
}

function parseReporter(value: string): ReporterName {
  const found = REPORTERS.find((r) => r === value);
  if (!found) throw new Error(`--reporter takes ${REPORTERS.join(', ')}, not "${value}"`);
  return found;
}

function parsePercent(value: string): number {
  const n = Number(value.replace(/%$/, ''));
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100) throw new Error(`--min-coverage takes a percentage from 0 to 100, not "${value}"`);
  return n;
}
