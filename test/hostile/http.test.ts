// Hostile HTTP (issue 17, items 12 and 13): paths that try to leave the documentation's static files, or
// that are not valid URL encoding, are the client's mistake (4xx, in our error shape, never logged at
// error level, never quoting the path); and the API key is read from the headers by one strict rule.
import { describe, expect, it } from 'vitest';
import { presentedKey } from '../../server/keys.ts';
import { request } from '../helpers.ts';
import { ADMIN_KEY, CLIENT_KEY, memoryLog, post, rawConnection, service } from '../server/helpers.ts';

/** GET `path` exactly as written (no client normalises `..` away), over a real connection. */
async function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const c = rawConnection(url);
  c.write(`GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);
  const answer = await c.answer;
  return { status: Number(answer.split(' ')[1]), body: answer.slice(answer.indexOf('\r\n\r\n') + 4) };
}

describe('paths', () => {
  it('`..`, encoded `..`, backslashes and NUL under /docs/static are 4xx, logged below error level', async () => {
    const log = memoryLog();
    const { app } = await service({ logger: { level: 'trace', stream: log.stream } });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const paths = ['/docs/static/../../../package.json', '/docs/static/%2e%2e/%2e%2e/%2e%2e/package.json', '/docs/static/../index.js', '/docs/static/\\..\\..\\package.json', '/docs/static/..', '/docs/static/%00'];
    const answers = [];
    for (const path of paths) answers.push(await rawGet(url, path));
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 400]);
    expect(JSON.parse(answers[0]!.body)).toEqual({ statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: 'No such endpoint' });
    expect(JSON.parse(answers[5]!.body)).toEqual({ statusCode: 400, code: 'BAD_REQUEST', error: 'Bad Request', message: 'The request cannot be served as sent' });
    expect(log.entries().filter((e) => (e.level as number) >= 50)).toEqual([]);
    expect((await rawGet(url, '/docs/static/swagger-ui.css')).status).toBe(200);
  });

  it('a URL that is not valid percent-encoding gets our 400 without the URL quoted back', async () => {
    const log = memoryLog();
    const { app } = await service({ logger: { level: 'trace', stream: log.stream } });
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const res = await rawGet(url, '/v1/decide/Maria%c0Lopez');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body)).toEqual({ statusCode: 400, code: 'MALFORMED_URL', error: 'Bad Request', message: 'The request URL is not valid (a malformed percent-encoding)' });
    expect(log.entries().filter((e) => (e.level as number) >= 50)).toEqual([]);
  });
});

describe('API keys in headers', () => {
  const ok = (headers: Record<string, string>) => presentedKey(headers);

  it('takes the Bearer scheme in any case, after one or more spaces (RFC 9110 §11.1, RFC 6750 §2.1)', () => {
    for (const auth of [`Bearer ${CLIENT_KEY}`, `bearer ${CLIENT_KEY}`, `BEARER ${CLIENT_KEY}`, `Bearer   ${CLIENT_KEY}`]) expect(ok({ authorization: auth }), auth).toBe(CLIENT_KEY);
  });

  it('refuses a tab or another separator, a key with spaces or control characters, and a missing key', () => {
    for (const auth of [`Bearer\t${CLIENT_KEY}`, `Bearer \t${CLIENT_KEY}`, `Bearer\u00a0${CLIENT_KEY}`, `Bearer ${CLIENT_KEY} extra`, `Bearer ${CLIENT_KEY}\u0000`, `Bearer ${CLIENT_KEY}\u00e9`, 'Bearer', 'Bearer ', `Bearer,${CLIENT_KEY}`, `Bearer${CLIENT_KEY}`]) {
      expect(ok({ authorization: auth }), JSON.stringify(auth)).toBeUndefined();
    }
  });

  it('ignores whitespace around the whole value, as HTTP does (RFC 9110 §5.5: it is not part of the field value)', () => {
    expect(ok({ authorization: ` Bearer ${CLIENT_KEY} \t` })).toBe(CLIENT_KEY);
    expect(ok({ 'x-api-key': `${CLIENT_KEY} ` })).toBe(CLIENT_KEY);
  });

  it('takes X-API-Key alone, or beside another scheme; never beside a Bearer credential', () => {
    expect(ok({ 'x-api-key': CLIENT_KEY })).toBe(CLIENT_KEY);
    expect(ok({ authorization: 'Basic dXNlcjpwYXNz', 'x-api-key': CLIENT_KEY })).toBe(CLIENT_KEY);
    expect(ok({ authorization: `Bearer ${CLIENT_KEY}`, 'x-api-key': CLIENT_KEY })).toBeUndefined();
    expect(ok({ authorization: `Bearer\t${CLIENT_KEY}`, 'x-api-key': CLIENT_KEY })).toBeUndefined();
    expect(ok({ 'x-api-key': `${CLIENT_KEY} ${CLIENT_KEY}` })).toBeUndefined();
  });

  it('the service answers by the same rule: 200 for a lowercase scheme, 401 for a tab or for two keys', async () => {
    const { app } = await service();
    const answers = [];
    for (const headers of [{ authorization: `bearer ${CLIENT_KEY}` }, { authorization: `Bearer\t${CLIENT_KEY}` }, { authorization: `Bearer ${CLIENT_KEY}`, 'x-api-key': ADMIN_KEY }]) {
      answers.push((await post(app, '/v1/decide', request(), headers)).statusCode);
    }
    expect(answers).toEqual([200, 401, 401]);
  });

  it('over a real connection: a tab is refused; trailing whitespace never reaches us', async () => {
    const { app } = await service();
    const url = await app.listen({ port: 0, host: '127.0.0.1' });
    const body = JSON.stringify(request());
    const send = async (auth: string): Promise<number> => {
      const c = rawConnection(url);
      c.write(`POST /v1/decide HTTP/1.1\r\nHost: localhost\r\nAuthorization: ${auth}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
      return Number((await c.answer).split(' ')[1]);
    };
    expect([await send(`bearer ${CLIENT_KEY}`), await send(`Bearer\t${CLIENT_KEY}`), await send(`Bearer ${CLIENT_KEY} \t `)]).toEqual([200, 401, 200]);
  });
});
