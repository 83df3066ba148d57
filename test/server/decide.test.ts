// POST /v1/decide and /v1/decide/batch through app.inject: whole response bodies, every error.
import { describe, expect, it, vi } from 'vitest';
import { AuditUnavailableError, type AuditStore } from '../../audit/index.ts';
import { ACT_CODE_SYSTEM, type CompiledPolicy, type DecisionRequest } from '../../engine/index.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import { all } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { ADMIN_KEY, CLIENT_KEY, get, NOW, post, REMINDER_REASON, service, ULID } from './helpers.ts';

const HIV_REMINDER = 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.';
const allowed = (): DecisionRequest => request({ message: { id: 'm-1' } });
const downgraded = (): DecisionRequest => request({ message: { body: HIV_REMINDER } });
const denied = (): DecisionRequest => request({ sender: { vendor: 'blastly' } });

const policyOf = (digest: string) => ({ name: 'service-test', version: '1.0.0', digest });

function allowBody(digest: string) {
  return {
    decision: 'allow',
    decisionId: expect.stringMatching(ULID),
    messageId: 'm-1',
    policy: policyOf(digest),
    reasons: [{ rule: 'reminders', effect: 'allow', text: REMINDER_REASON }],
    findings: [],
    actions: [{ channel: 'sms', category: 'appointment_reminder', body: allowed().message.body }],
  };
}

function downgradeBody(digest: string) {
  return {
    decision: 'downgrade',
    decisionId: expect.stringMatching(ULID),
    policy: policyOf(digest),
    reasons: [{ rule: 'care-revealing-by-text', effect: 'downgrade', text: 'Found-phone test: the text reveals the kind of care', citation: '45 CFR 164.530(c)' }],
    findings: [
      { label: 'HIV', system: ACT_CODE_SYSTEM, start: 15, end: 25 },
      { label: 'SSP', system: ACT_CODE_SYSTEM, start: 15, end: 25 },
      { label: 'diagnosis', start: 15, end: 18 },
      { label: 'unvetted', start: 15, end: 18 },
    ],
    actions: [{ channel: 'sms', category: 'appointment_reminder', body: 'Reminder: your appointment is Thu 3/5 at 10:15 AM.' }],
  };
}

function denyBody(digest: string) {
  return {
    decision: 'deny',
    decisionId: expect.stringMatching(ULID),
    policy: policyOf(digest),
    reasons: [{ rule: 'no-baa', effect: 'deny', text: 'Every vendor that carries patient messages must have a signed, current BAA', citation: '45 CFR 164.502(e)' }],
    findings: [],
    actions: [],
  };
}

const UNAUTHORIZED = { statusCode: 401, code: 'UNAUTHORIZED', error: 'Unauthorized', message: 'Missing or invalid API key: send "Authorization: Bearer <key>"' };
const DECISION_FAILED = { statusCode: 500, code: 'DECISION_FAILED', error: 'Internal Server Error', message: 'The decision could not be completed because of an internal fault; treat this send as denied' };
const AUDIT_UNAVAILABLE = { statusCode: 503, code: 'AUDIT_UNAVAILABLE', error: 'Service Unavailable', message: 'The audit trail cannot record decisions right now; no decision was made, treat the send as denied' };

/** The bundle's policy with a fault inside the engine's path: every decision throws. */
function throwingPolicy(policy: CompiledPolicy): CompiledPolicy {
  const fault = (): never => {
    throw new Error('simulated engine fault');
  };
  return { ...policy, tierOf: { get: fault } as unknown as CompiledPolicy['tierOf'] };
}

