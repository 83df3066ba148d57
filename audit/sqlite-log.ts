// The Merkle log's tables in an SQLite audit store (schema 2), and what sqlite.ts does with them:
// create, commit a plan, read hashes for proofs, replay for verification, migrate a chained trail.
// sqlite.ts owns the connection, its durability and its faults; this file owns the rows.
//
//   audit_leaf (seq, decision_id, leaf, leaf_hash)  one row per decision: the exact leaf text that was hashed
//   audit_node (level, idx, hash)                   roots of the perfect subtrees of levels 8, 16, 24…
//   audit_head (size, root, time, signature)        one signed tree head per commit
//   audit_meta (key, value)                         'log' (the log id) and 'public_key' (SPKI PEM)
//   audit_log                                       the chained records of schema 1, kept as they were by a migration
import BetterSqlite, { type Database } from 'better-sqlite3';
import { join } from 'node:path';
import { publicKeyFromPem, type SignedTreeHead, type SigningKey } from './heads.ts';
import { LeafBatchBuilder, columnItem, legacyLeafText, parseLeaf, type LeafBatch } from './leaf.ts';
import { LogWriter, frontierAtSync, type CommitPlan, type LogSource, type StoredLeaf, type TreeSource } from './log.ts';
import { Frontier, HASH_BYTES } from './merkle.ts';
import { verifyRecords, type ChainedRecord } from './chain.ts';
import type { AuditRecord, VerifyResult } from './store.ts';

export const MERKLE_SCHEMA_VERSION = 2;
const PAGE = 512;
/** Rows per INSERT statement for the leaves of a large commit (4 parameters each: under SQLite's limit of 32,766). */
const LEAVES_PER_INSERT = 50;

