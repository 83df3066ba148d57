// The SQLite audit store: one file `${dataDir}/audit.sqlite`, WAL journal, one row per decision: the
// Merkle log of log.ts (schema 2: leaves, stored subtrees, one signed tree head per commit; the tables
// are in sqlite-log.ts). A trail still in the chained format (schema 1) opens read-only for verify and
// export; `phigate audit migrate` moves it into the log.
//
// The AuditStore methods return promises, and a write's work is synchronous: better-sqlite3 commits
// within the call, so no other write can interleave with it. The one exception is the write lock: a
// write that finds it held by another connection (the checkpointer thread's TRUNCATE checkpoint, which
// holds it for a copy, an fsync and the truncation) does not wait in SQLite's busy handler, which sleeps
// on the event loop (1, 2, 5, 10, 15… ms: a few milliseconds of lock cost tens of milliseconds of
// stall); it tries again every millisecond from a timer, the writes made meanwhile queue behind it, and
// the first attempt that gets the lock commits them all, in order, in one transaction.
//
// Durability: WAL + synchronous=NORMAL (default) — a transaction is in the WAL file (the OS page cache)
// when `append` resolves, so it survives `kill -9` of this process; a power loss or OS crash can lose the
// last transactions before the next checkpoint (never corrupting the file). synchronous=FULL fsyncs the
// WAL on every commit and also survives power loss, at the cost of one fsync per append (milliseconds on
// most disks instead of microseconds). See README.md.
//
// Faults (see README.md, "Faults"): after every commit the store checks that the files it wrote are still
// the files at their path (device and inode of the database and of its WAL), so a trail deleted or
// replaced while open is noticed by the very write that went to the orphaned file, which is refused. The
// store then restores the trail from its still-open handle (SQLite's backup API) into a new file at the
// same path and goes on with the same log; it never starts a new log by itself. The WAL is kept under
// a bound (the checkpointer truncates it past `walCheckpointBytes`; past `walMaxBytes` a write checkpoints
// it first and is refused if it cannot), and the checkpointer thread is restarted when it ends or keeps failing.
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { join } from 'node:path';
import { leafBatch, leafCount, leafHashHex, legacyLeafText, parseLeaf, type LeafBatch } from './leaf.ts';
import { loadOrCreateSigningKey, type SignedTreeHead, type SigningKey } from './heads.ts';
import { LogWriter, consistencyPath, consistencyProof, inclusionPath, inclusionProof, verifyLog, type ConsistencyProof, type InclusionProof, type LogInfo, type MerkleAuditStore } from './log.ts';
import { leafHash, type Frontier } from './merkle.ts';
import type { ChainedRecord } from './chain.ts';
import {
  MERKLE_SCHEMA,
  MERKLE_SCHEMA_VERSION,
  bindLogKey,
  findLeaf,
  headOfSize,
  latestHead,
  leafRecords,
  legacyCount,
  legacyRecords,
  logSource,
  prepareLogTables,
  storedFrontier,
  treeSource,
  verifyLegacy,
  type LogTables,
} from './sqlite-log.ts';
import { backoffMs, Checkpointer, CHECKPOINT_EVERY_MS, errorText, fileId, sameFile, type CheckpointSettings, type FileId } from './supervision.ts';
import {
  AuditUnavailableError,
  copyEntry,
  recordOf,
  validateEntry,
  type AuditEntry,
  type AuditRecord,
  type AuditStatus,
  type VerifyResult,
} from './store.ts';

export const AUDIT_DB_FILE = 'audit.sqlite';
const SCHEMA_VERSION = MERKLE_SCHEMA_VERSION;
/** The chained format: read (verify, export) but not written; `phigate audit migrate` moves it into the log. */
const CHAINED_SCHEMA_VERSION = 1;
/** Rows read per query by records() and verify(). */
const PAGE = 512;

