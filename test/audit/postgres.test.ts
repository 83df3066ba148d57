// The PostgreSQL store against a real server started for this file: the Merkle log per replica,
// two replicas on one database, proofs an auditor checks offline, and failing closed while the
// database is down, then recovering on its own.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditUnavailableError, loadOrCreateSigningKey, openPostgresAuditStore, type AuditStore, type MerkleAuditStore } from '../../audit/index.ts';
import { checkProof } from '../../audit/log.ts';
import { join } from 'node:path';
import { phigate } from '../explain/helpers.ts';
import { all, batchOf, entry, tempDir } from './helpers.ts';
import { startPostgres, type PostgresServer } from './postgres-server.ts';

let server: PostgresServer;
let databases = 0;
const stores: AuditStore[] = [];

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const s of stores) await s.close().catch(() => undefined);
  server?.stop();
});

/** A fresh database and a store on it for a replica with its own data directory (its own key). */
function replica(url: string = server.createDatabase(`t${++databases}`)): { store: MerkleAuditStore; url: string; key: ReturnType<typeof loadOrCreateSigningKey> } {
  const key = loadOrCreateSigningKey(tempDir());
  const store = openPostgresAuditStore({ url, signingKey: key });
  stores.push(store);
  return { store, url, key };
}

async function sql<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(url);
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('PostgreSQL audit store', () => {
  it('appends leaves with one signed head per commit; records, verify and proofs agree', async () => {
    const { store, url, key } = replica();
    const first = await store.append(entry({ decision: 'allow' }));
    expect(first).toMatchObject({ seq: 1, log: key.log, decision: 'allow' });
    const many = await store.appendMany([entry(), entry(), entry()]);
    expect(many.map((r) => r.seq)).toEqual([2, 3, 4]);
    // Overlapping appends share commits; each gets its own place.
    const overlapping = await Promise.all(Array.from({ length: 20 }, () => store.append(entry())));
    expect(overlapping.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i + 5));

    const records = await all(store.records());
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(records[0]).toEqual(first);
    const verified = await store.verify();
    expect(verified).toMatchObject({ ok: true, checked: 24, format: 'merkle' });
    const heads = await sql<{ n: string }>(url, 'SELECT count(*) AS n FROM audit_head');
    expect(verified.heads).toBe(Number(heads[0]!.n));
    expect(verified.heads).toBeLessThan(24); // group commit: fewer heads than leaves

    for (const r of [first, many[1]!, overlapping[19]!]) {
      const proof = await store.proveDecision(r.decisionId);
      expect(checkProof(JSON.parse(JSON.stringify(proof)), key.publicKey)).toMatchObject({ ok: true, record: r });
    }
    expect(await store.proveDecision('01NOSUCHDECISION')).toBeUndefined();
    const c = await store.proveConsistency(key.log, 1);
    expect(checkProof(c, key.publicKey)).toMatchObject({ ok: true });
  });

  it('two replicas write their own logs to one database, concurrently; both verify and prove', async () => {
    const a = replica();
    const b = replica(a.url);
    expect(a.key.log).not.toBe(b.key.log);
    const written = await Promise.all(
      Array.from({ length: 30 }, (_, i) => (i % 2 ? a.store : b.store).appendMany([entry(), entry()])),
    );
    const logs = await a.store.logs();
    expect(logs.map((l) => l.log).sort()).toEqual([a.key.log, b.key.log].sort());
    expect(logs.map((l) => l.head?.size)).toEqual([30, 30]);
    for (const { store } of [a, b]) expect(await store.verify()).toMatchObject({ ok: true, checked: 60 });
    // Each log is 1…30 in its own order; a decision is proved against the head of its own log.
    const records = await all(a.store.records());
    for (const log of [a.key.log, b.key.log]) expect(records.filter((r) => r.log === log).map((r) => r.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
    const fromB = written[0]![1]!;
    const proof = await a.store.proveDecision(fromB.decisionId);
    expect(proof?.head.log).toBe(b.key.log);
    expect(checkProof(proof, b.key.publicKey)).toMatchObject({ ok: true });
    expect(checkProof(proof, a.key.publicKey)).toMatchObject({ ok: false, reason: expect.stringMatching(/of log/) });
  });

  it('phigate audit verify, publish and verify --from work on the database (every log in it) through PHIGATE_AUDIT_URL', async () => {
    const a = replica();
    const b = replica(a.url);
    await a.store.appendMany([entry(), entry()]);
    await b.store.append(entry());
    const witness = join(tempDir(), 'witness.jsonl');
    const before = process.env.PHIGATE_AUDIT_URL;
    process.env.PHIGATE_AUDIT_URL = a.url;
    try {
      expect(await phigate(['audit', 'verify'])).toMatchObject({ code: 0, out: 'ok: 3 records, 2 signed tree heads: every leaf, subtree, root and signature checks\n' });
      expect(await phigate(['audit', 'publish', '--to', witness])).toMatchObject({ code: 0, err: '2 heads published\n' });
      await b.store.append(entry());
      expect(await phigate(['audit', 'verify', '--from', witness])).toMatchObject({ code: 0, out: expect.stringMatching(/^ok: 4 records, 3 signed tree heads: .*, 2 published heads consistent with the log\n$/) });
      const exported = await phigate(['audit', 'export']);
      expect(exported.out.trim().split('\n').map((l) => JSON.parse(l).log).sort()).toEqual([a.key.log, a.key.log, b.key.log, b.key.log].sort());
    } finally {
      if (before === undefined) delete process.env.PHIGATE_AUDIT_URL;
      else process.env.PHIGATE_AUDIT_URL = before;
    }
  });

  it('refuses to change or delete rows (append-only triggers)', async () => {
    const { store, url } = replica();
    await store.append(entry());
    await expect(sql(url, "UPDATE audit_leaf SET leaf = '{}'")).rejects.toThrow(/append-only/);
    await expect(sql(url, 'DELETE FROM audit_head')).rejects.toThrow(/append-only/);
  });

  it('catches a changed leaf, and a log rewritten and re-signed with its own key against a published head', async () => {
    const { store, url, key } = replica();
    await store.appendMany([entry({ decision: 'deny' }), entry(), entry()]);
    const published = (await store.logs())[0]!.head!;
    await store.appendMany([entry(), entry()]);
    await store.close();

    // Someone with the database superuser and the replica's key rewrites leaf 2 and every hash and head after it.
    const rows = await sql<{ seq: string; leaf: string }>(url, 'SELECT seq, leaf FROM audit_leaf WHERE log = $1 ORDER BY seq', [key.log]);
    const changed = rows.map((r) => (r.seq === '2' ? r.leaf.replace('"decision":"downgrade"', '"decision":"allow"') : r.leaf));
    expect(changed[1]).not.toBe(rows[1]!.leaf);
    const client = new pg.Client(url);
    await client.connect();
    await client.query('SET session_replication_role = replica'); // triggers off, as a superuser can
    await client.query('UPDATE audit_leaf SET leaf = $1 WHERE log = $2 AND seq = 2', [changed[1], key.log]);
    const reopened = openPostgresAuditStore({ url, signingKey: key });
    stores.push(reopened);
    expect(await reopened.verify()).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: expect.stringMatching(/^leaf hash mismatch/), log: key.log } });

    // Now recompute everything from the leaves and sign new heads with the log's own key.
    const { leafHash } = await import('../../audit/merkle.ts');
    const { LogWriter } = await import('../../audit/log.ts');
    const { Frontier } = await import('../../audit/merkle.ts');
    await client.query('DELETE FROM audit_head WHERE log = $1', [key.log]);
    await client.query('DELETE FROM audit_node WHERE log = $1', [key.log]);
    const writer = new LogWriter(key, new Frontier());
    for (const [i, text] of changed.entries()) {
      const plan = writer.plan([batchOf([text], () => 'x')], Date.parse('2026-11-24T16:00:00Z') + i);
      await client.query('UPDATE audit_leaf SET leaf_hash = $1 WHERE log = $2 AND seq = $3', [leafHash(text), key.log, i + 1]);
      await client.query('INSERT INTO audit_head (log, size, root, time, signature) VALUES ($1, $2, $3, $4, $5)', [key.log, plan.head.size, plan.head.root, plan.head.time, plan.head.signature]);
      writer.adopt(plan);
    }
    await client.end();
    const rewritten = await reopened.verify();
    expect(rewritten).toMatchObject({ ok: true, checked: 5 }); // consistent with itself…
    const against = await reopened.verify({ published: [published] });
    expect(against).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringMatching(/^rewritten: the published head of size 3/) } });
  });

  it('while the database is down, appends reject as unavailable and healthy() is false; it recovers on its own', async () => {
    const { store } = replica();
    await store.append(entry());
    expect(await store.healthy()).toBe(true);
    await server.stopServer('fast');
    try {
      const caught = await store.append(entry()).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(caught).toBeInstanceOf(AuditUnavailableError);
      expect(await store.healthy()).toBe(false);
    } finally {
      await server.startServer();
    }
    const after = await store.append(entry());
    expect(after.seq).toBe(2);
    expect(await store.healthy()).toBe(true);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });
});
