// Golden tests: the exact words, hint and underline a policy author sees for common mistakes.
import { describe, expect, it } from 'vitest';
import { codeFrame, DIAGNOSTIC_CODES } from '../../grammar/index.ts';
import { parseErrors } from './helpers.ts';

/** Every diagnostic for `text` as the author reads it. */
function report(text: string): string {
  return parseErrors(text, 'p.policy')
    .map((d) => `${d.code} ${d.span.line}:${d.span.col} ${d.message}\nhint: ${d.hint ?? '(none)'}\n${codeFrame(text, d.span)}`)
    .join('\n\n');
}

describe('diagnostics for common mistakes', () => {
  it('`=` instead of `==`', () => {
    expect(report('rule r {\n  when channel = sms\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:16 \`=\` gives a value; it does not compare
hint: use \`==\` to compare
2 |   when channel = sms
  |                ^`,
    );
  });

  it('`&&` and `||` instead of `and` and `or`', () => {
    expect(report('rule r {\n  when a && b || c\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:10 \`&&\` is not a word of the policy language
hint: write \`and\`
2 |   when a && b || c
  |          ^^

parse/unexpected-token 2:15 \`||\` is not a word of the policy language
hint: write \`or\`
2 |   when a && b || c
  |               ^^`,
    );
  });

  it('`===` and `<>` instead of `==` and `!=`', () => {
    expect(report('rule r {\n  when a === b and c <> d\n}\n')).toBe(
      `parse/unexpected-token 2:10 \`===\` is not a comparison in the policy language
hint: use \`==\` to compare
2 |   when a === b and c <> d
  |          ^^^

parse/unexpected-token 2:22 \`<>\` is not a comparison in the policy language
hint: use \`!=\` to compare
2 |   when a === b and c <> d
  |                      ^^`,
    );
  });

  it('a missing `}` before the next rule', () => {
    expect(report('rule no-baa {\n  when not vendor.covers\n  deny\n\nrule other {\n  allow\n}\n')).toBe(
      `parse/unexpected-token 5:1 Expected \`}\` to close rule \`no-baa\`, found \`rule\`
hint: every \`{\` needs a matching \`}\`
5 | rule other {
  | ^^^^`,
    );
  });

  it('a missing `}` at the end of the file points at the last word', () => {
    expect(report('test "SMS reminder" {\n  expect deny\n')).toBe(
      `parse/unexpected-token 2:10 Expected \`}\` to close test "SMS reminder", found the end of the file
hint: every \`{\` needs a matching \`}\`
2 |   expect deny
  |          ^^^^`,
    );
  });

  it('an unterminated string', () => {
    expect(report('rule r {\n  deny\n  because "No BAA on file\n}\n')).toBe(
      `parse/unterminated-string 3:11 This text in quotes is not closed
hint: close it with \`"\` on the same line
3 |   because "No BAA on file
  |           ^^^^^^^^^^^^^^^`,
    );
  });

  it('a misspelled `rule`', () => {
    expect(report('rul no-baa {\n  deny\n}\n')).toBe(
      `parse/unexpected-token 1:1 \`rul\` is not a word of the policy language
hint: did you mean \`rule\`?
1 | rul no-baa {
  | ^^^`,
    );
  });

  it('a misspelled clause inside a rule', () => {
    expect(report('rule r {\n  deny\n  becuase "x"\n}\n')).toBe(
      `parse/unexpected-token 3:3 \`becuase\` is not a word of the policy language
hint: did you mean \`because\`?
3 |   becuase "x"
  |   ^^^^^^^`,
    );
  });

  it('a date that is not on the calendar', () => {
    expect(report('rule r {\n  when consent.recordedAt < 2026-02-30\n  deny\n}\n')).toBe(
      `parse/invalid-date 2:29 \`2026-02-30\` is not a date on the calendar
hint: February 2026 has 28 days
2 |   when consent.recordedAt < 2026-02-30
  |                             ^^^^^^^^^^`,
    );
  });

  it('a time of day that does not exist', () => {
    expect(report('default deny\nsettings {\n  cutoff = 2026-03-01T24:30Z\n}\n')).toBe(
      `parse/invalid-date 3:12 \`2026-03-01T24:30Z\` has a time of day that does not exist
hint: hours go from 00 to 23, minutes and seconds from 00 to 59
3 |   cutoff = 2026-03-01T24:30Z
  |            ^^^^^^^^^^^^^^^^^`,
    );
  });

  it('a regular expression that does not compile, with the JavaScript error as the hint', () => {
    expect(report('pattern room "Rooms" = /R-(\\d{3}/i\n')).toBe(
      `parse/invalid-regex 1:24 This pattern is not a valid regular expression
hint: Invalid regular expression: /R-(\\d{3}/i: Unterminated group
1 | pattern room "Rooms" = /R-(\\d{3}/i
  |                        ^^^^^^^^^^^`,
    );
  });

  it('a pattern flag the language does not allow', () => {
    expect(report('pattern room = /R-\\d{3}/g\n')).toBe(
      `parse/invalid-regex 1:16 \`g\` is not a pattern flag here
hint: the flags are \`i\` (ignore case), \`m\` (multi-line), \`s\` (dot matches newlines) and \`u\` (unicode), each at most once
1 | pattern room = /R-\\d{3}/g
  |                ^^^^^^^^^^`,
    );
  });

  it('a list without `=`', () => {
    expect(report('tier administrative [appointment_reminder, billing_reminder]\n')).toBe(
      `parse/unexpected-token 1:21 Expected \`=\` after \`administrative\`, found \`[\`
hint: a list is written \`tier name = [a, b]\`
1 | tier administrative [appointment_reminder, billing_reminder]
  |                     ^`,
    );
  });

  it('a list without commas', () => {
    expect(report('channels unsecured = [sms email]\n')).toBe(
      `parse/unexpected-token 1:27 Expected \`,\` or \`]\` after \`sms\`, found \`email\`
hint: separate the items with commas
1 | channels unsecured = [sms email]
  |                           ^^^^^`,
    );
  });

  it('`when` with no condition', () => {
    expect(report('rule r {\n  when\n  deny\n}\n')).toBe(
      `parse/unexpected-token 3:3 Expected a condition after \`when\`, found \`deny\`
hint: a condition looks like \`channel in unsecured\` or \`consent is present\`
3 |   deny
  |   ^^^^`,
    );
  });

  it('a keyword used as a name', () => {
    expect(report('rule test {\n  deny\n}\n')).toBe(
      `parse/unexpected-token 1:6 \`test\` is a word of the policy language and cannot be a name
hint: choose another name
1 | rule test {
  |      ^^^^`,
    );
  });

  it('curly quotes pasted from a word processor', () => {
    expect(report('rule r {\n  deny\n  because “No BAA”\n}\n')).toBe(
      `parse/invalid-character 3:11 Text must be in straight double quotes
hint: write "No BAA"
3 |   because “No BAA”
  |           ^^^^^^^^`,
    );
  });

  it('a character the language does not use', () => {
    expect(report('rule r {\n  when a == b;\n  deny\n}\n')).toBe(
      `parse/invalid-character 2:14 \`;\` is not part of the policy language
hint: lines need no \`;\` at the end
2 |   when a == b;
  |              ^`,
    );
  });

  it('a missing `)`', () => {
    expect(report('rule r {\n  when (a or b\n  deny\n}\n')).toBe(
      `parse/unexpected-token 3:3 Expected \`)\` to close the \`(\`, found \`deny\`
hint: every \`(\` needs a matching \`)\`
3 |   deny
  |   ^^^^`,
    );
  });

  it('`is present` after something that is not a fact', () => {
    expect(report('rule r {\n  when "consent" is present\n}\n')).toBe(
      `parse/unexpected-token 2:18 Only a fact can be \`present\` or \`missing\`
hint: write a fact such as \`consent is present\`
2 |   when "consent" is present
  |                  ^^`,
    );
  });

  it('two `expect` lines in one test', () => {
    expect(report('test "t" {\n  expect deny\n  expect allow\n}\n')).toBe(
      `parse/unexpected-token 3:3 A test has only one \`expect\`
hint: split it into two tests
3 |   expect allow
  |   ^^^^^^`,
    );
  });

  it('an unknown escape in text', () => {
    expect(report('default deny "C:\\path"\n')).toBe(
      `parse/invalid-character 1:17 \`\\p\` is not a known escape in text
hint: write \`\\\\\` for a backslash; the escapes are \`\\"\`, \`\\\\\`, \`\\n\` and \`\\t\`
1 | default deny "C:\\path"
  |                 ^^`,
    );
  });

  it('`AND` and `OR` in capitals, read as the operators: one error each, nothing after', () => {
    expect(report('rule r {\n  when a == b AND c == d OR e\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:15 \`AND\` is written in lower case in the policy language
hint: write \`and\`
2 |   when a == b AND c == d OR e
  |               ^^^

parse/unexpected-token 2:26 \`OR\` is written in lower case in the policy language
hint: write \`or\`
2 |   when a == b AND c == d OR e
  |                          ^^`,
    );
  });

  it('`NOT` in capitals', () => {
    expect(report('rule r {\n  when NOT vendor.covers\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:8 \`NOT\` is written in lower case in the policy language
hint: write \`not\`
2 |   when NOT vendor.covers
  |        ^^^`,
    );
  });

  it('`is` where `==` was meant, with the comparison to write', () => {
    expect(report('rule r {\n  when channel is sms\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:16 \`is\` does not compare values; \`is\` only tests \`is present\` or \`is missing\`
hint: write \`channel == sms\`
2 |   when channel is sms
  |                ^^`,
    );
  });

  it('`is not` where `!=` was meant, and with a list', () => {
    expect(report('rule r {\n  when consent.status is not revoked and channel is [sms, email]\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:23 \`is not\` does not compare values; \`is\` only tests \`is present\` or \`is missing\`
hint: write \`consent.status != revoked\`
2 |   when consent.status is not revoked and channel is [sms, email]
  |                       ^^

parse/unexpected-token 2:50 \`is\` does not compare values; \`is\` only tests \`is present\` or \`is missing\`
hint: write \`channel == [sms, email]\`
2 |   when consent.status is not revoked and channel is [sms, email]
  |                                                  ^^`,
    );
  });

  it('`is not present` instead of `is missing`', () => {
    expect(report('rule r {\n  when consent is not present\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:19 \`is not present\` is written \`is missing\`
hint: write \`consent is missing\`
2 |   when consent is not present
  |                   ^^^`,
    );
  });

  it('a date written the US way, with the ISO spelling (month first, as in the US)', () => {
    expect(report('rule r {\n  when at < 01/31/2026\n  deny\n}\n')).toBe(
      `parse/invalid-date 2:13 \`01/31/2026\` is not how the policy language writes dates
hint: write it as year-month-day: \`2026-01-31\` for January 31, 2026
2 |   when at < 01/31/2026
  |             ^^^^^^^^^^`,
    );
  });

  it('a US date that could be either way names both readings; a day-first one its only reading', () => {
    expect(parseErrors('rule r {\n  when at < 3/4/26 or at > 31/12/2025\n  deny\n}\n').map((d) => d.hint)).toEqual([
      'write it as year-month-day: `2026-03-04` for March 4, 2026 (or `2026-04-03` if you meant April 3)',
      'write it as year-month-day: `2025-12-31` for December 31, 2025',
    ]);
  });

  it('a date in a test written the US way', () => {
    expect(report('test "t" {\n  given at 11/24/2026\n  expect deny\n}\n')).toBe(
      `parse/invalid-date 2:12 \`11/24/2026\` is not how the policy language writes dates
hint: write it as year-month-day: \`2026-11-24\` for November 24, 2026
2 |   given at 11/24/2026
  |            ^^^^^^^^^^`,
    );
  });

  it('a misspelled effect inside a rule: one error, not a cascade', () => {
    expect(report('rule r {\n  when channel == sms\n  dney\n  because "x"\n}\n\nrule s {\n  allow\n  because "y"\n}\n')).toBe(
      `parse/unexpected-token 3:3 \`dney\` is not a word of the policy language
hint: did you mean \`deny\`?
3 |   dney
  |   ^^^^`,
    );
  });

  it('a misspelled `when`, and a misspelled `and` inside a condition', () => {
    expect(report('rule r {\n  wehn channel == sms\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:3 \`wehn\` is not a word of the policy language
hint: did you mean \`when\`?
2 |   wehn channel == sms
  |   ^^^^`,
    );
    expect(report('rule r {\n  when channel == sms adn vendor.covers\n  deny\n}\n')).toBe(
      `parse/unexpected-token 2:23 \`adn\` is not a word of the policy language
hint: did you mean \`and\`?
2 |   when channel == sms adn vendor.covers
  |                       ^^^`,
    );
  });

  it('a misspelled strategy, and a misspelled `until` (one error: not also the word after it)', () => {
    expect(report('rule r {\n  downgrade rout portal\n  because "x"\n}\n')).toBe(
      `parse/unexpected-token 2:13 \`rout\` is not a word of the policy language
hint: did you mean \`route\`?
2 |   downgrade rout portal
  |             ^^^^`,
    );
    expect(report('rule r {\n  downgrade defer unitl quiet_hours_end\n  because "x"\n}\n')).toBe(
      `parse/unexpected-token 2:19 \`unitl\` is not a word of the policy language
hint: did you mean \`until\`?
2 |   downgrade defer unitl quiet_hours_end
  |                   ^^^^^`,
    );
  });

  it('misspelled words of a test', () => {
    expect(report('test "t" {\n  gievn channel sms\n  expect deny\n}\n')).toBe(
      `parse/unexpected-token 2:3 \`gievn\` is not a word of the policy language
hint: did you mean \`given\`?
2 |   gievn channel sms
  |   ^^^^^`,
    );
    expect(report('test "t" {\n  expect deny by r findigns [HIV]\n}\n')).toBe(
      `parse/unexpected-token 2:20 \`findigns\` is not a word of the policy language
hint: did you mean \`findings\`?
2 |   expect deny by r findigns [HIV]
  |                    ^^^^^^^^`,
    );
  });

  it('uses only registered codes', () => {
    const text = 'rul x\ntier t [a b]\nrule r { when a = "b\n}\npattern p = /(/\nsettings { d = 2026-13-01 } ~';
    for (const d of parseErrors(text)) expect(Object.keys(DIAGNOSTIC_CODES)).toContain(d.code);
  });
});
