// Properties of the default bundle over the found-phone corpus: a sensitive word added to a text
// the policy allows by SMS never leaves it allowed, and every downgrade's sends are themselves
// allowed when decided again (the contract: "every action ... must itself be allowed").
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decideValid, type DecisionRequest, type DecisionResponse } from '../../engine/index.ts';
import { parseVocab } from '../../engine/classify/vocab.ts';
import { decided, policy, requestOfAction } from './helpers.ts';
import { CORPUS } from './messages.ts';

/** The terms of one of the classifier's vocabulary files, as written there (exact-case terms keep their case). */
function readVocabFile(name: string): string[] {
  const text = readFileSync(new URL(`../../engine/classify/vocab/${name}.txt`, import.meta.url), 'utf8');
  return parseVocab(text).map((line) => line.term);
}

const SENSITIVE_TERMS = ['HIV', 'SUD', 'SSP', 'medication'].flatMap(readVocabFile);
const SMS_ALLOWED = CORPUS.map((m) => m.request).filter((r) => r.channel === 'sms' && decided(r).decision === 'allow');

/**
 * The body with `term` inserted as a word of its own before the `gap`-th word (or at the end). A
 * comma follows it: by design the classifier reads a capitalized term right before a street
 * suffix as part of an address ("Cancer Ln") and a term right before "vaccine" as wellness ("HPV
 * vaccine"), so the comma keeps the inserted word from being glued to the next one.
 */
function withTerm(body: string, term: string, gap: number): { body: string; neighbours: string[] } {
  const words = body.split(' ');
  const at = gap % (words.length + 1);
  return { body: [...words.slice(0, at), `${term},`, ...words.slice(at)].join(' '), neighbours: [`${words[at - 1] ?? ''} ${term}`, `${term} ${words[at] ?? ''}`] };
}

/** The classifier's own non-sensitive phrases (vocab/_suppress.txt: "hearing aids", "lithium batteries"). */
const letters = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const SUPPRESSED = readVocabFile('_suppress').map(letters);
const formsSuppressedPhrase = (neighbours: readonly string[]): boolean => neighbours.some((n) => SUPPRESSED.some((phrase) => phrase.includes(letters(n))));

const insertedArb = fc
  .record({ request: fc.constantFrom(...SMS_ALLOWED), term: fc.constantFrom(...SENSITIVE_TERMS), gap: fc.nat() })
  .map(({ request, term, gap }) => ({ request, ...withTerm(request.message.body, term, gap) }))
  .filter(({ neighbours }) => !formsSuppressedPhrase(neighbours))
  .map(({ request, body }): DecisionRequest => ({ ...request, message: { ...request.message, body } }));

/** The sends of a downgrade that are not allowed when decided again, as "channel (category): decision by rules". */
function refusedActions(request: DecisionRequest, response: DecisionResponse): string[] {
  return response.actions
    .map((action) => ({ action, again: decideValid(policy, requestOfAction(request, action)) }))
    .filter(({ again }) => again.decision !== 'allow')
    .map(({ action, again }) => `${action.channel} (${action.category}): ${again.decision} by ${again.reasons.map((r) => r.rule).join(', ')}`);
}

describe('the default bundle on the found-phone corpus', () => {
  it('has texts allowed by SMS and sensitive terms to insert into them', () => {
    expect(SMS_ALLOWED.length).toBeGreaterThan(30);
    expect(SENSITIVE_TERMS).toEqual(expect.arrayContaining(['HIV clinic', 'methadone', 'AIDS']));
  });

  it('never allows a text allowed by SMS once a sensitive term is added to it', () => {
    fc.assert(
      fc.property(insertedArb, (request) => {
        expect(decided(request).decision, request.message.body).not.toBe('allow');
      }),
      { numRuns: 400 },
    );
  });

  it('allows every send of every downgrade in the corpus when it is decided again', () => {
    const downgraded = CORPUS.map((m) => ({ m, response: decided(m.request) })).filter(({ response }) => response.decision === 'downgrade');
    expect(downgraded.length).toBeGreaterThan(50);
    const refused = downgraded.flatMap(({ m, response }) => refusedActions(m.request, response).map((line) => `${m.id}: ${line}`));
    expect(refused).toEqual([]);
  });

  it('allows every send of the downgrade of a text with a sensitive term added', () => {
    fc.assert(
      fc.property(insertedArb, (request) => {
        const response = decided(request);
        if (response.decision === 'downgrade') expect(refusedActions(request, response)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
