import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { buildApp } from '../../server/app.ts';
import { keysFromList } from '../../server/keys.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import { all } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { defaultBundle } from './helpers.ts';

const KEY = 'client-key';
const AUTH = { authorization: `Bearer ${KEY}` };
const LAB_RESULT = {
  message: { category: 'lab_result', body: 'Your A1c was 9.1%, please start metformin.' },
  patient: { consents: [{ channel: 'sms', scopes: ['scheduling', 'notifications'], status: 'active', recordedAt: '2026-01-05' }], portalActive: true },
  at: '2026-11-24T15:00:00Z',
};

let app: FastifyInstance;
let audit: AuditStore;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'phigate-api-'));
  audit = openSqliteAuditStore(dir);
  app = await buildApp({ holder: new PolicyHolder('policies', await defaultBundle()), audit, auditKey: Buffer.alloc(32, 7), keys: keysFromList([KEY]), logger: false });
});

afterAll(async () => {
  await app.close();
  await audit.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, payload: unknown, headers: Record<string, string> = AUTH) => app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('POST /v1/route', () => {
  it('returns the plan and every channel considered', async () => {
    const res = await post('/v1/route', LAB_RESULT);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.plan).toEqual([
      {
        channel: 'portal',
        category: 'lab_result',
        body: LAB_RESULT.message.body,
        sender: { kind: 'platform', vendor: 'riverside-ehr' },
        decision: 'allow',
        reasons: [{ rule: 'portal', effect: 'allow', text: "The patient portal is encrypted, access-controlled, auditable and covered by the EHR vendor's BAA", citation: '45 CFR 164.312(e)' }],
      },
      {
        channel: 'sms',
        category: 'portal_message_waiting',
        body: 'Riverside Family Practice: you have a new message in your patient portal.',
        sender: { kind: 'platform', vendor: 'acme-sms' },
        decision: 'allow',
        reasons: [{ rule: 'notification-on-unsecured', effect: 'allow', text: 'Tier 2: an alert that something is waiting in the portal may go by text or email', citation: '45 CFR 164.530(c)' }],
      },
    ]);
    expect(body.considered.map((c: { channel: string; form: string; decision: string }) => `${c.channel}/${c.form}/${c.decision}`)).toEqual([
      'sms/message/downgrade',
      'email/message/deny',
      'email_encrypted/message/deny',
      'portal/message/allow',
      'secure_messaging/message/deny',
      'whatsapp/message/deny',
      'messenger/message/deny',
      'imessage/message/deny',
      'sms/alert/allow',
    ]);
    expect(body.reasons).toBeUndefined();
  });

  it('rejects bad input with the standard error body naming each field', async () => {
    const res = await post('/v1/route', { ...LAB_RESULT, senders: { pager: 'acme-sms' } });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ statusCode: 400, code: 'INVALID_REQUEST', error: 'Bad Request', issues: [{ path: 'senders', message: 'Unrecognized key: "pager"' }] });
  });

  it('needs an API key', async () => {
    const res = await post('/v1/route', LAB_RESULT, {});
    expect([res.statusCode, res.json().code]).toEqual([401, 'UNAUTHORIZED']);
  });

  it('is documented in /openapi.json', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths['/v1/route'].post.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    expect(doc.paths['/v1/route'].post.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/RouteRequest' });
    expect(doc.components.schemas.RouteRequest.required).toEqual(['message', 'patient']);
  });
});

describe('POST /v1/decide?explain=full', () => {
  const HIV_REMINDER = request({ message: { body: 'Your HIV clinic appointment is Thu 3 PM.' } });

  it('adds the counterfactuals to the trace, with offsets and labels for removed words', async () => {
    const res = await post('/v1/decide?explain=full', HIV_REMINDER);
    expect(res.statusCode).toBe(200);
    const { counterfactuals, patientChoices, truncated } = res.json().trace.counterfactuals;
    expect(counterfactuals.map((c: { text: string }) => c.text)).toEqual(['allowed on the portal', "allowed if the word 'HIV' was removed"]);
    expect(counterfactuals[1].diff).toEqual([{ path: 'message.body', removed: [{ start: 5, end: 8 }] }]);
    expect([patientChoices, truncated]).toEqual([[], false]);
  });

  it('adds no trace without explain', async () => {
    const res = await post('/v1/decide', HIV_REMINDER);
    expect(res.json().trace).toBeUndefined();
  });

  it('records the decision once: counterfactuals are not decisions', async () => {
    const before = (await all(audit.records({}))).length;
    await post('/v1/decide?explain=full', HIV_REMINDER);
    expect((await all(audit.records({}))).length).toBe(before + 1);
  });
});
