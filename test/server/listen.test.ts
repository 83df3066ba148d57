// The service on a real socket: a real HTTP client, a client too slow to send its request, a
// shutdown with a request in flight, and the keys `phigate serve` generates on a fresh machine.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer, type Started } from '../../server/start.ts';
import { all, tempDir } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { AS_CLIENT, bundleDir, decideHead, rawConnection, REMINDER_REASON, responsesIn, SERVICE_POLICY, service, ULID, writePolicy } from './helpers.ts';

const decide = (base: string, headers: Record<string, string>): Promise<Response> =>
  fetch(`${base}/v1/decide`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(request()) });

describe('a real listening server', () => {
  it('answers decisions, health and auth errors over HTTP', async () => {
    const { app } = await service();
    const base = await app.listen({ port: 0, host: '127.0.0.1' });
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const answers = await Promise.all([decide(base, AS_CLIENT), decide(base, AS_CLIENT), decide(base, {}), fetch(`${base}/healthz`)]);
    expect(answers.map((r) => r.status)).toEqual([200, 200, 401, 200]);
    expect(answers[0]!.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const [a, b] = [await answers[0]!.json(), await answers[1]!.json()];
    expect([a.decision, b.decision]).toEqual(['allow', 'allow']);
    expect(a.decisionId).toMatch(ULID);
    expect(a.decisionId).not.toBe(b.decisionId);
    expect(await answers[2]!.json()).toMatchObject({ code: 'UNAUTHORIZED' });
    expect(await answers[3]!.json()).toEqual({ status: 'ok' });
  });

  it('answers 408 in the error shape to a client that does not finish sending its request', async () => {
    const { app } = await service({ requestTimeoutMs: 200 });
    const connection = rawConnection(await app.listen({ port: 0, host: '127.0.0.1' }));
    const body = JSON.stringify(request());
    connection.write(decideHead(body) + body.slice(0, 20));
    expect(responsesIn(await connection.answer)).toEqual([
      { status: 'HTTP/1.1 408 Request Timeout', body: { statusCode: 408, code: 'REQUEST_TIMEOUT', error: 'Request Timeout', message: 'The request took too long to arrive' } },
    ]);
  });

  it('answers malformed HTTP with 400 MALFORMED_HTTP in the error shape', async () => {
    const { app } = await service();
    const connection = rawConnection(await app.listen({ port: 0, host: '127.0.0.1' }));
    connection.write('HELLO THERE\r\n\r\n');
    expect(responsesIn(await connection.answer)).toEqual([
      { status: 'HTTP/1.1 400 Bad Request', body: { statusCode: 400, code: 'MALFORMED_HTTP', error: 'Bad Request', message: 'The request is not well-formed HTTP/1.1' } },
    ]);
  });

  it('while closing, finishes the request in flight and answers one that arrives after with 503 SHUTTING_DOWN', async () => {
    const { app, audit } = await service();
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    app.addHook('onRequest', async () => arrived());
    const connection = rawConnection(await app.listen({ port: 0, host: '127.0.0.1' }));
    const body = JSON.stringify(request());
    connection.write(decideHead(body) + body.slice(0, 20));
    await inFlight;
    const closed = app.close();
    while (app.server.listening) await new Promise((resolve) => setImmediate(resolve));
    connection.write(body.slice(20) + decideHead(body) + body); // the rest of the first request, then a second one
    const [first, second, ...more] = responsesIn(await connection.answer);
    await closed;
    expect(first).toEqual({ status: 'HTTP/1.1 200 OK', body: expect.objectContaining({ decision: 'allow' }) });
    expect(second).toEqual({
      status: 'HTTP/1.1 503 Service Unavailable',
      body: { statusCode: 503, code: 'SHUTTING_DOWN', error: 'Service Unavailable', message: 'The service is shutting down; no decision was made: retry, or treat the send as denied' },
    });
    expect(more).toEqual([]);
    expect((await all(audit.records())).map((r) => r.decisionId)).toEqual([(first!.body as { decisionId: string }).decisionId]);
  });
});

const KEY = /phg_[A-Za-z0-9_-]{20,}/g;

/** Every file under `dir`, recursively, as bytes. */
const filesUnder = (dir: string): Buffer[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [readFileSync(join(dir, e.name))]));

describe('phigate serve on a fresh machine', () => {
  it('generates a key, prints it once, stores only its hash; the key works, and a second start prints none', async () => {
    const dataDir = tempDir('data');
    const bundle = bundleDir();
    const start = async (): Promise<{ started: Extract<Started, { ok: true }>; printed: string }> => {
      let printed = '';
      const started = await startServer({ bundle, port: 0, host: '127.0.0.1', env: { PHIGATE_DATA_DIR: dataDir, PHIGATE_LOG_LEVEL: 'silent' }, announce: (t) => (printed += t), watch: false });
      if (!started.ok) throw new Error('the test bundle does not load');
      return { started, printed };
    };

    const first = await start();
    const keys = first.printed.match(KEY) ?? [];
    expect(keys).toHaveLength(1);
    const key = keys[0]!;
    const stored = JSON.parse(readFileSync(join(dataDir, 'api-keys.json'), 'utf8'));
    expect(stored).toEqual({ keys: [{ hash: createHash('sha256').update(key).digest('hex'), role: 'admin', createdAt: expect.any(String) }] });
    expect(filesUnder(dataDir).filter((bytes) => bytes.includes(key))).toEqual([]);
    expect((await decide(first.started.url, { authorization: `Bearer ${key}` })).status).toBe(200);
    await first.started.close();

    const second = await start();
    expect(second.printed).not.toMatch(KEY);
    expect(second.printed).toMatch(/^phigate: listening on http:\/\/127\.0\.0\.1:\d+ \(policy service-test 1\.0\.0, sha256:[0-9a-f]{64}\)\n$/);
    expect((await decide(second.started.url, { authorization: `Bearer ${key}` })).status).toBe(200);
    expect((await decide(second.started.url, { authorization: 'Bearer phg_not-the-key' })).status).toBe(401);
    await second.started.close();
  });
});

describe('phigate serve and SIGHUP', () => {
  it('reloads the bundle on SIGHUP, and stops listening for it when closed', async () => {
    const listeners = process.listenerCount('SIGHUP');
    const bundle = bundleDir();
    const started = await startServer({ bundle, port: 0, host: '127.0.0.1', env: { PHIGATE_DATA_DIR: tempDir('data'), PHIGATE_API_KEYS: 'k', PHIGATE_LOG_LEVEL: 'silent' }, announce: () => undefined, watch: false });
    if (!started.ok) throw new Error('the test bundle does not load');
    const reason = async (): Promise<string> => (await (await decide(started.url, { authorization: 'Bearer k' })).json()).reasons[0].text;
    expect(await reason()).toBe(REMINDER_REASON);
    writePolicy(bundle, SERVICE_POLICY.replace(REMINDER_REASON, 'Revised on disk'));
    process.emit('SIGHUP', 'SIGHUP');
    while ((await reason()) === REMINDER_REASON) await new Promise((resolve) => setImmediate(resolve));
    expect(await reason()).toBe('Revised on disk');
    await started.close();
    expect(process.listenerCount('SIGHUP')).toBe(listeners);
  });
});
