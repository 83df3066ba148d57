import { writeFile } from 'node:fs/promises';
import { coverageOf, percentText, report, REPORTERS, runTests, type ReporterName } from '../../engine/index.ts';
import { DEFAULT_BUNDLE, type Register } from '../command.ts';
import { loadOrReport } from '../report.ts';

interface TestOptions {
  bundle: string;
  allowEmpty: boolean;
  coverage: boolean;
  minCoverage?: string;
  reporter: string;
  output?: string;
}

export const register: Register = (command, io, setCode) => {
  command
    .option('--bundle <dir>', 'the bundle directory', DEFAULT_BUNDLE)
    .option('--allow-empty', 'succeed when the bundle has no tests', false)
    .option('--coverage', 'show which rules were seen applying and not applying, and which effects are asserted', false)
    .option('--min-coverage <percent>', 'fail when decision coverage is below this percentage (implies --coverage)')
    .option('--reporter <name>', 'text, junit (JUnit XML for CI) or json', 'text')
    .option('--output <file>', 'write the report to this file; the text report still goes to stdout')
    .action(async (opts: TestOptions) => {
      const reporter = parseReporter(opts.reporter);
      const minimum = opts.minCoverage === undefined ? undefined : parsePercent(opts.minCoverage);
      const policy = await loadOrReport(opts.bundle, io);
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