export interface SqliteAuditStoreOptions {
  /** 'normal' (default): survives process kill. 'full': also survives power loss; one fsync per commit. */
  synchronous?: 'normal' | 'full';
  /**
   * How long a write waits for a lock held by another connection before failing (busy_timeout).
   * Appends do their work synchronously, so this blocks the event loop: keep it short. Default 1000 ms.
   */
  busyTimeoutMs?: number;
  /**
   * Copy the WAL into the database file from a thread of its own (checkpointer.cjs) instead of in the
   * append that happens to fill it: such a checkpoint writes and fsyncs for milliseconds, stalling every
   * request behind it. For long-running writers (the server); default false.
   */
  backgroundCheckpoint?: boolean;
  /**
   * WAL size past which the background checkpointer runs a TRUNCATE checkpoint (waits for the writer
   * between two transactions, copies the rest and empties the WAL) instead of a PASSIVE one, which under a
   * steady stream of writes copies the WAL but never lets it start over. Also SQLite's journal_size_limit.
   * Default 16 MiB.
   */
  walCheckpointBytes?: number;
  /**
   * The bound of the WAL: a write that finds it larger first checkpoints it itself (blocking, without
   * waiting for locks) and, if it is still larger (a reader holds an old snapshot, the checkpointer cannot
   * keep up), is refused with AuditUnavailableError (503) until it is not. The WAL never grows past this
   * plus one transaction. Default 4 × walCheckpointBytes.
   */
  walMaxBytes?: number;
  /**
   * Open an existing trail for reading only (`phigate audit verify` and `export`): nothing is created or
   * written, writes reject, and a missing file or table is an error instead of a new, empty trail. On a
   * read-only directory, where SQLite cannot create the WAL index beside a WAL-mode database, the files
   * are copied to a temporary directory (removed at close) and read there.
   */
  readOnly?: boolean;
  /** How often the background checkpointer runs, in ms (default 200). */
  checkpointEveryMs?: number;
  /**
   * The key that signs this log's tree heads (loadOrCreateSigningKey / loadSigningKey). Default: the key in
   * the data directory, made on first use. A log is signed by one key: another key is refused.
   */
  signingKey?: SigningKey;
}

const SCHEMA = `
${MERKLE_SCHEMA}
-- One row that healthy() rewrites to prove a commit goes through.
CREATE TABLE IF NOT EXISTS audit_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL) STRICT;
INSERT OR IGNORE INTO audit_health (id, checked_at) VALUES (1, '');
`;

/** The log's size and root (hex), and the edge of its tree: read at open, advanced only after a commit. */
type Head = { seq: number; hash: string; frontier: Frontier };
type ProbeRow = [number, string, string, Buffer];


/** A record of a chained trail (schema 1), as records() yields it: its would-be leaf's hash, its chain fields. */
function chainedAsRecord(r: ChainedRecord): AuditRecord {
  const { prevHash, hash, ...entry } = r;
  return { ...entry, log: 'chained', leafHash: leafHash(legacyLeafText(r)).toString('hex'), chain: { prevHash, hash } };
}

const isSeqConflict = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
const PROBE_ROLLBACK = Symbol('probe rollback');
const MIB = 1024 * 1024;
const megabytes = (bytes: number): string => `${(bytes / MIB).toFixed(1)} MiB`;
/** How long a write waits for the checkpointer thread once the WAL is over its bound, and how often it looks. */
const WAL_WAIT_MS = 1000;
const WAL_POLL_MS = 5;
/** How often a write whose lock is held by another connection tries again (up to busyTimeoutMs in all). */
const LOCK_POLL_MS = 1;
const isBusy = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 'SQLITE_BUSY';
/** A write found the write lock held: nothing was written (see commitLeaves). */
const LOCK_HELD = Symbol('write lock held');

/** A write waiting for the write lock, with the writes queued behind it. */
interface LockWaiter {
  leaves: readonly LeafBatch[];
  /** The entries of the leaves (append, appendMany: one batch), to resolve to their records. */
  entries: AuditEntry[] | undefined;
  resolve: (done: { records: AuditRecord[]; first: number }) => void;
  reject: (err: unknown) => void;
}

/** One open connection and the statements prepared on it. */
interface Connection {
  db: Database.Database;
  /** A trail in the chained format (schema 1), opened read-only: no log tables. */
  chained?: boolean;
  /** The log's tables and statements (not on a chained trail). */
  log?: LogTables;
  /** The log's id (audit_meta). */
  logId?: string;
  commit?: Database.Transaction<(plan: Parameters<LogTables['commit']>[0]) => void>;
  /** The busy timeout to restore after a commit that does not wait for the write lock (writable connections). */
  busyTimeoutMs?: number;
  probe?: Database.Transaction<(at: string, row: ProbeRow) => void>;
  /** The database file and its WAL as they were when opened (writable connections). */
  files?: { db: FileId; wal: FileId };
  /** A copy made to read a trail on a read-only directory: removed at close. */
  copyDir?: string;
}

interface Settings extends CheckpointSettings {
  walMaxBytes: number;
}

function prepare(db: Database.Database): Omit<Connection, 'db' | 'files' | 'copyDir'> {
  const log = prepareLogTables(db);
  const probeLeaf = db.prepare<ProbeRow>('INSERT INTO audit_leaf (seq, decision_id, leaf, leaf_hash) VALUES (?, ?, ?, ?)');
  const heartbeat = db.prepare<[string]>('UPDATE audit_health SET checked_at = ? WHERE id = 1');
  // Exercise the append path (locks, constraints, triggers) in a savepoint that is rolled back, then
  // commit a heartbeat so the write really reaches the WAL.
  const probeInsert = db.transaction((row: ProbeRow) => {
    probeLeaf.run(...row);
    throw PROBE_ROLLBACK;
  });
  const logId = log.meta.get('log');
  return {
    log,
    ...(logId !== undefined ? { logId } : {}),
    commit: db.transaction((plan) => log.commit(plan)),
    probe: db.transaction((at: string, row: ProbeRow) => {
      try {
        probeInsert(row);
      } catch (err) {
        if (err !== PROBE_ROLLBACK) throw err;
      }
      heartbeat.run(at);
    }),
  };
}