export const MERKLE_SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_leaf (
  seq         INTEGER PRIMARY KEY,
  decision_id TEXT    NOT NULL,
  leaf        TEXT    NOT NULL,
  leaf_hash   BLOB    NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS audit_leaf_decision ON audit_leaf (decision_id);
CREATE TABLE IF NOT EXISTS audit_node (
  level INTEGER NOT NULL,
  idx   INTEGER NOT NULL,
  hash  BLOB    NOT NULL,
  PRIMARY KEY (level, idx)
) STRICT, WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS audit_head (
  size      INTEGER PRIMARY KEY,
  root      TEXT    NOT NULL,
  time      TEXT    NOT NULL,
  signature TEXT    NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS audit_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
`;

type LeafRow = { seq: number; decision_id: string; leaf: string; leaf_hash: Buffer };
type HeadRow = { size: number; root: string; time: string; signature: string };

/** The statements of the log's tables on one connection. */
export interface LogTables {
  db: Database;
  commit: (plan: CommitPlan) => void;
  leafHashes: BetterSqlite.Statement<[number, number], Buffer>;
  nodes: BetterSqlite.Statement<[number, number, number], Buffer>;
  leafPage: BetterSqlite.Statement<[number, number], LeafRow>;
  headPage: BetterSqlite.Statement<[number, number], HeadRow>;
  size: BetterSqlite.Statement<[], number>;
  lastHead: BetterSqlite.Statement<[], HeadRow>;
  byDecision: BetterSqlite.Statement<[string], LeafRow>;
  headAtOrAfter: BetterSqlite.Statement<[number], HeadRow>;
  headOfSize: BetterSqlite.Statement<[number], HeadRow>;
  meta: BetterSqlite.Statement<[string], string>;
}

export function prepareLogTables(db: Database): LogTables {
  // The leaves' texts and ids are bound as the UTF-8 bytes the batch was built in (views, not strings)
  // and stored as TEXT, as SQLite reads a blob cast to text: the same rows as binding the strings.
  const row = '(?, CAST(? AS TEXT), CAST(? AS TEXT), ?)';
  const insertLeaf = db.prepare<unknown[]>(`INSERT INTO audit_leaf (seq, decision_id, leaf, leaf_hash) VALUES ${row}`);
  // A batch's leaves go in LEAVES_PER_INSERT rows per statement: one statement per row cost more than the row.
  const insertLeaves = db.prepare<unknown[]>(`INSERT INTO audit_leaf (seq, decision_id, leaf, leaf_hash) VALUES ${Array.from({ length: LEAVES_PER_INSERT }, () => row).join(', ')}`);
  const values: unknown[] = new Array(4 * LEAVES_PER_INSERT);
  const insertNode = db.prepare<[number, number, Buffer]>('INSERT INTO audit_node (level, idx, hash) VALUES (?, ?, ?)');
  const insertHead = db.prepare<[number, string, string, string]>('INSERT INTO audit_head (size, root, time, signature) VALUES (?, ?, ?, ?)');
  /** Binds leaf i of `b` as row k of `values`. */
  const bind = (b: LeafBatch, i: number, seq: number, k: number): void => {
    values[4 * k] = seq;
    values[4 * k + 1] = columnItem(b.ids, b.idEnds, i);
    values[4 * k + 2] = columnItem(b.texts, b.textEnds, i);
    values[4 * k + 3] = b.hashes.subarray(HASH_BYTES * i, HASH_BYTES * (i + 1));
  };
  return {
    db,
    // Not a transaction by itself: the caller wraps it (sqlite.ts runs it in an IMMEDIATE transaction).
    commit: (plan) => {
      let seq = plan.first;
      let k = 0;
      for (const b of plan.leaves) {
        for (let i = 0; i < b.count; i++) {
          bind(b, i, ++seq, k++);
          if (k === LEAVES_PER_INSERT) {
            insertLeaves.run(...values);
            k = 0;
          }
        }
      }
      for (let j = 0; j < k; j++) insertLeaf.run(...values.slice(4 * j, 4 * j + 4));
      for (const n of plan.nodes) insertNode.run(n.level, n.index, n.hash);
      insertHead.run(plan.head.size, plan.head.root, plan.head.time, plan.head.signature);
    },
    leafHashes: db.prepare<[number, number], Buffer>('SELECT leaf_hash FROM audit_leaf WHERE seq > ? AND seq <= ? ORDER BY seq').pluck(),
    nodes: db.prepare<[number, number, number], Buffer>('SELECT hash FROM audit_node WHERE level = ? AND idx >= ? AND idx < ? ORDER BY idx').pluck(),
    leafPage: db.prepare<[number, number], LeafRow>('SELECT seq, decision_id, leaf, leaf_hash FROM audit_leaf WHERE seq > ? ORDER BY seq LIMIT ?'),
    headPage: db.prepare<[number, number], HeadRow>('SELECT size, root, time, signature FROM audit_head WHERE size > ? ORDER BY size LIMIT ?'),
    size: db.prepare<[], number>('SELECT coalesce(max(seq), 0) FROM audit_leaf').pluck(),
    lastHead: db.prepare<[], HeadRow>('SELECT size, root, time, signature FROM audit_head ORDER BY size DESC LIMIT 1'),
    byDecision: db.prepare<[string], LeafRow>('SELECT seq, decision_id, leaf, leaf_hash FROM audit_leaf WHERE decision_id = ? ORDER BY seq LIMIT 1'),
    headAtOrAfter: db.prepare<[number], HeadRow>('SELECT size, root, time, signature FROM audit_head WHERE size >= ? ORDER BY size LIMIT 1'),
    headOfSize: db.prepare<[number], HeadRow>('SELECT size, root, time, signature FROM audit_head WHERE size = ?'),
    meta: db.prepare<[string], string>('SELECT value FROM audit_meta WHERE key = ?').pluck(),
  };
}

export const treeSource = (t: LogTables): TreeSource => ({
  leafHashes: async (lo, hi) => t.leafHashes.all(lo, hi),
  nodes: async (level, lo, hi) => t.nodes.all(level, lo, hi),
});

const headOf = (log: string, r: HeadRow): SignedTreeHead => ({ log, size: r.size, root: r.root, time: r.time, signature: r.signature });

/**
 * The log's id and public key, recorded when the log was created (first open with a key). A store opened
 * with another key is refused: a log has one signer, and a head signed by another key would not verify.
 */
export function bindLogKey(t: LogTables, key: SigningKey): void {
  const log = t.meta.get('log');
  if (log === undefined) {
    t.db.prepare("INSERT INTO audit_meta (key, value) VALUES ('log', ?), ('public_key', ?)").run(key.log, key.publicKeyPem);
    return;
  }
  if (log !== key.log) {
    throw new Error(`audit store: this log (${log}) is signed by another key than the one configured (${key.log}); use the log's own key (PHIGATE_AUDIT_SIGNING_KEY or ${'audit-signing.pem'} in the data directory)`);
  }
}

