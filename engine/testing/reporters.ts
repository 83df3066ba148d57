// Test reports: text for people (one line per test, then what went wrong and why), JUnit XML for CI
// dashboards, and a stable JSON document for scripts. None carries message bodies: expectations,
// decisions, rule names, labels and channels only (the text a test's own `body "..."` expects, and
// the text sent in its place, only for that test), and traces mask PHI (engine/trace.ts).
import type { Diagnostic } from '../../grammar/diagnostics.ts';
import { percentText, type Coverage } from './coverage.ts';
import { locationOf, type ExpectedDecision, type TestResult, type TestRun } from './runner.ts';

export type ReporterName = 'text' | 'junit' | 'json';
export const REPORTERS: readonly ReporterName[] = ['text', 'junit', 'json'];

export function report(name: ReporterName, run: TestRun, coverage?: Coverage): string {
  switch (name) {
    case 'text':
      return textReport(run, coverage);
    case 'junit':
      return junitReport(run);
    case 'json':
      return jsonReport(run, coverage);
  }
}

/** "12 passed, 1 failed" */
export function summaryLine(results: readonly TestResult[]): string {
  const failed = results.filter((r) => !r.passed).length;
  return `${results.length - failed} passed, ${failed} failed`;
}

// ---- text ----

export function textReport(run: TestRun, coverage?: Coverage): string {
  const out = run.results.map((r) => (r.passed ? `✓ ${r.title}` : `✗ ${r.title} (${locationOf(r)})`));
  const failures = run.results.filter((r) => !r.passed);
  if (failures.length > 0) out.push('', 'Failures:', ...failures.flatMap((r) => ['', ...failureLines(r)]));
  if (coverage) out.push('', ...coverageLines(coverage));
  out.push('', summaryLine(run.results));
  return `${out.join('\n')}\n`;
}

/** What the test expected and what happened, facet by facet, then the trace of the deciding rules. */
export function failureLines(r: TestResult, location: string = locationOf(r)): string[] {
  const lines = [`✗ ${r.title} (${location})`, ...r.problems.map((p) => `    ${p}`)];
  if (r.actual) {
    lines.push(`    expected: ${expectationText(r.expected)}`);
    lines.push(`    actual:   ${expectationText({ decision: r.actual.decision, by: r.actual.rules, findings: r.actual.labels, actions: r.actual.actions, ...(r.actual.body === undefined ? {} : { body: r.actual.body }), ...(r.actual.notBefore === undefined ? {} : { notBefore: r.actual.notBefore }) })}`);
  }
  if (r.why.length > 0) lines.push('    why (the rules that decided, and those the test names):', ...r.why.map((l) => `    ${l}`));
  return lines;
}

/** A decision as an `expect` line would say it. */
function expectationText(e: ExpectedDecision): string {
  const by = e.by ? ` by ${e.by.join(', ')}` : '';
  const findings = e.findings ? ` findings [${e.findings.join(', ')}]` : '';
  const actions = e.actions ? ` actions [${e.actions.join(', ')}]` : '';
  const body = e.body !== undefined ? ` body ${JSON.stringify(e.body)}` : '';
  const notBefore = e.notBefore !== undefined ? ` not before ${e.notBefore}` : '';
  return `${e.decision}${by}${findings}${actions}${body}${notBefore}`;
}

function coverageLines(c: Coverage): string[] {
  const width = Math.max(4, ...c.rules.map((r) => r.rule.length));
  const yes = (b: boolean): string => (b ? 'yes' : 'NO');
  return [
    `Decision coverage: ${percentText(c.percent)} (${c.covered} of ${c.total}: each rule seen applying and not applying, each effect asserted)`,
    `  ${'rule'.padEnd(width)}  ${'effect'.padEnd(9)}  ${'applied'.padEnd(7)}  not applied`,
    ...c.rules.map((r) => `  ${r.rule.padEnd(width)}  ${r.effect.padEnd(9)}  ${yes(r.applied).padEnd(7)}  ${yes(r.notApplied)}`),
    `  effects asserted by an expect: ${c.effects.map((e) => `${e.effect} ${yes(e.asserted)}`).join(', ')}`,
  ];
}

// ---- JUnit XML ----
//
// Read by Jenkins, GitLab, GitHub and Azure test reports: every testsuite and testcase has `time`
// (seconds), the suite a `timestamp` (UTC, without a zone, as the Ant JUnit schema has it). A failed
// testcase's `line` is its `expect` line, which is what failed. The classname is the policy's name and
// the test file's name, without dots: Jenkins reads everything before a classname's last dot as a
// package, and a version in it would start every test's history anew at each release.

