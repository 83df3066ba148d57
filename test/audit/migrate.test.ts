// Trails in the chained format (schema 1): they still verify as chains, the service refuses to write
// them until they are migrated, and `phigate audit migrate` moves every record into the Merkle log while
// the old chain stays in place and checkable.
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_DB_FILE, GENESIS_HASH, chainRecord, checkProof, loadOrCreateSigningKey, migrateSqliteAuditStore, openSqliteAuditStore, verifyRecords, type ChainedRecord } from '../../audit/index.ts';
import { all, closeLater, entry, rawDb, tempDir } from './helpers.ts';
import { phigate } from '../explain/helpers.ts';

/** A trail as schema 1 wrote it: the audit_log table of chained records, user_version 1. */
function chainedTrail(n: number): { dir: string; records: ChainedRecord[] } {
  const dir = tempDir();
  const db = new Database(join(dir, AUDIT_DB_FILE));
  db.pragma('journal_mode = WAL');
  db.exec(`
    CREATE TABLE audit_log (seq INTEGER PRIMARY KEY, decision_id TEXT NOT NULL, time TEXT NOT NULL, policy_name TEXT NOT NULL, policy_version TEXT NOT NULL,
      policy_digest TEXT NOT NULL, engine_version TEXT NOT NULL, request_hash TEXT NOT NULL, decision TEXT NOT NULL, rules TEXT NOT NULL, labels TEXT NOT NULL,
      channel TEXT NOT NULL, category TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL) STRICT;
    CREATE TABLE audit_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL) STRICT;
    INSERT INTO audit_health VALUES (1, '');`);
  const records: ChainedRecord[] = [];
  let prev = { seq: 0, hash: GENESIS_HASH };
  const insert = db.prepare('INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  for (let i = 0; i < n; i++) {
    const r = chainRecord(entry({ labels: i % 2 ? ['HIV'] : [] }), prev);
    insert.run(r.seq, r.decisionId, r.time, r.policy.name, r.policy.version, r.policy.digest, r.engineVersion, r.requestHash, r.decision, JSON.stringify(r.rules), JSON.stringify(r.labels), r.channel, r.category, r.prevHash, r.hash);
    records.push(r);
    prev = r;
  }
  db.pragma('user_version = 1');
  db.close();
  return { dir, records };
}

describe('chained trails (schema 1)', () => {
  it('still verify as chains (read-only), and the service refuses to write them until migrated', async () => {
    const { dir, records } = chainedTrail(5);
    const reader = closeLater(openSqliteAuditStore(dir, { readOnly: true }));
    expect(await reader.verify()).toEqual({ ok: true, checked: 5, format: 'chained' });
    expect((await all(reader.records())).map((r) => [r.seq, r.decisionId, r.chain?.hash])).toEqual(records.map((r) => [r.seq, r.decisionId, r.hash]));
    await reader.close();
    rawDb(dir).prepare("UPDATE audit_log SET decision = 'allow' WHERE seq = 3").run();
    const tampered = closeLater(openSqliteAuditStore(dir, { readOnly: true }));
    expect(await tampered.verify()).toMatchObject({ ok: false, firstBroken: { seq: 3, reason: expect.stringMatching(/^hash mismatch/) }, format: 'chained' });
    await tampered.close();
    expect(() => openSqliteAuditStore(dir)).toThrow(/chained format .* 5 records; run `phigate audit migrate`/);
  });

  it('migrate moves every record into the log, keeps the chain, and the log goes on from there', async () => {
    const { dir, records } = chainedTrail(7);
    const key = loadOrCreateSigningKey(dir);
    const { migrated, head } = migrateSqliteAuditStore(dir, key);
    expect([migrated, head?.size]).toEqual([7, 7]);
    expect(() => migrateSqliteAuditStore(dir, key)).toThrow(/already in the Merkle log format/);

    const store = closeLater(openSqliteAuditStore(dir));
    expect(await store.verify()).toMatchObject({ ok: true, checked: 7, heads: 1, format: 'merkle' });
    const moved = await all(store.records());
    expect(moved.map((r) => ({ seq: r.seq, decisionId: r.decisionId, prevHash: r.chain?.prevHash, hash: r.chain?.hash }))).toEqual(records.map((r) => ({ seq: r.seq, decisionId: r.decisionId, prevHash: r.prevHash, hash: r.hash })));
    // The old table is untouched and still verifies as a chain on its own.
    const kept = rawDb(dir).prepare('SELECT seq, hash FROM audit_log ORDER BY seq').all();
    expect(kept).toEqual(records.map((r) => ({ seq: r.seq, hash: r.hash })));
    expect(verifyRecords(records)).toEqual({ ok: true, checked: 7 });
    // A migrated decision is provable, and new decisions follow it in the same log.
    expect(checkProof(await store.proveDecision(records[3]!.decisionId), key.publicKey)).toMatchObject({ ok: true, record: { decisionId: records[3]!.decisionId, chain: { hash: records[3]!.hash } } });
    expect((await store.append(entry())).seq).toBe(8);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 8, heads: 2 });
    // Editing the kept chain afterwards is caught: each record must still be the leaf it became.
    rawDb(dir).prepare("UPDATE audit_log SET hash = 'x' WHERE seq = 2").run();
    expect(await store.verify()).toMatchObject({ ok: false, firstBroken: { seq: 2, reason: expect.stringMatching(/^migrated record changed/) } });
  });

  it('a broken chain is not migrated', () => {
    const { dir } = chainedTrail(4);
    rawDb(dir).prepare('DELETE FROM audit_log WHERE seq = 2').run();
    expect(() => migrateSqliteAuditStore(dir, loadOrCreateSigningKey(dir))).toThrow(/does not verify \(record 2: seq gap/);
  });

  it('phigate audit migrate, then verify', async () => {
    const { dir } = chainedTrail(3);
    expect((await phigate(['audit', 'verify', '--data-dir', dir])).out).toMatch(/^ok: 3 records, chained format/);
    const run = await phigate(['audit', 'migrate', '--data-dir', dir]);
    expect(run).toMatchObject({ code: 0, out: expect.stringMatching(/^migrated 3 records into log [0-9a-f]{64}, signed head of size 3/) });
    expect((await phigate(['audit', 'verify', '--data-dir', dir])).out).toMatch(/^ok: 3 records, 1 signed tree head/);
  });
});
