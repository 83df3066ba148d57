// Someone with access to the file edits the log directly; verify() must name the first place where it
// no longer holds. With the signing key beside the file (the default), a whole log rewritten and re-signed
// passes on its own: a head published before (kept off the host) is what catches it.
import { describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey, openSqliteAuditStore, prepareLeaf, type AuditRecord, type MerkleAuditStore, type SignedTreeHead } from '../../audit/index.ts';
import { LogWriter } from '../../audit/log.ts';
import { Frontier, leafHash } from '../../audit/merkle.ts';
import { batchOf, closeLater, entry, rawDb, tempDir } from './helpers.ts';

const N = 8;

/** A closed store with N records in three commits (1, 4 and 3 leaves); its directory, records and heads. */
async function filled(): Promise<{ dir: string; records: AuditRecord[]; heads: SignedTreeHead[] }> {
  const dir = tempDir();
  const store = openSqliteAuditStore(dir);
  const records = [await store.append(entry({ decision: 'deny' }))];
  records.push(...(await store.appendMany(Array.from({ length: 4 }, (_, i) => entry({ decision: i % 2 ? 'allow' : 'downgrade' })))));
  records.push(...(await store.appendMany(Array.from({ length: 3 }, () => entry({ decision: 'downgrade' })))));
  expect(await store.verify()).toMatchObject({ ok: true, checked: N, heads: 3 });
  const heads: SignedTreeHead[] = [];
  for await (const h of store.heads(records[0]!.log)) heads.push(h);
  await store.close();
  return { dir, records, heads };
}

/** Opened as `phigate audit verify` opens it: read-only (a writable open refuses a log whose hashes are missing). */
const reopen = (dir: string): MerkleAuditStore => closeLater(openSqliteAuditStore(dir, { readOnly: true }));
const leafOf = (dir: string, seq: number): string => rawDb(dir).prepare('SELECT leaf FROM audit_leaf WHERE seq = ?').pluck().get(seq) as string;

