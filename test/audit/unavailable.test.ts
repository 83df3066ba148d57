// Fail closed: when nothing can be recorded, append rejects with AuditUnavailableError, healthy() says so, and
// the log does not move. Failures are made deterministically (tests may run as root, where chmod does
// not stop writes): a closed store, a trigger that aborts every insert, and a lock held by another connection.
import { describe, expect, it } from 'vitest';
import { AuditUnavailableError, openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { all, closeLater, entry, rawDb, tempDir } from './helpers.ts';

async function expectUnavailable(pending: Promise<unknown>, message?: RegExp): Promise<void> {
  const caught = await pending.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(AuditUnavailableError);
  expect((caught as Error).name).toBe('AuditUnavailableError');
  if (message) expect((caught as Error).message).toMatch(message);
}

const count = async (store: AuditStore): Promise<number> => (await all(store.records())).length;

describe('unwritable audit store', () => {
  it('a closed store refuses appends and is not healthy', async () => {
    const store = openSqliteAuditStore(tempDir());
    await store.append(entry());
    expect(await store.healthy()).toBe(true);
    await store.close();
    expect(await store.healthy()).toBe(false);
    await expectUnavailable(store.append(entry()), /closed/);
    await expectUnavailable(store.appendMany([entry()]), /closed/);
    await expectUnavailable(store.verify());
    await expectUnavailable(all(store.records()));
    await store.close(); // idempotent
  });

  it('a closed store reports itself by promises only: healthy() resolves false, never rejects; writes reject', async () => {
    const store = openSqliteAuditStore(tempDir());
    await store.close();
    // Each call must hand back a promise: a synchronous throw fails the test on the call itself.
    const healthy = store.healthy();
    const writes = [store.append(entry()), store.appendMany([entry()])];
    expect([healthy, ...writes].every((p) => p instanceof Promise)).toBe(true);
    await expect(healthy).resolves.toBe(false);
    for (const w of writes) await expectUnavailable(w, /closed/);
  });

  it('a write the database refuses rejects, leaves the log where it was, and recovers when writes work again', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    const before = await store.append(entry());
    const db = rawDb(dir);
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON audit_leaf BEGIN SELECT RAISE(ABORT, 'simulated I/O failure'); END`);

    await expectUnavailable(store.append(entry()), /simulated I\/O failure/);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 1 }); // the head still points at record 1
    await expectUnavailable(store.appendMany([entry(), entry()]), /simulated I\/O failure/);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 1 });
    expect(await store.healthy()).toBe(false);
    expect(await count(store)).toBe(1);

    db.exec('DROP TRIGGER refuse');
    expect(await store.healthy()).toBe(true);
    const after = await store.append(entry());
    expect(after).toMatchObject({ seq: 2, log: before.log }); // the failed appends did not advance the log
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('appendMany is all or nothing when the database refuses one of the batch', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    rawDb(dir).exec(`CREATE TRIGGER refuse_third BEFORE INSERT ON audit_leaf WHEN NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    await expectUnavailable(store.appendMany([entry(), entry(), entry()]), /refused/);
    expect(await count(store)).toBe(0);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 0 });
    expect((await store.appendMany([entry(), entry()])).map((r) => r.seq)).toEqual([1, 2]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('a write lock held elsewhere makes appends fail after busy_timeout, not hang, and not advance the log', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir, { busyTimeoutMs: 20 }));
    const before = await store.append(entry());
    const db = rawDb(dir);
    db.exec('BEGIN IMMEDIATE');
    await expectUnavailable(store.append(entry()), /SQLITE_BUSY/);
    await expectUnavailable(store.appendMany([entry()]), /SQLITE_BUSY/);
    expect(await store.healthy()).toBe(false);
    db.exec('ROLLBACK');
    expect(await store.healthy()).toBe(true);
    expect(await store.append(entry())).toMatchObject({ seq: 2, log: before.log });
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('healthy() commits a heartbeat and leaves no probe record behind', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    await store.append(entry());
    expect(await store.healthy()).toBe(true);
    const at = rawDb(dir).prepare('SELECT checked_at FROM audit_health').pluck().get() as string;
    expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
    expect(await count(store)).toBe(1);
    expect((await store.append(entry())).seq).toBe(2);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('a second writer on the same directory does not fork the log', async () => {
    const dir = tempDir();
    const a = closeLater(openSqliteAuditStore(dir));
    const b = closeLater(openSqliteAuditStore(dir));
    await a.append(entry());
    await b.append(entry()); // b's head is stale: seq 1 is taken, so it re-reads the head and retries
    await a.appendMany([entry(), entry()]);
    expect(await b.healthy()).toBe(true);
    const last = await b.append(entry());
    expect(last.seq).toBe(5);
    expect((await all(a.records())).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    // Each store's last signed head is in the log (a wrote 4, b wrote 5), so both verify the whole log.
    expect(await a.verify()).toMatchObject({ ok: true, checked: 5 });
    expect(await b.verify()).toMatchObject({ ok: true, checked: 5 });
  });
});
