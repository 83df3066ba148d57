// Someone with access to the file edits it directly; verify() must name the first broken record.
import { describe, expect, it } from 'vitest';
import { openSqliteAuditStore, recordHash, type AuditRecord, type AuditStore } from '../../audit/index.ts';
import { all, closeLater, entry, rawDb, tempDir } from './helpers.ts';

const N = 8;

/** A closed store with N records; resolves to its directory and records. */
async function filled(): Promise<{ dir: string; records: AuditRecord[] }> {
  const dir = tempDir();
  const store = openSqliteAuditStore(dir);
  const records = [await store.append(entry({ decision: 'deny' })), ...(await store.appendMany(Array.from({ length: N - 1 }, (_, i) => entry({ decision: i % 2 ? 'allow' : 'downgrade' }))))];
  expect(await store.verify()).toEqual({ ok: true, checked: N });
  await store.close();
  return { dir, records };
}

const reopen = (dir: string): AuditStore => closeLater(openSqliteAuditStore(dir));

describe('tamper evidence', () => {
  it('(a) a changed decision is reported as a hash mismatch at that record', async () => {
    const { dir, records } = await filled();
    expect(records[3]!.decision).not.toBe('allow');
    rawDb(dir).prepare("UPDATE audit_log SET decision = 'allow' WHERE seq = 4").run();
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: 3, firstBroken: { seq: 4, reason: expect.stringMatching(/^hash mismatch: .*altered/) } });
  });

  it('(b) a deleted middle record is reported as a seq gap at the missing seq', async () => {
    const { dir } = await filled();
    expect(rawDb(dir).prepare('DELETE FROM audit_log WHERE seq = 5').run().changes).toBe(1);
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: 4, firstBroken: { seq: 5, reason: expect.stringMatching(/^seq gap: record 5 is missing.*deleted/) } });
  });

  it('(b2) a deleted middle record whose successors were renumbered is reported at the first renumbered record', async () => {
    const { dir } = await filled();
    const db = rawDb(dir);
    db.prepare('DELETE FROM audit_log WHERE seq = 5').run();
    db.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 5').run(); // ascending order keeps the key unique
    const result = await reopen(dir).verify();
    // Renumbering changes the hashed seq, so record 5 (formerly 6) fails its hash first.
    expect(result).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: 5, reason: expect.stringMatching(/^hash mismatch/) } });
  });

  it('(c) two records with swapped contents are reported at the first of them', async () => {
    const { dir, records } = await filled();
    const db = rawDb(dir);
    // Give record 3 everything of record 6 (hashes included) and vice versa.
    db.transaction(() => {
      db.prepare('UPDATE audit_log SET seq = -3 WHERE seq = 3').run();
      db.prepare('UPDATE audit_log SET seq = 3 WHERE seq = 6').run();
      db.prepare('UPDATE audit_log SET seq = 6 WHERE seq = -3').run();
    })();
    expect(db.prepare('SELECT decision_id FROM audit_log WHERE seq = 3').pluck().get()).toBe(records[5]!.decisionId);
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: 2, firstBroken: { seq: 3, reason: expect.stringMatching(/^hash mismatch/) } });
  });

  it('(c2) records swapped with their hashes recomputed are reported as a prevHash mismatch', async () => {
    const { dir, records } = await filled();
    const db = rawDb(dir);
    // Swap the decisions of 3 and 6 and recompute both hashes as an attacker would: the chain links break.
    const r3 = { ...records[2]!, decision: records[5]!.decision };
    const r6 = { ...records[5]!, decision: records[2]!.decision };
    expect(r3.decision).not.toBe(records[2]!.decision);
    for (const r of [r3, r6]) db.prepare('UPDATE audit_log SET decision = ?, hash = ? WHERE seq = ?').run(r.decision, recordHash(r), r.seq);
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: 3, firstBroken: { seq: 4, reason: expect.stringMatching(/^prevHash mismatch: .*removed, reordered or inserted/) } });
  });

  it("(d) an edited last hash is reported at the last record", async () => {
    const { dir } = await filled();
    rawDb(dir).prepare(`UPDATE audit_log SET hash = 'sha256:' || hex(randomblob(32)) WHERE seq = ?`).run(N);
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: N - 1, firstBroken: { seq: N, reason: expect.stringMatching(/^hash mismatch/) } });
  });

  it('an inserted record is reported where it breaks the chain', async () => {
    const { dir, records } = await filled();
    const db = rawDb(dir);
    db.prepare('UPDATE audit_log SET seq = seq + 100 WHERE seq >= 4').run();
    db.prepare('UPDATE audit_log SET seq = seq - 99 WHERE seq >= 104').run(); // records 4.. are now 5..
    const forged = { ...records[3]!, decisionId: '01JDFORGED', decision: 'allow' as const };
    forged.hash = recordHash(forged); // seq 4 after record 3: a consistent record
    db.prepare(
      `INSERT INTO audit_log SELECT 4, ?, time, policy_name, policy_version, policy_digest, engine_version, request_hash, ?, rules, labels, channel, category, prev_hash, ? FROM audit_log WHERE seq = 5`,
    ).run(forged.decisionId, forged.decision, forged.hash);
    // The forged record passes; the real record after it (now seq 5) was hashed as seq 4.
    expect(await reopen(dir).verify()).toEqual({ ok: false, checked: 4, firstBroken: { seq: 5, reason: expect.stringMatching(/^hash mismatch/) } });
  });

  it('an unparseable column is reported as a malformed record, not a crash', async () => {
    const { dir } = await filled();
    rawDb(dir).prepare("UPDATE audit_log SET labels = 'lab_value' WHERE seq = 2").run();
    const store = reopen(dir);
    expect(await store.verify()).toEqual({ ok: false, checked: 1, firstBroken: { seq: 2, reason: expect.stringMatching(/^malformed record: labels/) } });
    await expect(all(store.records())).rejects.toThrow(/record 2: column labels is not JSON/);
  });

  it('while the store is open, a truncated or consistently rewritten tail is caught against its head', async () => {
    const { dir, records } = await filled();
    const store = reopen(dir);
    const db = rawDb(dir);
    const forged = { ...records[N - 1]!, decision: 'allow' as const };
    expect(records[N - 1]!.decision).not.toBe('allow');
    forged.hash = recordHash(forged);
    db.prepare('UPDATE audit_log SET decision = ?, hash = ? WHERE seq = ?').run(forged.decision, forged.hash, N);
    expect(await store.verify()).toEqual({ ok: false, checked: N - 1, firstBroken: { seq: N, reason: expect.stringMatching(/^head mismatch/) } });
    db.prepare('DELETE FROM audit_log WHERE seq = ?').run(N);
    expect(await store.verify()).toEqual({ ok: false, checked: N - 1, firstBroken: { seq: N, reason: expect.stringMatching(/^truncated/) } });
  });
});
