// The JUnit report as CI tools read it, checked with an XML parser (fast-xml-parser): times on every
// testsuite and testcase and the suite's timestamp, a failed test's line is its `expect`, classnames
// without dots, and a bundle that does not load still gets a report that names why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { report, runTests, type TestRun } from '../../engine/testing/index.ts';
import { policyOf } from '../helpers.ts';
import { bundleDir, phigate, RULES } from './helpers.ts';

interface Failure {
  message: string;
  type: string;
  '#text': string;
}
interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  time: string;
  failure?: Failure;
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  time: string;
  timestamp: string;
  testcase: TestCase[];
}
interface Report {
  testsuites: { name: string; tests: string; failures: string; time: string; testsuite: TestSuite[] };
}

/** Parse a JUnit report, after checking it is well-formed XML; elements that may repeat are always arrays. */
function parse(xml: string): Report {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', parseAttributeValue: false, isArray: (name) => name === 'testsuite' || name === 'testcase' });
  return parser.parse(xml) as Report;
}

const SECONDS = /^\d+\.\d{3}$/;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/; // the Ant JUnit schema's: no zone, no fraction

const DOTTED = RULES.replace('policy "mini" version "1"', 'policy "acme.messaging" version "2026.11.1"');
const TESTS = `test "a reminder by text is allowed" {
  use texting
  expect allow by reminders-by-text actions [sms]
}

test "blastly may send" {
  use texting
  given sender.vendor "blastly"

  expect allow by reminders-by-text
}
`;
const EXPECT_LINE = TESTS.split('\n').findIndex((l) => l.includes('expect allow by reminders-by-text') && !l.includes('actions')) + 1;

describe('phigate test --reporter junit', () => {
  it('writes one suite with a testcase per test, each with its time, and the suite with its time and timestamp', async () => {
    const dir = bundleDir({ 'rules.policy': DOTTED, 'tests.policy': TESTS });
    const output = join(dir, 'junit.xml');
    const before = Math.floor(Date.now() / 1000) * 1000;
    const run = await phigate('test', '--bundle', dir, '--reporter', 'junit', '--output', output);
    const after = Date.now();
    expect(run.code).toBe(1);
    const doc = parse(readFileSync(output, 'utf8'));
    expect(doc.testsuites).toMatchObject({ name: 'phigate', tests: '2', failures: '1' });
    expect(doc.testsuites.time).toMatch(SECONDS);
    expect(doc.testsuites.testsuite).toHaveLength(1);
    const suite = doc.testsuites.testsuite[0]!;
    expect(suite).toMatchObject({ name: 'acme.messaging 2026.11.1', tests: '2', failures: '1', errors: '0', skipped: '0' });
    expect(suite.time).toMatch(SECONDS);
    expect(suite.timestamp).toMatch(TIMESTAMP);
    const started = Date.parse(`${suite.timestamp}Z`);
    expect(started).toBeGreaterThanOrEqual(before);
    expect(started).toBeLessThanOrEqual(after);
    expect(suite.testcase.map((c) => c.name)).toEqual(['a reminder by text is allowed', 'blastly may send']);
    for (const c of suite.testcase) {
      expect(c.time).toMatch(SECONDS);
      expect(Number(c.time)).toBeLessThanOrEqual(Number(suite.time));
    }
  });

  it('gives a failed test the line of its expect, in the testcase and in the failure text', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': TESTS });
    const doc = parse((await phigate('test', '--bundle', dir, '--reporter', 'junit')).out);
    const [passed, failed] = doc.testsuites.testsuite[0]!.testcase;
    const file = join(dir, 'tests.policy');
    expect(passed).toMatchObject({ file, line: '1' });
    expect(passed!.failure).toBeUndefined();
    expect(EXPECT_LINE).toBe(10);
    expect(failed).toMatchObject({ file, line: String(EXPECT_LINE) });
    expect(failed!.failure).toMatchObject({ message: 'decision: expected allow, got deny; rules: expected exactly [reminders-by-text], got [no-baa]', type: 'phigate.expectation' });
    expect(failed!.failure!['#text']).toContain(`✗ blastly may send (${file}:${EXPECT_LINE})`);
    expect(failed!.failure!['#text']).toContain('actual:   deny by no-baa');
  });

  it('writes classnames without dots, for Jenkins, and without the version, so test history survives a release', async () => {
    const dir = bundleDir({ 'rules.policy': DOTTED, 'tests.v2.policy': TESTS });
    const doc = parse((await phigate('test', '--bundle', dir, '--reporter', 'junit')).out);
    const names = doc.testsuites.testsuite[0]!.testcase.map((c) => c.classname);
    expect(names).toEqual(['acme_messaging/tests_v2', 'acme_messaging/tests_v2']);
    for (const n of names) expect(n).not.toContain('.');
  });

  it('still writes a report when the bundle does not load: one failed testcase naming the error', async () => {
    const broken = 'test "t" {\n  use texting\n  expect allow by reminders-by-txt\n}\n';
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': broken });
    const output = join(dir, 'junit.xml');
    const run = await phigate('test', '--bundle', dir, '--reporter', 'junit', '--output', output);
    expect(run.code).toBe(1);
    expect(run.err).toContain('does not load'); // the diagnostics still go to stderr
    const doc = parse(readFileSync(output, 'utf8'));
    expect(doc.testsuites).toMatchObject({ tests: '1', failures: '1' });
    const suite = doc.testsuites.testsuite[0]!;
    expect(suite.timestamp).toMatch(TIMESTAMP);
    expect(suite.time).toMatch(SECONDS);
    expect(suite.testcase).toHaveLength(1);
    const testcase = suite.testcase[0]!;
    expect(testcase).toMatchObject({ name: `the bundle ${dir} loads`, classname: 'phigate/load', file: join(dir, 'tests.policy'), line: '3' });
    expect(testcase.failure!.message).toContain('The test expects rule `reminders-by-txt`, which does not exist');
    expect(testcase.failure!['#text']).toContain(`${join(dir, 'tests.policy')}:3:`);
    // Without --output the report goes to stdout, as a loaded bundle's does.
    expect(parse((await phigate('test', '--bundle', dir, '--reporter', 'junit')).out).testsuites.failures).toBe('1');
    // The other reporters print nothing on stdout for a bundle that does not load.
    expect((await phigate('test', '--bundle', dir)).out).toBe('');
  });
});

describe('junitReport', () => {
  it('writes each time in seconds to the millisecond, from the run it is given', () => {
    const policy = policyOf(`${RULES}\n${TESTS}`);
    const run: TestRun = { ...runTests(policy), startedAt: '2026-11-24T15:00:00.123Z', durationMs: 1500 };
    run.results[0]!.durationMs = 2;
    run.results[1]!.durationMs = 0.4;
    const suite = parse(report('junit', run)).testsuites.testsuite[0]!;
    expect([suite.time, suite.timestamp, ...suite.testcase.map((c) => c.time)]).toEqual(['1.500', '2026-11-24T15:00:00', '0.002', '0.000']);
  });

  it('measures every test of a run', () => {
    const run = runTests(policyOf(`${RULES}\n${TESTS}`));
    expect(run.startedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(run.durationMs).toBeGreaterThanOrEqual(0);
    for (const r of run.results) expect(r.durationMs).toBeGreaterThanOrEqual(0);
    expect(run.results.map((r) => r.expectLine)).toEqual([3, EXPECT_LINE].map((l) => l + RULES.split('\n').length));
  });
});
