// Issue 12's held-in corpora decided by the default bundle: per kind, the must-block texts allowed
// (leaks) and the must-allow texts blocked (over-blocks); every send of every downgrade decided
// again; and every must-block text decided again with its category replaced by visit_followup
// (a category may only tighten a decision). Prints the table the README's found-phone section
// quotes.
import { afterAll, describe, expect, it } from 'vitest';
import { decideValid, type DecisionRequest, type DecisionResponse } from '../../../engine/index.ts';
import { policy, requestOfAction } from '../helpers.ts';
import { FOUND_PHONE_CASES, KINDS, requestOf, type FoundPhoneCase } from './corpora.ts';

interface Decided {
  c: FoundPhoneCase;
  request: DecisionRequest;
  response: DecisionResponse;
  /** The same text decided with category visit_followup. */
  asFollowup: DecisionResponse;
}

const rows: Decided[] = FOUND_PHONE_CASES.map((c) => {
  const request = requestOf(c);
  return { c, request, response: decideValid(policy, request), asFollowup: decideValid(policy, requestOf(c, 'visit_followup')) };
});

const blocked = (r: DecisionResponse): boolean => r.decision !== 'allow';
const leak = (d: Decided): boolean => d.c.expect === 'block' && !blocked(d.response);
const overBlock = (d: Decided): boolean => d.c.expect === 'allow' && blocked(d.response);

/** One line per failing case: id, text (escaped), decision and labels. */
function line(d: Decided, response = d.response): string {
  const text = (d.c.subject === undefined ? '' : `[${d.c.subject}] `) + d.c.body;
  const labels = [...new Set(response.findings.map((f) => f.label))].join(',');
  return `${d.c.id} ${JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text)} -> ${response.decision} [${labels}] by ${response.reasons.map((r) => r.rule).join(',')}`;
}

/** Sends of a downgrade that are not allowed when decided again. */
function refused(request: DecisionRequest, response: DecisionResponse): string[] {
  if (response.decision !== 'downgrade') return [];
  return response.actions
    .map((a) => ({ a, again: decideValid(policy, requestOfAction(request, a)) }))
    .filter(({ again }) => again.decision !== 'allow')
    .map(({ a, again }) => `${a.channel}: ${again.decision} by ${again.reasons.map((r) => r.rule).join(',')}`);
}

function report(): string {
  const out = ['found-phone corpora (issue 12), decided by the default bundle', '  kind            must-block  leaks   must-allow  over-blocks   leaks as visit_followup'];
  for (const kind of [...KINDS, 'all' as const]) {
    const of = rows.filter((d) => kind === 'all' || d.c.kind === kind);
    const mustBlock = of.filter((d) => d.c.expect === 'block');
    const mustAllow = of.filter((d) => d.c.expect === 'allow');
    const followupLeaks = mustBlock.filter((d) => !blocked(d.asFollowup)).length;
    out.push(`  ${kind.padEnd(16)}${String(mustBlock.length).padStart(10)}${String(mustBlock.filter(leak).length).padStart(7)}${String(mustAllow.length).padStart(13)}${String(mustAllow.filter(overBlock).length).padStart(13)}${String(followupLeaks).padStart(26)}`);
  }
  const over = rows.filter(overBlock);
  if (over.length > 0) out.push('  over-blocks:', ...over.map((d) => `    ${line(d)}`));
  return out.join('\n');
}

describe('the found-phone corpora of issue 12', () => {
  afterAll(() => console.info(report()));

  it('are valid requests with unique ids, and cover every kind with both outcomes where the kind has them', () => {
    expect(new Set(FOUND_PHONE_CASES.map((c) => c.id)).size).toBe(FOUND_PHONE_CASES.length);
    for (const kind of KINDS) expect(rows.filter((d) => d.c.kind === kind && d.c.expect === 'block').length, kind).toBeGreaterThan(0);
    expect(rows.filter((d) => d.c.expect === 'allow').length).toBeGreaterThan(150);
  });

  it('allow no must-block text', () => {
    const leaks = rows.filter(leak).map((d) => line(d));
    expect(leaks, `allowed, but must not go out as written:\n  ${leaks.join('\n  ')}`).toEqual([]);
  });

  it('allow no must-block text when its category is replaced by visit_followup', () => {
    const leaks = rows.filter((d) => d.c.expect === 'block' && !blocked(d.asFollowup)).map((d) => line(d, d.asFollowup));
    expect(leaks, `allowed as visit_followup:\n  ${leaks.join('\n  ')}`).toEqual([]);
  });

  it('block at most 2% of the must-allow texts', () => {
    const mustAllow = rows.filter((d) => d.c.expect === 'allow');
    const over = mustAllow.filter(overBlock);
    expect(over.length / mustAllow.length, `blocked, but may go out:\n  ${over.map((d) => line(d)).join('\n  ')}`).toBeLessThanOrEqual(0.02);
  });

  it('allow every send of every downgrade when it is decided again, with the category as sent and as visit_followup', () => {
    const bad = rows.flatMap((d) => [
      ...refused(d.request, d.response).map((s) => `${d.c.id}: ${s}`),
      ...refused(requestOf(d.c, 'visit_followup'), d.asFollowup).map((s) => `${d.c.id} (visit_followup): ${s}`),
    ]);
    expect(bad).toEqual([]);
  });
});
