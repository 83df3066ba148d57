import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { request } from '../helpers.ts';
import { phigate } from './helpers.ts';

/** The lines from `first` up to the next blank line. */
function section(out: string, first: string): string[] {
  const lines = out.split('\n');
  const start = lines.indexOf(first);
  expect(start, `no line "${first}" in:\n${out}`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start, end);
}

const explain = (req: unknown, ...flags: string[]) => phigate(['explain', '--bundle', 'policies', ...flags], JSON.stringify(req));

const LAB_RESULT = {
  message: { category: 'lab_result', body: 'Your A1c was 9.1%, please start metformin.' },
  patient: { consents: [{ channel: 'sms', scopes: ['scheduling', 'notifications'], status: 'active', recordedAt: '2026-01-05' }], portalActive: true },
  at: '2026-11-24T15:00:00Z',
};

describe('phigate explain: how to send it', () => {
  it('lists each way the message would be allowed, in plain language', async () => {
    const r = await explain(request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } }));
    expect(r.code).toBe(0);
    expect(r.out.split('\n')[0]).toBe('DOWNGRADE: send the safer form below instead');
    expect(section(r.out, 'How to send it:')).toEqual([
      'How to send it:',
      '  - allowed on the portal',
      "  - allowed if the word 'HIV' was removed",
    ]);
  });

  it("says when the patient's own request is what blocks the channel", async () => {
    const r = await explain(request({ patient: { avoidChannels: ['sms'] } }));
    expect(section(r.out, 'How to send it:')).toEqual([
      'How to send it:',
      '  - allowed on the portal',
      "  - The patient asked not to be contacted by SMS; no change on the practice's side allows it.",
    ]);
  });

  it('says so when no change of one or two facts helps', async () => {
    const r = await explain(request({ message: { category: 'other' }, patient: { consents: [], portalActive: false } }));
    expect(section(r.out, 'How to send it:')).toEqual(['How to send it:', '  - no change of one or two facts makes it allowed']);
  });

  it('has no such section for a message that is allowed', async () => {
    const r = await explain(request());
    expect(r.out.split('\n')[0]).toBe('ALLOW: the message may be sent as written');
    expect(r.out).not.toContain('How to send it:');
  });

  it('adds the counterfactuals to the JSON trace, with offsets for removed words', async () => {
    const r = await explain(request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } }), '--json');
    const json = JSON.parse(r.out);
    expect(json.trace.rules.length).toBeGreaterThan(0);
    expect(json.trace.counterfactuals.counterfactuals[1]).toEqual({
      changes: [{ kind: 'remove-words', labels: ['diagnosis'], spans: [{ start: 5, end: 8, labels: ['diagnosis'] }] }],
      text: "allowed if the word 'HIV' was removed",
      decision: 'allow',
      diff: [{ path: 'message.body', removed: [{ start: 5, end: 8 }] }],
    });
  });

  it('puts the decision, why, what to send and how first, and the trace of every rule only with --trace', async () => {
    const req = request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } });
    const plain = await explain(req);
    const heads = (out: string) => out.split('\n').filter((l) => /^[A-Z][^:]*:/.test(l)).map((l) => l.replace(/:.*/, ''));
    expect(heads(plain.out).slice(0, 5)).toEqual(['DOWNGRADE', 'Why', 'Send instead', 'How to send it', 'What the classifier found in the text']);
    expect(plain.out).not.toContain('Every rule:');
    const traced = await explain(req, '--trace');
    expect(heads(traced.out).at(-1)).toBe('Every rule');
    expect(section(traced.out, 'Every rule:').some((l) => l.startsWith('  ✓ heightened-on-unsecured (downgrade) applied'))).toBe(true);
  });

  it("says when a deferred send may go, on the patient's clock", async () => {
    const r = await explain(request({ at: '2026-11-24T03:30:00Z' }));
    expect(section(r.out, 'Send instead:')).toEqual([
      'Send instead:',
      `  - sms (appointment_reminder), not before 08:00 on Tue 24 Nov 2026, the patient's time (America/New_York; 2026-11-24T13:00:00.000Z): ${JSON.stringify(request().message.body)}`,
      '  Queue the sends marked "not before" and send them at that time (ask phigate again then, as before every send).',
    ]);
    const pacific = await explain(request({ at: '2026-11-24T15:30:00Z', patient: { timeZone: 'Pacific/Honolulu' } }));
    expect(pacific.out).toContain("not before 08:00 on Tue 24 Nov 2026, the patient's time (Pacific/Honolulu; 2026-11-24T18:00:00.000Z)");
  });

  it('says that a patient who asked for no contact cannot be reached, whatever the practice changes', async () => {
    const r = await explain(request({ patient: { doNotContact: true } }));
    expect(r.out.split('\n')[0]).toBe('DENY: do not send this message');
    expect(section(r.out, 'How to send it:')).toEqual([
      'How to send it:',
      '  - no change of one or two facts makes it allowed',
      "  - The patient asked not to be contacted at all; no change on the practice's side allows it.",
    ]);
  });

  it('names the bad field of an invalid request', async () => {
    const r = await explain({ ...request(), channel: 'pager' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^invalid request: channel: /);
  });
});