/** One testsuite for the bundle, one testcase per test, a failure element with the details. */
export function junitReport(run: TestRun): string {
  const failed = run.results.filter((r) => !r.passed).length;
  const suite = `${run.policy.name} ${run.policy.version}`;
  const cases = run.results.map((r) => {
    const line = r.passed ? r.line : (r.expectLine ?? r.line);
    const attrs = `name="${xml(r.title)}" classname="${xml(classname(run.policy.name, r.file))}" file="${xml(r.file)}" line="${line}" time="${seconds(r.durationMs)}"`;
    if (r.passed) return `    <testcase ${attrs}/>`;
    const message = r.problems.join('; ');
    const details = failureLines(r, `${r.file}:${line}`).join('\n');
    return [`    <testcase ${attrs}>`, `      <failure message="${xml(message)}" type="phigate.expectation">${xml(details)}</failure>`, '    </testcase>'].join('\n');
  });
  return junitDocument(suite, run.results.length, failed, run.durationMs, run.startedAt, cases);
}

/**
 * The JUnit report of a bundle that does not load: one testcase, failed, naming each error (file, line
 * and message), so a CI dashboard shows why no test ran instead of an empty or missing report.
 */
export function junitLoadFailure(bundle: string, diagnostics: readonly Diagnostic[], startedAt: string = new Date().toISOString()): string {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const shown = errors.length > 0 ? errors : diagnostics;
  const where = (d: Diagnostic): string => (d.span.line > 0 ? `${d.span.file}:${d.span.line}:${d.span.col}` : d.span.file);
  const message = `the bundle ${bundle} does not load: ${shown.length === 1 ? shown[0]!.message : `${shown.length} errors, the first: ${shown[0]?.message ?? 'unknown'}`}`;
  const details = shown.map((d) => `${where(d)} ${d.code} ${d.message}${d.hint ? `\n    hint: ${d.hint}` : ''}`).join('\n');
  const first = shown[0];
  const place = first && first.span.line > 0 ? ` file="${xml(first.span.file)}" line="${first.span.line}"` : '';
  const testcase = [
    `    <testcase name="${xml(`the bundle ${bundle} loads`)}" classname="phigate/load"${place} time="0.000">`,
    `      <failure message="${xml(message)}" type="phigate.load-error">${xml(details)}</failure>`,
    '    </testcase>',
  ].join('\n');
  return junitDocument(`bundle ${bundle}`, 1, 1, 0, startedAt, [testcase]);
}

function junitDocument(suite: string, tests: number, failures: number, durationMs: number | undefined, startedAt: string | undefined, cases: readonly string[]): string {
  const counts = `tests="${tests}" failures="${failures}" errors="0" skipped="0" time="${seconds(durationMs)}"`;
  const timestamp = (startedAt ?? new Date().toISOString()).slice(0, 19);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="phigate" ${counts}>`,
    `  <testsuite name="${xml(suite)}" ${counts} timestamp="${timestamp}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** A testcase's classname: the policy's name and the test file's name, dots made underscores (Jenkins splits at dots). */
function classname(policyName: string, file: string): string {
  const base = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1).replace(/\.policy$/, '');
  return `${policyName}/${base}`.replace(/\./g, '_');
}

/** Milliseconds as JUnit's seconds, to the millisecond. */
const seconds = (ms: number | undefined): string => ((ms ?? 0) / 1000).toFixed(3);

/** Escape for XML text and attribute values; characters XML 1.0 cannot hold at all are dropped. */
export function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// ---- JSON ----

/** A stable document: fixed key order, no times or ids, so two runs of the same bundle are equal. */
export function jsonReport(run: TestRun, coverage?: Coverage): string {
  const failed = run.results.filter((r) => !r.passed).length;
  const doc = {
    policy: run.policy,
    summary: { total: run.results.length, passed: run.results.length - failed, failed },
    tests: run.results.map((r) => ({
      title: r.title,
      file: r.file,
      line: r.line,
      passed: r.passed,
      expected: r.expected,
      actual: r.actual ?? null,
      problems: r.problems,
      why: r.why,
    })),
    ...(coverage ? { coverage: { percent: coverage.percent, covered: coverage.covered, total: coverage.total, rules: coverage.rules, effects: coverage.effects } } : {}),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