/** Opens (creating if needed) the trail at `file` for writing. */
function connectWritable(dataDir: string, file: string, o: Settings, key: SigningKey): Connection {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600)); // a new file gets 0600; SQLite gives its -wal/-shm files the same mode
  const db = new Database(file, { timeout: o.busyTimeoutMs });
  try {
    db.pragma(`busy_timeout = ${o.busyTimeoutMs}`);
    const mode = db.pragma('journal_mode = WAL', { simple: true });
    if (mode !== 'wal') throw new Error(`audit store: could not enable WAL journal mode (got ${String(mode)})`);
    db.pragma(`synchronous = ${o.synchronous.toUpperCase()}`);
    db.pragma(`journal_size_limit = ${o.walCheckpointBytes}`);
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) throw new Error(`audit store: schema version ${version} is newer than this engine (${SCHEMA_VERSION})`);
    if (version < SCHEMA_VERSION && legacyCount(db) > 0) {
      throw new Error(`audit store: ${file} is in the chained format (schema ${CHAINED_SCHEMA_VERSION}) with ${legacyCount(db)} records; run \`phigate audit migrate\` to move them into the Merkle log (the chain is kept and stays verifiable)`);
    }
    db.transaction(() => {
      db.exec(SCHEMA);
      db.pragma(`user_version = ${SCHEMA_VERSION}`);
      bindLogKey(prepareLogTables(db), key);
    }).immediate();
    // Both files exist now (the transaction above wrote the WAL). Recorded after opening: a file that
    // changed in between is caught by the first write, whose check finds the path naming another file.
    const files = { db: fileId(file), wal: fileId(`${file}-wal`) };
    if (!files.db || !files.wal) throw new Error('audit store: the database or its WAL vanished while opening');
    return { db, ...prepare(db), files: { db: files.db, wal: files.wal }, busyTimeoutMs: o.busyTimeoutMs };
  } catch (err) {
    db.close();
    throw err;
  }
}

/** Opens an existing trail for reading: never creates a file, a table or a trail. */
function connectReadOnly(dataDir: string, file: string, o: Settings): Connection {
  if (!existsSync(file)) throw new AuditUnavailableError(`no audit trail at ${file}`);
  let db: Database.Database;
  let copyDir: string | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: o.busyTimeoutMs });
    db.pragma('user_version', { simple: true }); // the first read opens the WAL index: fails here on a read-only directory
  } catch (err) {
    if ((err as { code?: string }).code !== 'SQLITE_CANTOPEN') throw new AuditUnavailableError(`cannot read the audit trail at ${file}: ${errorText(err)}`, { cause: err });
    // A WAL-mode database needs its -shm index, which SQLite cannot create on a read-only directory.
    // Nothing can write there, so a copy is the same trail.
    copyDir = mkdtempSync(join(tmpdir(), 'phigate-audit-read-'));
    try {
      for (const suffix of ['', '-wal']) if (existsSync(file + suffix)) copyFileSync(file + suffix, join(copyDir, AUDIT_DB_FILE + suffix));
      db = new Database(join(copyDir, AUDIT_DB_FILE), { readonly: true, fileMustExist: true });
      db.pragma('user_version', { simple: true });
    } catch (copyErr) {
      rmSync(copyDir, { recursive: true, force: true });
      throw new AuditUnavailableError(`cannot read the audit trail at ${file} (read-only directory): ${errorText(copyErr)}`, { cause: copyErr });
    }
  }
  try {
    const tables = new Set(db.prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all());
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === CHAINED_SCHEMA_VERSION) {
      if (!tables.has('audit_log')) throw new AuditUnavailableError(`the audit trail at ${file} has no audit_log table: it was removed, or this is not an audit trail`);
      return { db, chained: true, ...(copyDir ? { copyDir } : {}) };
    }
    const missing = ['audit_leaf', 'audit_node', 'audit_head', 'audit_meta', 'audit_health'].filter((t) => !tables.has(t));
    if (missing.length > 0) throw new AuditUnavailableError(`the audit trail at ${file} has no ${missing.join(' or ')} table: it was removed, or this is not an audit trail`);
    if (version !== SCHEMA_VERSION) throw new AuditUnavailableError(`the audit trail at ${file} has schema version ${version}; this engine reads versions ${CHAINED_SCHEMA_VERSION} and ${SCHEMA_VERSION}`);
    return { db, ...prepare(db), ...(copyDir ? { copyDir } : {}) };
  } catch (err) {
    db.close();
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
    throw err;
  }
}

