// The playground's API: the running bundle for the page, and decisions under a draft that is
// never served, never recorded and never logged beyond its size.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundBundle, PlaygroundFile } from '../../server/routes/playground.ts';
import { all } from '../audit/helpers.ts';
import { memoryLog } from '../server/helpers.ts';
import { AUTH, defaultFiles, HIV_REMINDER_TEXT, playgroundApp, smsRequest, type Playground } from './helpers.ts';

const NO_EMAIL_RULE = '\nrule no-email {\n  when channel == email\n  deny\n  because "No email at all"\n}\n';
const EMAIL_REMINDER = smsRequest('Reminder: your appointment is Thu 3/5 at 10:15 AM.', {
  channel: 'email',
  sender: { kind: 'platform', vendor: 'postbox-mail' },
  patient: { consents: [{ channel: 'email', scopes: ['scheduling'], status: 'active', riskAcknowledged: true }], portalActive: true },
});

let service: Playground;
beforeAll(async () => {
  service = await playgroundApp();
});
afterAll(() => service.close());

/** POST a body to the playground; it may break the contract on purpose. */
const decideDraft = (body: Record<string, unknown>): Promise<LightMyRequestResponse> =>
  service.app.inject({ method: 'POST', url: '/v1/playground/decide', payload: body, headers: AUTH });

/** The default files with `text` appended to one of them. */
const withAppended = (name: string, text: string): PlaygroundFile[] => defaultFiles().map((f) => (f.name === name ? { ...f, text: f.text + text } : f));

describe('GET /v1/playground/bundle', () => {
  it('gives the running bundle: each file by its own name, the settings and the vendor register', async () => {
    const res = await service.app.inject({ method: 'GET', url: '/v1/playground/bundle', headers: AUTH });
    expect(res.statusCode).toBe(200);
    const body = res.json<PlaygroundBundle>();
    expect(body.files).toEqual(defaultFiles());
    expect(body.settings).toMatchObject({ practice: 'Riverside Family Practice', portal_vendor: 'riverside-ehr', time_zone: 'America/New_York' });
    expect(body.vendors.find((v) => v.id === 'acme-sms')).toEqual({ id: 'acme-sms', name: 'Acme SMS (fictional)', channels: ['sms'], baa: { signed: '2025-01-15', expires: '2028-01-15' } });
    expect(body.vendors.find((v) => v.id === 'blastly')?.baa).toBeNull();
    expect(body.policy.name).toBe('hipaa-messaging');
  });

  it('needs a client key, like /v1/decide', async () => {
    const res = await service.app.inject({ method: 'GET', url: '/v1/playground/bundle' });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });
});