/** The edge of the stored tree: what the writer starts from. */
export const storedFrontier = (t: LogTables): Frontier =>
  frontierAtSync({ leafHashes: (lo, hi) => t.leafHashes.all(lo, hi), nodes: (level, lo, hi) => t.nodes.all(level, lo, hi) }, t.size.get() ?? 0);

/** The log as verification reads it: paged queries, so writes can go on between pages. */
export function logSource(t: LogTables): LogSource {
  const log = t.meta.get('log');
  const pem = t.meta.get('public_key');
  if (log === undefined || pem === undefined) throw new Error('audit store: the log has no key recorded (audit_meta)');
  return {
    ...treeSource(t),
    log,
    publicKey: publicKeyFromPem(pem),
    leaves: async function* (): AsyncGenerator<StoredLeaf> {
      let after = 0;
      for (;;) {
        const rows = t.leafPage.all(after, PAGE);
        for (const r of rows) yield { seq: r.seq, text: r.leaf, hash: Buffer.isBuffer(r.leaf_hash) ? r.leaf_hash.toString('hex') : String(r.leaf_hash), decisionId: r.decision_id };
        if (rows.length < PAGE) return;
        after = rows[rows.length - 1]!.seq;
      }
    },
    heads: async function* (): AsyncGenerator<SignedTreeHead> {
      let after = -1;
      for (;;) {
        const rows = t.headPage.all(after, PAGE);
        for (const r of rows) yield headOf(log, r);
        if (rows.length < PAGE) return;
        after = rows[rows.length - 1]!.size;
      }
    },
  };
}

/** Records in seq order (a page per query); `lenient` false throws on a leaf that is not a record. */
export function* leafRecords(t: LogTables, log: string): Generator<AuditRecord> {
  let after = 0;
  for (;;) {
    const rows = t.leafPage.all(after, PAGE);
    for (const r of rows) {
      const record = parseLeaf(r.leaf, log, r.seq, r.leaf_hash.toString('hex'));
      if ('error' in record) throw new Error(`audit record ${r.seq}: ${record.error}; run verify()`);
      yield record;
    }
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.seq;
  }
}

export const latestHead = (t: LogTables, log: string): SignedTreeHead | undefined => {
  const r = t.lastHead.get();
  return r ? headOf(log, r) : undefined;
};

/** The leaf of a decision, and the head to prove it against: the head of `size` if given, else the latest. */
export function findLeaf(t: LogTables, log: string, decisionId: string, size?: number): { leaf: string; index: number; head: SignedTreeHead | undefined } | undefined {
  const row = t.byDecision.get(decisionId);
  if (!row) return undefined;
  const h = size === undefined ? t.lastHead.get() : t.headOfSize.get(size);
  return { leaf: row.leaf, index: row.seq - 1, head: h ? headOf(log, h) : undefined };
}

