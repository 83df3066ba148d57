// `phigate serve` as a real process: kill -9 loses no answered decision, SIGTERM finishes the
// requests in flight and exits 0, and on a fresh machine it prints a generated key once.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteAuditStore, type VerifyResult } from '../../audit/index.ts';
import { all, closeLater, tempDir } from '../audit/helpers.ts';
import { request } from '../helpers.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

interface Serve {
  proc: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  /** Resolves once the output so far matches. */
  waitFor: (stream: 'stdout' | 'stderr', pattern: RegExp) => Promise<RegExpMatchArray>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `node bin/phigate.js serve` on the default bundle and a free port, with only `env` of ours set. */
async function serve(env: Record<string, string>): Promise<Serve> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PHIGATE_')));
  const proc = spawn(process.execPath, ['bin/phigate.js', 'serve', '--bundle', 'policies', '--port', '0', '--no-watch'], { cwd: repoRoot, env: { ...inherited, ...env } });
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
  return { proc, url, stdout: () => out.stdout, stderr: () => out.stderr, waitFor, exited };
}

async function decide(url: string, key: string): Promise<string> {
  const res = await fetch(`${url}/v1/decide`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify(request()) });
  if (res.status !== 200) throw new Error(`decide answered ${res.status}`);
  return ((await res.json()) as { decisionId: string }).decisionId;
}

async function decideBatch(url: string, key: string, n: number): Promise<string[]> {
  const res = await fetch(`${url}/v1/decide/batch`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ requests: Array.from({ length: n }, () => request()) }) });
  return ((await res.json()) as { results: { decisionId: string }[] }).results.map((r) => r.decisionId);
}

/** A decision request whose body is sent in two parts: it is in flight between `start` and `finish`. */
function slowDecide(url: string, key: string): { finish: () => void; answer: Promise<{ status: number; decisionId: string }> } {
  const body = JSON.stringify(request());
  const half = Math.floor(body.length / 2);
  const req = httpRequest(`${url}/v1/decide`, { method: 'POST', agent: false, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
  const answer = new Promise<{ status: number; decisionId: string }>((resolve, reject) => {
    req.on('response', (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, decisionId: (JSON.parse(text) as { decisionId: string }).decisionId }));
    });
    req.on('error', reject);
  });
  req.write(body.slice(0, half));
  return { finish: () => req.end(body.slice(half)), answer };
}

const storedIds = async (dataDir: string): Promise<{ ids: Set<string>; verified: VerifyResult }> => {
  const store = closeLater(openSqliteAuditStore(dataDir));
  return { ids: new Set((await all(store.records())).map((r) => r.decisionId)), verified: await store.verify() };
};

describe('phigate serve, as a process', () => {
  it('loses no answered decision to kill -9, and the chain verifies', async () => {
    const dataDir = tempDir('data');
    const key = 'crash-test-key';
    const server = await serve({ PHIGATE_DATA_DIR: dataDir, PHIGATE_API_KEYS: key });
    const answered: string[] = [];
    for (let i = 0; i < 20; i++) answered.push(await decide(server.url, key));
    answered.push(...(await decideBatch(server.url, key, 50)));
    // Decisions still coming when the process dies: those answered before count, the others fail.
    let killed = false;
    const racing = Array.from({ length: 40 }, () =>
      decide(server.url, key).then((id) => {
        answered.push(id);
        if (answered.length >= 75 && !killed) killed = server.proc.kill('SIGKILL');
      }, () => undefined),
    );
    await Promise.all(racing);
    expect(await server.exited).toEqual({ code: null, signal: 'SIGKILL' });

    const { ids, verified } = await storedIds(dataDir);
    expect(answered.filter((id) => !ids.has(id))).toEqual([]);
    expect(verified).toMatchObject({ ok: true, checked: ids.size });
  });

  it('on SIGTERM finishes the requests in flight and exits 0; on a fresh data dir it printed a generated key once', async () => {
    const dataDir = tempDir('data');
    const server = await serve({ PHIGATE_DATA_DIR: dataDir });
    const keys = server.stderr().match(/phg_[A-Za-z0-9_-]{20,}/g) ?? [];
    expect(keys).toHaveLength(1);
    const key = keys[0]!;
    const first = await decide(server.url, key);

    const inFlight = Array.from({ length: 3 }, () => slowDecide(server.url, key));
    // The server has each of them once it logged it (before their bodies are complete).
    await server.waitFor('stdout', /(?:"msg":"incoming request"[^\n]*\n[^]*){4}/);
    server.proc.kill('SIGTERM');
    await server.waitFor('stderr', /SIGTERM: stopping; finishing requests in flight/);
    for (const r of inFlight) r.finish();
    const answers = await Promise.all(inFlight.map((r) => r.answer));
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200]);
    expect(await server.exited).toEqual({ code: 0, signal: null });
    expect(server.stderr()).toMatch(/phigate serve: stopped\n$/);

    const { ids, verified } = await storedIds(dataDir);
    expect([...ids].sort()).toEqual([first, ...answers.map((a) => a.decisionId)].sort());
    expect(verified).toMatchObject({ ok: true, checked: 4 });
  });
});