describe('POST /v1/playground/decide', () => {
  it('decides under the unchanged draft as the running bundle does, with the trace, counterfactuals and matrix, and no change', async () => {
    const res = await decideDraft({ files: defaultFiles(), request: smsRequest(HIV_REMINDER_TEXT), explain: true });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.ok).toBe(true);
    expect(body.response.decision).toBe('downgrade');
    expect(body.response.findings).toContainEqual({ label: 'HIV', system: 'http://terminology.hl7.org/CodeSystem/v3-ActCode', start: 15, end: 25 });
    expect(body.response.actions).toEqual([{ channel: 'sms', category: 'appointment_reminder', body: 'Reminder: your appointment is Thu 3/5 at 10:15 AM.' }]);
    const heightened = body.response.trace.rules.find((r: { rule: string }) => r.rule === 'heightened-on-unsecured');
    expect(heightened).toMatchObject({ applied: true, span: { file: '30-content.policy' } });
    expect(body.response.trace.counterfactuals.counterfactuals.map((c: { text: string }) => c.text)).toContain('allowed on the portal');
    const consented = body.matrix.profiles.find((p: { profile: string }) => p.profile === 'consented-patient');
    const clinical = consented.tiers.find((t: { tier: string }) => t.tier === 'clinical');
    const labBySms = clinical.rows.find((r: { category: string }) => r.category === 'lab_result').cells[body.matrix.channels.indexOf('sms')];
    expect(labBySms).toEqual({ decision: 'downgrade', rules: ['clinical-category-on-unsecured'] });
    expect(body.matrix.reasons['clinical-category-on-unsecured'].citation).toBe('45 CFR 164.530(c), 164.312(e)');
    expect(body.diff).toEqual({ situations: 0, changed: 0, loosened: 0, tightened: 0, examples: [] });
  });

  it('answers with the checker\'s diagnostics, spans naming the draft\'s file, for a draft that does not compile', async () => {
    const files = withAppended('40-allow.policy', '\nwhen oops\n');
    const lastLine = files.find((f) => f.name === '40-allow.policy')!.text.split('\n').length - 1;
    const res = await decideDraft({ files, request: smsRequest(HIV_REMINDER_TEXT) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ok: false,
      diagnostics: [
        {
          code: 'parse/unexpected-token',
          severity: 'error',
          message: 'Expected a declaration such as `rule`, `tier` or `test`, found `when`',
          hint: '`when` goes inside a rule: `rule name { ... }`',
          span: expect.objectContaining({ file: '40-allow.policy', line: lastLine, col: 1 }),
        },
      ],
    });
  });

  it('shows what a change would decide, and what it changes, without touching the running bundle or the audit trail', async () => {
    const before = (await all(service.audit.records())).length;
    const res = await decideDraft({ files: withAppended('40-allow.policy', NO_EMAIL_RULE), request: EMAIL_REMINDER, explain: true });
    const body = res.json();
    expect(body.response.decision).toBe('deny');
    expect(body.response.reasons.map((r: { rule: string }) => r.rule)).toEqual(['no-email']);
    expect(body.diff.changed).toBeGreaterThan(0);
    expect(body.diff.tightened).toBe(body.diff.changed);
    expect(body.diff.examples[0]).toMatchObject({ from: 'allow', to: 'deny', direction: 'tighten', after: ['no-email'] });
    expect(body.diff.examples[0].description).toMatch(/ by email; /);

    const live = await service.app.inject({ method: 'POST', url: '/v1/decide', payload: EMAIL_REMINDER, headers: AUTH });
    expect(live.json().decision).toBe('allow');
    expect((await all(service.audit.records())).length).toBe(before + 1); // the real decision only
  });

  it('leaves out the matrix and the diff when the page does not need them', async () => {
    const body = (await decideDraft({ files: defaultFiles(), request: smsRequest(HIV_REMINDER_TEXT), analysis: false })).json();
    expect(body.response.decision).toBe('downgrade');
    expect(body.response.trace).toBeUndefined();
    expect(Object.keys(body).sort()).toEqual(['diagnostics', 'ok', 'response']);
  });

  it('rejects oversized or malformed drafts before compiling them', async () => {
    const request = smsRequest('Hi');
    const many = Array.from({ length: 21 }, (_, i) => ({ name: `f${i}.policy`, text: '' }));
    const tooMany = await decideDraft({ files: many, request });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().issues).toEqual([{ path: 'files', message: expect.stringMatching(/20/) }]);

    const huge = await decideDraft({ files: withAppended('90-tests.policy', `# ${'x'.repeat(300 * 1024)}\n`), request });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringMatching(/at most 256 KB/) });

    const badName = await decideDraft({ files: [{ name: '../rules.policy', text: '' }], request });
    expect(badName.statusCode).toBe(400);
    expect(badName.json().issues[0].path).toBe('files[0].name');

    const twice = await decideDraft({ files: [{ name: 'a.policy', text: '' }, { name: 'a.policy', text: '' }], request });
    expect(twice.json().issues).toEqual([{ path: 'files[1].name', message: '"a.policy" appears twice' }]);

    const badRequest = await decideDraft({ files: defaultFiles(), request: { ...request, channel: 'fax' } });
    expect(badRequest.statusCode).toBe(400);
    expect(badRequest.json().issues[0].path).toBe('request.channel');
  });
});

describe('what the playground logs', () => {
  it('logs sizes only: never the message, the policy text or the patient', async () => {
    const log = memoryLog();
    const logged = await playgroundApp({ logger: { level: 'info', stream: log.stream } });
    try {
      const files = withAppended('40-allow.policy', '\n# draft note: Maria Lopez\n');
      const res = await logged.app.inject({ method: 'POST', url: '/v1/playground/decide', payload: { files, request: smsRequest(HIV_REMINDER_TEXT), analysis: false }, headers: AUTH });
      expect(res.statusCode).toBe(200);
    } finally {
      await logged.close();
    }
    const entry = log.entries().find((e) => e.msg === 'playground decided');
    expect(entry).toMatchObject({ files: defaultFiles().length, ok: true, bytes: expect.any(Number) });
    expect(log.text()).not.toMatch(/HIV|Maria|rule |clinic/);
  });
});