function closeConnection(c: Connection): void {
  if (c.db.open) c.db.close();
  if (c.copyDir) rmSync(c.copyDir, { recursive: true, force: true });
}

/** The first chained record (audit_log, kept by a migration) that is no longer the leaf at its seq. */
function migratedRecordChanged(conn: Connection): { seq: number; reason: string } | undefined {
  for (const r of legacyRecords(conn.db)) {
    const leaf = conn.log!.leafPage.get(r.seq - 1, 1);
    if (!leaf || leaf.seq !== r.seq || leaf.leaf !== legacyLeafText(r)) {
      return { seq: r.seq, reason: `migrated record changed: audit_log record ${r.seq} is no longer the leaf it was migrated into; the chained table was altered` };
    }
  }
  return undefined;
}

class SqliteAuditStore implements MerkleAuditStore {
  private readonly file: string;
  private readonly settings: Settings;
  private readonly readOnly: boolean;
  private conn: Connection | undefined;
  private closed = false;
  /** Size and root of the log, and its tree's edge: read at open, advanced only after a commit. */
  private head: Head;
  /** The signing key (writable stores). */
  private readonly key: SigningKey | undefined;
  /** The latest signed head this store committed or read at open: verify() checks the log still holds it. */
  private signedHead: SignedTreeHead | undefined;
  /** A write failed: re-read the head from the database before the next one (and report it until one works). */
  private stale = false;
  private lastFailure: string | undefined;
  /** Why the store cannot record until it recovers (its file was deleted or replaced). */
  private fault: string | undefined;
  private recovering: Promise<void> | undefined;
  private recoveryFailures = 0;
  private nextRecoveryAt = 0;
  /** WAL size after the last write (or check), and when a write last tried to shrink it. */
  private walBytes = 0;
  private walRefusal: string | undefined;
  private lastRelief = 0;
  private readonly checkpointer: Checkpointer | undefined;
  /** Writes waiting for the write lock, first the one that found it held; undefined when none waits. */
  private lockWaiters: LockWaiter[] | undefined;

  constructor(
    readonly dataDir: string,
    options: SqliteAuditStoreOptions,
  ) {
    const synchronous = options.synchronous ?? 'normal';
    if (synchronous !== 'normal' && synchronous !== 'full') throw new TypeError(`synchronous must be 'normal' or 'full'`);
    const busyTimeoutMs = options.busyTimeoutMs ?? 1000;
    if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new TypeError('busyTimeoutMs must be a non-negative integer');
    const walCheckpointBytes = options.walCheckpointBytes ?? 16 * MIB;
    const walMaxBytes = options.walMaxBytes ?? 4 * walCheckpointBytes;
    if (!Number.isInteger(walCheckpointBytes) || walCheckpointBytes <= 0) throw new TypeError('walCheckpointBytes must be a positive integer');
    if (!Number.isInteger(walMaxBytes) || walMaxBytes < walCheckpointBytes) throw new TypeError('walMaxBytes must be an integer no smaller than walCheckpointBytes');
    const checkpointEveryMs = options.checkpointEveryMs ?? CHECKPOINT_EVERY_MS;
    this.settings = { synchronous, busyTimeoutMs, walCheckpointBytes, walMaxBytes, checkpointEveryMs };
    this.readOnly = options.readOnly === true;
    this.file = join(dataDir, AUDIT_DB_FILE);
    this.key = this.readOnly ? undefined : (options.signingKey ?? loadOrCreateSigningKey(dataDir));
    const conn = this.readOnly ? connectReadOnly(dataDir, this.file, this.settings) : connectWritable(dataDir, this.file, this.settings, this.key!);
    this.conn = conn;
    try {
      this.head = this.readHead(conn);
      this.signedHead = conn.log && conn.logId ? latestHead(conn.log, conn.logId) : undefined;
    } catch (err) {
      closeConnection(conn);
      throw err;
    }
    if (options.backgroundCheckpoint && !this.readOnly) {
      this.checkpointer = new Checkpointer(this.file, this.settings, (automatic) => {
        // The store checkpoints as SQLite does by default whenever the thread is not running.
        if (this.conn?.db.open) this.conn.db.pragma(`wal_autocheckpoint = ${automatic ? 1000 : 0}`);
      });
      this.checkpointer.start(conn.files!.db);
    }
  }

  private readHead(conn: Connection): Head {
    // A chained trail, or a store that only reads: never written, so the tree's edge is not needed (and a
    // damaged log still opens, to be verified).
    if (!conn.log || this.readOnly) return { seq: 0, hash: '', frontier: undefined as unknown as Frontier };
    const frontier = storedFrontier(conn.log);
    return { seq: frontier.size, hash: frontier.root().toString('hex'), frontier };
  }