describe('POST /v1/decide', () => {
  it('allows, sending the message as requested', async () => {
    const { app, holder } = await service();
    const res = await post(app, '/v1/decide', allowed());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(allowBody(holder.current.digest));
  });

  it('downgrades, with the safer message to send instead', async () => {
    const { app, holder } = await service();
    const res = await post(app, '/v1/decide', downgraded());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(downgradeBody(holder.current.digest));
  });

  it('denies, with the rule and its citation, and nothing to send', async () => {
    const { app, holder } = await service();
    const res = await post(app, '/v1/decide', denied());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(denyBody(holder.current.digest));
  });

  it('adds the trace of every rule with ?explain=full', async () => {
    const { app, holder } = await service();
    const res = await post(app, '/v1/decide?explain=full', allowed());
    expect(res.json()).toEqual({
      ...allowBody(holder.current.digest),
      // The trace's own shape belongs to the engine (test/engine); here: every rule, and which applied.
      trace: expect.objectContaining({
        rules: [
          expect.objectContaining({ rule: 'no-baa', effect: 'deny', applied: false }),
          expect.objectContaining({ rule: 'care-revealing-by-text', effect: 'downgrade', applied: false }),
          expect.objectContaining({ rule: 'reminders', effect: 'allow', applied: true }),
        ],
      }),
    });
  });

  it('decides a request without `at` at the server clock', async () => {
    const { at: _at, ...undated } = request();
    const inForce = await service({ now: () => NOW });
    expect((await post(inForce.app, '/v1/decide', undated)).json().decision).toBe('allow');
    // acme-sms's BAA expires on 2028-01-15.
    const expired = await service({ now: () => Date.parse('2028-06-01T00:00:00Z') });
    expect((await post(expired.app, '/v1/decide', undated)).json().reasons).toEqual(denyBody('').reasons);
  });

  it('rejects a request that does not match the contract, naming each bad field', async () => {
    const { app } = await service();
    const bad = { ...request(), at: 'tomorrow', sender: { kind: 'platform', colour: 'red' } } as Record<string, unknown>;
    (bad.message as Record<string, unknown>).body = 42;
    const res = await post(app, '/v1/decide', bad);
    const issues = [
      { path: 'message.body', message: 'Invalid input: expected string, received number' },
      { path: 'sender', message: 'Unrecognized key: "colour"' },
      { path: 'at', message: 'expected an ISO 8601 date such as 2026-11-24 or 2026-11-24T15:00:00Z' },
    ];
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'INVALID_REQUEST',
      error: 'Bad Request',
      message: `invalid request: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
      issues,
    });
  });

  it('rejects a body that is not JSON without quoting it back', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide', '{"message": {"body": "Your HIV test is positive"', { authorization: `Bearer ${CLIENT_KEY}`, 'content-type': 'application/json' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, code: 'INVALID_JSON', error: 'Bad Request', message: 'The request body is not valid JSON' });
  });

  it('accepts JSON only', async () => {
    const { app } = await service();
    for (const type of ['text/plain', 'application/x-www-form-urlencoded']) {
      const res = await post(app, '/v1/decide', 'channel=sms', { authorization: `Bearer ${CLIENT_KEY}`, 'content-type': type });
      expect(res.statusCode).toBe(415);
      expect(res.json()).toEqual({ statusCode: 415, code: 'UNSUPPORTED_MEDIA_TYPE', error: 'Unsupported Media Type', message: 'Send the request as Content-Type: application/json' });
    }
  });

  it('refuses a body over the limit (1 MiB by default)', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide', request({ message: { body: 'x'.repeat(1024 * 1024) } }));
    expect(res.statusCode).toBe(413);
    expect(res.json()).toEqual({ statusCode: 413, code: 'PAYLOAD_TOO_LARGE', error: 'Payload Too Large', message: 'The request body is larger than the limit' });
  });

  it('answers a missing key and a wrong key with the same 401', async () => {
    const { app, audit } = await service();
    for (const headers of [{}, { authorization: 'Bearer not-a-key' }, { authorization: CLIENT_KEY }, { 'x-api-key': `${CLIENT_KEY}x` }]) {
      const res = await post(app, '/v1/decide', allowed(), headers);
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toBe('Bearer');
      expect(res.json()).toEqual(UNAUTHORIZED);
    }
    expect(await all(audit.records())).toEqual([]);
  });

  it('takes the key as a Bearer token in any case, or as X-API-Key; an admin key also decides', async () => {
    const { app } = await service();
    for (const headers of [{ authorization: `bearer ${CLIENT_KEY}` }, { 'x-api-key': CLIENT_KEY }, { authorization: `Bearer ${ADMIN_KEY}` }]) {
      expect((await post(app, '/v1/decide', allowed(), headers)).statusCode).toBe(200);
    }
  });

  it('answers 500 DECISION_FAILED (treat as deny) when the engine throws, and records nothing', async () => {
    const base = await service();
    const { app, audit } = await service({ holder: new PolicyHolder(base.bundle, throwingPolicy(base.holder.current)) });
    const res = await post(app, '/v1/decide', allowed());
    expect(res.statusCode).toBe(500);
    expect(res.json()).toEqual(DECISION_FAILED);
    expect(await all(audit.records())).toEqual([]);
  });

  it('answers 503 AUDIT_UNAVAILABLE, never an unrecorded allow, when the audit store cannot write; /readyz says so', async () => {
    const { app, audit, holder } = await service();
    await audit.close();
    const res = await post(app, '/v1/decide', allowed());
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual(AUDIT_UNAVAILABLE);
    const ready = await get(app, '/readyz', {});
    expect(ready.statusCode).toBe(503);
    expect(ready.json()).toMatchObject({ status: 'unavailable', policy: holder.current.digest, audit: 'unavailable', auditReason: 'audit store is closed' });
  });

  it('records concurrent decisions in shared transactions, with the ids they were answered with', async () => {
    const plain = await service();
    const store = spyStore(plain.audit);
    const { app, audit } = await service({ audit: store });
    const answers = await Promise.all([allowed(), denied(), downgraded(), allowed()].map((r) => post(app, '/v1/decide', r)));
    expect(answers.map((a) => a.json<{ decision: string }>().decision)).toEqual(['allow', 'deny', 'downgrade', 'allow']);
    const records = await all(audit.records());
    expect(records.map((r) => r.decisionId).sort()).toEqual(answers.map((a) => a.json<{ decisionId: string }>().decisionId).sort());
    expect(store.appendMany.mock.calls.length).toBeLessThan(answers.length);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 4 });
  });

  it('answers 500 INTERNAL (treat as deny), with no decision, when recording fails in another way', async () => {
    const plain = await service();
    const bug = (): Promise<never> => Promise.reject(new TypeError('a bug in the store'));
    const broken: AuditStore = { ...spyStore(plain.audit), append: bug, appendMany: bug };
    const { app } = await service({ audit: broken });
    const res = await post(app, '/v1/decide', allowed());
    expect([res.statusCode, res.json()]).toEqual([500, { statusCode: 500, code: 'INTERNAL', error: 'Internal Server Error', message: 'Internal error; treat any pending send as denied' }]);
  });

  it('answers 503 the same way for any store whose writes reject with AuditUnavailableError', async () => {
    const plain = await service();
    const diskFull = (): Promise<never> => Promise.reject(new AuditUnavailableError('audit store cannot record decisions: SQLITE_FULL: database or disk is full'));
    const full: AuditStore = { ...spyStore(plain.audit), append: diskFull, appendMany: diskFull };
    const { app } = await service({ audit: full });
    const res = await post(app, '/v1/decide', allowed());
    expect([res.statusCode, res.json()]).toEqual([503, AUDIT_UNAVAILABLE]);
  });
});

/** An audit store that records through `inner` and counts how it was asked to. */
function spyStore(inner: AuditStore) {
  return {
    append: vi.fn((e: Parameters<AuditStore['append']>[0]) => inner.append(e)),
    appendMany: vi.fn((es: Parameters<AuditStore['appendMany']>[0]) => inner.appendMany(es)),
    verify: () => inner.verify(),
    records: (o?: { since?: string }) => inner.records(o),
    healthy: () => inner.healthy(),
    close: () => inner.close(),
  } satisfies AuditStore;
}

describe('POST /v1/decide/batch', () => {
  it('keeps the order, puts an error in place of a bad item, and records the decisions in one appendMany', async () => {
    const plain = await service();
    const store = spyStore(plain.audit);
    const { app, holder } = await service({ audit: store });
    const bad = { ...request(), channel: 'fax' };
    const res = await post(app, '/v1/decide/batch', { requests: [allowed(), bad, denied(), downgraded()] });
    expect(res.statusCode).toBe(200);
    const digest = holder.current.digest;
    const channelIssue = {
      path: 'channel',
      message: 'Invalid option: expected one of "sms"|"email"|"email_encrypted"|"portal"|"secure_messaging"|"whatsapp"|"messenger"|"imessage"',
    };
    expect(res.json()).toEqual({
      results: [
        allowBody(digest),
        { error: { statusCode: 400, code: 'INVALID_REQUEST', error: 'Bad Request', message: `requests[1]: invalid request: channel: ${channelIssue.message}`, issues: [channelIssue] } },
        denyBody(digest),
        downgradeBody(digest),
      ],
    });
    expect(store.append).not.toHaveBeenCalled();
    expect(store.appendMany).toHaveBeenCalledTimes(1);
    const answered = res.json().results.filter((r: { decisionId?: string }) => r.decisionId).map((r: { decisionId: string }) => r.decisionId);
    expect((await all(plain.audit.records())).map((r) => [r.seq, r.decisionId])).toEqual(answered.map((id: string, i: number) => [i + 1, id]));
  });

  it('refuses more requests than the maximum', async () => {
    const { app, audit } = await service({ maxBatch: 3 });
    const res = await post(app, '/v1/decide/batch', { requests: [allowed(), allowed(), allowed(), allowed()] });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ statusCode: 400, code: 'BATCH_TOO_LARGE', error: 'Bad Request', message: 'A batch holds at most 3 requests; this one has 4' });
    expect(await all(audit.records())).toEqual([]);
  });

  it('rejects a body without a requests list', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide/batch', [allowed()]);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'INVALID_REQUEST',
      error: 'Bad Request',
      message: 'invalid request: (request): Invalid input: expected object, received array',
      issues: [{ path: '(request)', message: 'Invalid input: expected object, received array' }],
    });
  });

  it('answers the whole batch 503 when the audit store cannot write', async () => {
    const { app, audit } = await service();
    await audit.close();
    const res = await post(app, '/v1/decide/batch', { requests: [allowed(), denied()] });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toEqual(AUDIT_UNAVAILABLE);
  });

  it('puts DECISION_FAILED in place of each decision the engine could not make', async () => {
    const base = await service();
    const { app } = await service({ holder: new PolicyHolder(base.bundle, throwingPolicy(base.holder.current)) });
    const res = await post(app, '/v1/decide/batch', { requests: [allowed()] });
    expect(res.json()).toEqual({ results: [{ error: { ...DECISION_FAILED, message: `requests[0]: ${DECISION_FAILED.message}` } }] });
  });
});
