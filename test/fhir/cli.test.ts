// `phigate decide --input fhir`: JSON Lines of FHIR Bundles in, one decision (with the message's
// security labels) per line out, in order; a line that does not map gets an error naming FHIR paths.
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.ts';
import type { Io } from '../../bin/io.ts';
import { ACT_CODE_SYSTEM } from '../../engine/index.ts';
import { fixture } from './helpers.ts';

async function phigateDecide(args: readonly string[], lines: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = {
    out: (t) => void (out += t),
    err: (t) => void (err += t),
    lines: async function* () {
      yield* lines;
    },
    readAll: async () => lines.join('\n'),
    color: false,
  };
  const code = await main(['node', 'phigate', 'decide', ...args], io);
  return { code, out, err };
}

const line = (name: string): string => JSON.stringify(fixture(name));

describe('phigate decide --input fhir', () => {
  it('decides each bundle on the default policy, in order, with its security labels; a bad line fails alone', async () => {
    const run = await phigateDecide(
      ['--bundle', 'policies', '--input', 'fhir'],
      [line('sms-hiv-clinic-reminder.json'), line('unmappable-fax-medium.json'), '{not json', '', line('email-lab-result-requested.json'), line('opt-in-with-sms-opt-out.json')],
    );
    expect(run.code).toBe(0);
    const answers = run.out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown> & { error?: { code: string; line: number; issues?: { path: string }[] } });
    expect(answers.map((a) => (a.error ? `${a.error.code}@${a.error.line}` : a.decision))).toEqual(['downgrade', 'fhir/unmapped@2', 'request/invalid-json@3', 'allow', 'deny']);
    expect(answers[0]).toMatchObject({ messageId: 'appt-reminder-8841', confidentiality: { code: 'R' }, sensitivity: expect.arrayContaining([{ system: ACT_CODE_SYSTEM, code: 'HIV', display: 'HIV/AIDS information sensitivity' }]) });
    expect(answers[1]!.error!.issues!.map((i) => i.path)).toEqual(['Bundle.entry[0].resource.medium[0].coding[0].code']);
    expect(answers[3]).toMatchObject({ confidentiality: { code: 'N' }, sensitivity: [] });
  });

  it('reads decision requests by default, and refuses an unknown input format', async () => {
    const plain = await phigateDecide(['--bundle', 'policies'], [line('sms-hiv-clinic-reminder.json')]);
    expect(JSON.parse(plain.out)).toMatchObject({ error: { code: 'request/invalid' } });
    const bad = await phigateDecide(['--bundle', 'policies', '--input', 'hl7v2'], []);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--input takes request or fhir, not "hl7v2"');
  });
});
