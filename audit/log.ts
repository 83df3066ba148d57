// The Merkle log on top of any storage: what a commit writes (its leaves, the perfect subtrees it
// completes at the stored levels, one signed tree head), how proofs are read back, and how a whole log
// is verified. The stores (sqlite.ts, postgres.ts) only move rows; this file decides what the rows are.
//
// Stored subtrees: a commit keeps the roots of the perfect subtrees it completes at levels 8, 16, 24…
// (256, 65,536… leaves). Any hash a proof needs is then at most 256 stored hashes away: a subtree of
// 2^h leaves is folded from 2^(h mod 8) stored nodes of level 8·⌊h/8⌋, or from its leaf hashes when h < 8.
import type { KeyObject } from 'node:crypto';
import { headError, plainHead, signHead, type SignedTreeHead, type SigningKey } from './heads.ts';
import { parseLeaf, type LeafBatch, type LogRecord } from './leaf.ts';
import { Frontier, HASH_BYTES, consistencyRanges, foldRight, inclusionRanges, leafHash, perfectSubtrees, rootOf, subtreesOf, verifyConsistency, verifyInclusion, type Range, type TreeNode } from './merkle.ts';
import { GENESIS_HASH, recordHash } from './chain.ts';
import type { AuditStore, VerifyResult } from './store.ts';

/** A log a store holds: its id, its public key (SPKI PEM) and its latest signed head. */
export interface LogInfo {
  log: string;
  publicKeyPem: string;
  head: SignedTreeHead | undefined;
}

/** An audit store in the Merkle log format: the AuditStore, plus heads and proofs for auditors. */
export interface MerkleAuditStore extends AuditStore {
  /** Replays every log it holds (verifyLog); `published`: heads kept elsewhere that the logs must contain. */
  verify(options?: { published?: readonly SignedTreeHead[] }): Promise<VerifyResult>;
  /** The logs in the store (SQLite: one; PostgreSQL: one per replica). */
  logs(): Promise<LogInfo[]>;
  /** Signed heads of a log in size order. */
  heads(log: string): AsyncIterable<SignedTreeHead>;
  /** The inclusion proof of a decision against the latest head of its log (or its head of `size`); undefined when no such decision. */
  proveDecision(decisionId: string, options?: { size?: number }): Promise<InclusionProof | undefined>;
  /** The consistency proof between two signed heads of a log (`to`: default the latest). */
  proveConsistency(log: string, from: number, to?: number): Promise<ConsistencyProof>;
  /**
   * Commits leaves built elsewhere (the batch workers: each from a validated entry, by LeafBatchBuilder),
   * in order, in one commit with one signed head. Resolves once durable, to the log and the seq of the first leaf.
   */
  appendPrepared(leaves: readonly LeafBatch[]): Promise<{ log: string; first: number }>;
}

/** Whether a store can take prepared leaves (both stores of this folder can). */
export const takesPreparedLeaves = (store: AuditStore): store is MerkleAuditStore => typeof (store as Partial<MerkleAuditStore>).appendPrepared === 'function';

/** Levels of perfect subtrees that are stored: multiples of this (8: every 256 leaves, then every 65,536…). */
export const NODE_LEVEL_STEP = 8;
export const isStoredLevel = (level: number): boolean => level > 0 && level % NODE_LEVEL_STEP === 0;

/** What one commit writes, all in one transaction. */
export interface CommitPlan {
  log: string;
  /** Leaf index (0-based) of the first leaf: seq = first + 1. */
  first: number;
  leaves: readonly LeafBatch[];
  /** The perfect subtrees at stored levels that these leaves complete. */
  nodes: TreeNode[];
  head: SignedTreeHead;
  /** The tree's edge after the commit: the writer adopts it once the commit is durable. */
  frontier: Frontier;
}

/** ISO text of a UTC time with milliseconds (what heads carry). */
const isoNow = (now: number): string => new Date(now).toISOString();

/**
 * The one writer of a log in this process: holds the tree's edge (read at open), plans each commit
 * from it and advances only once the commit is durable (`adopt`). A failed commit leaves it where it was.
 */
export class LogWriter {
  constructor(
    readonly key: SigningKey,
    private frontier: Frontier,
  ) {}

  get size(): number {
    return this.frontier.size;
  }

  get log(): string {
    return this.key.log;
  }

