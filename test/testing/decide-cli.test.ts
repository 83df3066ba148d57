// `phigate decide`: JSON Lines in, one response per line out, in order; a bad line fails alone; and an
// app that writes one request and waits for its answer gets it before it sends the next.
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.ts';
import type { Io } from '../../bin/io.ts';
import { bundleDir, RULES } from './helpers.ts';

const request = (body: string, vendor = 'acme-sms'): string =>
  JSON.stringify({ message: { category: 'appointment_reminder', body }, channel: 'sms', sender: { kind: 'platform', vendor }, patient: { consents: [] }, at: '2026-11-24T15:00:00Z' });

/** Runs `phigate decide` feeding `lines` one at a time; each next line is sent only once the output has grown (or after `waitMs`). */
async function decideInteractively(lines: readonly string[], waitMs = 2_000): Promise<{ code: number; answers: string[]; answeredBeforeNext: boolean[] }> {
  let out = '';
  let grew: () => void = () => {};
  const answeredBeforeNext: boolean[] = [];
  const io: Io = {
    out: (t) => {
      out += t;
      grew();
    },
    err: () => {},
    lines: async function* () {
      for (const line of lines) {
        const before = out.length;
        yield line;
        const answered = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(false), waitMs);
          grew = () => {
            clearTimeout(timer);
            resolve(true);
          };
          if (out.length > before) grew();
        });
        answeredBeforeNext.push(answered);
      }
    },
    readAll: async () => '',
    color: false,
  };
  const code = await main(['node', 'phigate', 'decide', '--bundle', bundleDir({ 'rules.policy': RULES })], io);
  return { code, answers: out.trimEnd().split('\n'), answeredBeforeNext };
}

describe('phigate decide', () => {
  it('answers each line in order, a bad line with an error naming it, and the rest go on', async () => {
    const { code, answers } = await decideInteractively([request('See you Tue at 10.'), '{not json', request('See you Tue.', 'blastly'), '{"channel":"pigeon"}', '', request('Bye.')], 100);
    expect(code).toBe(0);
    const parsed = answers.map((a) => JSON.parse(a) as { decision?: string; error?: { code: string; line: number } });
    expect(parsed.map((p) => p.decision ?? `${p.error!.code}@${p.error!.line}`)).toEqual(['allow', 'request/invalid-json@2', 'deny', 'request/invalid@4', 'allow']);
  });

  it('reads each line as the service reads a body: a key twice or `__proto__` fails that line, and no error quotes the line', async () => {
    const twice = request('See you Tue at 10.').replace('"channel":"sms"', '"channel":"whatsapp","channel":"sms"');
    const proto = request('See you Tue at 10.').replace('"patient":{', '"patient":{"__proto__":{},');
    const secret = '{"message":{"body":"HIV results for Jane Roe"';
    const { code, answers } = await decideInteractively([twice, proto, secret, request('Bye.')], 100);
    expect(code).toBe(0);
    const parsed = answers.map((a) => JSON.parse(a) as { decision?: string; error?: { code: string; line: number; path?: string; message: string } });
    expect(parsed.map((p) => p.decision ?? `${p.error!.code}@${p.error!.line}`)).toEqual(['request/duplicate-key@1', 'request/invalid@2', 'request/invalid-json@3', 'allow']);
    expect(parsed[0]!.error).toMatchObject({ path: 'channel', message: expect.stringContaining('the key "channel" twice') });
    expect(parsed[1]!.error).toMatchObject({ path: 'patient' });
    expect(parsed[2]!.error!.message).toBe(`line 3: not valid JSON (at character ${secret.length + 1})`); // just past its end: it ends too soon
    expect(answers.join('\n')).not.toContain('Jane');
  });

  it('writes each answer before the next request arrives, so a caller can send one and wait', async () => {
    const { answeredBeforeNext } = await decideInteractively([request('One.'), request('Two.'), request('Three.')]);
    expect(answeredBeforeNext).toEqual([true, true, true]);
  });
});