export function headOfSize(t: LogTables, log: string, size: number): SignedTreeHead | undefined {
  const r = t.headOfSize.get(size);
  return r ? headOf(log, r) : undefined;
}

// ---------------------------------------------------------------------------------------------------
// The chained format (schema 1): verification as before, and migration into the log.

type LegacyRow = {
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
};

function legacyRecord(row: LegacyRow): ChainedRecord {
  const list = (text: string): string[] => {
    try {
      return JSON.parse(text) as string[];
    } catch {
      return text as unknown as string[]; // verifyRecords reports it as malformed
    }
  };
  return {
    seq: row.seq,
    decisionId: row.decision_id,
    time: row.time,
    policy: { name: row.policy_name, version: row.policy_version, digest: row.policy_digest },
    engineVersion: row.engine_version,
    requestHash: row.request_hash,
    decision: row.decision as ChainedRecord['decision'],
    rules: list(row.rules),
    labels: list(row.labels),
    channel: row.channel,
    category: row.category,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export const hasTable = (db: Database, name: string): boolean => db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;

/** The chained records of schema 1 in seq order, a page per query. */
export function* legacyRecords(db: Database): Generator<ChainedRecord> {
  if (!hasTable(db, 'audit_log')) return;
  const page = db.prepare<[number, number], LegacyRow>('SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?');
  let after = 0;
  for (;;) {
    const rows = page.all(after, PAGE);
    for (const r of rows) yield legacyRecord(r);
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.seq;
  }
}

export const legacyCount = (db: Database): number => (hasTable(db, 'audit_log') ? (db.prepare('SELECT count(*) FROM audit_log').pluck().get() as number) : 0);

/** Verifies a trail still in the chained format, as schema 1 did. */
export const verifyLegacy = (db: Database): VerifyResult => verifyRecords(legacyRecords(db));

/**
 * Migrates a chained trail (schema 1) into the log, in one transaction: the chain must verify first;
 * then every record, in seq order, becomes a leaf holding the whole record (chain fields included), and
 * one signed head covers them all. audit_log is kept as it was, so the old chain can still be checked
 * on its own, and each of its records is now also anchored in the signed tree. Returns the records moved.
 */
export function migrateLegacy(db: Database, key: SigningKey, now: number = Date.now()): { migrated: number; head: SignedTreeHead | undefined } {
  return db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version >= MERKLE_SCHEMA_VERSION) throw new Error('audit store: already in the Merkle log format (schema 2); nothing to migrate');
    const chain = verifyLegacy(db);
    if (!chain.ok) throw new Error(`audit store: the chained trail does not verify (record ${chain.firstBroken!.seq}: ${chain.firstBroken!.reason}); it is not migrated`);
    db.exec(MERKLE_SCHEMA);
    const t = prepareLogTables(db);
    bindLogKey(t, key);
    const builder = new LeafBatchBuilder(legacyCount(db));
    for (const r of legacyRecords(db)) builder.add(legacyLeafText(r), r.decisionId);
    const leaves = builder.done();
    const writer = new LogWriter(key, new Frontier());
    let head: SignedTreeHead | undefined;
    if (leaves.count > 0) {
      const plan = writer.plan([leaves], now);
      t.commit(plan);
      head = plan.head;
    }
    db.pragma(`user_version = ${MERKLE_SCHEMA_VERSION}`);
    return { migrated: leaves.count, head };
  }).immediate();
}

/**
 * `phigate audit migrate`: migrates the chained trail in `${dataDir}/audit.sqlite` (see migrateLegacy) on
 * a connection of its own. Run it with the service stopped.
 */
export function migrateSqliteAuditStore(dataDir: string, key: SigningKey): { migrated: number; head: SignedTreeHead | undefined } {
  const db = new BetterSqlite(join(dataDir, 'audit.sqlite'), { fileMustExist: true, timeout: 5000 });
  try {
    return migrateLegacy(db, key);
  } finally {
    db.close();
  }
}
