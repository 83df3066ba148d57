// The bundle's own tests (`test "..." { given ... expect ... }`) and fixtures, checked before they run:
// distinct titles, known fixtures, givens of request fields only, an expectation, and rules, labels
// and channels in it that exist.
import type * as A from '../../grammar/ast.ts';
import { didYouMean, type Span } from '../../grammar/diagnostics.ts';
import type { Names } from './names.ts';
import type { Report } from './wording.ts';

const GIVEN_ROOTS = ['message', 'channel', 'sender', 'patient', 'at'];
/** Reasons the engine gives itself: the default decision, and a downgrade with no allowed form. */
const ENGINE_REASONS = ['default', 'no-safe-form'];

export function checkTests(report: Report, names: Names, tests: readonly A.TestDecl[], fixtures: ReadonlyMap<string, A.FixtureDecl>, rules: ReadonlySet<string>): void {
  const titles = new Map<string, Span>();
  const given = (g: A.Given): void => {
    const root = g.path.segments[0]!;
    if (!GIVEN_ROOTS.includes(root)) report.error('check/invalid-test', `A test can give \`${GIVEN_ROOTS.join('`, `')}\`, not \`${g.path.segments.join('.')}\``, g.path.span, didYouMean(root, GIVEN_ROOTS));
  };
  for (const f of fixtures.values()) f.givens.forEach(given);
  for (const t of tests) {
    const previous = titles.get(t.title.value);
    if (previous) report.error('check/duplicate-name', `Another test is already called "${t.title.value}"`, t.title.span, `the first is at ${previous.file}:${previous.line}`);
    titles.set(t.title.value, t.title.span);
    for (const u of t.uses) if (!fixtures.has(u.name)) report.error('check/unknown-fixture', `No fixture is called \`${u.name}\``, u.span, didYouMean(u.name, fixtures.keys()));
    t.givens.forEach(given);
    if (!t.expect) {
      report.error('check/invalid-test', `Test "${t.title.value}" expects nothing`, t.title.span, 'add `expect allow`, `expect downgrade` or `expect deny`');
      continue;
    }
    for (const r of t.expect.by) if (!rules.has(r.name) && !ENGINE_REASONS.includes(r.name)) report.error('check/invalid-test', `The test expects rule \`${r.name}\`, which does not exist`, r.span, didYouMean(r.name, rules));
    for (const l of t.expect.findings ?? []) names.checkValue(l.name, 'label', l.span);
    for (const ch of t.expect.actions ?? []) names.checkValue(ch.name, 'channel', ch.span);
  }
}