  /** The connection to write on, or why there is none. */
  private writable(): Connection {
    const conn = this.conn;
    if (this.closed || !conn?.db.open) throw new AuditUnavailableError('audit store is closed');
    if (this.readOnly) throw new AuditUnavailableError('audit store is open read-only');
    if (this.fault !== undefined) {
      this.recover();
      throw new AuditUnavailableError(`audit store cannot record decisions: ${this.fault}`);
    }
    if (this.walBytes > this.settings.walMaxBytes) this.relieveWal(conn);
    return conn;
  }

  /**
   * The files the connection writes must still be the files at their path. Run after each commit: a
   * write that went to a deleted or replaced file is refused, so its decision is never answered.
   */
  private checkFiles(conn: Connection): void {
    const files = conn.files!;
    const wal = statSync(`${this.file}-wal`, { throwIfNoEntry: false });
    if (sameFile(fileId(this.file), files.db) && wal && sameFile({ dev: wal.dev, ino: wal.ino }, files.wal)) {
      this.walBytes = wal.size;
      return;
    }
    this.fault = `the audit database ${AUDIT_DB_FILE} (or its WAL) was deleted or replaced while open; restoring the trail from the open file`;
    this.recover();
    throw new AuditUnavailableError(`audit store cannot record decisions: ${this.fault}`);
  }

