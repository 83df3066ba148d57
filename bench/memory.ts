// (e) Memory: the resident memory (VmRSS) of `phigate serve` on the default bundle, after start and
// after 100,000 decisions sent through /v1/decide/batch in batches of 1,000, on 127.0.0.1 only.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count, mb, type Section } from './report.ts';
import { rawRequests } from './requests.ts';
import { SMS_160 } from './texts.ts';

const DECISIONS = 100_000;
const BATCH = 1_000;
const KEY = 'bench-key';
const HOST = '127.0.0.1';
const START_TIMEOUT_MS = 30_000;

/** A port nothing listens on now: bind port 0, read the port the system chose, release it. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** VmRSS of a process, in bytes, from /proc. */
function rssOf(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  if (!line) throw new Error(`no VmRSS for process ${pid}`);
  return Number.parseInt(line.replace(/\D+/g, ''), 10) * 1024;
}

async function waitUntilUp(base: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`phigate serve exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`phigate serve did not answer ${base}/healthz within ${START_TIMEOUT_MS / 1000} s`);
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

export async function memory(): Promise<Section> {
  const dataDir = mkdtempSync(join(tmpdir(), 'phigate-bench-'));
  const port = await freePort();
  const base = `http://${HOST}:${port}`;
  const child = spawn(process.execPath, ['bin/phigate.js', 'serve', '--bundle', 'policies', '--port', String(port), '--host', HOST, '--no-watch'], {
    env: { ...process.env, PHIGATE_DATA_DIR: dataDir, PHIGATE_API_KEYS: KEY, PHIGATE_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // The service's messages are shown only if it fails.
  let errors = '';
  child.stderr!.on('data', (d: Buffer) => void (errors = (errors + d.toString()).slice(-2000)));
  try {
    await waitUntilUp(base, child).catch((e: Error) => {
      throw new Error(`${e.message}\n${errors}`);
    });
    const atStart = rssOf(child.pid!);
    const requests = rawRequests(BATCH, 44, SMS_160);
    const body = JSON.stringify({ requests });
    const started = process.hrtime.bigint();
    let decided = 0;
    while (decided < DECISIONS) {
      const res = await fetch(`${base}/v1/decide/batch`, { method: 'POST', headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }, body });
      if (!res.ok) throw new Error(`batch answered HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
      const { results } = (await res.json()) as { results: unknown[] };
      decided += results.length;
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const after = rssOf(child.pid!);
    return {
      title: 'Memory of the decision service',
      intro:
        `\`node bin/phigate.js serve --bundle policies --no-watch\` on ${HOST}, with a temporary \`PHIGATE_DATA_DIR\` (so every decision is also written to the SQLite audit trail) and one API key. ` +
        `${count(DECISIONS)} decisions sent as ${count(DECISIONS / BATCH)} POSTs to \`/v1/decide/batch\` of ${count(BATCH)} requests each (160-character SMS bodies, so the classifier runs), one batch at a time; VmRSS read from \`/proc/<pid>/status\`, then SIGTERM.`,
      tables: [
        {
          headers: ['when', 'resident memory (VmRSS)'],
          rows: [
            ['after start, before any decision', mb(atStart)],
            [`after ${count(DECISIONS)} decisions`, mb(after)],
          ],
        },
      ],
      targets: [],
      notes: [`The ${count(DECISIONS)} decisions took ${seconds.toFixed(1)} s over HTTP (${count(Math.round(DECISIONS / seconds))} decisions/s including JSON, validation, classification and the audit write).`],
    };
  } finally {
    await stopped(child);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
