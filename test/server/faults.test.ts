// Faults under load, with real processes and a real PostgreSQL: a replica killed with kill -9 loses no
// decision a client received and its log verifies after restart; a database restart loses nothing that
// was answered (the service answers 503 meanwhile, never an unrecorded decision) and the service
// recovers on its own. Two replicas share the database, each with its own log.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgresAuditStore, type MerkleAuditStore } from '../../audit/index.ts';
import { all, tempDir } from '../audit/helpers.ts';
import { startPostgres, type PostgresServer } from '../audit/postgres-server.ts';
import { request } from '../helpers.ts';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const child = fileURLToPath(new URL('./fixtures/serve.ts', import.meta.url));
const KEY = 'fault-test-key';

let pg: PostgresServer;
beforeAll(async () => {
  pg = await startPostgres();
}, 60_000);
afterAll(() => pg?.stop());

interface Replica {
  proc: ChildProcessWithoutNullStreams;
  url: string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr: () => string;
}

const procs: ChildProcessWithoutNullStreams[] = [];
afterAll(() => {
  for (const p of procs) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
});

/** A replica: the service from the sources on a free port, its own data directory, the shared database. */
async function replica(dataDir: string, auditUrl: string): Promise<Replica> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('PHIGATE_')));
  const proc = spawn(process.execPath, ['--import', 'tsx', child], {
    cwd: repoRoot,
    env: { ...inherited, PHIGATE_DATA_DIR: dataDir, PHIGATE_AUDIT_URL: auditUrl, PHIGATE_API_KEYS: KEY, PHIGATE_LOG_LEVEL: 'warn', PHIGATE_BATCH_WORKERS: '1' },
  });
  procs.push(proc);
  let stderr = '';
  proc.stderr.setEncoding('utf8');
  proc.stderr.on('data', (d: string) => (stderr += d));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal })));
  const url = await new Promise<string | undefined>((resolve) => {
    createInterface({ input: proc.stdout }).once('line', resolve);
    void exited.then(() => resolve(undefined));
  });
  if (!url) throw new Error(`the replica did not start:\n${stderr}`);
  return { proc, url, exited, stderr: () => stderr };
}

interface Load {
  /** Decision ids of every 200 answer, as the client received them. */
  answered: string[];
  /** Status of every answer (0: no answer, the connection failed). */
  statuses: number[];
  codes: string[];
  stop: () => Promise<void>;
}

/** `clients` loops, each sending a single decision or (every fourth) a batch of 80, until stopped. */
function load(url: () => string, clients = 6): Load {
  const out: Load = { answered: [], statuses: [], codes: [], stop: async () => undefined };
  let running = true;
  const loops = Array.from({ length: clients }, async (_, c) => {
    for (let i = 0; running && i < 100_000; i++) {
      const batch = (i + c) % 4 === 0;
      const body = batch ? { requests: Array.from({ length: 80 }, () => request()) } : request();
      try {
        const res = await fetch(`${url()}/v1/decide${batch ? '/batch' : ''}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(60_000),
        });
        const json = (await res.json()) as { decisionId?: string; results?: { decisionId?: string }[]; code?: string };
        out.statuses.push(res.status);
        if (res.status === 200) out.answered.push(...(batch ? json.results!.map((r) => r.decisionId!) : [json.decisionId!]));
        else out.codes.push(json.code ?? '');
      } catch {
        out.statuses.push(0);
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  });
  out.stop = async () => {
    running = false;
    await Promise.all(loops);
  };
  return out;
}

const until = async (what: () => boolean, ms = 90_000): Promise<void> => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** Every record in the database, and what verify says of every log, read by an auditor's store. */
async function audit(url: string): Promise<{ ids: Set<string>; store: MerkleAuditStore }> {
  const store = openPostgresAuditStore({ url }); // no key: it reads, and adds no log of its own
  const ids = new Set((await all(store.records())).map((r) => r.decisionId));
  return { ids, store };
}

describe('faults under load (PostgreSQL, two replicas)', () => {
  it('kill -9 of a replica under load loses no decision a client received; after restart both logs verify', async () => {
    const db = pg.createDatabase('kill9');
    const [dirA, dirB] = [tempDir('a'), tempDir('b')];
    let a = await replica(dirA, db);
    const b = await replica(dirB, db);
    const onA = load(() => a.url);
    const onB = load(() => b.url, 3);
    await until(() => onA.answered.length >= 300);
    a.proc.kill('SIGKILL');
    expect(await a.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await until(() => onA.statuses.slice(-5).every((s) => s === 0)); // A's clients see it gone; B goes on
    a = await replica(dirA, db); // the same data directory: the same key, so the same log
    const beforeRestart = onA.answered.length;
    await until(() => onA.answered.length >= beforeRestart + 200);
    await Promise.all([onA.stop(), onB.stop()]);
    a.proc.kill('SIGTERM');
    b.proc.kill('SIGTERM');
    await Promise.all([a.exited, b.exited]);

    const { ids, store } = await audit(db);
    try {
      const answered = [...onA.answered, ...onB.answered];
      expect(answered.filter((id) => !ids.has(id))).toEqual([]);
      expect(onA.statuses.filter((s) => s !== 200 && s !== 0)).toEqual([]); // killed: no answer, never a wrong one
      const logs = await store.logs();
      expect(logs).toHaveLength(2);
      expect(await store.verify()).toMatchObject({ ok: true, checked: ids.size });
    } finally {
      await store.close();
    }
  }, 300_000);

  it('a database restart during load loses nothing answered: 503 meanwhile, then recovery on its own', async () => {
    const db = pg.createDatabase('restart');
    const r = await replica(tempDir('data'), db);
    const traffic = load(() => r.url);
    await until(() => traffic.answered.length >= 300);
    await pg.stopServer('fast');
    await until(() => traffic.codes.filter((c) => c === 'AUDIT_UNAVAILABLE').length >= 10);
    const answeredWhileDown = traffic.answered.length;
    await pg.startServer();
    await until(() => traffic.answered.length >= answeredWhileDown + 200);
    await traffic.stop();
    r.proc.kill('SIGTERM');
    expect(await r.exited).toMatchObject({ code: 0 });

    const { ids, store } = await audit(db);
    try {
      expect(traffic.answered.filter((id) => !ids.has(id))).toEqual([]);
      // Every answer was a recorded decision or a 503 saying the audit trail could not record.
      expect(new Set(traffic.codes)).toEqual(new Set(['AUDIT_UNAVAILABLE']));
      expect(traffic.statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
      expect(await store.verify()).toMatchObject({ ok: true, checked: ids.size });
    } finally {
      await store.close();
    }
  }, 300_000);
});
