// The PostgreSQL audit store (node-postgres): the Merkle log of log.ts in a database that several
// `phigate serve` replicas share, chosen by PHIGATE_AUDIT_URL=postgres://…
//
// One log per replica. Each replica writes its own log, identified by its own Ed25519 signing key
// (the log id is the SHA-256 of the public key): its leaves, stored subtrees and signed heads are rows
// keyed by (log, …). No replica waits for another: a commit touches only its own log's rows, and its
// edge of the tree stays in its memory between commits (read back from the database at start and after
// any failed commit). Verification replays every log in the database, each against its own key and
// heads; an auditor proves a decision against the head of the log that holds it. A shared sequence would
// make every commit of every replica queue on one row lock for a network round trip or more, and a
// replica's signature would then cover leaves written by others.
//
// Commits: appends are queued, and whatever is queued while a commit is in flight becomes the next
// commit (group commit at the store), so one connection writes one log in order. A commit is one SQL
// statement (leaves, completed subtrees and the signed head, inserted together): it is durable when it
// resolves (synchronous_commit as the server has it, on by default). A primary key on (log, seq) keeps
// a log linear even if two processes write it by mistake: the loser re-reads the edge and retries once.
//
// Failures: any error (connection refused or lost, the server restarting or read-only, a timeout)
// rejects the waiting appends with AuditUnavailableError (503), and the next commit first re-reads the
// edge from the database, since a commit whose answer was lost may have committed. Nothing is retried
// behind the caller's back; the store is usable again as soon as the database is.
import pg from 'pg';
import { AuditUnavailableError, copyEntry, recordOf, validateEntry, type AuditEntry, type AuditRecord, type VerifyResult } from './store.ts';
import { errorText } from './supervision.ts';
import { plainHead, publicKeyFromPem, type SignedTreeHead, type SigningKey } from './heads.ts';
import { concatColumns, leafBatch, leafCount, leafHashHex, parseLeaf, type LeafBatch } from './leaf.ts';
import {
  LogWriter,
  consistencyPath,
  consistencyProof,
  frontierAt,
  inclusionPath,
  inclusionProof,
  verifyLog,
  type CommitPlan,
  type ConsistencyProof,
  type InclusionProof,
  type LogInfo,
  type LogSource,
  type MerkleAuditStore,
  type StoredLeaf,
  type TreeSource,
} from './log.ts';

const PAGE = 1000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS audit_logs (
  log        text PRIMARY KEY,
  public_key text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  checked_at timestamptz
);
CREATE TABLE IF NOT EXISTS audit_leaf (
  log         text   NOT NULL REFERENCES audit_logs (log),
  seq         bigint NOT NULL,
  decision_id text   NOT NULL,
  leaf        text   NOT NULL,
  leaf_hash   bytea  NOT NULL,
  PRIMARY KEY (log, seq)
);
CREATE INDEX IF NOT EXISTS audit_leaf_decision ON audit_leaf (decision_id);
CREATE TABLE IF NOT EXISTS audit_node (
  log   text    NOT NULL,
  level integer NOT NULL,
  idx   bigint  NOT NULL,
  hash  bytea   NOT NULL,
  PRIMARY KEY (log, level, idx)
);
CREATE TABLE IF NOT EXISTS audit_head (
  log       text   NOT NULL,
  size      bigint NOT NULL,
  root      text   NOT NULL,
  time      text   NOT NULL,
  signature text   NOT NULL,
  PRIMARY KEY (log, size)
);
-- Append-only for the application: rows are never changed or removed. (A superuser can drop this;
-- verification still catches what such a change does to the log.)
CREATE OR REPLACE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'the audit log is append-only: % on % refused', TG_OP, TG_TABLE_NAME; END $$;
DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'audit_leaf_append_only') THEN
    CREATE TRIGGER audit_leaf_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_leaf FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    CREATE TRIGGER audit_node_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_node FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
    CREATE TRIGGER audit_head_append_only BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_head FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
  END IF;
