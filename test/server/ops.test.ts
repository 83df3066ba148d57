// Operations: every setting in one list (and the list matches the code), PORT and HOST, request ids and
// trace context in the log, the decision id as a header, probes logged at debug, /readyz 503 while a
// shutdown drains (in the app, and in `phigate serve` as a process), and the metrics by name.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.ts';
import { markDraining } from '../../server/routes/operations.ts';
import { envValue, LISTEN_DEFAULTS, listenSettings, SETTINGS, settingsTable, type Setting } from '../../server/settings.ts';
import { startServer } from '../../server/start.ts';
import { tempDir } from '../audit/helpers.ts';
import { bundleOf } from '../fhir/build.ts';
import { request } from '../helpers.ts';
import { AS_ADMIN, AS_CLIENT, bundleDir, decideHead, get, memoryLog, post, rawConnection, responsesIn, SERVICE_POLICY, service, ULID, writePolicy } from './helpers.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Every source file under the directories phigate's code lives in (not tests, not the page). */
function sourceFiles(dir: string): string[] {
  return readdirSync(join(repoRoot, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|js|mjs|cjs)$/.test(e.name) ? [path] : [];
  });
}

const CODE = ['server', 'bin', 'audit', 'engine'].flatMap(sourceFiles).map((path) => ({ path, text: readFileSync(join(repoRoot, path), 'utf8') }));

