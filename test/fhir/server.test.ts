// POST /v1/fhir/decide through app.inject: the same keys, the same audit record as /v1/decide, the
// security labels, FHIR paths in its 400s, and nothing of the bundle in the log.
import { describe, expect, it } from 'vitest';
import { ACT_CODE_SYSTEM, CONFIDENTIALITY_SYSTEM, type DecisionRequest } from '../../engine/index.ts';
import { all } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { ADMIN_KEY, AS_CLIENT, get, memoryLog, post, service, ULID } from '../server/helpers.ts';
import { bundleOf } from './build.ts';
import { fixture } from './helpers.ts';

const HIV_REMINDER = 'Reminder: your HIV clinic appointment is Thu 3/5 at 10:15 AM.';
const downgraded = (): DecisionRequest => request({ message: { id: 'm-1', body: HIV_REMINDER } });

describe('POST /v1/fhir/decide', () => {
  it('decides the bundle as /v1/decide decides the request, with the security labels of the message', async () => {
    const { app, holder } = await service();
    const res = await post(app, '/v1/fhir/decide', bundleOf(downgraded()));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      decision: 'downgrade',
      decisionId: expect.stringMatching(ULID),
      messageId: 'm-1',
      policy: { name: 'service-test', version: '1.0.0', digest: holder.current.digest },
      reasons: [{ rule: 'care-revealing-by-text', effect: 'downgrade', text: 'Found-phone test: the text reveals the kind of care', citation: '45 CFR 164.530(c)' }],
      // What else the classifier finds is its own business (test/classify); the codes carry their system.
      findings: expect.arrayContaining([
        { label: 'HIV', system: ACT_CODE_SYSTEM, start: 15, end: 25 },
        { label: 'SSP', system: ACT_CODE_SYSTEM, start: 15, end: 25 },
        { label: 'diagnosis', start: 15, end: 18 },
      ]),
      actions: [{ channel: 'sms', category: 'appointment_reminder', body: 'Reminder: your appointment is Thu 3/5 at 10:15 AM.' }],
      sensitivity: [
        { system: ACT_CODE_SYSTEM, code: 'HIV', display: 'HIV/AIDS information sensitivity' },
        { system: ACT_CODE_SYSTEM, code: 'SSP', display: 'sensitive service provider information sensitivity' },
      ],
      confidentiality: { system: CONFIDENTIALITY_SYSTEM, code: 'R', display: 'restricted' },
    });
    const direct = (await post(app, '/v1/decide', downgraded())).json();
    const { sensitivity: _s, confidentiality: _c, decisionId: _id, ...decision } = res.json();
    const { decisionId: _directId, ...directDecision } = direct;
    expect(decision).toEqual(directDecision);
  });

  it('records the decision in the audit trail as /v1/decide does, with the same request hash', async () => {
    const { app, audit } = await service();
    const viaFhir = (await post(app, '/v1/fhir/decide', bundleOf(downgraded()))).json();
    const direct = (await post(app, '/v1/decide', downgraded())).json();
    const records = await all(audit.records());
    expect(records.map((r) => r.decisionId)).toEqual([viaFhir.decisionId, direct.decisionId]);
    expect(records[0]).toMatchObject({ decision: 'downgrade', channel: 'sms', category: 'appointment_reminder', rules: ['care-revealing-by-text'], labels: expect.arrayContaining(['HIV', 'SSP']) });
    expect(records[0]!.requestHash).toBe(records[1]!.requestHash);
  });

  it("takes FHIR's own media type, application/fhir+json, read as strictly as application/json", async () => {
    const { app } = await service();
    const fhirJson = { ...AS_CLIENT, 'content-type': 'application/fhir+json; charset=utf-8' };
    const res = await post(app, '/v1/fhir/decide', JSON.stringify(bundleOf(downgraded())), fhirJson);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'downgrade', confidentiality: { code: 'R' } });
    // A key twice is refused here too; other routes do not take the FHIR media type.
    const twice = await post(app, '/v1/fhir/decide', '{"resourceType":"Bundle","resourceType":"Patient"}', fhirJson);
    expect([twice.statusCode, twice.json().code]).toEqual([400, 'DUPLICATE_KEY']);
    const elsewhere = await post(app, '/v1/decide', JSON.stringify(downgraded()), fhirJson);
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([415, 'UNSUPPORTED_MEDIA_TYPE']);
  });

  it('decides the realistic example bundle', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/fhir/decide', fixture('sms-hiv-clinic-reminder.json'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ decision: 'downgrade', messageId: 'appt-reminder-8841', confidentiality: { code: 'R' } });
  });

  it('takes the keys /v1/decide takes: a client or an admin key, and 401 without one', async () => {
    const { app, audit } = await service();
    expect((await post(app, '/v1/fhir/decide', bundleOf(request()), { authorization: `Bearer ${ADMIN_KEY}` })).json()).toMatchObject({ decision: 'allow', confidentiality: { code: 'N' }, sensitivity: [] });
    const anonymous = await post(app, '/v1/fhir/decide', bundleOf(request()), {});
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect((await post(app, '/v1/fhir/decide', bundleOf(request()), { authorization: 'Bearer not-a-key' })).statusCode).toBe(401);
    expect(await all(audit.records())).toHaveLength(1);
  });

  it('answers a bundle it cannot map with 400 naming the FHIR path, and records nothing', async () => {
    const { app, audit } = await service();
    const res = await post(app, '/v1/fhir/decide', fixture('unmappable-fax-medium.json'));
    expect(res.statusCode).toBe(400);
    const issue = {
      path: 'Bundle.entry[0].resource.medium[0].coding[0].code',
      message: 'phigate has a channel for v3 ParticipationMode SMSWRIT (sms) and EMAILWRIT (email) only; use urn:phigate:channel for the others',
    };
    expect(res.json()).toEqual({ statusCode: 400, code: 'FHIR_UNMAPPABLE', error: 'Bad Request', message: `invalid FHIR bundle: ${issue.path}: ${issue.message}`, issues: [issue] });
    const notABundle = await post(app, '/v1/fhir/decide', downgraded());
    expect(notABundle.statusCode).toBe(400);
    expect(notABundle.json().issues[0].path).toBe('Bundle.resourceType');
    expect(await all(audit.records())).toEqual([]);
  });

  it('logs the decision without anything of the bundle', async () => {
    const log = memoryLog();
    const { app } = await service({ logger: { level: 'trace', stream: log.stream } });
    const secret = 'Quintanilla HIV clinic';
    const message = request({ message: { body: `Dear ${secret}, see you Thu`, id: 'm-9' } });
    await post(app, '/v1/fhir/decide', bundleOf(message));
    const unmappable = bundleOf(message);
    unmappable.type = 'transaction';
    await post(app, '/v1/fhir/decide', unmappable);
    expect(log.entries().some((e) => e.msg === 'decided')).toBe(true);
    expect(log.text()).not.toContain('Quintanilla');
  });

  it('is in the OpenAPI document, with the security labels in its response', async () => {
    const { app } = await service();
    const doc = (await get(app, '/openapi.json', AS_CLIENT)).json();
    const op = doc.paths['/v1/fhir/decide'].post;
    expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(['200', '400', '401']));
    expect(JSON.stringify(op.responses['200'])).toContain('confidentiality');
    expect(JSON.stringify(doc.paths['/v1/decide'].post.responses['200'])).toContain('v3-ActCode');
  });
});
