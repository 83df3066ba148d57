// The SQLite audit store: one file `${dataDir}/audit.sqlite`, WAL journal, one row per decision.
//
// The AuditStore methods return promises, but each one's work is synchronous: better-sqlite3 commits
// within the call, so a write has committed (or failed) by the time its promise is returned, and no
// other write can interleave with it.
//
// Durability: WAL + synchronous=NORMAL (default) — a transaction is in the WAL file (the OS page cache)
// when `append` resolves, so it survives `kill -9` of this process; a power loss or OS crash can lose the
// last transactions before the next checkpoint (never corrupting the file). synchronous=FULL fsyncs the
// WAL on every commit and also survives power loss, at the cost of one fsync per append (milliseconds on
// most disks instead of microseconds). See README.md.
import Database from 'better-sqlite3';
import { closeSync, mkdirSync, openSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { jsonStrings, packagePath } from '../engine/index.ts';
import { GENESIS_HASH, chainRecord, verifyRecords } from './chain.ts';
import { AuditUnavailableError, validateEntry, type AuditEntry, type AuditRecord, type AuditStore, type VerifyResult } from './store.ts';

export const AUDIT_DB_FILE = 'audit.sqlite';
const SCHEMA_VERSION = 1;
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
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_log (
  seq            INTEGER PRIMARY KEY,
  decision_id    TEXT    NOT NULL,
  time           TEXT    NOT NULL,
  policy_name    TEXT    NOT NULL,
  policy_version TEXT    NOT NULL,
  policy_digest  TEXT    NOT NULL,
  engine_version TEXT    NOT NULL,
  request_hash   TEXT    NOT NULL,
  decision       TEXT    NOT NULL,
  rules          TEXT    NOT NULL, -- JSON array of names
  labels         TEXT    NOT NULL, -- JSON array of names
  channel        TEXT    NOT NULL,
  category       TEXT    NOT NULL,
  prev_hash      TEXT    NOT NULL,
  hash           TEXT    NOT NULL
) STRICT;
-- One row that healthy() rewrites to prove a commit goes through.
CREATE TABLE IF NOT EXISTS audit_health (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL) STRICT;
INSERT OR IGNORE INTO audit_health (id, checked_at) VALUES (1, '');
`;

const COLUMNS =
  'seq, decision_id, time, policy_name, policy_version, policy_digest, engine_version, request_hash, decision, rules, labels, channel, category, prev_hash, hash';

interface Row {
  seq: number;
  decision_id: string;
  time: string;
  policy_name: string;
  policy_version: string;
  policy_digest: string;
  engine_version: string;
  request_hash: string;
  decision: string;
  rules: string;
  labels: string;
  channel: string;
  category: string;
  prev_hash: string;
  hash: string;
}

type Head = { seq: number; hash: string };
type InsertParams = [number, string, string, string, string, string, string, string, string, string, string, string, string, string, string];

function params(r: AuditRecord): InsertParams {
  return [
    r.seq,
    r.decisionId,
    r.time,
    r.policy.name,
    r.policy.version,
    r.policy.digest,
    r.engineVersion,
    r.requestHash,
    r.decision,
    jsonStrings(r.rules),
    jsonStrings(r.labels),
    r.channel,
    r.category,
    r.prevHash,
    r.hash,
  ];
}

/** A row as a record; `lenient` keeps an unparseable JSON column as its text so verification reports it. */
function toRecord(row: Row, lenient: boolean): AuditRecord {
  const list = (column: 'rules' | 'labels'): string[] => {
    try {
      return JSON.parse(row[column]) as string[];
    } catch (err) {
      if (lenient) return row[column] as unknown as string[];
      throw new Error(`audit record ${row.seq}: column ${column} is not JSON; run verify()`, { cause: err });
    }
  };
  return {
    seq: row.seq,
    decisionId: row.decision_id,
    time: row.time,
    policy: { name: row.policy_name, version: row.policy_version, digest: row.policy_digest },
    engineVersion: row.engine_version,
    requestHash: row.request_hash,
    decision: row.decision as AuditRecord['decision'],
    rules: list('rules'),
    labels: list('labels'),
    channel: row.channel,
    category: row.category,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

const errorText = (err: unknown): string => (err instanceof Error ? `${(err as { code?: string }).code ?? err.name}: ${err.message}` : String(err));
const isSeqConflict = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
const PROBE_ROLLBACK = Symbol('probe rollback');

class SqliteAuditStore implements AuditStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement<InsertParams>;
  private readonly insertAll: Database.Transaction<(records: AuditRecord[]) => void>;
  private readonly lastRow: Database.Statement<[], Head>;
  private readonly page: Database.Statement<[number, number], Row>;
  private readonly probe: Database.Transaction<(at: string, row: InsertParams) => void>;
  /** Seq and hash of the last record written: read at open, advanced only after a commit. */
  private head: Head;
  /** A write failed: re-read the head from the database before the next one. */
  private stale = false;
  private readonly checkpointer: Worker | undefined;

  constructor(readonly dataDir: string, options: SqliteAuditStoreOptions) {
    const synchronous = options.synchronous ?? 'normal';
    if (synchronous !== 'normal' && synchronous !== 'full') throw new TypeError(`synchronous must be 'normal' or 'full'`);
    const busyTimeoutMs = options.busyTimeoutMs ?? 1000;
    if (!Number.isInteger(busyTimeoutMs) || busyTimeoutMs < 0) throw new TypeError('busyTimeoutMs must be a non-negative integer');

    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const file = join(dataDir, AUDIT_DB_FILE);
    closeSync(openSync(file, 'a', 0o600)); // a new file gets 0600; SQLite gives its -wal/-shm files the same mode
    const db = new Database(file, { timeout: busyTimeoutMs });
    try {
      db.pragma(`busy_timeout = ${busyTimeoutMs}`);
      const mode = db.pragma('journal_mode = WAL', { simple: true });
      if (mode !== 'wal') throw new Error(`audit store: could not enable WAL journal mode (got ${String(mode)})`);
      db.pragma(`synchronous = ${synchronous.toUpperCase()}`);
      const version = db.pragma('user_version', { simple: true }) as number;
      if (version > SCHEMA_VERSION) throw new Error(`audit store: schema version ${version} is newer than this engine (${SCHEMA_VERSION})`);
      db.transaction(() => {
        db.exec(SCHEMA);
        db.pragma(`user_version = ${SCHEMA_VERSION}`);
      }).immediate();

      this.insert = db.prepare<InsertParams>(`INSERT INTO audit_log (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`);
      this.lastRow = db.prepare<[], Head>('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1');
      this.page = db.prepare<[number, number], Row>(`SELECT ${COLUMNS} FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?`);
      const heartbeat = db.prepare<[string]>('UPDATE audit_health SET checked_at = ? WHERE id = 1');
      const insert = this.insert;
      this.insertAll = db.transaction((records: AuditRecord[]) => {
        for (const r of records) insert.run(...params(r));
      });
      // Exercise the append path (locks, constraints, triggers) in a savepoint that is rolled back, then
      // commit a heartbeat so the write really reaches the WAL.
      const probeInsert = db.transaction((row: InsertParams) => {
        insert.run(...row);
        throw PROBE_ROLLBACK;
      });
      this.probe = db.transaction((at: string, row: InsertParams) => {
        try {
          probeInsert(row);
        } catch (err) {
          if (err !== PROBE_ROLLBACK) throw err;
        }
        heartbeat.run(at);
      });
      this.db = db;
      this.head = this.readHead();
      if (options.backgroundCheckpoint) this.checkpointer = startCheckpointer(db, file, synchronous, busyTimeoutMs);
    } catch (err) {
      db.close();
      throw err;
    }
  }

  private readHead(): Head {
    return this.lastRow.get() ?? { seq: 0, hash: GENESIS_HASH };
  }

  /**
   * Runs a write built from the current head. Any failure becomes AuditUnavailableError and leaves the
   * head untouched. A seq conflict means another connection appended: re-read the head and retry once,
   * so the chain stays linear instead of forking.
   */
  private write<T>(op: (head: Head) => { result: T; head: Head }): T {
    if (!this.db.open) throw new AuditUnavailableError('audit store is closed');
    try {
      if (this.stale) {
        this.head = this.readHead();
        this.stale = false;
      }
      let done: { result: T; head: Head };
      try {
        done = op(this.head);
      } catch (err) {
        if (!isSeqConflict(err)) throw err;
        this.head = this.readHead();
        done = op(this.head);
      }
      this.head = done.head;
      return done.result;
    } catch (err) {
      this.stale = true;
      throw new AuditUnavailableError(`audit store cannot record decisions: ${errorText(err)}`, { cause: err });
    }
  }

  // async: a bad entry (validateEntry) or a failed write rejects instead of throwing at the caller.
  async append(entry: AuditEntry): Promise<AuditRecord> {
    validateEntry(entry);
    return this.write((head) => {
      const record = chainRecord(entry, head);
      this.insert.run(...params(record));
      return { result: record, head: record };
    });
  }

  async appendMany(entries: AuditEntry[]): Promise<AuditRecord[]> {
    if (!Array.isArray(entries)) throw new TypeError('appendMany: expected an array of entries');
    entries.forEach(validateEntry);
    if (entries.length === 0) return [];
    return this.write((head) => {
      const records: AuditRecord[] = [];
      let prev = head;
      for (const entry of entries) {
        prev = chainRecord(entry, prev);
        records.push(prev as AuditRecord);
      }
      this.insertAll.immediate(records);
      return { result: records, head: prev };
    });
  }

  /** Rows in seq order, a page per query: no cursor stays open between pages, so appends can interleave. */
  private *rows(lenient: boolean): Generator<AuditRecord> {
    let after = 0;
    for (;;) {
      if (!this.db.open) throw new AuditUnavailableError('audit store is closed');
      const rows = this.page.all(after, PAGE);
      for (const row of rows) yield toRecord(row, lenient);
      if (rows.length < PAGE) return;
      after = rows[rows.length - 1]!.seq;
    }
  }

  records(options: { since?: string } = {}): AsyncIterable<AuditRecord> {
    return { [Symbol.asyncIterator]: () => this.recordsSince(options.since) };
  }

  /** records(): checks its arguments on the first step of the iteration, so a failure is a rejection. */
  private async *recordsSince(since: string | undefined): AsyncGenerator<AuditRecord> {
    if (!this.db.open) throw new AuditUnavailableError('audit store is closed');
    if (since === undefined) {
      yield* this.rows(false);
      return;
    }
    const sinceMs = Date.parse(since);
    if (Number.isNaN(sinceMs)) throw new RangeError(`records: since must be an ISO 8601 time, got ${JSON.stringify(since)}`);
    // Decision times are compared as instants (zones may differ), in JS: exports are rare, and an index
    // would cost every append a second page write.
    for (const r of this.rows(false)) if (Date.parse(r.time) >= sinceMs) yield r;
  }

  async verify(): Promise<VerifyResult> {
    if (!this.db.open) throw new AuditUnavailableError('audit store is closed');
    // The head this store wrote (or read at open): catches a tail deleted or rewritten while it is open.
    const head = this.head.seq > 0 ? { ...this.head } : undefined;
    return verifyRecords(this.rows(true), head ? { head } : {});
  }

  async healthy(): Promise<boolean> {
    if (!this.db.open) return false;
    try {
      if (this.stale) {
        this.head = this.readHead();
        this.stale = false;
      }
      const probeRow = (head: Head): InsertParams => {
        const at = new Date().toISOString();
        return [head.seq + 1, 'probe', at, 'probe', 'probe', 'probe', 'probe', 'probe', 'deny', '[]', '[]', 'probe', 'probe', head.hash, 'probe'];
      };
      try {
        this.probe.immediate(new Date().toISOString(), probeRow(this.head));
      } catch (err) {
        if (!isSeqConflict(err)) throw err;
        this.head = this.readHead();
        this.probe.immediate(new Date().toISOString(), probeRow(this.head));
      }
      return true;
    } catch {
      this.stale = true;
      return false;
    }
  }

  async close(): Promise<void> {
    this.checkpointer?.postMessage('close');
    if (this.db.open) this.db.close();
  }
}

const CHECKPOINTER = packagePath('audit/checkpointer.cjs');
const DRIVER = createRequire(import.meta.url).resolve('better-sqlite3');
/** How often the background checkpointer copies the WAL: it stays a few hundred pages long under load. */
const CHECKPOINT_EVERY_MS = 200;

function startCheckpointer(db: Database.Database, file: string, synchronous: 'normal' | 'full', busyTimeoutMs: number): Worker {
  const worker = new Worker(CHECKPOINTER, {
    execArgv: [],
    workerData: { driver: DRIVER, file, synchronous: synchronous.toUpperCase(), busyTimeoutMs, everyMs: CHECKPOINT_EVERY_MS },
  });
  worker.unref();
  // The store checkpoints as SQLite does by default until the thread has its connection, and again if it ends.
  const automatic = db.pragma('wal_autocheckpoint', { simple: true }) as number;
  worker.once('message', () => {
    if (db.open) db.pragma('wal_autocheckpoint = 0');
  });
  worker.once('exit', () => {
    if (db.open) db.pragma(`wal_autocheckpoint = ${automatic}`);
  });
  worker.on('error', () => {}); // the thread has ended ('exit' follows); the store checkpoints itself again
  return worker;
}

/**
 * Opens (creating if needed) the audit store in `dataDir`. The data directory is created recursively.
 * Throws if the database cannot be opened; once open, failed writes reject with AuditUnavailableError.
 */
export function openSqliteAuditStore(dataDir: string, options: SqliteAuditStoreOptions = {}): AuditStore {
  return new SqliteAuditStore(dataDir, options);
}
