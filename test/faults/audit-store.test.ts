// The audit store under faults made for real: its files deleted or replaced while open, a write-ahead log
// that would grow without bound at saturation or behind a reader, a full disk, and a checkpointer whose
// checkpoints fail. Fail closed: a write that cannot be kept is refused, never resolved.
import Database from 'better-sqlite3';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_DB_FILE, AuditUnavailableError, openSqliteAuditStore, type AuditStatus, type AuditStore } from '../../audit/index.ts';
import { all, closeLater, entry, tempDir } from '../audit/helpers.ts';
import { eventually, smallDisk } from './helpers.ts';

const refusal = async (pending: Promise<unknown>): Promise<Error> => {
  const caught = await pending.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(caught).toBeInstanceOf(AuditUnavailableError);
  return caught as Error;
};
const statusOf = (store: AuditStore): AuditStatus => store.status!();
const walSize = (dir: string): number => statSync(join(dir, `${AUDIT_DB_FILE}-wal`), { throwIfNoEntry: false })?.size ?? 0;
const removeTrail = (dir: string): void => {
  for (const suffix of ['', '-wal', '-shm']) rmSync(join(dir, AUDIT_DB_FILE + suffix), { force: true });
};

describe('the trail deleted while the store is open', () => {
  it('refuses the write that went to the deleted file, then restores every record into a new file at the path and goes on with the same chain', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir, { backgroundCheckpoint: true }));
    const kept = await store.appendMany([entry(), entry(), entry()]);
    removeTrail(dir);

    // The commit itself succeeds (into the orphaned file), but the store sees the path name no file of its own.
    const err = await refusal(store.append(entry()));
    expect(err.message).toMatch(/deleted or replaced/);
    expect(statusOf(store)).toMatchObject({ writable: false, reason: expect.stringMatching(/deleted or replaced/) });
    await eventually(() => store.healthy());

    const next = await store.append(entry());
    expect(next.seq).toBe(5); // record 4 was committed to the orphaned file before the store noticed, and restored with it
    const records = await all(store.records());
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(records.slice(0, 3).map((r) => r.decisionId)).toEqual(kept.map((r) => r.decisionId));
    expect(await store.verify()).toMatchObject({ ok: true, checked: 5 });
    // The restored file is at the path, whole: a fresh reader sees the same chain.
    const reader = closeLater(openSqliteAuditStore(dir, { readOnly: true }));
    expect(await reader.verify()).toMatchObject({ ok: true, checked: 5 });
    expect(statusOf(store).checkpointer?.state).not.toBe('stopped');
  });

  it('restores the trail when the whole data directory was removed', async () => {
    const dir = tempDir('data');
    const store = closeLater(openSqliteAuditStore(dir));
    await store.append(entry());
    rmSync(dir, { recursive: true, force: true });
    await refusal(store.append(entry()));
    await eventually(() => store.healthy());
    expect((await store.append(entry())).seq).toBe(3);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 3 });
  });

  it('leaves alone a file someone else put at the path, and stays unavailable (never starts a new chain)', async () => {
    const dir = tempDir();
    const store = closeLater(openSqliteAuditStore(dir));
    await store.append(entry());
    removeTrail(dir);
    const other = new Database(join(dir, AUDIT_DB_FILE));
    other.exec('CREATE TABLE unrelated (x)');
    other.close();
    await refusal(store.append(entry()));
    expect(await store.healthy()).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 50)); // let the restore attempt run
    const err = await refusal(store.append(entry()));
    expect(err.message).toMatch(/another file is now at/);
    const tables = new Database(join(dir, AUDIT_DB_FILE), { readonly: true });
    expect(tables.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all()).toEqual(['unrelated']);
    tables.close();
  });
});

