// The found-phone corpus (messages.ts) decided by the default bundle. Prints how often the policy
// agrees with the compliance officer (and the confusion matrix), and fails on any message the
// officer would block but the policy allows, and on any other disagreement not recorded in
// KNOWN_DISAGREEMENTS, which must themselves still disagree exactly as recorded.
import { afterAll, describe, expect, it } from 'vitest';
import { decide, type DecisionError, type DecisionRequest } from '../../engine/index.ts';
import { compareDecision, summarize, type DecisionSummary } from '../../engine/testing/index.ts';
import { policy } from './helpers.ts';
import { CORPUS, KNOWN_DISAGREEMENTS, type CorpusMessage } from './messages.ts';

const EFFECTS = ['allow', 'downgrade', 'deny'] as const;

interface Row {
  message: CorpusMessage;
  /** Absent when the request does not match the contract. */
  actual?: DecisionSummary;
  error?: DecisionError;
  /** How the decision differs from the officer's, one line each; empty when they agree. */
  problems: string[];
}

const rows: Row[] = CORPUS.map((message) => {
  const r = decide(policy, message.request);
  if (!r.ok) return { message, error: r.error, problems: [r.error.message] };
  const actual = summarize(r.response);
  return { message, actual, problems: compareDecision(message.expect, actual) };
});

const known = new Map(KNOWN_DISAGREEMENTS.map((k) => [k.id, k]));
const blocked = (row: Row): boolean => row.message.expect.decision !== 'allow' && row.actual?.decision === 'allow';
const sorted = (items: readonly string[]): string[] => [...items].sort();

/** A short, single-line view of a message's text for failure lists (invisible characters escaped). */
function excerpt(request: DecisionRequest, length = 90): string {
  const { subject, body } = request.message;
  const text = subject === undefined ? body : `[${subject}] ${body}`;
  const json = JSON.stringify(text.length > length ? `${text.slice(0, length)}…` : text);
  return json.replace(/[\u200b-\u200f\u00ad\u2060\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One disagreement, as a reviewer needs it: which message, what it says, and both decisions. */
function disagreementLine(row: Row): string {
  const { id, request, expect: expected } = row.message;
  const actual = row.actual ? `${row.actual.decision} by [${row.actual.rules.join(', ')}], labels [${row.actual.labels.join(', ')}]` : 'no decision';
  return `${id} ${excerpt(request)}\n    officer: ${expected.decision}${expected.by ? ` by [${expected.by.join(', ')}]` : ''}\n    policy:  ${actual}\n    ${row.problems.join('\n    ')}`;
}

/** The printed summary: size, agreement, and the confusion matrix officer × policy. */
function agreementReport(): string {
  const decidedRows = rows.filter((r) => r.actual);
  const sameDecision = decidedRows.filter((r) => r.actual!.decision === r.message.expect.decision).length;
  const fullAgreement = rows.filter((r) => r.problems.length === 0).length;
  const percent = (n: number): string => `${((100 * n) / rows.length).toFixed(1)}%`;
  const cell = (text: string | number, width: number) => String(text).padStart(width);
  const matrix = EFFECTS.map((expected) => {
    const counts = EFFECTS.map((actual) => decidedRows.filter((r) => r.message.expect.decision === expected && r.actual!.decision === actual).length);
    return `  ${expected.padEnd(16)}${counts.map((n) => cell(n, 11)).join('')}`;
  });
  return [
    `found-phone corpus: ${rows.length} messages decided by ${policy.name} ${policy.version}`,
    `  same decision as the officer: ${sameDecision}/${rows.length} (${percent(sameDecision)})`,
    `  full agreement (decision, rules, labels, sends): ${fullAgreement}/${rows.length} (${percent(fullAgreement)}); known disagreements: ${KNOWN_DISAGREEMENTS.length}`,
    `  officer \\ policy${EFFECTS.map((e) => cell(e, 11)).join('')}`,
    ...matrix,
  ].join('\n');
}

describe('the found-phone corpus, decided by the default bundle', () => {
  afterAll(() => console.info(agreementReport()));

  it('holds at least 200 messages, each a valid contract request with a unique id', () => {
    expect(rows.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CORPUS.map((m) => m.id)).size).toBe(CORPUS.length);
    expect(rows.filter((r) => r.error).map((r) => `${r.message.id}: ${r.error!.message}`)).toEqual([]);
  });

  it('never allows a message the officer would block (deny or downgrade)', () => {
    const leaks = rows.filter(blocked).map(disagreementLine);
    expect(leaks, `allowed, but the officer would block:\n  ${leaks.join('\n  ')}`).toEqual([]);
  });

  it('decides every message as the officer did, apart from the known disagreements', () => {
    const unexpected = rows.filter((r) => r.problems.length > 0 && !known.has(r.message.id)).map(disagreementLine);
    expect(unexpected, `${unexpected.length} disagreement(s) with the officer:\n  ${unexpected.join('\n  ')}`).toEqual([]);
  });

  it('still disagrees on each known disagreement exactly as recorded', () => {
    const stale = KNOWN_DISAGREEMENTS.flatMap((k) => {
      const row = rows.find((r) => r.message.id === k.id);
      if (!row?.actual) return [`${k.id}: not a decided corpus message`];
      if (blocked(row)) return [`${k.id}: should be blocked but is allowed; that is never a known disagreement`];
      if (row.problems.length === 0) return [`${k.id}: now agrees with the officer; remove it from KNOWN_DISAGREEMENTS`];
      const now = { decision: row.actual.decision, rules: sorted(row.actual.rules), labels: sorted(row.actual.labels) };
      const recorded = { decision: k.got.decision, rules: sorted(k.got.rules), labels: sorted(k.got.labels) };
      return JSON.stringify(now) === JSON.stringify(recorded) ? [] : [`${k.id}: recorded ${JSON.stringify(recorded)}, now ${JSON.stringify(now)}`];
    });
    expect(stale).toEqual([]);
  });
});
