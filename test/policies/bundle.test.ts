// The default bundle's own tests (policies/90-tests.policy) as part of `npm test`: one vitest test
// per policy test, so a failure names it, and full decision coverage of the default policy.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadBundle } from '../../engine/index.ts';
import { coverageOf, failureLines, runTests } from '../../engine/testing/index.ts';

const loaded = await loadBundle(fileURLToPath(new URL('../../policies', import.meta.url)));
if (!loaded.ok) throw new Error(`the default bundle does not load: ${loaded.diagnostics.map((d) => `${d.span.file}:${d.span.line} ${d.message}`).join('; ')}`);
const policy = loaded.value;
const { results } = runTests(policy);

/** The practice guide's rules (../shared/domain.md), as the titles of their tests. */
const PRACTICE_GUIDE = [
  'no BAA means no send, whatever the content',
  'consumer messaging apps are never a channel',
  'staff personal phones are never a channel',
  'an appointment reminder by SMS is allowed',
  'tier 2 portal alert by SMS is allowed',
  'tier 3 clinical messages go by the portal even without clinical words',
  'unencrypted email with clinical content when the patient asked for it',
  'lab values by SMS go to the portal instead',
  'an HIV clinic reminder by SMS must not reveal the clinic',
  'HIV information has heightened protection even when the patient asked for email',
  'consent to scheduling reminders does not cover clinical messages',
  'patients can opt out at any time',
  'the patient asked not to be reached on this channel',
  'templates must not pull clinical fields',
  'marketing needs written authorization',
  'identifiers do not belong in a text',
];

describe('the default bundle', () => {
  it('has a test for each rule of the practice guide', () => {
    const titles = results.map((r) => r.title);
    expect(titles).toEqual(expect.arrayContaining(PRACTICE_GUIDE.map((rule) => `seed: ${rule}`)));
  });

  for (const r of results) {
    it(r.title, () => {
      expect(r.passed, failureLines(r).join('\n')).toBe(true);
    });
  }

  it('covers every rule applying and not applying, and every effect (100% decision coverage)', () => {
    const c = coverageOf(policy, results);
    const gaps = [...c.rules.flatMap((r) => [...(r.applied ? [] : [`${r.rule} never seen applying`]), ...(r.notApplied ? [] : [`${r.rule} never seen not applying`])]), ...c.effects.filter((e) => !e.asserted).map((e) => `no test expects ${e.effect}`)];
    expect(gaps).toEqual([]);
    expect(c.percent).toBe(100);
  });
});