describe('tamper evidence', () => {
  it('a changed decision is a leaf hash mismatch at that record', async () => {
    const { dir } = await filled();
    const changed = leafOf(dir, 4).replace('"decision":"downgrade"', '"decision":"allow"');
    expect(changed).not.toBe(leafOf(dir, 4));
    rawDb(dir).prepare('UPDATE audit_leaf SET leaf = ? WHERE seq = 4').run(changed);
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, checked: 3, firstBroken: { seq: 4, reason: expect.stringMatching(/^leaf hash mismatch: .*altered/) } });
  });

  it('a changed record with its leaf hash recomputed breaks the root of the first signed head after it', async () => {
    const { dir } = await filled();
    const changed = leafOf(dir, 3).replace('"decision":"allow"', '"decision":"deny"');
    rawDb(dir).prepare('UPDATE audit_leaf SET leaf = ?, leaf_hash = ? WHERE seq = 3').run(changed, leafHash(changed));
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, checked: 5, firstBroken: { seq: 5, reason: expect.stringMatching(/^root mismatch: the signed head of size 5/) } });
  });

  it('a deleted record is a seq gap at the missing seq', async () => {
    const { dir } = await filled();
    expect(rawDb(dir).prepare('DELETE FROM audit_leaf WHERE seq = 5').run().changes).toBe(1);
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, checked: 4, firstBroken: { seq: 5, reason: expect.stringMatching(/^seq gap: leaf 5 missing.*deleted/) } });
  });

  it('two records swapped (with their hashes) break the root of the first head that covers them', async () => {
    const { dir } = await filled();
    const db = rawDb(dir);
    db.transaction(() => {
      db.prepare('UPDATE audit_leaf SET seq = -2 WHERE seq = 2').run();
      db.prepare('UPDATE audit_leaf SET seq = 2 WHERE seq = 7').run();
      db.prepare('UPDATE audit_leaf SET seq = 7 WHERE seq = -2').run();
    })();
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: expect.stringMatching(/^root mismatch/) } });
  });

  it('a leaf that is not a record (its hash recomputed) is a malformed leaf, not a crash', async () => {
    const { dir } = await filled();
    rawDb(dir).prepare('UPDATE audit_leaf SET leaf = ?, leaf_hash = ? WHERE seq = 2').run('lab_value', leafHash('lab_value'));
    const store = reopen(dir);
    expect(await store.verify()).toMatchObject({ ok: false, checked: 1, firstBroken: { seq: 2, reason: expect.stringMatching(/^malformed leaf: the leaf is not JSON/) } });
  });

  it('an altered head is caught by its signature', async () => {
    const { dir } = await filled();
    rawDb(dir).prepare("UPDATE audit_head SET time = '2026-01-01T00:00:00.000Z' WHERE size = 5").run();
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: expect.stringMatching(/^signed head: the signature of the tree head of size 5 does not verify/) } });
  });

  it('leaves added outside a commit (no signed head covers them) are reported', async () => {
    const { dir, records } = await filled();
    const forged = prepareLeaf(entry({ decision: 'allow' }));
    rawDb(dir).prepare('INSERT INTO audit_leaf (seq, decision_id, leaf, leaf_hash) VALUES (?, ?, ?, ?)').run(N + 1, forged.decisionId, forged.text, forged.hash);
    expect(records).toHaveLength(N);
    expect(await reopen(dir).verify()).toMatchObject({ ok: false, checked: N + 1, firstBroken: { seq: N + 1, reason: expect.stringMatching(/^unsigned leaves/) } });
  });

  it('a truncated log (leaves and heads deleted) passes alone, and fails against a head published before', async () => {
    const { dir, heads } = await filled();
    const db = rawDb(dir);
    db.prepare('DELETE FROM audit_leaf WHERE seq > 5').run();
    db.prepare('DELETE FROM audit_head WHERE size > 5').run();
    const store = reopen(dir);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 5 });
    expect(await store.verify({ published: [heads[2]!] })).toMatchObject({ ok: false, firstBroken: { seq: 6, reason: expect.stringMatching(/^truncated: a published head of size 8/) } });
    expect(await store.verify({ published: [heads[1]!] })).toMatchObject({ ok: true, published: 1 });
  });

  it('a log rewritten and re-signed with its own key passes alone, and fails against a head published before', async () => {
    const { dir, heads } = await filled();
    const db = rawDb(dir);
    const key = loadOrCreateSigningKey(dir); // the key beside the file: what an intruder on the host has
    const leaves = (db.prepare('SELECT leaf FROM audit_leaf ORDER BY seq').pluck().all() as string[]).map((text, i) => (i === 2 ? text.replace('"decision":"allow"', '"decision":"deny"') : text));
    db.exec('DELETE FROM audit_leaf; DELETE FROM audit_head; DELETE FROM audit_node;');
    const writer = new LogWriter(key, new Frontier());
    const plan = writer.plan([batchOf(leaves)]);
    leaves.forEach((text, i) => db.prepare('INSERT INTO audit_leaf (seq, decision_id, leaf, leaf_hash) VALUES (?, ?, ?, ?)').run(i + 1, (JSON.parse(text) as { decisionId: string }).decisionId, text, leafHash(text)));
    db.prepare('INSERT INTO audit_head (size, root, time, signature) VALUES (?, ?, ?, ?)').run(plan.head.size, plan.head.root, plan.head.time, plan.head.signature);
    const store = reopen(dir);
    expect(await store.verify()).toMatchObject({ ok: true, checked: N });
    expect(await store.verify({ published: [heads[1]!] })).toMatchObject({ ok: false, firstBroken: { seq: 5, reason: expect.stringMatching(/^rewritten: the published head of size 5/) } });
    // A head published by another log (another key) is refused, not compared.
    const other = tempDir();
    const otherStore = closeLater(openSqliteAuditStore(other));
    await otherStore.append(entry());
    const foreign = (await otherStore.logs())[0]!.head!;
    expect(await store.verify({ published: [foreign] })).toMatchObject({ ok: false, firstBroken: { reason: expect.stringMatching(/^published head: the tree head is of log/) } });
  });

  it('while the store is open, a tail deleted or rewritten behind its back is caught against the head it wrote', async () => {
    const { dir } = await filled();
    const store = closeLater(openSqliteAuditStore(dir));
    await store.append(entry());
    const db = rawDb(dir);
    db.prepare('DELETE FROM audit_leaf WHERE seq > 5').run();
    db.prepare('DELETE FROM audit_head WHERE size > 5').run();
    expect(await store.verify()).toMatchObject({ ok: false, firstBroken: { reason: expect.stringMatching(/^truncated: a published head of size 9/) } });
    expect(await reopen(dir).verify()).toMatchObject({ ok: true, checked: 5 }); // a fresh process cannot tell: publish heads
  });

  it('in a log of more than 256 leaves, a stored subtree changed or deleted is reported (proofs would not verify)', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    await store.appendMany(Array.from({ length: 300 }, () => entry()));
    expect(await store.verify()).toMatchObject({ ok: true, checked: 300 });
    expect(rawDb(dir).prepare('SELECT level, idx FROM audit_node').all()).toEqual([{ level: 8, idx: 0 }]);
    rawDb(dir).prepare('UPDATE audit_node SET hash = ? WHERE level = 8').run(Buffer.alloc(32));
    expect(await store.verify()).toMatchObject({ ok: false, firstBroken: { seq: 256, reason: expect.stringMatching(/^stored subtree mismatch: level 8, index 0/) } });
    rawDb(dir).prepare('DELETE FROM audit_node').run();
    expect(await store.verify()).toMatchObject({ ok: false, firstBroken: { seq: 256, reason: expect.stringMatching(/^stored subtree missing/) } });
  });
});