END $$;
`;

/**
 * One commit: leaves, completed subtrees and the signed head, in one statement (so one transaction).
 * The leaves come as three binary parameters, the bytes they were built in (leaf.ts, LeafBatch): their
 * texts and their decision ids, each separated by '\n', and their hashes, 32 bytes each; the n-th leaf
 * gets seq $2 + n. No per-leaf value is escaped or encoded on the way.
 */
const COMMIT = `
WITH leaves AS (
  INSERT INTO audit_leaf (log, seq, decision_id, leaf, leaf_hash)
  SELECT $1, $2::bigint + n, d, t, substring($5::bytea FROM 32 * n::integer - 31 FOR 32)
  FROM unnest(string_to_array(convert_from($4::bytea, 'UTF8'), E'\n'), string_to_array(convert_from($3::bytea, 'UTF8'), E'\n')) WITH ORDINALITY AS u(t, d, n)
), nodes AS (
  INSERT INTO audit_node (log, level, idx, hash)
  SELECT $1, lv, i, decode(h, 'hex') FROM unnest($6::integer[], $7::bigint[], $8::text[]) AS v(lv, i, h)
)
INSERT INTO audit_head (log, size, root, time, signature) VALUES ($1, $9, $10, $11, $12)`;

export interface PostgresAuditStoreOptions {
  /** postgres://user:password@host:port/database (or a unix socket: ?host=/path/to/dir). */
  url: string;
  /** This replica's signing key: its log (loadOrCreateSigningKey). Without one the store only reads (verify, prove, export). */
  signingKey?: SigningKey;
  /** Connections in the pool (default 4: one writes, the others read and probe). */
  poolSize?: number;
  /** How long to wait for a connection before a write fails (default 2000 ms). */
  connectTimeoutMs?: number;
  /** How long one statement may take before it fails (default 5000 ms). */
  statementTimeoutMs?: number;
}

interface Waiting {
  leaves: readonly LeafBatch[];
  entries: AuditEntry[] | undefined;
  resolve: (records: AuditRecord[]) => void;
  reject: (err: unknown) => void;
}

const isConflict = (err: unknown): boolean => (err as { code?: unknown } | null)?.code === '23505';


type HeadRow = { log: string; size: string; root: string; time: string; signature: string };
const headOf = (r: HeadRow): SignedTreeHead => ({ log: r.log, size: Number(r.size), root: r.root, time: r.time, signature: r.signature });

class PostgresAuditStore implements MerkleAuditStore {
  private readonly pool: pg.Pool;
  private readonly key: SigningKey | undefined;
  private writer: LogWriter | undefined;
  /** Set up the tables and this log, and read its edge: at first use, and again after a failure. */
  private ready: Promise<LogWriter> | undefined;
  private queue: Waiting[] = [];
  private committing = false;
  private closed = false;
  /** The latest head this store committed: verify() checks the log still holds it. */
  private lastHead: SignedTreeHead | undefined;

  constructor(o: PostgresAuditStoreOptions) {
    this.key = o.signingKey;
    this.pool = new pg.Pool({
      connectionString: o.url,
      max: o.poolSize ?? 4,
      connectionTimeoutMillis: o.connectTimeoutMs ?? 2000,
      statement_timeout: o.statementTimeoutMs ?? 5000,
      query_timeout: (o.statementTimeoutMs ?? 5000) + 1000,
      idleTimeoutMillis: 30_000,
      application_name: 'phigate',
    });
    // An idle connection the server ends (a restart) is an 'error' on the pool: the pool drops it; a later
    // query opens a new one. Without a listener it would end the process.
    this.pool.on('error', () => {});
  }

  private open(): Promise<LogWriter> {
    if (this.closed) return Promise.reject(new AuditUnavailableError('audit store is closed'));
    const key = this.key;
    if (!key) return Promise.reject(new AuditUnavailableError('audit store is open for reading only (no signing key)'));
    this.ready ??= (async () => {
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        // Replicas starting together: one creates the tables, the others wait for it.
        await client.query('SELECT pg_advisory_xact_lock(7231446174)');
        await client.query(SCHEMA);
        const known = await client.query<{ public_key: string }>('SELECT public_key FROM audit_logs WHERE log = $1', [key.log]);
        if (known.rows.length === 0) await client.query('INSERT INTO audit_logs (log, public_key) VALUES ($1, $2)', [key.log, key.publicKeyPem]);
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
      return (this.writer = new LogWriter(key, await this.readFrontier(key.log)));
    })().catch((err: unknown) => {
      this.ready = undefined;
      throw new AuditUnavailableError(`audit store cannot record decisions: ${errorText(err)}`, { cause: err });
    });
    return this.ready;
  }

  private async readFrontier(log: string): Promise<Awaited<ReturnType<typeof frontierAt>>> {
    const size = await this.pool.query<{ size: string | null }>('SELECT max(seq) AS size FROM audit_leaf WHERE log = $1', [log]);
    return frontierAt(this.treeSource(log), Number(size.rows[0]?.size ?? 0));
  }

  treeSource(log: string): TreeSource {
    return {
      leafHashes: async (lo, hi) => (await this.pool.query<{ h: Buffer }>('SELECT leaf_hash AS h FROM audit_leaf WHERE log = $1 AND seq > $2 AND seq <= $3 ORDER BY seq', [log, lo, hi])).rows.map((r) => r.h),
      nodes: async (level, lo, hi) =>
        (await this.pool.query<{ h: Buffer }>('SELECT hash AS h FROM audit_node WHERE log = $1 AND level = $2 AND idx >= $3 AND idx < $4 ORDER BY idx', [log, level, lo, hi])).rows.map((r) => r.h),
    };
  }

  async append(entry: AuditEntry): Promise<AuditRecord> {
    validateEntry(entry);
    return (await this.enqueue([leafBatch([entry])], [entry]))[0]!;
  }

  async appendMany(entries: AuditEntry[]): Promise<AuditRecord[]> {
    if (!Array.isArray(entries)) throw new TypeError('appendMany: expected an array of entries');
    entries.forEach(validateEntry);
    if (entries.length === 0) return [];
    return this.enqueue([leafBatch(entries)], entries.map(copyEntry));
  }

  /** Leaves built (and their entries validated) elsewhere: the batch workers. Resolves once committed. */
  async appendPrepared(leaves: readonly LeafBatch[]): Promise<{ log: string; first: number }> {
    if (leafCount(leaves) === 0) return { log: this.key?.log ?? '', first: 0 };
    const records = await this.enqueue(leaves, undefined);
    return { log: this.key!.log, first: records[0]!.seq };
  }

  private enqueue(leaves: readonly LeafBatch[], entries: AuditEntry[] | undefined): Promise<AuditRecord[]> {
    if (this.closed) return Promise.reject(new AuditUnavailableError('audit store is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ leaves, entries, resolve, reject });
      if (!this.committing) void this.commitQueued();
    });
  }

  /** Commits everything queued as one commit, then whatever was queued meanwhile, until the queue is empty. */
  private async commitQueued(): Promise<void> {
    this.committing = true;
    try {
      while (this.queue.length > 0) {
        const group = this.queue;
        this.queue = [];
        try {
          const plan = await this.commit(group.flatMap((w) => w.leaves));
          let seq = plan.first;
          for (const w of group) {
            const first = seq + 1;
            seq += leafCount(w.leaves);
            w.resolve(w.entries ? w.entries.map((e, i) => recordOf(e, plan.log, first + i, leafHashHex(w.leaves[0]!, i))) : [{ seq: first } as AuditRecord]);
          }
        } catch (err) {
          const e = err instanceof AuditUnavailableError ? err : new AuditUnavailableError(`audit store cannot record decisions: ${errorText(err)}`, { cause: err });
          for (const w of group) w.reject(e);
        }
      }
    } finally {
      this.committing = false;
    }
  }

  private async commit(leaves: readonly LeafBatch[]): Promise<CommitPlan> {
    const writer = await this.open();
    const run = async (): Promise<CommitPlan> => {
      const plan = writer.plan(leaves);
      // A named statement: each connection parses and plans the commit once, not on every commit.
      const { texts, ids, hashes } = concatColumns(leaves);
      await this.pool.query({ name: 'phigate-audit-commit', text: COMMIT, values: [
        plan.log,
        plan.first,
        ids,
        texts,
        hashes,
        plan.nodes.map((n) => n.level),
        plan.nodes.map((n) => n.index),
        plan.nodes.map((n) => n.hash.toString('hex')),
        plan.head.size,
        plan.head.root,
        plan.head.time,
        plan.head.signature,
      ] });
      writer.adopt(plan);
      this.lastHead = plan.head;
      return plan;
    };
    try {
      return await run();
    } catch (err) {
      // The commit may have gone through before its answer was lost, or another process appended to
      // this log: read the edge again before the next plan.
      if (isConflict(err)) {
        writer.reset(await this.readFrontier(writer.log));
        return run();
      }
      this.ready = undefined;
      throw err;
    }
  }

  async verify(options: { published?: readonly SignedTreeHead[] } = {}): Promise<VerifyResult> {
    this.checkOpen();
    const logs = await this.logs().catch((err: unknown) => {
      throw new AuditUnavailableError(`audit store cannot read the log: ${errorText(err)}`, { cause: err });
    });
    const published = [...(options.published ?? [])];
    if (this.lastHead) published.push(this.lastHead); // what this store wrote: catches a truncated or rewritten tail
    const known = new Set(logs.map((l) => l.log));
    const missing = published.find((h) => !known.has(h.log));
    if (missing) {
      return { ok: false, checked: 0, heads: 0, published: 0, format: 'merkle', firstBroken: { log: missing.log, seq: 1, reason: `a head of log ${missing.log} (size ${missing.size}) was published, but the store has no such log: the log was deleted` } };
    }
    let checked = 0;
    let heads = 0;
    let publishedOk = 0;
    for (const l of logs) {
      const r = await verifyLog(this.logSource(l.log, l.publicKeyPem), published.filter((h) => h.log === l.log));
      checked += r.checked;
      heads += r.heads;
      publishedOk += r.published;
      if (!r.ok) return { ok: false, checked, heads, published: publishedOk, format: 'merkle', firstBroken: { ...r.firstBroken!, log: l.log } };
    }
    return { ok: true, checked, heads, published: publishedOk - (this.lastHead ? 1 : 0), format: 'merkle' };
  }

  private logSource(log: string, pem: string): LogSource {
    const pool = this.pool;
    return {
      ...this.treeSource(log),
      log,
      publicKey: publicKeyFromPem(pem),
      leaves: async function* (): AsyncGenerator<StoredLeaf> {
        let after = 0;
        for (;;) {
          const { rows } = await pool.query<{ seq: string; decision_id: string; leaf: string; leaf_hash: Buffer }>('SELECT seq, decision_id, leaf, leaf_hash FROM audit_leaf WHERE log = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
            log,
            after,
            PAGE,
          ]);
          for (const r of rows) yield { seq: Number(r.seq), text: r.leaf, hash: r.leaf_hash.toString('hex'), decisionId: r.decision_id };
          if (rows.length < PAGE) return;
          after = Number(rows[rows.length - 1]!.seq);
        }
      },
      heads: () => this.heads(log),
    };
  }

  async *heads(log: string): AsyncGenerator<SignedTreeHead> {
    let after = -1;
    for (;;) {
      const { rows } = await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 AND size > $2 ORDER BY size LIMIT $3', [log, after, PAGE]);
      for (const r of rows) yield headOf(r);
      if (rows.length < PAGE) return;
      after = Number(rows[rows.length - 1]!.size);
    }
  }

  async logs(): Promise<LogInfo[]> {
    this.checkOpen();
    if (this.key) await this.open().catch(() => undefined); // sets up the tables and this replica's log first
    const { rows } = await this.pool.query<{ log: string; public_key: string }>('SELECT log, public_key FROM audit_logs ORDER BY log');
    const out: LogInfo[] = [];
    for (const r of rows) {
      const h = await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 ORDER BY size DESC LIMIT 1', [r.log]);
      out.push({ log: r.log, publicKeyPem: r.public_key, head: h.rows[0] ? headOf(h.rows[0]) : undefined });
    }
    return out;
  }

  async proveDecision(decisionId: string, options: { size?: number } = {}): Promise<InclusionProof | undefined> {
    this.checkOpen();
    const found = await this.pool.query<{ log: string; seq: string; leaf: string }>('SELECT log, seq, leaf FROM audit_leaf WHERE decision_id = $1 ORDER BY log, seq LIMIT 1', [decisionId]);
    const row = found.rows[0];
    if (!row) return undefined;
    const index = Number(row.seq) - 1;
    const h =
      options.size === undefined
        ? await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 ORDER BY size DESC LIMIT 1', [row.log])
        : await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 AND size = $2', [row.log, options.size]);
    if (!h.rows[0]) throw new RangeError(options.size === undefined ? `log ${row.log} has no signed head` : `log ${row.log} has no signed head of size ${options.size}`);
    const head = headOf(h.rows[0]);
    if (index >= head.size) throw new RangeError(`decision ${decisionId} is leaf ${index}, after the head of size ${head.size}`);
    return inclusionProof(row.leaf, index, await inclusionPath(this.treeSource(row.log), index, head.size), head);
  }

  async proveConsistency(log: string, from: number, to?: number): Promise<ConsistencyProof> {
    this.checkOpen();
    const headAt = async (size: number | undefined): Promise<SignedTreeHead> => {
      const h =
        size === undefined
          ? await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 ORDER BY size DESC LIMIT 1', [log])
          : await this.pool.query<HeadRow>('SELECT log, size, root, time, signature FROM audit_head WHERE log = $1 AND size = $2', [log, size]);
      if (!h.rows[0]) throw new RangeError(`log ${log} has no signed head${size === undefined ? '' : ` of size ${size}`}`);
      return headOf(h.rows[0]);
    };
    const [a, b] = [await headAt(from), await headAt(to)];
    return consistencyProof(plainHead(a), plainHead(b), await consistencyPath(this.treeSource(log), a.size, b.size));
  }

  records(options: { since?: string } = {}): AsyncIterable<AuditRecord> {
    return { [Symbol.asyncIterator]: () => this.recordsSince(options.since) };
  }

  private async *recordsSince(since: string | undefined): AsyncGenerator<AuditRecord> {
    this.checkOpen();
    const sinceMs = since === undefined ? Number.NEGATIVE_INFINITY : Date.parse(since);
    if (Number.isNaN(sinceMs)) throw new RangeError(`records: since must be an ISO 8601 time, got ${JSON.stringify(since)}`);
    let after: [string, number] = ['', 0];
    for (;;) {
      let rows: { log: string; seq: string; leaf: string; leaf_hash: Buffer }[];
      try {
        rows = (
          await this.pool.query<{ log: string; seq: string; leaf: string; leaf_hash: Buffer }>('SELECT log, seq, leaf, leaf_hash FROM audit_leaf WHERE (log, seq) > ($1, $2) ORDER BY log, seq LIMIT $3', [
            after[0],
            after[1],
            PAGE,
          ])
        ).rows;
      } catch (err) {
        throw new AuditUnavailableError(`audit store cannot read the log: ${errorText(err)}`, { cause: err });
      }
      for (const r of rows) {
        const record = parseLeaf(r.leaf, r.log, Number(r.seq), r.leaf_hash.toString('hex'));
        if ('error' in record) throw new Error(`audit record ${r.log}/${r.seq}: ${record.error}; run verify()`);
        if (since === undefined || Date.parse(record.time) >= sinceMs) yield record;
      }
      if (rows.length < PAGE) return;
      const last = rows[rows.length - 1]!;
      after = [last.log, Number(last.seq)];
    }
  }

  async healthy(): Promise<boolean> {
    if (this.closed) return false;
    try {
      const writer = await this.open();
      // A real write that commits: refused by a read-only or recovering server, as an append would be.
      await this.pool.query('UPDATE audit_logs SET checked_at = now() WHERE log = $1', [writer.log]);
      return true;
    } catch {
      return false;
    }
  }

  private checkOpen(): void {
    if (this.closed) throw new AuditUnavailableError('audit store is closed');
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    // Let a commit in flight finish (its callers are waiting for it), then close the connections.
    while (this.committing) await new Promise((r) => setTimeout(r, 5));
    for (const w of this.queue.splice(0)) w.reject(new AuditUnavailableError('audit store is closed'));
    await this.pool.end();
  }
}

/**
 * The PostgreSQL store for this replica's log. Returns at once: the tables and the log are set up on
 * first use, so a replica starts (and answers 503) while the database is not reachable yet.
 */
export function openPostgresAuditStore(o: PostgresAuditStoreOptions): MerkleAuditStore {
  return new PostgresAuditStore(o);
}

export const isPostgresUrl = (url: string | undefined): url is string => url !== undefined && /^postgres(ql)?:\/\//.test(url);
