import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decisionDiff, parseCorpus, type DecisionDiff } from '../../engine/analysis/index.ts';
import { policyOf, request } from '../helpers.ts';
import { bundleDir, phigate } from '../testing/helpers.ts';
import { AT, MINI, withoutRule } from './helpers.ts';

const BASE = policyOf(MINI);
const LOOSER = policyOf(withoutRule(MINI, 'no-baa'));
const FORWARD = decisionDiff(BASE, LOOSER, { at: AT });

describe('decision diff', () => {
  it('reports removing the BAA rule as deny→allow, with the rules before and after and a first example', () => {
    const d = FORWARD;
    expect(d.decided.situations).toBeGreaterThan(1000);
    expect(d.tightened).toBe(0);
    expect(d.loosened).toBe(d.changed);
    const loosened = d.groups.find((g) => g.from === 'deny' && g.to === 'allow')!;
    expect(loosened.direction).toBe('loosen');
    const viaText = loosened.shifts.find((s) => s.after.join() === 'reminders-by-text')!;
    expect(viaText.before).toEqual(['no-baa']);
    expect(viaText.example.description).toBe('appointment_reminder by sms; no consent on the channel; vendor blastly (no BAA covers sms); neutral text');
    expect(viaText.example.request).toMatchObject({ channel: 'sms', sender: { kind: 'platform', vendor: 'blastly' }, message: { category: 'appointment_reminder', body: '' } });
    expect(viaText.example.after).toEqual({ decision: 'allow', rules: ['reminders-by-text'] });
    // The clinical rule now downgrades what the missing BAA used to stop.
    expect(d.groups.find((g) => g.from === 'deny' && g.to === 'downgrade')!.shifts[0]).toMatchObject({ before: ['no-baa'], after: ['clinical-by-text'] });
  });

  it('reports the reverse change as tightening', () => {
    const back = decisionDiff(LOOSER, BASE, { at: AT });
    expect(back.loosened).toBe(0);
    expect(back.groups.map((g) => [g.from, g.to, g.direction, g.count])).toEqual(FORWARD.groups.map((g) => [g.to, g.from, 'tighten', g.count]));
  });

  it('decides the corpus too, naming a changed request by its line and never copying its text', () => {
    const urgent = `${MINI}\nrule no-urgent-texts {\n  when message.body contains "call us now"\n  deny\n  because "Urgent news is given by phone"\n}\n`;
    const corpus = parseCorpus(['', JSON.stringify(request()), JSON.stringify(request({ message: { body: 'Please call us now about your visit' } }))].join('\n'));
    expect(corpus.problems).toEqual([]);
    const d = decisionDiff(policyOf(urgent), BASE, { at: AT, corpus: corpus.entries });
    expect(d.decided.corpus).toBe(2);
    expect(d.groups).toEqual([
      {
        from: 'deny',
        to: 'allow',
        direction: 'loosen',
        count: 1,
        example: { description: 'corpus line 3: appointment_reminder by sms', corpusLine: 3, before: { decision: 'deny', rules: ['no-urgent-texts'] }, after: { decision: 'allow', rules: ['reminders-by-text'] } },
        shifts: [expect.objectContaining({ before: ['no-urgent-texts'], after: ['reminders-by-text'], count: 1 })],
      },
    ]);
  });

  it('names each corpus line that is not a valid request', () => {
    expect(parseCorpus('{"channel": "sms"}\n\nnot json\n').problems).toEqual([
      { line: 1, message: expect.stringContaining('message') },
      { line: 3, message: expect.stringMatching(/^not valid JSON/) },
    ]);
  });

  it('warns when the bundle changed but its version did not, and not once the version is bumped or nothing changed', () => {
    expect(FORWARD.warnings).toEqual(['The bundle changed but its version is still "1": give it a new version in its `policy "mini" version "..."` line, so decisions and audit records tell the two apart']);
    const bumped = policyOf(withoutRule(MINI, 'no-baa').replace('version "1"', 'version "2"'));
    expect(decisionDiff(BASE, bumped, { at: AT }).warnings).toEqual([]);
    expect(decisionDiff(BASE, BASE, { at: AT }).warnings).toEqual([]);
  });

  it('tries every term of a terms list, not only the first: a rule about the second term shows up', () => {
    const terms = `${MINI}\nterms our_clinics = ["Harbor Recovery Center", "Lakeside Fertility"]\n`;
    const stricter = `${terms}\nrule no-fertility-by-text {\n  when channel in unsecured and message.body contains "lakeside"\n  deny\n  because "x"\n}\n`;
    const d = decisionDiff(policyOf(terms), policyOf(stricter.replace('version "1"', 'version "2"')), { at: AT });
    expect(d.changed).toBeGreaterThan(0);
    expect(d.groups.flatMap((g) => g.shifts.map((s) => s.example.description)).every((e) => e.includes('Reminder about Lakeside Fertility'))).toBe(true);
  });

  it('exercises rules on sample texts: a new rule about identifiers shows up with the SSN sample', () => {
    const strict = policyOf(`${MINI}\nrule no-identifiers-by-text {\n  when channel in unsecured and message.findings contains any [ssn]\n  deny\n  because "No SSNs by text"\n}\n`);
    const d = decisionDiff(BASE, strict, { at: AT });
    expect(d.groups.map((g) => `${g.from}>${g.to}`)).toEqual(['allow>deny', 'downgrade>deny']);
    expect(d.groups[0]!.example.description).toBe('appointment_reminder by sms; no consent on the channel; vendor acme-sms (BAA covers sms); text with identifier: "SSN 123-45-6789"');
  });
});