describe('phigate route', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-route-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plan in plain language, then every channel considered', async () => {
    const file = join(dir, 'lab.json');
    writeFileSync(file, JSON.stringify(LAB_RESULT));
    const r = await phigate(['route', '--bundle', 'policies', '--request', file]);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toEqual([
      'PLAN: 2 sends, in this order',
      '',
      '  1. portal (lab_result) through riverside-ehr: "Your A1c was 9.1%, please start metformin."',
      "       - portal (allow): The patient portal is encrypted, access-controlled, auditable and covered by the EHR vendor's BAA [45 CFR 164.312(e)]",
      '  2. sms (portal_message_waiting) through acme-sms: "Riverside Family Practice: you have a new message in your patient portal."',
      '       - notification-on-unsecured (allow): Tier 2: an alert that something is waiting in the portal may go by text or email [45 CFR 164.530(c)]',
      '',
      'Every channel considered:',
      '  sms: DOWNGRADE by clinical-category-on-unsecured, clinical-text-on-unsecured',
      '  email: DENY by no-consent',
      '  email_encrypted: DENY by no-consent',
      '  portal: ALLOW by portal',
      '  secure_messaging: DENY by no-consent',
      '  whatsapp: DENY by consumer-app, no-baa',
      '  messenger: DENY by consumer-app, no-baa',
      '  imessage: DENY by consumer-app, no-baa',
      '  sms (alert): ALLOW by notification-on-unsecured',
      '',
    ]);
  });

  it('says there is no route, and why, when nothing is allowed', async () => {
    const r = await phigate(['route', '--bundle', 'policies'], JSON.stringify({ ...LAB_RESULT, patient: { consents: [] } }));
    expect(section(r.out, 'Why:')).toEqual([
      'Why:',
      '  - no-consent (deny): The patient has no recorded consent for this channel [47 CFR 64.1200; 45 CFR 164.530(c)]',
      '  - portal-not-active (deny): The patient does not use the portal, so a portal message would not reach them [45 CFR 164.530(c)]',
      '  - consumer-app (deny): WhatsApp, Messenger and iMessage sign no BAA with providers: no patient messages there [45 CFR 164.502(e), 164.504(e)]',
      '  - no-baa (deny): Every vendor that carries patient messages must have a signed, current BAA that covers this channel [45 CFR 164.502(e), 164.504(e), 164.308(b)(1)]',
    ]);
    expect(r.out.split('\n')[0]).toBe('NO ROUTE: no channel allows this message, or a safer form of it, for this patient');
  });

  it('plans a text written in the quiet hours for when they end', async () => {
    const reminder = { message: { category: 'appointment_reminder', body: 'Reminder: your appointment is Thu 3/5 at 10:15 AM.' }, patient: LAB_RESULT.patient, at: '2026-11-24T03:30:00Z' };
    const r = await phigate(['route', '--bundle', 'policies'], JSON.stringify(reminder));
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      'PLAN: one send',
      '',
      "  1. sms (appointment_reminder) through acme-sms, not before 08:00 on Tue 24 Nov 2026, the patient's time (America/New_York; 2026-11-24T13:00:00.000Z): \"Reminder: your appointment is Thu 3/5 at 10:15 AM.\"",
      '       - quiet-hours (downgrade): No texts or emails to patients between 21:00 and 08:00 on their clock; it goes out when the quiet hours end [47 CFR 64.1200(c)(1)]',
    ]);
    const json = JSON.parse((await phigate(['route', '--bundle', 'policies', '--json'], JSON.stringify(reminder))).out);
    expect(json.plan[0]).toMatchObject({ channel: 'sms', decision: 'allow', notBefore: '2026-11-24T13:00:00.000Z' });
  });

  it('prints JSON with --json', async () => {
    const r = await phigate(['route', '--bundle', 'policies', '--json'], JSON.stringify(LAB_RESULT));
    const json = JSON.parse(r.out);
    expect(json.plan.map((s: { channel: string; category: string }) => `${s.channel}:${s.category}`)).toEqual(['portal:lab_result', 'sms:portal_message_waiting']);
    expect(json.considered).toHaveLength(9);
  });

  it('names each bad field of the input and exits 1', async () => {
    const r = await phigate(['route', '--bundle', 'policies'], JSON.stringify({ message: { category: 'lab_result' }, patient: { consents: [] }, channel: 'sms' }));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toContain('message.body: ');
    expect(r.err).toContain('channel');
  });
});
