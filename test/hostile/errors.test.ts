// What errors echo (issue 17, item 10): an unknown key is named only when it looks like a field name, at
// most a few per problem and a bounded number of problems, in the service's 400s and in the library's
// RequestError alike: a 500 KB key must not come back twice, and a key holding a patient's name and
// diagnosis must not come back at all.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decide, parseRequest, RouteRequestSchema, requestError, type CompiledPolicy } from '../../engine/index.ts';
import { policyOf, request } from '../helpers.ts';
import { post, service } from '../server/helpers.ts';

const PHI_KEY = 'Maria Lopez DOB 1980-02-03 HIV+';
const HUGE_KEY = 'k'.repeat(500 * 1024);

const POLICY: CompiledPolicy = policyOf('rule r {\n  when channel == sms\n  allow\n  because "ok"\n}\n');

describe('unknown keys in the service\'s 400s', () => {
  it('a 500 KB key gives a small answer without it', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide', { ...request(), [HUGE_KEY]: 1 });
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(1024);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'INVALID_REQUEST',
      error: 'Bad Request',
      message: 'invalid request: (request): 1 unrecognized key (not shown: only names that look like field names are quoted back, at most 5)',
      issues: [{ path: '(request)', message: '1 unrecognized key (not shown: only names that look like field names are quoted back, at most 5)' }],
    });
  });

  it('a key holding a name and a diagnosis is not quoted back; a typo of a field name still is', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide', { ...request(), sender: { kind: 'platform', vendr: 'acme-sms', [PHI_KEY]: true } });
    expect(res.statusCode).toBe(400);
    for (const part of ['Maria', 'Lopez', '1980', 'HIV']) expect(res.body).not.toContain(part);
    expect(res.json().issues).toEqual([{ path: 'sender', message: 'Unrecognized keys: "vendr" and 1 more (not shown: only names that look like field names are quoted back, at most 5)' }]);
  });

  it('the same on /v1/route (senders is a record keyed by channel) and on each batch item', async () => {
    const { app } = await service();
    const route = await post(app, '/v1/route', { message: request().message, patient: request().patient, senders: { [PHI_KEY]: 'acme-sms' } });
    expect(route.statusCode).toBe(400);
    expect(route.body).not.toContain('Maria');
    const batch = await post(app, '/v1/decide/batch', { requests: [{ ...request(), [PHI_KEY]: 1 }] });
    expect(batch.statusCode).toBe(200);
    expect(batch.body).not.toContain('Maria');
    expect(batch.json().results[0].error.issues).toEqual([{ path: '(request)', message: expect.stringMatching(/^1 unrecognized key \(not shown/) }]);
  });

  it('lists at most 20 problems and counts the rest', async () => {
    const { app } = await service();
    const consents = Array.from({ length: 60 }, () => ({ channel: 'pager', scopes: [], status: 'active' }));
    const res = await post(app, '/v1/decide', request({ patient: { consents: consents as never } }));
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.issues).toHaveLength(20);
    expect(body.issues[0].path).toBe('patient.consents[0].channel');
    expect(body.message).toMatch(/; and 40 more problems$/);
  });

  it('names at most 5 keys of one object that look like field names, and counts the rest', async () => {
    const { app } = await service();
    const extra = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`extra${i}`, i]));
    const res = await post(app, '/v1/decide', { ...request(), ...extra });
    expect(res.json().issues).toEqual([{ path: '(request)', message: 'Unrecognized keys: "extra0", "extra1", "extra2", "extra3", "extra4" and 4 more (not shown: only names that look like field names are quoted back, at most 5)' }]);
  });
});

describe('the library\'s RequestError', () => {
  it('decide() and parseRequest() mask and cap what they quote, as the service does', () => {
    for (const input of [{ ...request(), [PHI_KEY]: 1 }, { ...request(), [HUGE_KEY]: 1 }]) {
      const decided = decide(POLICY, input);
      expect(decided.ok).toBe(false);
      const parsed = parseRequest(input);
      expect(parsed.ok).toBe(false);
      for (const text of [JSON.stringify(decided), JSON.stringify(parsed)]) {
        expect(text).not.toContain('Maria');
        expect(text.length).toBeLessThan(1024);
      }
    }
  });

  it('masks a key in a path too (a record\'s key), keeping the rest of the path', () => {
    const parsed = z.object({ patient: z.object({ notes: z.record(z.string(), z.number()) }) }).safeParse({ patient: { notes: { ok: 1, [PHI_KEY]: 'x' } } });
    expect(requestError(parsed.error!).issues).toEqual([{ path: 'patient.notes.<key not shown>', message: 'Invalid input: expected number, received string' }]);
    const route = RouteRequestSchema.safeParse({ message: request().message, patient: request().patient, senders: { sms: 'x'.repeat(300) } });
    expect(requestError(route.error!).issues).toEqual([{ path: 'senders.sms', message: expect.stringMatching(/^Too big/) }]);
  });
});