  /** The leaves appended after the current edge, the nodes they complete, and the signed head of the result. */
  plan(leaves: readonly LeafBatch[], now: number = Date.now()): CommitPlan {
    const frontier = this.frontier.clone();
    const first = frontier.size;
    const nodes: TreeNode[] = [];
    const keep = (n: TreeNode): void => {
      if (isStoredLevel(n.level)) nodes.push(n);
    };
    for (const batch of leaves) for (let i = 0; i < batch.count; i++) frontier.append(batch.hashes.subarray(HASH_BYTES * i, HASH_BYTES * (i + 1)), keep);
    const head = signHead(this.key, { size: frontier.size, root: frontier.root().toString('hex'), time: isoNow(now) });
    return { log: this.key.log, first, leaves, nodes, head, frontier };
  }

  adopt(plan: CommitPlan): void {
    if (plan.first !== this.frontier.size) throw new Error('audit log: a commit was planned from another edge');
    this.frontier = plan.frontier;
  }

  /** Starts again from an edge read from storage (after a failure, or when another writer appended). */
  reset(frontier: Frontier): void {
    this.frontier = frontier;
  }
}

/** Read access to the hashes of one log, for proofs and for rebuilding the edge at open. */
export interface TreeSource {
  /** Leaf hashes of leaf indexes [lo, hi), in order; fewer when the log is shorter. */
  leafHashes(lo: number, hi: number): Promise<Buffer[]>;
  /** Stored subtree roots of `level` with indexes [lo, hi), in order; fewer when not all are stored. */
  nodes(level: number, lo: number, hi: number): Promise<Buffer[]>;
}

/** Where the hashes of an aligned perfect subtree [lo, hi) are stored: leaf hashes, or nodes of one stored level. */
function storedParts([lo, hi]: Range): { level: number; lo: number; hi: number } {
  const height = Math.round(Math.log2(hi - lo));
  const level = height - (height % NODE_LEVEL_STEP);
  return { level, lo: lo / 2 ** level, hi: hi / 2 ** level };
}

function foldParts(range: Range, level: number, parts: Buffer[]): Buffer {
  const [lo, hi] = range;
  if (parts.length !== (hi - lo) / 2 ** level) {
    throw new MissingHashesError(`audit log: ${level === 0 ? `leaf hashes ${lo}–${hi - 1}` : `stored subtrees of level ${level} for leaves ${lo}–${hi - 1}`} are missing`);
  }
  return rootOf(parts);
}

/** MTH of an aligned perfect subtree [lo, hi), from stored nodes where there are. */
async function perfectRoot(src: TreeSource, range: Range): Promise<Buffer> {
  const p = storedParts(range);
  return foldParts(range, p.level, p.level === 0 ? await src.leafHashes(p.lo, p.hi) : await src.nodes(p.level, p.lo, p.hi));
}

/** TreeSource for storage that reads synchronously (SQLite). */
export interface SyncTreeSource {
  leafHashes(lo: number, hi: number): Buffer[];
  nodes(level: number, lo: number, hi: number): Buffer[];
}

/** frontierAt for synchronous storage. */
export function frontierAtSync(src: SyncTreeSource, size: number): Frontier {
  const nodes = subtreesOf(size).map((range) => {
    const p = storedParts(range);
    return foldParts(range, p.level, p.level === 0 ? src.leafHashes(p.lo, p.hi) : src.nodes(p.level, p.lo, p.hi));
  });
  return new Frontier(size, nodes);
}

/** Hashes a proof needs are not in storage: the log was truncated, or its subtrees deleted. */
export class MissingHashesError extends Error {
  override readonly name = 'MissingHashesError';
}

/** MTH of a proof range (made of aligned perfect subtrees). */
export async function rangeHash(src: TreeSource, range: Range): Promise<Buffer> {
  const parts = [];
  for (const r of perfectSubtrees(range)) parts.push(await perfectRoot(src, r));
  return foldRight(parts);
}

/** The tree's edge at `size`, from storage: what a writer starts from. */
export async function frontierAt(src: TreeSource, size: number): Promise<Frontier> {
  const nodes = [];
  for (const r of subtreesOf(size)) nodes.push(await perfectRoot(src, r));
  return new Frontier(size, nodes);
}

export async function inclusionPath(src: TreeSource, index: number, size: number): Promise<Buffer[]> {
  const out = [];
  for (const r of inclusionRanges(index, size)) out.push(await rangeHash(src, r));
  return out;
}