  /** The WAL is over its bound: checkpoint it now without waiting for locks, at most every 250 ms; refuse the write if it stays over. */
  private relieveWal(conn: Connection): void {
    const now = Date.now();
    if (now - this.lastRelief >= 250) {
      this.lastRelief = now;
      try {
        conn.db.pragma('busy_timeout = 0');
        conn.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // busy or failing: judged by the size below
      } finally {
        conn.db.pragma(`busy_timeout = ${this.settings.busyTimeoutMs}`);
      }
      this.walBytes = statSync(`${this.file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
    }
    if (this.walBytes <= this.settings.walMaxBytes) {
      this.walRefusal = undefined;
      return;
    }
    this.walRefusal = `the write-ahead log is ${megabytes(this.walBytes)}, over its bound of ${megabytes(this.settings.walMaxBytes)}, and cannot be checkpointed yet (a reader holds an old snapshot, or the disk is slow)`;
    throw new AuditUnavailableError(`audit store cannot record decisions: ${this.walRefusal}`);
  }

  /**
   * Runs a write built from the current head. Any failure becomes AuditUnavailableError and leaves the
   * head untouched. A seq conflict means another connection appended: re-read the head and retry once,
   * so the chain stays linear instead of forking.
   */
  private write<T>(op: (conn: Connection, head: Head) => { result: T; head: Head }, lockHeld?: () => T): T {
    const conn = this.writable();
    try {
      if (this.stale) {
        this.head = this.readHead(conn);
        this.stale = false;
      }
      let done: { result: T; head: Head };
      try {
        done = op(conn, this.head);
      } catch (err) {
        if (!isSeqConflict(err)) throw err;
        this.head = this.readHead(conn);
        done = op(conn, this.head);
      }
      this.head = done.head; // committed, in whichever file the connection holds
      this.checkFiles(conn);
      return done.result;
    } catch (err) {
      // The write lock is held by another connection: nothing was written, the head is as it was.
      if (err === LOCK_HELD && lockHeld) return lockHeld();
      this.stale = true;
      this.lastFailure = err instanceof AuditUnavailableError ? err.message : `audit store cannot record decisions: ${errorText(err)}`;
      if (err instanceof AuditUnavailableError) throw err;
      throw new AuditUnavailableError(this.lastFailure, { cause: err });
    }
  }

  // async: a bad entry (validateEntry) or a failed write rejects instead of throwing at the caller.
  async append(entry: AuditEntry): Promise<AuditRecord> {
    validateEntry(entry);
    return (await this.commitWhenRoom([leafBatch([entry])], [entry])).records[0]!;
  }

  async appendMany(entries: AuditEntry[]): Promise<AuditRecord[]> {
    if (!Array.isArray(entries)) throw new TypeError('appendMany: expected an array of entries');
    entries.forEach(validateEntry);
    if (entries.length === 0) return [];
    return (await this.commitWhenRoom([leafBatch(entries)], entries)).records;
  }

  async appendPrepared(leaves: readonly LeafBatch[]): Promise<{ log: string; first: number }> {
    if (leafCount(leaves) === 0) return { log: this.key?.log ?? '', first: 0 };
    return { log: this.key!.log, first: (await this.commitWhenRoom(leaves, undefined)).first };
  }

  /**
   * Back-pressure. Commits at once (in the caller's turn) unless the WAL is over its bound while the
   * checkpointer thread runs: then waits, without the write lock and without blocking the event loop,
   * for the thread to truncate it (up to WAL_WAIT_MS; past that writable() refuses). Under back-to-back
   * commits the thread's TRUNCATE otherwise never finds the writer between two transactions, and every
   * write was refused. A write that finds the write lock held, or writes already waiting for it, waits
   * for it too (waitForLock). The entries are copied before waiting: the caller may change them meanwhile.
   */
  private async commitWhenRoom(leaves: readonly LeafBatch[], entries: AuditEntry[] | undefined): Promise<{ records: AuditRecord[]; first: number }> {
    if (this.lockWaiters) return this.waitForLock(leaves, entries?.map(copyEntry));
    if (this.walBytes <= this.settings.walMaxBytes || this.checkpointer === undefined) return this.commitLeaves(leaves, entries);
    const copies = entries?.map(copyEntry);
    for (const until = Date.now() + WAL_WAIT_MS; Date.now() < until; ) {
      await sleep(WAL_POLL_MS);
      this.walBytes = statSync(`${this.file}-wal`, { throwIfNoEntry: false })?.size ?? 0;
      if (this.walBytes <= this.settings.walMaxBytes) break;
    }
    if (this.lockWaiters) return this.waitForLock(leaves, copies);
    return this.commitLeaves(leaves, copies);
  }

  /**
   * One commit: the leaves, the subtrees they complete and one signed head, in one IMMEDIATE transaction.
   * It does not wait for the write lock (busy timeout 0 for the BEGIN): when another connection holds it,
   * the write waits for it from a timer instead (waitForLock), with the event loop free.
   */
  private commitLeaves(leaves: readonly LeafBatch[], entries: AuditEntry[] | undefined): Promise<{ records: AuditRecord[]; first: number }> | { records: AuditRecord[]; first: number } {
    return this.write<Promise<{ records: AuditRecord[]; first: number }> | { records: AuditRecord[]; first: number }>(
      (conn, head) => {
        const done = this.commitNow(conn, head, leaves);
        return { result: { records: entries ? this.recordsOf(entries, leaves, done.first) : [], first: done.first }, head: done.head };
      },
      () => this.waitForLock(leaves, entries?.map(copyEntry)),
    );
  }

  /** Commits `leaves` now, or throws LOCK_HELD (nothing written) when another connection holds the write lock. */
  private commitNow(conn: Connection, head: Head, leaves: readonly LeafBatch[]): { first: number; head: Head } {
    const plan = new LogWriter(this.key!, head.frontier).plan(leaves);
    conn.db.exec('PRAGMA busy_timeout = 0');
    try {
      conn.commit!.immediate(plan);
    } catch (err) {
      if (isBusy(err)) throw LOCK_HELD;
      throw err;
    } finally {
      conn.db.exec(`PRAGMA busy_timeout = ${conn.busyTimeoutMs ?? this.settings.busyTimeoutMs}`);
    }
    this.signedHead = plan.head;
    return { first: plan.first + 1, head: { seq: plan.head.size, hash: plan.head.root, frontier: plan.frontier } };
  }

  /** The records of `entries`, the leaves of the one batch in `leaves`, from seq `first`. */
  private recordsOf(entries: AuditEntry[], leaves: readonly LeafBatch[], first: number): AuditRecord[] {
    const log = this.key!.log;
    return entries.map((e, i) => recordOf(e, log, first + i, leafHashHex(leaves[0]!, i)));
  }

  /**
   * Queues a write behind the write lock: the first waiter tries every LOCK_POLL_MS, for every write
   * queued by then, in one transaction, and gives up after busyTimeoutMs (as SQLite's busy timeout would:
   * every queued write is refused with AuditUnavailableError).
   */
  private waitForLock(leaves: readonly LeafBatch[], entries: AuditEntry[] | undefined): Promise<{ records: AuditRecord[]; first: number }> {
    return new Promise((resolve, reject) => {
      const first = this.lockWaiters === undefined;
      (this.lockWaiters ??= []).push({ leaves, entries, resolve, reject });
      if (first) void this.retryForLock(Date.now() + this.settings.busyTimeoutMs);
    });
  }

  private async retryForLock(until: number): Promise<void> {
    for (;;) {
      await sleep(LOCK_POLL_MS);
      const group = this.lockWaiters!;
      const leaves = group.flatMap((w) => w.leaves);
      let first: number | undefined;
      try {
        first = this.write<number | undefined>(
          (conn, head) => {
            const done = this.commitNow(conn, head, leaves);
            return { result: done.first, head: done.head };
          },
          () => {
            if (Date.now() < until) return undefined;
            this.stale = true;
            this.lastFailure = `audit store cannot record decisions: SQLITE_BUSY: the write lock was held by another connection for over ${this.settings.busyTimeoutMs} ms`;
            throw new AuditUnavailableError(this.lastFailure);
          },
        );
      } catch (err) {
        this.lockWaiters = undefined;
        for (const w of group) w.reject(err);
        return;
      }
      if (first === undefined) continue; // still held: the writes queued meanwhile join the next attempt
      this.lockWaiters = undefined;
      let seq = first;
      for (const w of group) {
        w.resolve({ records: w.entries ? this.recordsOf(w.entries, w.leaves, seq) : [], first: seq });
        seq += leafCount(w.leaves);
      }
      return;
    }
  }

  private reading(): Connection {
    const conn = this.conn;
    if (this.closed || !conn?.db.open) throw new AuditUnavailableError('audit store is closed');
    return conn;
  }

  /** Records in seq order, a page per query: no cursor stays open between pages, so appends can interleave. */
  private *rows(): Generator<AuditRecord> {
    const conn = this.reading();
    if (conn.chained) {
      for (const r of legacyRecords(conn.db)) yield chainedAsRecord(r);
      return;
    }
    yield* leafRecords(conn.log!, conn.logId!);
  }

  records(options: { since?: string } = {}): AsyncIterable<AuditRecord> {
    return { [Symbol.asyncIterator]: () => this.recordsSince(options.since) };
  }

  /** records(): checks its arguments on the first step of the iteration, so a failure is a rejection. */
  private async *recordsSince(since: string | undefined): AsyncGenerator<AuditRecord> {
    this.reading();
    if (since === undefined) {
      yield* this.rows();
      return;
    }
    const sinceMs = Date.parse(since);
    if (Number.isNaN(sinceMs)) throw new RangeError(`records: since must be an ISO 8601 time, got ${JSON.stringify(since)}`);
    // Decision times are compared as instants (zones may differ), in JS: exports are rare, and an index
    // would cost every append a second page write.
    for (const r of this.rows()) if (Date.parse(r.time) >= sinceMs) yield r;
  }

  /**
   * Replays the log (verifyLog): every leaf, stored subtree and signed head, and every `published` head
   * (kept elsewhere) must be in it. The latest head this store wrote is checked too, so a tail deleted or
   * rewritten while it is open is caught even without a published head. A chained trail is verified as a chain.
   */
  async verify(options: { published?: readonly SignedTreeHead[] } = {}): Promise<VerifyResult> {
    const conn = this.reading();
    if (conn.chained) return { ...verifyLegacy(conn.db), format: 'chained' };
    const own = this.signedHead ? [this.signedHead] : [];
    const r = await verifyLog(logSource(conn.log!), [...(options.published ?? []), ...own]);
    if (r.ok) {
      // A migrated trail keeps its chained records: each must still be the leaf it was migrated into.
      const changed = migratedRecordChanged(conn);
      if (changed) return { ok: false, checked: changed.seq - 1, heads: r.heads, published: 0, format: 'merkle', firstBroken: { ...changed, log: r.log } };
    }
    return {
      ok: r.ok,
      checked: r.checked,
      heads: r.heads,
      published: Math.max(0, r.published - own.length),
      format: 'merkle',
      ...(r.firstBroken ? { firstBroken: { ...r.firstBroken, log: r.log } } : {}),
    };
  }

  private tables(): { log: LogTables; logId: string } {
    const conn = this.reading();
    if (conn.chained) throw new AuditUnavailableError('this audit trail is in the chained format (schema 1): run `phigate audit migrate` first');
    return { log: conn.log!, logId: conn.logId! };
  }

  async logs(): Promise<LogInfo[]> {
    const { log, logId } = this.tables();
    return [{ log: logId, publicKeyPem: log.meta.get('public_key')!, head: latestHead(log, logId) }];
  }

  async *heads(log: string): AsyncGenerator<SignedTreeHead> {
    const t = this.tables();
    if (log !== t.logId) return;
    yield* logSource(t.log).heads();
  }

  async proveDecision(decisionId: string, options: { size?: number } = {}): Promise<InclusionProof | undefined> {
    const { log, logId } = this.tables();
    const found = findLeaf(log, logId, decisionId, options.size);
    if (!found) return undefined;
    if (!found.head) throw new RangeError(options.size === undefined ? 'the log has no signed head' : `the log has no signed head of size ${options.size}`);
    if (found.index >= found.head.size) throw new RangeError(`decision ${decisionId} is leaf ${found.index}, after the head of size ${found.head.size}`);
    return inclusionProof(found.leaf, found.index, await inclusionPath(treeSource(log), found.index, found.head.size), found.head);
  }

  async proveConsistency(logIdWanted: string, from: number, to?: number): Promise<ConsistencyProof> {
    const { log, logId } = this.tables();
    if (logIdWanted !== logId) throw new RangeError(`this store holds log ${logId}, not ${logIdWanted}`);
    const a = headOfSize(log, logId, from);
    const b = to === undefined ? latestHead(log, logId) : headOfSize(log, logId, to);
    if (!a || !b) throw new RangeError(`the log has no signed head of size ${!a ? from : to}`);
    return consistencyProof(a, b, await consistencyPath(treeSource(log), a.size, b.size));
  }

  async healthy(): Promise<boolean> {
    try {
      const conn = this.writable();
      if (this.stale) {
        this.head = this.readHead(conn);
        this.stale = false;
      }
      const probeRow = (head: Head): ProbeRow => [head.seq + 1, 'probe', 'probe', Buffer.alloc(32)];
      try {
        conn.probe!.immediate(new Date().toISOString(), probeRow(this.head));
      } catch (err) {
        if (!isSeqConflict(err)) throw err;
        this.head = this.readHead(conn);
        conn.probe!.immediate(new Date().toISOString(), probeRow(this.head));
      }
      this.checkFiles(conn);
      return true;
    } catch (err) {
      this.stale = true;
      this.lastFailure = err instanceof AuditUnavailableError ? err.message : `audit store cannot record decisions: ${errorText(err)}`;
      return false;
    }
  }

  status(): AuditStatus {
    const reason = this.closed
      ? 'audit store is closed'
      : this.readOnly
        ? 'audit store is open read-only'
        : (this.fault ?? (this.walBytes > this.settings.walMaxBytes ? this.walRefusal : this.stale ? (this.lastFailure ?? 'the last write failed') : undefined));
    return {
      writable: reason === undefined,
      ...(reason !== undefined ? { reason } : {}),
      walBytes: this.walBytes,
      ...(this.checkpointer ? { checkpointer: this.checkpointer.status() } : {}),
    };
  }

  /**
   * Starts restoring the trail after its file was deleted or replaced (once at a time, with a growing pause
   * between failed attempts). Writes are refused until it has worked.
   */
  private recover(): void {
    if (this.recovering || this.closed || Date.now() < this.nextRecoveryAt) return;
    const run = (async () => {
      try {
        await this.restore();
        this.fault = undefined;
        this.stale = false;
        this.recoveryFailures = 0;
      } catch (err) {
        this.recoveryFailures++;
        const pause = backoffMs(this.recoveryFailures);
        this.nextRecoveryAt = Date.now() + pause;
        this.fault = `the audit database ${AUDIT_DB_FILE} was deleted or replaced while open, and the trail could not be restored yet (${errorText(err)}); retrying`;
        // Tries again by itself, without waiting for a write or a readiness probe to ask.
        setTimeout(() => this.recover(), pause).unref();
      }
    })();
    this.recovering = run.finally(() => {
      this.recovering = undefined;
    });
  }

  /**
   * The connection still holds the deleted files: copy the whole trail from it (SQLite's online backup, a
   * few pages per turn of the event loop) into a new file, put that at the path, and reopen there, so the
   * chain goes on with every record. A file someone else put at the path is left alone: the store stays
   * unavailable (restart phigate to use that file, or remove it to let the store restore its own).
   */
  private async restore(): Promise<void> {
    const old = this.conn;
    if (!old?.db.open) throw new Error('the audit store has no open file to restore from');
    await this.checkpointer?.stop();
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    const atPath = fileId(this.file);
    if (atPath && !sameFile(atPath, old.files!.db)) {
      throw new Error(`another file is now at ${this.file}: restart phigate to use it, or remove it to restore this trail`);
    }
    const copy = join(this.dataDir, `${AUDIT_DB_FILE}.restoring-${process.pid}`);
    try {
      rmSync(copy, { force: true });
      await old.db.backup(copy);
      const fd = openSync(copy, 'r');
      try {
        fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    } catch (err) {
      rmSync(copy, { force: true });
      rmSync(`${copy}-journal`, { force: true });
      throw err;
    }
    if (this.closed) {
      rmSync(copy, { force: true });
      return;
    }
    // Closing the last connection to the old files checkpoints them and removes the -wal and -shm at the
    // path: those are the old ones (or gone), never the restored file's.
    closeConnection(old);
    for (const suffix of ['-wal', '-shm']) rmSync(this.file + suffix, { force: true });
    renameSync(copy, this.file);
    const conn = connectWritable(this.dataDir, this.file, this.settings, this.key!);
    const head = this.readHead(conn);
    if (head.seq !== this.head.seq || head.hash !== this.head.hash) {
      this.conn = conn;
      throw new Error(`the restored trail ends at record ${head.seq}, where this store wrote ${this.head.seq}`);
    }
    this.conn = conn;
    this.walBytes = 0;
    this.checkpointer?.start(conn.files!.db);
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.recovering;
    await this.checkpointer?.stop();
    if (this.conn) closeConnection(this.conn);
  }
}

/**
 * Opens (creating if needed) the audit store in `dataDir`. The data directory is created recursively.
 * Throws if the database cannot be opened; once open, failed writes reject with AuditUnavailableError.
 * With `readOnly`, opens an existing trail only (throws AuditUnavailableError when there is none, or its
 * tables are missing).
 */
export function openSqliteAuditStore(dataDir: string, options: SqliteAuditStoreOptions = {}): MerkleAuditStore {
  return new SqliteAuditStore(dataDir, options);
}
