// No PHI in logs: real requests at the most verbose level, including bad JSON, validation errors,
// an engine fault whose own message quotes the text, and malformed HTTP; the captured log holds
// no message body, subject, patient id, matched text or API key.
import { describe, expect, it } from 'vitest';
import type { CompiledPolicy } from '../../engine/index.ts';
import { PolicyHolder } from '../../server/policy-holder.ts';
import { request } from '../helpers.ts';
import { AS_CLIENT, CLIENT_KEY, memoryLog, post, rawConnection, service } from './helpers.ts';

const NAME = 'Maria Quintanilla';
const BODY = `Dear ${NAME}, your h.i.v. clinic results are ready`;
const MATCHED = 'h.i.v. clinic';
const SUBJECT = 'Quintanilla lab follow-up';
const PATIENT_ID = 'patient-7731-quintanilla';
const WRONG_KEY = 'wrong-key-quintanilla';
const SECRETS = [BODY, NAME, 'Quintanilla', MATCHED, SUBJECT, PATIENT_ID, CLIENT_KEY, WRONG_KEY];

const phiRequest = () => request({ channel: 'email', message: { body: BODY, subject: SUBJECT, id: 'm-77' }, patient: { id: PATIENT_ID } });

/** The bundle's policy with a fault that quotes the message text in its error, as a careless bug would. */
function faultQuotingTheText(policy: CompiledPolicy): CompiledPolicy {
  const fault = (): never => {
    throw new Error(`cannot decide "${BODY}" for ${PATIENT_ID}`);
  };
  return { ...policy, tierOf: { get: fault } as unknown as CompiledPolicy['tierOf'] };
}

describe('logs', () => {
  it('never contain message text, subjects, patient ids, matched text or keys, at trace level', async () => {
    const log = memoryLog();
    const logger = { level: 'trace', stream: log.stream };
    const { app, holder, bundle } = await service({ logger });
    const faulty = await service({ logger, holder: new PolicyHolder(bundle, faultQuotingTheText(holder.current)) });
    const json = { ...AS_CLIENT, 'content-type': 'application/json' };

    const answers = [
      await post(app, '/v1/decide', phiRequest()),
      await post(app, `/v1/decide?explain=full&note=${encodeURIComponent(NAME)}`, phiRequest()),
      await post(app, '/v1/decide/batch', { requests: [phiRequest(), { ...phiRequest(), channel: NAME }] }),
      await post(app, '/v1/decide', `{"message": {"body": "${BODY}"`, json),
      await post(app, '/v1/decide', { ...phiRequest(), [NAME]: PATIENT_ID, patient: { id: PATIENT_ID, consents: BODY } }),
      await post(app, '/v1/decide', BODY, { ...AS_CLIENT, 'content-type': 'text/plain' }),
      await post(app, '/v1/decide', phiRequest(), { authorization: `Bearer ${WRONG_KEY}` }),
      await post(faulty.app, '/v1/decide', phiRequest()),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 400, 400, 415, 401, 500]);
    const malformed = rawConnection(await app.listen({ port: 0, host: '127.0.0.1' }));
    malformed.write(`${BODY}\r\nX-Patient: ${PATIENT_ID}\r\n\r\n`);
    expect(await malformed.answer).toMatch(/^HTTP\/1\.1 400 /);

    const text = log.text();
    for (const secret of SECRETS) expect(text.toLowerCase(), secret).not.toContain(secret.toLowerCase());

    // The log did record the traffic: this is not an empty log passing by default.
    const entries = log.entries();
    const decided = entries.filter((e) => e.msg === 'decided');
    expect(decided.map((e) => e.decisionId)).toEqual([answers[0]!.json().decisionId, answers[1]!.json().decisionId]);
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'incoming request', req: { method: 'POST', path: '/v1/decide', remoteAddress: '127.0.0.1' } }));
    const failure = entries.find((e) => e.msg === 'request failed');
    expect(failure).toMatchObject({ level: 50, code: 'DECISION_FAILED', err: { type: 'Error', message: '(not logged: it may quote the request)', stack: expect.stringMatching(/^at /) } });
    expect(entries).toContainEqual(expect.objectContaining({ msg: 'connection error', statusCode: 400, err: expect.objectContaining({ code: expect.stringMatching(/^HPE_/) }) }));
  });
});