export async function consistencyPath(src: TreeSource, first: number, second: number): Promise<Buffer[]> {
  const out = [];
  for (const r of consistencyRanges(first, second)) out.push(await rangeHash(src, r));
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Proof files: what `phigate audit prove` writes and `phigate audit check-proof` reads. Plain JSON, so
// an auditor can also follow the documented procedure by hand.

export const INCLUSION_PROOF = 'phigate inclusion proof v1';
export const CONSISTENCY_PROOF = 'phigate consistency proof v1';

export interface InclusionProof {
  type: typeof INCLUSION_PROOF;
  /** The leaf exactly as it was hashed: its UTF-8 bytes after 0x00 give the leaf hash. */
  leaf: string;
  /** 0-based leaf index (= seq - 1). */
  index: number;
  /** Hex hashes, from the leaf's sibling upward (RFC 9162 inclusion_path). */
  path: string[];
  /** The signed head the path leads to (head.size is the tree size of the proof). */
  head: SignedTreeHead;
}

export interface ConsistencyProof {
  type: typeof CONSISTENCY_PROOF;
  from: SignedTreeHead;
  to: SignedTreeHead;
  /** Hex hashes (RFC 9162 consistency_path). */
  path: string[];
}

const HEX64 = /^[0-9a-f]{64}$/;
const hexList = (v: unknown): v is string[] => Array.isArray(v) && v.every((h) => typeof h === 'string' && HEX64.test(h));
const buffers = (hex: readonly string[]): Buffer[] => hex.map((h) => Buffer.from(h, 'hex'));

export type ProofCheck = { ok: true; summary: string; record?: LogRecord } | { ok: false; reason: string };

/**
 * Checks a proof file's content offline with nothing but the log's public key: the head's signature and
 * log id, then the inclusion of the leaf (or the consistency of the two heads). Never throws.
 */
export function checkProof(proof: unknown, publicKey: KeyObject): ProofCheck {
  const fail = (reason: string): ProofCheck => ({ ok: false, reason });
  if (typeof proof !== 'object' || proof === null) return fail('the proof is not a JSON object');
  const p = proof as Record<string, unknown>;
  if (p.type === INCLUSION_PROOF) {
    const bad = headError(p.head, publicKey);
    if (bad) return fail(bad);
    const head = p.head as SignedTreeHead;
    if (typeof p.leaf !== 'string') return fail('leaf is not a text');
    if (typeof p.index !== 'number' || !Number.isSafeInteger(p.index) || p.index < 0) return fail('index is not a whole number');
    if (!hexList(p.path)) return fail('path is not a list of 64-hex-digit hashes');
    const hashHex = leafHash(p.leaf).toString('hex');
    const record = parseLeaf(p.leaf, head.log, p.index + 1, hashHex);
    if ('error' in record) return fail(`the leaf is not a decision record: ${record.error}`);
    if (p.index >= head.size) return fail(`leaf ${p.index} is not in a tree of ${head.size} leaves`);
    if (!verifyInclusion(Buffer.from(hashHex, 'hex'), p.index, head.size, buffers(p.path), Buffer.from(head.root, 'hex'))) {
      return fail(`the inclusion proof does not lead to the root of the signed head of size ${head.size}: the leaf, its index or the path was altered`);
    }
    return {
      ok: true,
      record,
      summary: `decision ${record.decisionId} (${record.decision}, ${record.time}, policy ${record.policy.name} ${record.policy.version}) is leaf ${p.index} of log ${head.log}, in the tree of ${head.size} leaves signed at ${head.time}`,
    };
  }
  if (p.type === CONSISTENCY_PROOF) {
    for (const end of ['from', 'to'] as const) {
      const bad = headError(p[end], publicKey);
      if (bad) return fail(`${end}: ${bad}`);
    }
    const [from, to] = [p.from as SignedTreeHead, p.to as SignedTreeHead];
    if (!hexList(p.path)) return fail('path is not a list of 64-hex-digit hashes');
    if (from.size > to.size) return fail(`the first head (${from.size} leaves) is larger than the second (${to.size})`);
    if (!verifyConsistency(from.size, to.size, Buffer.from(from.root, 'hex'), Buffer.from(to.root, 'hex'), buffers(p.path))) {
      return fail(`the tree of ${from.size} leaves is not a prefix of the tree of ${to.size} leaves: the log was rewritten between the two heads, or the proof was altered`);
    }
    return { ok: true, summary: `the tree head of ${from.size} leaves (${from.time}) is a prefix of the tree head of ${to.size} leaves (${to.time}) of log ${from.log}` };
  }
  return fail(`unknown proof type ${JSON.stringify(p.type)}; expected "${INCLUSION_PROOF}" or "${CONSISTENCY_PROOF}"`);
}

export function inclusionProof(leaf: string, index: number, path: readonly Buffer[], head: SignedTreeHead): InclusionProof {
  return { type: INCLUSION_PROOF, leaf, index, path: path.map((h) => h.toString('hex')), head: plainHead(head) };
}

export function consistencyProof(from: SignedTreeHead, to: SignedTreeHead, path: readonly Buffer[]): ConsistencyProof {
  return { type: CONSISTENCY_PROOF, from: plainHead(from), to: plainHead(to), path: path.map((h) => h.toString('hex')) };
}

// ---------------------------------------------------------------------------------------------------
// Verification of a whole log.

/** A stored leaf: its position, its text and the hash stored beside it. */
export interface StoredLeaf {
  seq: number;
  text: string;
  /** Hex leaf hash as stored. */
  hash: string;
  /** The decision id stored beside the leaf (what prove looks a decision up by). */
  decisionId?: string;
}

/** Everything verification reads of one log, in order. */
export interface LogSource extends TreeSource {
  log: string;
  publicKey: KeyObject;
  /** Leaves in seq order. */
  leaves(): AsyncIterable<StoredLeaf>;
  /** Heads in size order. */
  heads(): AsyncIterable<SignedTreeHead>;
}

export interface LogVerifyResult {
  ok: boolean;
  log: string;
  /** Leaves found intact before the first problem (all when ok). */
  checked: number;
  /** Signed heads checked (signature, and root against the leaves). */
  heads: number;
  /** Heads given by the caller (published copies) found consistent with the log. */
  published: number;
  firstBroken?: { seq: number; reason: string };
}

/**
 * Replays a log: every leaf (its place, its form, its stored hash; for migrated records the old chain
 * too), every stored subtree, every signed head (signature, and its root against the tree of that many
 * leaves), then every published head: it must be signed by this log's key, and the log must hold a
 * tree of its size with its root, shown also by a consistency proof to the latest head. Reports the
 * first problem. A rewritten or truncated log fails against any head that was published before.
 */
export async function verifyLog(src: LogSource, published: readonly SignedTreeHead[] = []): Promise<LogVerifyResult> {
  const frontier = new Frontier();
  let checked = 0;
  let headCount = 0;
  let publishedOk = 0;
  const result = (firstBroken?: { seq: number; reason: string }): LogVerifyResult => ({
    ok: firstBroken === undefined,
    log: src.log,
    checked,
    heads: headCount,
    published: publishedOk,
    ...(firstBroken ? { firstBroken } : {}),
  });

  // Heads in size order, checked as the replay reaches their size.
  const headIterator = src.heads()[Symbol.asyncIterator]();
  let nextHead = await headIterator.next();
  let lastHeadSize = 0;
  let latest: SignedTreeHead | undefined;
  const roots = new Map<number, string>(); // roots at the sizes of published heads
  const wanted = new Set(published.map((h) => h.size));
  if (wanted.has(0)) roots.set(0, frontier.root().toString('hex'));
  const checkHeadsAt = async (size: number): Promise<{ seq: number; reason: string } | undefined> => {
    while (!nextHead.done && nextHead.value.size <= size) {
      const h = nextHead.value;
      const bad = headError(h, src.publicKey);
      if (bad) return { seq: h.size, reason: `signed head: ${bad}` };
      if (headCount > 0 && h.size <= lastHeadSize) return { seq: h.size, reason: `signed head: sizes out of order (${h.size} after ${lastHeadSize})` };
      const root = frontier.root().toString('hex');
      if (h.root !== root) return { seq: h.size, reason: `root mismatch: the signed head of size ${h.size} (${h.time}) has root ${h.root}, the leaves give ${root}; the log was altered` };
      lastHeadSize = h.size;
      latest = h;
      headCount++;
      nextHead = await headIterator.next();
    }
    return undefined;
  };

  let prevChainHash = GENESIS_HASH;
  const pendingNodes: TreeNode[] = [];
  let expectedSeq = 1;
  const headsAt0 = await checkHeadsAt(0);
  if (headsAt0) return result(headsAt0);
  for await (const leaf of src.leaves()) {
    if (leaf.seq !== expectedSeq) {
      return result(
        leaf.seq > expectedSeq
          ? { seq: expectedSeq, reason: `seq gap: leaf ${expectedSeq}${leaf.seq - 1 > expectedSeq ? `–${leaf.seq - 1}` : ''} missing (next is ${leaf.seq}); leaves were deleted` }
          : { seq: leaf.seq, reason: `seq out of order: expected ${expectedSeq}, found ${leaf.seq}` },
      );
    }
    const hashHex = leafHash(leaf.text).toString('hex');
    if (hashHex !== leaf.hash) return result({ seq: leaf.seq, reason: `leaf hash mismatch: stored ${leaf.hash}, the leaf hashes to ${hashHex}; the record was altered` });
    const record = parseLeaf(leaf.text, src.log, leaf.seq, hashHex);
    if ('error' in record) return result({ seq: leaf.seq, reason: `malformed leaf: ${record.error}; the record was altered` });
    if (leaf.decisionId !== undefined && leaf.decisionId !== record.decisionId) {
      return result({ seq: leaf.seq, reason: `decision id mismatch: the index says ${leaf.decisionId}, the leaf holds ${record.decisionId}; the index was altered` });
    }
    if (record.chain) {
      // A record of the chained format: its chain must still hold, and continue from the one before.
      const { chain, log: _log, leafHash: _h, ...fields } = record;
      const computed = recordHash({ ...fields, prevHash: chain.prevHash });
      if (computed !== chain.hash) return result({ seq: leaf.seq, reason: `migrated record: chain hash mismatch (stored ${chain.hash}, contents hash to ${computed})` });
      if (chain.prevHash !== prevChainHash) return result({ seq: leaf.seq, reason: `migrated record: prevHash mismatch (expected ${prevChainHash}, found ${chain.prevHash})` });
      prevChainHash = chain.hash;
    }
    frontier.append(Buffer.from(hashHex, 'hex'), (n) => {
      if (isStoredLevel(n.level)) pendingNodes.push(n);
    });
    for (const n of pendingNodes.splice(0)) {
      const stored = await src.nodes(n.level, n.index, n.index + 1);
      if (stored.length !== 1) return result({ seq: leaf.seq, reason: `stored subtree missing: level ${n.level}, index ${n.index}` });
      if (!stored[0]!.equals(n.hash)) return result({ seq: leaf.seq, reason: `stored subtree mismatch: level ${n.level}, index ${n.index}; proofs would not verify` });
    }
    checked++;
    expectedSeq++;
    if (wanted.has(frontier.size)) roots.set(frontier.size, frontier.root().toString('hex'));
    const bad = await checkHeadsAt(frontier.size);
    if (bad) return result(bad);
  }
  if (!nextHead.done) {
    const h = nextHead.value;
    return result({ seq: frontier.size + 1, reason: `truncated: a head of size ${h.size} was signed (${h.time}) but the log has ${frontier.size} leaves; leaves were deleted` });
  }
  if (latest && latest.size !== frontier.size) {
    return result({ seq: latest.size + 1, reason: `unsigned leaves: the log has ${frontier.size} leaves but its latest signed head has ${latest.size}; leaves were added outside a commit` });
  }
  if (!latest && frontier.size > 0) return result({ seq: 1, reason: `unsigned leaves: the log has ${frontier.size} leaves and no signed head` });

  for (const h of published) {
    const bad = headError(h, src.publicKey);
    if (bad) return result({ seq: h.size, reason: `published head: ${bad}` });
    if (h.size > frontier.size) {
      return result({ seq: frontier.size + 1, reason: `truncated: a published head of size ${h.size} (${h.time}) is larger than the log (${frontier.size} leaves); leaves were deleted` });
    }
    if (roots.get(h.size) !== h.root) {
      return result({ seq: h.size, reason: `rewritten: the published head of size ${h.size} (${h.time}) has root ${h.root}, the log now gives ${roots.get(h.size)}; the log is not the one that was published` });
    }
    if (latest) {
      const path = await consistencyPath(src, h.size, latest.size);
      if (!verifyConsistency(h.size, latest.size, Buffer.from(h.root, 'hex'), Buffer.from(latest.root, 'hex'), path)) {
        return result({ seq: h.size, reason: `the published head of size ${h.size} is not consistent with the latest head (${latest.size})` });
      }
    }
    publishedOk++;
  }
  return result();
}