describe('the write-ahead log stays bounded', () => {
  it('at saturation, with the background checkpointer: never past walMaxBytes plus one transaction, and no write refused (a write waits for the checkpointer)', async () => {
    const dir = tempDir();
    const walCheckpointBytes = 256 * 1024;
    const walMaxBytes = 1024 * 1024;
    const store = closeLater(openSqliteAuditStore(dir, { backgroundCheckpoint: true, walCheckpointBytes, walMaxBytes, checkpointEveryMs: 20 }));
    await eventually(() => statusOf(store).checkpointer?.state === 'running');
    const batch = 50;
    let largest = 0;
    let transaction = 0; // the most one commit grew the WAL by
    let written = 0;
    let refused = 0;
    while (written < 10_000) {
      const before = walSize(dir);
      try {
        await store.appendMany(Array.from({ length: batch }, () => entry()));
        written += batch;
      } catch (err) {
        expect(err).toBeInstanceOf(AuditUnavailableError); // would be a 503, never a lost record
        refused++;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const after = walSize(dir);
      transaction = Math.max(transaction, after - before);
      largest = Math.max(largest, after);
    }
    // Past the bound by at most the one commit that was let in under it (50 records: well under 128 KiB of frames).
    expect(transaction).toBeLessThan(128 * 1024);
    expect(largest).toBeLessThanOrEqual(walMaxBytes + transaction);
    expect(written).toBeGreaterThan(0);
    expect(await store.verify()).toMatchObject({ ok: true, checked: written });
    // Back-to-back commits leave the checkpointer thread no gap to truncate in; the writer waits for it instead of refusing.
    expect(refused).toBe(0);
  });

  it('behind a reader that holds an old snapshot: writes are refused at the bound and resume when the reader is done', async () => {
    const dir = tempDir();
    const walMaxBytes = 512 * 1024;
    const store = closeLater(openSqliteAuditStore(dir, { walCheckpointBytes: 128 * 1024, walMaxBytes }));
    await store.append(entry());
    const reader = closeLater(new Database(join(dir, AUDIT_DB_FILE)));
    reader.exec('BEGIN');
    reader.prepare('SELECT count(*) FROM sqlite_master').get(); // holds its snapshot: no checkpoint can start the WAL over
    let refused: Error | undefined;
    for (let i = 0; i < 10_000 && !refused; i++) {
      try {
        await store.appendMany([entry(), entry(), entry(), entry()]);
      } catch (err) {
        refused = err as Error;
      }
    }
    expect(refused).toBeInstanceOf(AuditUnavailableError);
    expect(refused!.message).toMatch(/write-ahead log .* over its bound/);
    expect(statusOf(store)).toMatchObject({ writable: false });
    expect(walSize(dir)).toBeLessThanOrEqual(walMaxBytes + 64 * 1024);
    reader.exec('COMMIT');
    await eventually(async () => {
      try {
        await store.append(entry());
        return true;
      } catch {
        await new Promise((resolve) => setTimeout(resolve, 260)); // a refused write tries to shrink the WAL at most every 250 ms
        return false;
      }
    });
    expect(walSize(dir)).toBeLessThanOrEqual(walMaxBytes);
    expect(statusOf(store).writable).toBe(true);
    expect((await store.verify()).ok).toBe(true);
  });
});

describe('a full disk', () => {
  it('refuses writes while it is full; after space is freed, writes and the checkpointer thread recover on their own', async () => {
    const disk = smallDisk(4 * 1024 * 1024);
    const store = closeLater(openSqliteAuditStore(disk.dataDir, { backgroundCheckpoint: true, checkpointEveryMs: 20 }));
    await eventually(() => statusOf(store).checkpointer?.state === 'running');
    await store.append(entry());
    // A reader pins the WAL so that the next records stay in it, uncopied, until the disk is full.
    const file = join(disk.dataDir, AUDIT_DB_FILE);
    const raw = closeLater(new Database(file));
    raw.exec('BEGIN');
    raw.prepare('SELECT count(*) FROM sqlite_master').get();
    await store.appendMany(Array.from({ length: 400 }, () => entry()));
    const cap = (pragma: string): void => void raw.pragma(pragma);
    disk.fill(cap);
    raw.exec('COMMIT'); // now every checkpoint must grow the database file: on a full disk, it fails

    let failed: Error | undefined;
    for (let i = 0; i < 1000 && !failed; i++) {
      try {
        await store.appendMany(Array.from({ length: 50 }, () => entry()));
      } catch (err) {
        failed = err as Error;
      }
    }
    expect(failed).toBeInstanceOf(AuditUnavailableError);
    expect(failed!.message).toMatch(/SQLITE_FULL/);
    expect(await store.healthy()).toBe(false);
    if (disk.kind === 'tmpfs') {
      // The checkpointer's copies fail too; after several in a row it is ended and started again.
      await eventually(() => statusOf(store).checkpointer!.restarts >= 1);
      expect(statusOf(store).checkpointer!.lastError).toMatch(/SQLITE_FULL|disk/i);
    }

    disk.free(cap);
    const freedAt = new Date().toISOString();
    await eventually(() => store.healthy());
    const after = await store.append(entry());
    expect(await store.verify()).toMatchObject({ ok: true, checked: after.seq });
    await eventually(() => {
      const c = statusOf(store).checkpointer!;
      return c.state === 'running' && c.lastCheckpointAt !== undefined && c.lastCheckpointAt >= freedAt;
    });
    writeFileSync(join(disk.dataDir, 'probe'), 'the disk has room again');
  });
});
