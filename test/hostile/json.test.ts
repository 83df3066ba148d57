// Hostile JSON bodies (issue 17, items 9 and 12): a key twice in one object is refused on every JSON
// route, naming where, because a proxy reading the first `channel` and the engine reading the last would
// see two different sends; a `__proto__` key is refused as any other unknown key is, never dropped.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { all } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { AS_CLIENT, post, service } from '../server/helpers.ts';
import { keyProblem } from '../../engine/contract/strict-json.ts';

const JSON_HEADERS = { ...AS_CLIENT, 'content-type': 'application/json' };

/** The JSON text of `value` with `"key":value` inserted at the start of the object that `marker` opens. */
function withKeyAfter(value: unknown, marker: string, insert: string): string {
  const text = JSON.stringify(value);
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} in ${text}`);
  return `${text.slice(0, at + marker.length)}${insert},${text.slice(at + marker.length)}`;
}

/** A decision request whose text says `channel` twice: whatsapp first, sms last (JSON.parse keeps the last). */
const twoChannels = (): string => withKeyAfter(request(), '{', '"channel":"whatsapp"');

const ROUTE_REQUEST = { message: request().message, patient: request().patient, senders: { sms: 'acme-sms' } };

describe('a key twice in one object', () => {
  it('is refused on /v1/decide with 400 DUPLICATE_KEY naming the key, and nothing is recorded', async () => {
    const { app, audit } = await service();
    const res = await post(app, '/v1/decide', twoChannels(), JSON_HEADERS);
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      statusCode: 400,
      code: 'DUPLICATE_KEY',
      error: 'Bad Request',
      message: 'The request body has the key "channel" twice in one object, at channel: send each key once',
      issues: [{ path: 'channel', message: 'this key appears more than once in its object' }],
    });
    expect(await all(audit.records())).toEqual([]);
  });

  it('names the path of a nested key, and sees through escapes (`\\u0073tatus` is `status`)', async () => {
    const { app } = await service();
    const body = withKeyAfter(request(), '"consents":[{', '"\\u0073tatus":"revoked"');
    const res = await post(app, '/v1/decide', body, JSON_HEADERS);
    expect([res.statusCode, res.json().code, res.json().issues]).toEqual([400, 'DUPLICATE_KEY', [{ path: 'patient.consents[0].status', message: 'this key appears more than once in its object' }]]);
  });

  it('is refused in any item of a batch, the whole batch refused and named by index', async () => {
    const { app, audit } = await service();
    const body = `{"requests":[${JSON.stringify(request())},${twoChannels()}]}`;
    const res = await post(app, '/v1/decide/batch', body, JSON_HEADERS);
    expect([res.statusCode, res.json().code, res.json().issues[0].path]).toEqual([400, 'DUPLICATE_KEY', 'requests[1].channel']);
    expect(await all(audit.records())).toEqual([]);
  });

  it('is refused on /v1/route (in senders) and on the playground', async () => {
    const { app } = await service();
    const route = await post(app, '/v1/route', withKeyAfter(ROUTE_REQUEST, '"senders":{', '"sms":"blastly"'), JSON_HEADERS);
    expect([route.statusCode, route.json().code, route.json().issues[0].path]).toEqual([400, 'DUPLICATE_KEY', 'senders.sms']);
    const draft = { files: [{ name: 'a.policy', text: 'policy "p" version "1"\ndefault deny "no"\n' }], request: request(), analysis: false };
    const playground = await post(app, '/v1/playground/decide', withKeyAfter(draft, '"request":{', '"channel":"portal"'), JSON_HEADERS);
    expect([playground.statusCode, playground.json().code, playground.json().issues[0].path]).toEqual([400, 'DUPLICATE_KEY', 'request.channel']);
  });

  it('does not quote a key that does not look like a field name', async () => {
    const { app } = await service();
    const phi = 'Maria Lopez DOB 1980-02-03 HIV+';
    const res = await post(app, '/v1/decide', withKeyAfter(request(), '"patient":{', `"${phi}":1,"${phi}":2`), JSON_HEADERS);
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toContain('Maria');
    expect(res.json()).toMatchObject({ code: 'DUPLICATE_KEY', message: 'The request body has a key twice in one object, at patient.<key not shown>: send each key once' });
  });

  it('still accepts equal keys in different objects, and keys that appear as values', async () => {
    const { app } = await service();
    const consent = request().patient.consents[0]!;
    const body = request({ message: { body: '"channel":"sms","channel":"x" {"a":1,"a":2}' }, patient: { consents: [consent, { ...consent, channel: 'email' }] } });
    const res = await post(app, '/v1/decide', body);
    expect(res.statusCode).toBe(200);
  });
});

describe('a __proto__ key', () => {
  it('is refused in /v1/route senders as `constructor` is, never silently dropped', async () => {
    const { app } = await service();
    for (const key of ['__proto__', 'constructor']) {
      const res = await post(app, '/v1/route', withKeyAfter(ROUTE_REQUEST, '"senders":{', `"${key}":"blastly"`), JSON_HEADERS);
      expect(res.statusCode, key).toBe(400);
      expect(res.json(), key).toMatchObject({ code: 'INVALID_REQUEST', issues: [{ path: 'senders', message: `Unrecognized key: "${key}"` }] });
    }
  });

  it('is refused anywhere in a decision request, also written with escapes', async () => {
    const { app } = await service();
    const res = await post(app, '/v1/decide', withKeyAfter(request(), '"message":{', '"\\u005f_proto__":{"category":"lab_result"}'), JSON_HEADERS);
    expect([res.statusCode, res.json().code, res.json().issues]).toEqual([400, 'INVALID_REQUEST', [{ path: 'message', message: 'Unrecognized key: "__proto__"' }]]);
  });
});

describe('keyProblem (the scanner)', () => {
  it('finds nothing in any JSON text JSON.stringify writes (its objects never repeat a key)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!text.includes('"__proto__"'));
        expect(keyProblem(text)).toBeUndefined();
        expect(keyProblem(JSON.stringify(value, null, 2))).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('finds a key repeated anywhere, at its path, whatever else the text holds', () => {
    const key = fc.string({ maxLength: 6 }).filter((k) => k !== '__proto__');
    fc.assert(
      fc.property(fc.jsonValue(), key, fc.jsonValue(), fc.jsonValue(), fc.nat(5), (before, k, v1, v2, index) => {
        fc.pre(![before, v1, v2].some((v) => JSON.stringify(v).includes('"__proto__"')));
        // [before, ..., {k: v1, k: v2}] at array index `index`
        const items = [...Array.from({ length: index }, () => before)].map((x) => JSON.stringify(x));
        const repeated = `{${JSON.stringify(k)}:${JSON.stringify(v1)},${JSON.stringify(k)} : ${JSON.stringify(v2)}}`;
        const text = `{"list":[${[...items, repeated].join(',')}]}`;
        expect(keyProblem(text)).toEqual({ kind: 'duplicate', path: ['list', index, k] });
      }),
      { numRuns: 300 },
    );
  });

  it('handles backslashes before quotes, empty containers and top-level arrays', () => {
    expect(keyProblem('{"a\\\\":1,"b":{"c":[{},[],{"d\\"":2}]},"a\\\\":3}')).toEqual({ kind: 'duplicate', path: ['a\\'] });
    expect(keyProblem('[{"x":1},{"x":2},{"y":[1,{"z":0,"z":1}]}]')).toEqual({ kind: 'duplicate', path: [2, 'y', 1, 'z'] });
    expect(keyProblem('[{}, [], {"a": {}}, "{\\"a\\":1,\\"a\\":2}"]')).toBeUndefined();
    expect(keyProblem('{"a":{"__proto__":null}}')).toEqual({ kind: 'proto', path: ['a', '__proto__'] });
    expect(keyProblem('{"a":1,"a":2}')).toEqual({ kind: 'duplicate', path: ['a'] });
  });

  it('finds a repeat among many keys of one object (a Set past the first few), ', () => {
    const many = (extra: string): string => `{"x":{${Array.from({ length: 5000 }, (_, i) => `"k${i}":${i}`).join(',')}${extra}}}`;
    expect(keyProblem(many(''))).toBeUndefined();
    expect(keyProblem(many(',"k4999":0'))).toEqual({ kind: 'duplicate', path: ['x', 'k4999'] });
    expect(keyProblem(many(',"k3":0'))).toEqual({ kind: 'duplicate', path: ['x', 'k3'] });
  });
});
