import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir, phigate, RULES } from './helpers.ts';

const PASSING = `test "a reminder by text is allowed" {
  use texting
  expect allow by reminders-by-text actions [sms]
}

test "no BAA, no send" {
  use texting
  given sender.vendor "blastly"
  expect deny by no-baa
}
`;

const FAILING = `test "a reminder by text is allowed" {
  use texting
  expect allow by reminders-by-text
}

test "blastly may send" {
  use texting
  given sender.vendor "blastly"
  expect allow by reminders-by-text actions [sms]
}
`;

describe('phigate test', () => {
  it('passes a bundle whose tests hold: one line per test and the summary', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': PASSING });
    const run = await phigate('test', '--bundle', dir);
    expect(run).toEqual({ code: 0, out: '✓ a reminder by text is allowed\n✓ no BAA, no send\n\n2 passed, 0 failed\n', err: '' });
  });

  it('fails with exit 1, naming the test by file:line and showing expected against actual and the deciding rule', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': FAILING });
    const run = await phigate('test', '--bundle', dir);
    expect(run.code).toBe(1);
    const file = join(dir, 'tests.policy');
    expect(run.out).toContain(`✗ blastly may send (${file}:6)\n`);
    expect(run.out).toContain('    decision: expected allow, got deny\n');
    expect(run.out).toContain('    expected: allow by reminders-by-text actions [sms]\n');
    expect(run.out).toContain('    actual:   deny by no-baa findings [] actions []\n');
    expect(run.out).toMatch(/✓ no-baa \(deny\) applied: No BAA\n\s+vendor\.covers: no \(vendor\.covers is false\)\n/);
    expect(run.out).toMatch(/\n1 passed, 1 failed\n$/);
  });

  it('fails a bundle with no tests unless --allow-empty', async () => {
    const dir = bundleDir({ 'rules.policy': RULES });
    const strict = await phigate('test', '--bundle', dir);
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('No tests in the bundle');
    const lenient = await phigate('test', '--bundle', dir, '--allow-empty');
    expect(lenient.code).toBe(0);
    expect(lenient.out).toContain('0 passed, 0 failed\n');
  });

  it('prints the diagnostics of a bundle that does not load, and exits 1', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': 'test "t" {\n  use texting\n  expect allow by reminders-by-txt\n}\n' });
    const run = await phigate('test', '--bundle', dir);
    expect(run.code).toBe(1);
    expect(run.err).toContain('The test expects rule `reminders-by-txt`, which does not exist');
    expect(run.err).toContain('does not load');
    expect(run.out).toBe('');
  });

  it('reports a given that makes an invalid request as a failure naming the field and the line that set it', async () => {
    const tests = 'test "a typo in the channel" {\n  use texting\n  given channel smss\n  expect allow\n}\n';
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': tests });
    const run = await phigate('test', '--bundle', dir);
    expect(run.code).toBe(1);
    expect(run.out).toContain(`✗ a typo in the channel (${join(dir, 'tests.policy')}:1)`);
    expect(run.out).toMatch(/the request this test builds is not valid: channel: .*\(set by `given channel` at .*tests\.policy:3\)/);
  });

  it('shows decision coverage and fails below --min-coverage', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': 'test "reminder" {\n  use texting\n  expect allow\n}\n' });
    const shown = await phigate('test', '--bundle', dir, '--coverage');
    expect(shown.code).toBe(0);
    // 2 rules × (applied, not applied) + 2 effects (allow, deny) = 6 items; covered: no-baa not
    // applied, reminders-by-text applied, allow asserted.
    expect(shown.out).toContain('Decision coverage: 50% (3 of 6');
    expect(shown.out).toMatch(/ no-baa\s+deny\s+NO\s+yes\n/);
    const strict = await phigate('test', '--bundle', dir, '--min-coverage', '80');
    expect(strict.code).toBe(1);
    expect(strict.err).toContain('Decision coverage 50% is below the minimum of 80%');
    expect((await phigate('test', '--bundle', dir, '--min-coverage', '50')).code).toBe(0);
  });

  it('writes JUnit XML with one testcase per test and an escaped failure message', async () => {
    const tests = `${PASSING}\ntest "<quotes> & \\"ampersands\\"" {\n  use texting\n  expect deny\n}\n`;
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': tests });
    const run = await phigate('test', '--bundle', dir, '--reporter', 'junit');
    expect(run.code).toBe(1);
    const xml = run.out;
    expect(xml).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?>\n<testsuites name="phigate" tests="3" failures="1"/);
    expect(xml).toMatch(/<testsuite name="mini 1" tests="3" failures="1" errors="0" skipped="0" time="\d+\.\d{3}" timestamp="[\d-]+T[\d:]+">/);
    expect(xml.match(/<testcase /g)).toHaveLength(3);
    expect(xml).toContain('<testcase name="&lt;quotes&gt; &amp; &quot;ampersands&quot;" classname="mini/tests"');
    expect(xml).toMatch(/<failure message="decision: expected deny, got allow" type="phigate.expectation">[^<]*<\/failure>/);
    expect(wellFormed(xml)).toBe(true);
  });

  it('writes a stable JSON document', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': FAILING });
    const first = await phigate('test', '--bundle', dir, '--reporter', 'json');
    const second = await phigate('test', '--bundle', dir, '--reporter', 'json');
    expect(first.out).toBe(second.out);
    const doc = JSON.parse(first.out);
    expect(doc.summary).toEqual({ total: 2, passed: 1, failed: 1 });
    expect(doc.tests[1]).toMatchObject({
      title: 'blastly may send',
      line: 6,
      passed: false,
      expected: { decision: 'allow', by: ['reminders-by-text'], actions: ['sms'] },
      actual: { decision: 'deny', rules: ['no-baa'], labels: [], actions: [] },
      problems: ['decision: expected allow, got deny', 'rules: expected exactly [reminders-by-text], got [no-baa]', 'actions: expected sends on [sms], got [] (none)'],
    });
  });

  it('writes the report to --output and the text report to stdout', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': PASSING });
    const output = join(dir, 'report.xml');
    const run = await phigate('test', '--bundle', dir, '--reporter', 'junit', '--output', output);
    expect(run.code).toBe(0);
    expect(run.out).toContain('2 passed, 0 failed\n');
    expect(readFileSync(output, 'utf8')).toMatch(/^<\?xml/);
  });

  it('rejects an unknown reporter', async () => {
    const dir = bundleDir({ 'rules.policy': RULES, 'tests.policy': PASSING });
    const run = await phigate('test', '--bundle', dir, '--reporter', 'xml');
    expect(run.code).toBe(2);
    expect(run.err).toContain('--reporter takes text, junit, json, not "xml"');
  });
});

/** A tiny XML walk: only tags and text, no bare `&` or raw `<`, and every tag closes in order. */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  const parts = /<(\/?)([a-z]+)(?:\s+[a-z]+="[^"<]*")*\s*(\/?)>|[^<]+/g;
  if (body.replace(parts, '') !== '' || /&(?!(amp|lt|gt|quot|apos);)/.test(body)) return false;
  const open: string[] = [];
  for (const [, closing, tag, selfClosing] of body.matchAll(parts)) {
    if (tag === undefined || selfClosing) continue;
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) return false;
  }
  return open.length === 0;
}