/** Environment variables the code reads: `process.env.X`, `env.X`, `env['X']`, and the settings readers `envValue(env, 'X')`, `megabytes(env, 'X')`. */
function envReads(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/\benv(?:\.([A-Za-z_][A-Za-z0-9_]*)|\[\s*(['"`])([A-Za-z_][A-Za-z0-9_]*)\2\s*\])/g)) names.push(m[1] ?? m[3]!);
  for (const m of text.matchAll(/\b(?:envValue|megabytes)\([^,()]*,\s*(['"`])([A-Za-z_][A-Za-z0-9_]*)\1/g)) names.push(m[2]!);
  return names;
}

/** Reads whose name the source does not spell out: `env[name]`, `const { X } = process.env`. */
const dynamicReads = (text: string): string[] => [...text.matchAll(/\benv\[\s*(?!['"`])[^\]]*\]|\{[^{}]*\}\s*=\s*(?:process\.)?env\b/g)].map((m) => m[0]);

describe('settings', () => {
  const listed = (SETTINGS as readonly Setting[]).flatMap((s) => (s.env ? [s.env] : []));

  it('lists every environment variable the code reads, and reads every one it lists', () => {
    const read = new Map<string, string[]>();
    for (const { path, text } of CODE) for (const name of envReads(text)) read.set(name, [...(read.get(name) ?? []), path]);
    const unlisted = [...read.keys()].filter((name) => !listed.includes(name));
    expect(unlisted, `read but not in server/settings.ts: ${unlisted.map((n) => `${n} (${read.get(n)!.join(', ')})`).join('; ')}`).toEqual([]);
    expect(listed.filter((name) => !read.has(name)), 'listed in server/settings.ts but read nowhere').toEqual([]);
    // The check above can only see names that are spelled out.
    const hidden = CODE.filter((f) => f.path !== join('server', 'settings.ts')).flatMap((f) => dynamicReads(f.text).map((r) => `${f.path}: ${r}`));
    expect(hidden, 'read the environment through server/settings.ts (envValue) so the name is visible').toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("lists every flag of phigate serve", () => {
    const serve = readFileSync(join(repoRoot, 'bin/commands/serve.ts'), 'utf8');
    const flags = [...serve.matchAll(/\.option\('(--[a-z-]+)/g)].map((m) => m[1]!);
    expect(flags.length).toBeGreaterThan(3);
    const listedFlags = (SETTINGS as readonly Setting[]).flatMap((s) => (s.flag ? [s.flag.split(' ')[0]] : []));
    expect(flags.filter((f) => !listedFlags.includes(f))).toEqual([]);
  });

  it('renders the README table: one row per setting, five cells each', () => {
    const lines = settingsTable().split('\n');
    expect(lines[0]).toBe('| setting | environment variable | flag | default | meaning |');
    expect(lines).toHaveLength(SETTINGS.length + 2);
    for (const line of lines.slice(2)) expect(line.split(/(?<!\\)\|/).length, line).toBe(7);
    expect(lines).toContain('| port | `PORT` | `--port <n>` | `8080` | the TCP port to listen on; `0`: any free port, printed at start |');
  });

  it('a flag wins over the environment, the environment over the default; empty is unset', () => {
    expect(listenSettings({})).toEqual(LISTEN_DEFAULTS);
    expect(listenSettings({ PORT: '9090', HOST: '0.0.0.0', PHIGATE_DRAIN_SECONDS: '5' })).toEqual({ port: 9090, host: '0.0.0.0', drainSeconds: 5 });
    expect(listenSettings({ PORT: '9090', HOST: '0.0.0.0', PHIGATE_DRAIN_SECONDS: '5' }, { port: 0, host: '::1', drainSeconds: 0 })).toEqual({ port: 0, host: '::1', drainSeconds: 0 });
    expect(listenSettings({ PORT: '', HOST: '' })).toEqual(LISTEN_DEFAULTS);
    expect(envValue({ PHIGATE_LOG_LEVEL: '' }, 'PHIGATE_LOG_LEVEL')).toBeUndefined();
    for (const bad of ['http', '-1', '65536', '80.5', '0x50']) expect(() => listenSettings({ PORT: bad }), bad).toThrow(/^PORT must be a port number from 0 to 65535/);
    expect(() => listenSettings({ PHIGATE_DRAIN_SECONDS: 'soon' })).toThrow(/^PHIGATE_DRAIN_SECONDS must be a number of seconds/);
  });

  it('phigate serve listens on PORT and HOST from the environment', async () => {
    const started = await startServer({ bundle: bundleDir(), env: { PORT: '0', HOST: '127.0.0.1', PHIGATE_DATA_DIR: tempDir('data'), PHIGATE_API_KEYS: 'k', PHIGATE_LOG_LEVEL: 'silent' }, announce: () => undefined, watch: false });
    if (!started.ok) throw new Error('the test bundle does not load');
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(started.url).not.toMatch(/:8080$/);
      expect((await fetch(`${started.url}/healthz`)).status).toBe(200);
    } finally {
      await started.close();
    }
  });

  it('phigate serve refuses a port that is not one, before starting anything', async () => {
    let err = '';
    const io = { out: () => undefined, err: (t: string) => void (err += t), lines: async function* () {}, readAll: async () => '', color: false };
    expect(await main(['node', 'phigate', 'serve', '--port', 'eighty'], io)).toBe(1);
    expect(err).toMatch(/option '--port <n>' argument 'eighty' is invalid\. expected a port number from 0 to 65535/);
  });
});

describe('request ids and trace context', () => {
  const TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
  const PARENT = '00f067aa0ba902b7';

  it("takes the caller's X-Request-Id, echoes it, and logs it and the traceparent's ids on every line of the request", async () => {
    const log = memoryLog();
    const { app } = await service({ logger: { level: 'info', stream: log.stream } });
    const res = await post(app, '/v1/decide', request(), { ...AS_CLIENT, 'x-request-id': 'order-7/attempt-2', traceparent: `00-${TRACE}-${PARENT}-01` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-request-id']).toBe('order-7/attempt-2');
    const lines = log.entries().filter((e) => e.reqId === 'order-7/attempt-2');
    expect(lines.map((e) => e.msg)).toEqual(['incoming request', 'decided', 'request completed']);
    for (const line of lines) expect(line).toMatchObject({ traceId: TRACE, parentSpanId: PARENT });
  });

  it('makes a random id when the caller sent none or an implausible one, and ignores an invalid traceparent', async () => {
    const log = memoryLog();
    const { app } = await service({ logger: { level: 'info', stream: log.stream } });
    const ids: string[] = [];
    for (const [given, traceparent] of [
      [undefined, `00-${TRACE.toUpperCase()}-${PARENT}-01`], // upper case hex
      ['x'.repeat(129), `00-${'0'.repeat(32)}-${PARENT}-01`], // too long; an all-zero trace id
      ['two words', `01-${TRACE}-${PARENT}-01`], // a space; another version
      ['', `00-${TRACE}-${'0'.repeat(16)}-01`], // empty; an all-zero parent id
      ['tab\there', `00-${TRACE}-${PARENT}-1`], // a control character; a short flags field
    ] as const) {
      const headers: Record<string, string> = { ...AS_CLIENT, traceparent };
      if (given !== undefined) headers['x-request-id'] = given;
      const res = await post(app, '/v1/decide', request(), headers);
      expect(res.statusCode).toBe(200);
      ids.push(String(res.headers['x-request-id']));
    }
    for (const id of ids) expect(id).toMatch(UUID);
    expect(new Set(ids).size).toBe(ids.length);
    const entries = log.entries();
    expect(entries.filter((e) => ids.includes(String(e.reqId)))).toHaveLength(3 * ids.length);
    expect(entries.filter((e) => 'traceId' in e || 'parentSpanId' in e)).toEqual([]);
  });

  it('every answer carries the request id: errors, 404s and open endpoints too', async () => {
    const { app } = await service();
    const answers = [await post(app, '/v1/decide', request(), {}), await get(app, '/nowhere'), await get(app, '/healthz', {}), await post(app, '/v1/decide', { channel: 'fax' }), await get(app, '/v1/%zz')];
    expect(answers.map((a) => a.statusCode)).toEqual([401, 404, 200, 400, 400]);
    for (const res of answers) {
      expect(res.headers['x-request-id']).toMatch(UUID);
    }
  });
});

describe('the decision id as a header', () => {
  it('Phigate-Decision-Id on /v1/decide (explained too) and /v1/fhir/decide; a batch has its ids in its body', async () => {
    const { app } = await service();
    for (const url of ['/v1/decide', '/v1/decide?explain=full']) {
      const res = await post(app, url, request());
      expect(res.headers['phigate-decision-id']).toMatch(ULID);
      expect(res.headers['phigate-decision-id']).toBe(res.json().decisionId);
    }
    const fhir = await post(app, '/v1/fhir/decide', bundleOf(request()));
    expect(fhir.statusCode).toBe(200);
    expect(fhir.headers['phigate-decision-id']).toBe(fhir.json().decisionId);
    const batch = await post(app, '/v1/decide/batch', { requests: [request(), request()] });
    expect(batch.statusCode).toBe(200);
    expect(batch.headers['phigate-decision-id']).toBeUndefined();
    // No decision, no header.
    expect((await post(app, '/v1/decide', { channel: 'fax' })).headers['phigate-decision-id']).toBeUndefined();
  });
});

describe('probes in the log', () => {
  const probe = async (level: string): Promise<{ entries: Record<string, unknown>[]; ids: string[] }> => {
    const log = memoryLog();
    const { app } = await service({ logger: { level, stream: log.stream } });
    const ids = ['probe-healthz', 'probe-readyz', 'probe-metrics'];
    for (const [i, path] of ['/healthz', '/readyz', '/metrics'].entries()) expect((await get(app, path, { 'x-request-id': ids[i]! })).statusCode).toBe(200);
    expect((await post(app, '/v1/decide', request(), { ...AS_CLIENT, 'x-request-id': 'a-decision' })).statusCode).toBe(200);
    return { entries: log.entries(), ids };
  };

  it('/healthz, /readyz and /metrics are not logged at info; decisions are', async () => {
    const { entries, ids } = await probe('info');
    expect(entries.filter((e) => ids.includes(String(e.reqId)))).toEqual([]);
    expect(entries.filter((e) => e.reqId === 'a-decision').map((e) => [e.level, e.msg])).toEqual([
      [30, 'incoming request'],
      [30, 'decided'],
      [30, 'request completed'],
    ]);
  });

  it('they are logged at debug', async () => {
    const { entries, ids } = await probe('debug');
    for (const id of ids) expect(entries.filter((e) => e.reqId === id).map((e) => [e.level, e.msg]), id).toEqual([[20, 'incoming request'], [20, 'request completed']]);
  });
});

describe('shutdown', () => {
  it('once draining, /readyz answers 503 while everything else is still served', async () => {
    const { app, holder } = await service();
    expect((await get(app, '/readyz', {})).statusCode).toBe(200);
    markDraining(app);
    const ready = await get(app, '/readyz', {});
    expect([ready.statusCode, ready.json()]).toEqual([503, { status: 'draining', policy: holder.current.digest, audit: 'writable', bundle: { inSync: true, staleSeconds: 0, watching: false } }]);
    expect((await post(app, '/v1/decide', request())).statusCode).toBe(200);
    expect((await get(app, '/healthz', {})).statusCode).toBe(200);
  });

  it('while closing with a request in flight, /readyz on an open connection answers 503 draining (not SHUTTING_DOWN)', async () => {
    const { app } = await service();
    let arrived!: () => void;
    const inFlight = new Promise<void>((resolve) => (arrived = resolve));
    app.addHook('onRequest', async () => arrived());
    const connection = rawConnection(await app.listen({ port: 0, host: '127.0.0.1' }));
    const body = JSON.stringify(request());
    connection.write(decideHead(body) + body.slice(0, 20));
    await inFlight;
    const closed = app.close();
    while (app.server.listening) await new Promise((resolve) => setImmediate(resolve));
    connection.write(`${body.slice(20)}GET /readyz HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    const [first, second, ...more] = responsesIn(await connection.answer);
    await closed;
    expect(first).toEqual({ status: 'HTTP/1.1 200 OK', body: expect.objectContaining({ decision: 'allow' }) });
    expect(second).toEqual({ status: 'HTTP/1.1 503 Service Unavailable', body: expect.objectContaining({ status: 'draining' }) });
    expect(more).toEqual([]);
  });
});

// ---- metrics ----

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition. */
function samples(text: string): Sample[] {
  const out: Sample[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(/([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g)) labels[l[1]!] = l[2]!;
    out.push({ name: m[1]!, labels, value: Number(m[3]) });
  }
  return out;
}

/** The sum of a metric's samples whose labels include `where`. */
const total = (all: Sample[], name: string, where: Record<string, string> = {}): number =>
  all.filter((s) => s.name === name && Object.entries(where).every(([k, v]) => s.labels[k] === v)).reduce((sum, s) => sum + s.value, 0);

const scrape = async (app: Parameters<typeof get>[0]): Promise<{ text: string; all: Sample[] }> => {
  const res = await get(app, '/metrics', {});
  expect(res.statusCode).toBe(200);
  return { text: res.body, all: samples(res.body) };
};

describe('/metrics by name', () => {
  it('phigate_decisions_total counts each decision once (a batch of 3: 3), the rules that decided are phigate_rule_matches_total', async () => {
    const { app } = await service();
    const before = await scrape(app);
    expect(total(before.all, 'phigate_decisions_total')).toBe(0);
    const hiv = request({ message: { body: 'Your HIV clinic visit is Monday.' } });
    expect((await post(app, '/v1/decide/batch', { requests: [request(), hiv, request({ sender: { vendor: 'blastly' } }), { channel: 'fax' }] })).statusCode).toBe(200);
    const after = await scrape(app);
    expect(total(after.all, 'phigate_decisions_total')).toBe(3); // the bad item is no decision
    expect(after.all.filter((s) => s.name === 'phigate_decisions_total').map((s) => [s.labels, s.value])).toEqual(
      expect.arrayContaining([
        [{ decision: 'allow' }, 1],
        [{ decision: 'downgrade' }, 1],
        [{ decision: 'deny' }, 1],
      ]),
    );
    expect(total(after.all, 'phigate_rule_matches_total', { rule: 'care-revealing-by-text' })).toBe(1);
    expect(total(after.all, 'phigate_rule_matches_total', { rule: 'reminders' })).toBe(1);
    await post(app, '/v1/decide', request());
    expect(total((await scrape(app)).all, 'phigate_decisions_total')).toBe(4);
  });

  it("has Node's runtime metrics, once, and no metric twice", async () => {
    const { app } = await service();
    await service(); // a second app in the process: its runtime metrics are the same ones
    const { text, all } = await scrape(app);
    for (const name of ['process_cpu_user_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_heap_size_used_bytes', 'nodejs_version_info']) {
      expect(all.some((s) => s.name === name), name).toBe(true);
    }
    const typed = [...text.matchAll(/^# TYPE (\S+) /gm)].map((m) => m[1]!);
    expect(typed.filter((n, i) => typed.indexOf(n) !== i)).toEqual([]);
  });

  it('phigate_policy_info names the serving policy; phigate_policy_last_reload_timestamp_seconds moves on a successful reload only', async () => {
    const { app, holder, bundle } = await service();
    const first = await scrape(app);
    const info = (all: Sample[]) => all.filter((s) => s.name === 'phigate_policy_info').map((s) => [s.labels, s.value]);
    expect(info(first.all)).toEqual([[{ name: 'service-test', version: '1.0.0', digest: holder.current.digest }, 1]]);
    const loadedAt = total(first.all, 'phigate_policy_last_reload_timestamp_seconds');
    expect(loadedAt).toBeCloseTo(Date.parse(holder.current.loadedAt) / 1000, 3);

    const beforeReload = Date.now() / 1000;
    writePolicy(bundle, SERVICE_POLICY.replace('version "1.0.0"', 'version "1.1.0"'));
    expect((await post(app, '/v1/policy/reload', undefined, AS_ADMIN)).statusCode).toBe(200);
    const second = await scrape(app);
    expect(info(second.all)).toEqual([[{ name: 'service-test', version: '1.1.0', digest: holder.current.digest }, 1]]);
    const reloadedAt = total(second.all, 'phigate_policy_last_reload_timestamp_seconds');
    expect(reloadedAt).toBeGreaterThanOrEqual(beforeReload - 0.001);
    expect(reloadedAt).toBeLessThanOrEqual(Date.now() / 1000);

    writePolicy(bundle, 'rule broken {');
    expect((await post(app, '/v1/policy/reload', undefined, AS_ADMIN)).statusCode).toBe(422);
    const third = await scrape(app);
    expect(total(third.all, 'phigate_policy_last_reload_timestamp_seconds')).toBe(reloadedAt);
    expect(total(third.all, 'phigate_policy_last_reload_failed')).toBe(1);
    expect(info(third.all)).toEqual(info(second.all));
  });

  it('measures every HTTP request by route pattern: 404s as one `unmatched` route, /v1/route, errors', async () => {
    const { app } = await service();
    for (const path of ['/nothing', '/wp-admin/setup.php', '/v1/decide/../../etc']) expect((await get(app, path)).statusCode).toBe(404);
    const route = await post(app, '/v1/route', { message: { category: 'appointment_reminder', body: 'See you Monday at 10.' }, patient: { consents: [{ channel: 'sms', scopes: ['scheduling'], status: 'active' }] } });
    expect(route.statusCode).toBe(200);
    await post(app, '/v1/decide', request(), {});
    await post(app, '/v1/decide', request());
    const { all } = await scrape(app);
    const count = (labels: Record<string, string>) => total(all, 'phigate_http_request_duration_seconds_count', labels);
    expect(count({ route: 'unmatched', method: 'GET', status: '404' })).toBe(3);
    expect(count({ route: '/v1/route', method: 'POST', status: '200' })).toBe(1);
    expect(count({ route: '/v1/decide', method: 'POST', status: '401' })).toBe(1);
    expect(count({ route: '/v1/decide', method: 'POST', status: '200' })).toBe(1);
    expect(total(all, 'phigate_http_request_duration_seconds_bucket', { route: '/v1/route', le: '+Inf' })).toBe(1);
    expect(total(all, 'phigate_http_request_duration_seconds_sum', { route: '/v1/route' })).toBeGreaterThan(0);
    expect(total(all, 'phigate_decision_duration_seconds_count', { endpoint: 'route' })).toBe(1);
    // Series are routes, not paths: whatever is asked for, no path shows up as a label.
    expect(all.filter((s) => s.name.startsWith('phigate_http_') && /nothing|wp-admin|etc/.test(s.labels.route ?? ''))).toEqual([]);
  });
});

// ---- `phigate serve` as a process, from the sources ----

const cli = fileURLToPath(new URL('./fixtures/cli.ts', import.meta.url));
const procs: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});

describe('phigate serve and SIGTERM, as a process', () => {
  it('answers /readyz 503 at once and keeps serving for PHIGATE_DRAIN_SECONDS, then finishes the requests in flight and exits 0', async () => {
    const key = 'drain-test-key';
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PHIGATE_') && k !== 'PORT' && k !== 'HOST'));
    // No --port: PORT from the environment.
    const proc = spawn(process.execPath, ['--import', 'tsx', cli, 'serve', '--bundle', 'policies', '--no-watch'], {
      cwd: repoRoot,
      env: { ...inherited, PORT: '0', PHIGATE_DATA_DIR: tempDir('data'), PHIGATE_API_KEYS: key, PHIGATE_DRAIN_SECONDS: '3', PHIGATE_BATCH_WORKERS: '0' },
    });
    procs.push(proc);
    const out = { stdout: '', stderr: '' };
    const waiters: (() => void)[] = [];
    for (const stream of ['stdout', 'stderr'] as const) {
      proc[stream].setEncoding('utf8');
      proc[stream].on('data', (d: string) => {
        out[stream] += d;
        for (const w of waiters.splice(0)) w();
      });
    }
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal })));
    const waitFor = (stream: 'stdout' | 'stderr', pattern: RegExp): Promise<RegExpMatchArray> =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const m = out[stream].match(pattern);
          if (m) resolve(m);
          else if (proc.exitCode !== null || proc.signalCode !== null) reject(new Error(`phigate serve ended before printing ${pattern}:\n${out.stderr}`));
          else waiters.push(check);
        };
        check();
        void exited.then(check);
      });
    const url = (await waitFor('stderr', /listening on (http:\/\/127\.0\.0\.1:\d+)/))[1]!;
    expect(url).not.toMatch(/:8080$/);
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const decide = () => fetch(`${url}/v1/decide`, { method: 'POST', headers, body: JSON.stringify(request()) });
    expect((await fetch(`${url}/readyz`)).status).toBe(200);

    // A decision in flight: its body is sent in two parts.
    const body = JSON.stringify(request());
    const slow = httpRequest(`${url}/v1/decide`, { method: 'POST', agent: false, headers: { ...headers, 'x-request-id': 'in-flight', 'content-length': Buffer.byteLength(body) } });
    const slowAnswer = new Promise<number>((resolve, reject) => {
      slow.on('response', (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      slow.on('error', reject);
    });
    slow.write(body.slice(0, 20));
    await waitFor('stdout', /"reqId":"in-flight"[^\n]*"msg":"incoming request"/);

    proc.kill('SIGTERM');
    await waitFor('stderr', /SIGTERM: \/readyz answers 503; stopping in 3 s/);
    const ready = await fetch(`${url}/readyz`);
    expect([ready.status, ((await ready.json()) as { status: string }).status]).toEqual([503, 'draining']);
    const during = await decide(); // still served: the load balancer may not have noticed yet
    expect(during.status).toBe(200);
    expect(during.headers.get('phigate-decision-id')).toMatch(ULID);
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect(out.stderr).not.toMatch(/stopping; finishing requests in flight/);

    await waitFor('stderr', /SIGTERM: stopping; finishing requests in flight/);
    slow.end(body.slice(20));
    expect(await slowAnswer).toBe(200);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(out.stderr).toMatch(/phigate serve: stopped\n$/);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  }, 60_000);
});

describe('the code the settings check scans', () => {
  it('is found', () => {
    expect(CODE.map((f) => f.path.split('\\').join('/'))).toEqual(expect.arrayContaining(['server/start.ts', 'bin/commands/serve.ts', 'bin/io.ts', 'server/keys.ts', 'server/batch-pool.ts', 'bin/commands/audit.ts']));
  });
});