describe('phigate diff', () => {
  const base = bundleDir({ 'mini.policy': MINI });
  const looser = bundleDir({ 'mini.policy': withoutRule(MINI, 'no-baa') });

  it('exits 1 with --fail-on loosen when a rule is removed, listing the change by direction', async () => {
    const run = await phigate('diff', '--base', base, '--bundle', looser, '--fail-on', 'loosen', '--at', AT);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/^base: {3}mini 1 \(sha256:[0-9a-f]{12}\)\nbundle: mini 1 \(sha256:[0-9a-f]{12}\)\nwarning: The bundle changed but its version is still "1": .*\nDecided \d+ situations under both bundles, at 2026-11-24T15:00:00.000Z\.\n\n\d+ decisions change: \d+ loosen, 0 tighten\.\n/);
    expect(run.out).toContain('\ndeny → allow (LOOSENS): ');
    expect(run.out).toContain('× decided by no-baa, now by reminders-by-text\n      e.g. appointment_reminder by sms; no consent on the channel; vendor blastly (no BAA covers sms); neutral text\n');
  });

  it('exits 0 without --fail-on, and 0 with --fail-on loosen when decisions only tighten', async () => {
    expect((await phigate('diff', '--base', base, '--bundle', looser, '--at', AT)).code).toBe(0);
    expect((await phigate('diff', '--base', looser, '--bundle', base, '--fail-on', 'loosen', '--at', AT)).code).toBe(0);
    expect((await phigate('diff', '--base', looser, '--bundle', base, '--fail-on', 'any', '--at', AT)).code).toBe(1);
  });

  it('reports no changes for a bundle compared with itself, even with --fail-on any', async () => {
    const run = await phigate('diff', '--base', base, '--bundle', base, '--fail-on', 'any', '--at', AT, '--format', 'md');
    expect(run.code).toBe(0);
    expect(run.out).toContain('\nNo decision changes.\n');
  });

  it('writes JSON for pipelines, with the corpus decided as well', async () => {
    const corpus = join(base, 'corpus.jsonl');
    writeFileSync(corpus, `${JSON.stringify(request({ sender: { vendor: 'blastly' } }))}\n`);
    const run = await phigate('diff', '--base', base, '--bundle', looser, '--corpus', corpus, '--format', 'json', '--at', AT);
    const d = JSON.parse(run.out) as DecisionDiff;
    expect(d.decided.corpus).toBe(1);
    expect(d.loosened).toBe(FORWARD.loosened + 1);
  });

  it('stops with exit 2 when a bundle does not load, so CI can tell it from a loosened policy', async () => {
    const broken = bundleDir({ 'mini.policy': MINI.replace('deny\n', 'deny\n  deny\n') });
    const run = await phigate('diff', '--base', broken, '--bundle', looser, '--fail-on', 'loosen');
    expect([run.code, run.out]).toEqual([2, '']);
    expect(run.err).toContain(`the bundle ${broken} does not load`);
  });

  it('stops with exit 2 at a corpus line that is not a request, naming the line', async () => {
    const corpus = join(base, 'bad.jsonl');
    writeFileSync(corpus, `${JSON.stringify(request())}\n{"message": {}}\n`);
    const run = await phigate('diff', '--base', base, '--bundle', looser, '--corpus', corpus, '--fail-on', 'loosen');
    expect(run.code).toBe(2);
    expect(run.out).toBe('');
    expect(run.err).toMatch(new RegExp(`^${corpus.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2: invalid request: message.category`));
  });
});
