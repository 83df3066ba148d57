// Fail closed: when nothing can be recorded, append throws AuditUnavailableError, healthy() says so, and
// the chain does not move. Failures are made deterministically (tests may run as root, where chmod does
// not stop writes): a closed store, a trigger that aborts every insert, and a lock held by another connection.
import { describe, expect, it } from 'vitest';
import { AuditUnavailableError, openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { closeLater, entry, rawDb, tempDir } from './helpers.ts';

function expectUnavailable(f: () => unknown, message?: RegExp): void {
  let caught: unknown;
  try {
    f();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(AuditUnavailableError);
  expect((caught as Error).name).toBe('AuditUnavailableError');
  if (message) expect((caught as Error).message).toMatch(message);
}

const count = (store: AuditStore): number => [...store.records()].length;

describe('unwritable audit store', () => {
  it('a closed store refuses appends and is not healthy', () => {
    const store = openSqliteAuditStore(tempDir());
    store.append(entry());
    expect(store.healthy()).toBe(true);
    store.close();
    expect(store.healthy()).toBe(false);
    expectUnavailable(() => store.append(entry()), /closed/);
    expectUnavailable(() => store.appendMany([entry()]), /closed/);
    expectUnavailable(() => store.verify());
    expectUnavailable(() => store.records());
    store.close(); // idempotent
  });

  it('a write the database refuses throws, leaves the chain where it was, and recovers when writes work again', () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    const before = store.append(entry());
    const db = rawDb(dir);
    db.exec(`CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'simulated I/O failure'); END`);

    expectUnavailable(() => store.append(entry()), /simulated I\/O failure/);
    expect(store.verify()).toEqual({ ok: true, checked: 1 }); // the head still points at record 1
    expectUnavailable(() => store.appendMany([entry(), entry()]), /simulated I\/O failure/);
    expect(store.verify()).toEqual({ ok: true, checked: 1 });
    expect(store.healthy()).toBe(false);
    expect(count(store)).toBe(1);

    db.exec('DROP TRIGGER refuse');
    expect(store.healthy()).toBe(true);
    const after = store.append(entry());
    expect(after).toMatchObject({ seq: 2, prevHash: before.hash }); // the failed appends did not advance the head
    expect(store.verify()).toEqual({ ok: true, checked: 2 });
  });

  it('appendMany is all or nothing when the database refuses one of the batch', () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    rawDb(dir).exec(`CREATE TRIGGER refuse_third BEFORE INSERT ON audit_log WHEN NEW.seq = 3 BEGIN SELECT RAISE(ABORT, 'refused'); END`);
    expectUnavailable(() => store.appendMany([entry(), entry(), entry()]), /refused/);
    expect(count(store)).toBe(0);
    expect(store.verify()).toEqual({ ok: true, checked: 0 });
    expect(store.appendMany([entry(), entry()]).map((r) => r.seq)).toEqual([1, 2]);
    expect(store.verify()).toEqual({ ok: true, checked: 2 });
  });

  it('a write lock held elsewhere makes appends fail after busy_timeout, not hang, and not advance the chain', () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir, { busyTimeoutMs: 20 }));
    const before = store.append(entry());
    const db = rawDb(dir);
    db.exec('BEGIN IMMEDIATE');
    expectUnavailable(() => store.append(entry()), /SQLITE_BUSY/);
    expectUnavailable(() => store.appendMany([entry()]), /SQLITE_BUSY/);
    expect(store.healthy()).toBe(false);
    db.exec('ROLLBACK');
    expect(store.healthy()).toBe(true);
    expect(store.append(entry())).toMatchObject({ seq: 2, prevHash: before.hash });
    expect(store.verify()).toEqual({ ok: true, checked: 2 });
  });

  it('healthy() commits a heartbeat and leaves no probe record behind', () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    store.append(entry());
    expect(store.healthy()).toBe(true);
    const at = rawDb(dir).prepare('SELECT checked_at FROM audit_health').pluck().get() as string;
    expect(Date.parse(at)).toBeGreaterThan(Date.now() - 60_000);
    expect(count(store)).toBe(1);
    expect(store.append(entry()).seq).toBe(2);
    expect(store.verify()).toEqual({ ok: true, checked: 2 });
  });

  it('a second writer on the same directory does not fork the chain', () => {
    const dir = tempDir();
    const a = closeLater(openSqliteAuditStore(dir));
    const b = closeLater(openSqliteAuditStore(dir));
    a.append(entry());
    b.append(entry()); // b's head is stale: seq 1 is taken, so it re-reads the head and retries
    a.appendMany([entry(), entry()]);
    expect(b.healthy()).toBe(true);
    const last = b.append(entry());
    expect(last.seq).toBe(5);
    expect([...a.records()].map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    // Each store's head is in the chain (a wrote 4, b wrote 5), so both verify the whole chain.
    expect(a.verify()).toEqual({ ok: true, checked: 5 });
    expect(b.verify()).toEqual({ ok: true, checked: 5 });
  });
});
