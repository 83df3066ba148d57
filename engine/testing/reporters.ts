// Test reports: text for people (one line per test, then what went wrong and why), JUnit XML for CI
// dashboards, and a stable JSON document for scripts. None carries message bodies: expectations,
// decisions, rule names, labels and channels only, and traces mask PHI (engine/trace.ts).
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
export function failureLines(r: TestResult): string[] {
  const lines = [`✗ ${r.title} (${locationOf(r)})`, ...r.problems.map((p) => `    ${p}`)];
  if (r.actual) {
    lines.push(`    expected: ${expectationText(r.expected)}`);
    lines.push(`    actual:   ${expectationText({ decision: r.actual.decision, by: r.actual.rules, findings: r.actual.labels, actions: r.actual.actions })}`);
  }
  if (r.why.length > 0) lines.push('    why (the rules that decided, and those the test names):', ...r.why.map((l) => `    ${l}`));
  return lines;
}

/** A decision as an `expect` line would say it. */
function expectationText(e: ExpectedDecision): string {
  const by = e.by ? ` by ${e.by.join(', ')}` : '';
  const findings = e.findings ? ` findings [${e.findings.join(', ')}]` : '';
  const actions = e.actions ? ` actions [${e.actions.join(', ')}]` : '';
  return `${e.decision}${by}${findings}${actions}`;
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

/** One testsuite for the bundle, one testcase per test, a failure element with the details. */
export function junitReport(run: TestRun): string {
  const failed = run.results.filter((r) => !r.passed).length;
  const counts = `tests="${run.results.length}" failures="${failed}" errors="0" skipped="0"`;
  const suite = `${run.policy.name} ${run.policy.version}`;
  const cases = run.results.map((r) => {
    const attrs = `name="${xml(r.title)}" classname="${xml(suite)}" file="${xml(r.file)}" line="${r.line}"`;
    if (r.passed) return `    <testcase ${attrs}/>`;
    const message = r.problems.join('; ');
    return [`    <testcase ${attrs}>`, `      <failure message="${xml(message)}" type="phigate.expectation">${xml(failureLines(r).join('\n'))}</failure>`, '    </testcase>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="phigate" ${counts}>`,
    `  <testsuite name="${xml(suite)}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

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
