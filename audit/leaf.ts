// The leaf of one decision in the Merkle log: the canonical JSON (object keys sorted at every level,
// no whitespace) of the decision's audit entry, as UTF-8. Pure: the stores, the batch workers and an
// auditor's offline check build and read leaves with this code.
//
//   {"category":…,"channel":…,"decision":…,"decisionId":…,"engineVersion":…,"labels":[…],
//    "policy":{"digest":…,"name":…,"version":…},"requestHash":"hmac-sha256:…","rules":[…],"time":…}
//
// A record migrated from the chained format (schema 1) is the canonical JSON of the whole chained
// record: the same fields plus "hash", "prevHash" and "seq", so the old chain stays checkable and is
// anchored in the tree. Leaves never hold PHI: AuditEntry has no field for it (see store.ts).
import { canonicalJson, jsonString, jsonStrings } from '../engine/index.ts';
import { Utf8Bytes } from './bytes.ts';
import { HASH_BYTES, leafHash, writeLeafHash } from './merkle.ts';
import { DECISIONS, type AuditEntry, type AuditRecord } from './store.ts';

/** One decision as it is in the log (the store's AuditRecord). */
export type LogRecord = AuditRecord;

/** The policy's canonical JSON, kept for the last policy seen (records come many per policy). */
let lastPolicy = { name: '', version: '', digest: '', json: '{"digest":"","name":"","version":""}' };

function policyJson(p: AuditEntry['policy']): string {
  if (p.name !== lastPolicy.name || p.version !== lastPolicy.version || p.digest !== lastPolicy.digest) {
    lastPolicy = { name: p.name, version: p.version, digest: p.digest, json: `{"digest":${jsonString(p.digest)},"name":${jsonString(p.name)},"version":${jsonString(p.version)}}` };
  }
  return lastPolicy.json;
}

/** canonicalJson of the entry's fields (and only those), written in sorted key order directly (tested equal). */
export function leafText(e: AuditEntry): string {
  return `{"category":${jsonString(e.category)},"channel":${jsonString(e.channel)},"decision":${jsonString(e.decision)},"decisionId":${jsonString(e.decisionId)},"engineVersion":${jsonString(e.engineVersion)},"labels":${jsonStrings(e.labels)},"policy":${policyJson(e.policy)},"requestHash":${jsonString(e.requestHash)},"rules":${jsonStrings(e.rules)},"time":${jsonString(e.time)}}`;
}

/** The leaf of a record of the chained format: canonical JSON of all its fields, chain fields included. */
export function legacyLeafText(r: AuditEntry & { seq: number; prevHash: string; hash: string }): string {
  return canonicalJson({
    category: r.category,
    channel: r.channel,
    decision: r.decision,
    decisionId: r.decisionId,
    engineVersion: r.engineVersion,
    hash: r.hash,
    labels: r.labels,
    policy: { digest: r.policy.digest, name: r.policy.name, version: r.policy.version },
    prevHash: r.prevHash,
    requestHash: r.requestHash,
    rules: r.rules,
    seq: r.seq,
    time: r.time,
  });
}

/** A leaf as the log stores it: its text, its hash, and the decision id it is looked up by. */
export interface PreparedLeaf {
  text: string;
  hash: Buffer;
  decisionId: string;
}

export function prepareLeaf(entry: AuditEntry): PreparedLeaf {
  const text = leafText(entry);
  return { text, hash: leafHash(text), decisionId: entry.decisionId };
}

/**
 * Leaves in columns, as a commit writes them: the leaves' UTF-8 texts and their decision ids, each
 * followed by '\n' (neither canonical JSON nor a decision id holds a raw newline), and 32 bytes of hash
 * per leaf. The batch workers build them and transfer the buffers; the stores write views of them, so
 * a batch's leaves are never turned back into strings on the main thread.
 */
export interface LeafBatch {
  count: number;
  texts: Uint8Array;
  /** Where each leaf's text ends in `texts` (at its '\n'); the next one starts a byte later. */
  textEnds: Uint32Array;
  ids: Uint8Array;
  idEnds: Uint32Array;
  hashes: Uint8Array;
}

/** The bytes of item i of a column (texts or ids) of a LeafBatch, without its '\n': a view. */
export function columnItem(column: Uint8Array, ends: Uint32Array, i: number): Uint8Array {
  return column.subarray(i === 0 ? 0 : ends[i - 1]! + 1, ends[i]);
}

const NEWLINE = 0x0a;

/** A growing column of '\n'-terminated UTF-8 texts. */
class Column {
  readonly bytes: Utf8Bytes;
  ends: Uint32Array;

  constructor(count: number, bytesEach: number) {
    this.bytes = new Utf8Bytes(count * bytesEach);
    this.ends = new Uint32Array(Math.max(1, count));
  }

  /** Appends `text` and its '\n'; returns the text's bytes (a view). */
  add(text: string, i: number): Uint8Array {
    const start = this.bytes.length;
    this.bytes.text(text);
    const end = this.bytes.length;
    this.bytes.byte(NEWLINE);
    if (i >= this.ends.length) this.ends = grown(this.ends, i + 1);
    this.ends[i] = end;
    return this.bytes.view(start, end);
  }
}

function grown(a: Uint32Array, atLeast: number): Uint32Array {
  const b = new Uint32Array(Math.max(atLeast, 2 * a.length));
  b.set(a);
  return b;
}

/** Builds a LeafBatch leaf by leaf: the text and the decision id of each (hashed here). */
export class LeafBatchBuilder {
  private readonly texts: Column;
  private readonly ids: Column;
  private hashes: Buffer;
  private count = 0;

  /** `expected`: about how many leaves (the buffers grow past it). */
  constructor(expected: number) {
    this.texts = new Column(expected, 512);
    this.ids = new Column(expected, 32);
    this.hashes = Buffer.alloc(HASH_BYTES * Math.max(1, expected));
  }

  add(text: string, decisionId: string): void {
    const i = this.count++;
    const bytes = this.texts.add(text, i);
    this.ids.add(decisionId, i);
    if (this.hashes.length < HASH_BYTES * this.count) this.hashes = Buffer.concat([this.hashes], 2 * this.hashes.length);
    writeLeafHash(bytes, this.hashes, HASH_BYTES * i);
  }

  /** The batch, its buffers cut to what they hold (each its own ArrayBuffer, so it can be transferred). */
  done(): LeafBatch {
    const n = this.count;
    return {
      count: n,
      texts: this.texts.bytes.done(),
      textEnds: this.texts.ends.slice(0, n),
      ids: this.ids.bytes.done(),
      idEnds: this.ids.ends.slice(0, n),
      hashes: Uint8Array.prototype.slice.call(this.hashes, 0, HASH_BYTES * n),
    };
  }
}

/** The leaves of validated entries, in columns. */
export function leafBatch(entries: readonly AuditEntry[]): LeafBatch {
  const b = new LeafBatchBuilder(entries.length);
  for (const e of entries) b.add(leafText(e), e.decisionId);
  return b.done();
}

/** The hash of leaf i of a batch, in hex. */
export const leafHashHex = (b: LeafBatch, i: number): string => Buffer.from(b.hashes.buffer, b.hashes.byteOffset + HASH_BYTES * i, HASH_BYTES).toString('hex');

/**
 * The columns of some batches as single buffers, in order: texts and ids each separated (not ended) by
 * '\n', hashes 32 bytes each. Views when there is one batch.
 */
export function concatColumns(batches: readonly LeafBatch[]): { texts: Buffer; ids: Buffer; hashes: Buffer } {
  const joined = (column: (b: LeafBatch) => Uint8Array): Buffer => Buffer.concat(batches.map(column));
  const one = batches.length === 1 ? batches[0]! : undefined;
  const asBuffer = (a: Uint8Array): Buffer => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  const texts = one ? asBuffer(one.texts) : joined((b) => b.texts);
  const ids = one ? asBuffer(one.ids) : joined((b) => b.ids);
  return { texts: texts.subarray(0, texts.length - 1), ids: ids.subarray(0, ids.length - 1), hashes: one ? asBuffer(one.hashes) : joined((b) => b.hashes) };
}

/** The number of leaves in some batches. */
export const leafCount = (batches: readonly LeafBatch[]): number => batches.reduce((n, b) => n + b.count, 0);

const ENTRY_KEYS = 'category,channel,decision,decisionId,engineVersion,labels,policy,requestHash,rules,time';
const LEGACY_KEYS = 'category,channel,decision,decisionId,engineVersion,hash,labels,policy,prevHash,requestHash,rules,seq,time';
const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);

/**
 * The record a stored leaf holds, or the reason it is not a leaf this log writes: not JSON, other
 * fields, a field of the wrong kind, or not in canonical form (the same JSON written another way would
 * hash differently, so a leaf must be exactly the text it was hashed as).
 */
export function parseLeaf(text: string, log: string, seq: number, hashHex: string): LogRecord | { error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { error: 'the leaf is not JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { error: 'the leaf is not a JSON object' };
  const v = value as Record<string, unknown>;
  const keys = Object.keys(v).sort().join(',');
  const legacy = keys === LEGACY_KEYS;
  if (keys !== ENTRY_KEYS && !legacy) return { error: `the leaf has the fields ${keys}` };
  for (const f of ['category', 'channel', 'decisionId', 'engineVersion', 'requestHash', 'time']) if (!isString(v[f])) return { error: `${f} is not a text` };
  if (!(DECISIONS as readonly unknown[]).includes(v.decision)) return { error: 'decision is not allow, downgrade or deny' };
  if (!isStringList(v.rules) || !isStringList(v.labels)) return { error: 'rules or labels is not a list of names' };
  const p = v.policy as Record<string, unknown> | null;
  if (typeof p !== 'object' || p === null || Object.keys(p).sort().join(',') !== 'digest,name,version' || !isString(p.name) || !isString(p.version) || !isString(p.digest)) {
    return { error: 'policy is not {digest, name, version}' };
  }
  const entry: AuditEntry = {
    decisionId: v.decisionId as string,
    time: v.time as string,
    policy: { name: p.name, version: p.version, digest: p.digest },
    engineVersion: v.engineVersion as string,
    requestHash: v.requestHash as string,
    decision: v.decision as AuditEntry['decision'],
    rules: v.rules,
    labels: v.labels,
    channel: v.channel as string,
    category: v.category as string,
  };
  if (legacy) {
    if (v.seq !== seq) return { error: `the migrated record has seq ${String(v.seq)} at position ${seq}` };
    if (!isString(v.prevHash) || !isString(v.hash)) return { error: 'prevHash or hash is not a text' };
    const record = { ...entry, seq, prevHash: v.prevHash, hash: v.hash };
    if (legacyLeafText(record) !== text) return { error: 'the leaf is not in canonical form' };
    return { ...entry, log, seq, leafHash: hashHex, chain: { prevHash: v.prevHash, hash: v.hash } };
  }
  if (leafText(entry) !== text) return { error: 'the leaf is not in canonical form' };
  return { ...entry, log, seq, leafHash: hashHex };
}

/** The record's fields in a fixed order, for exports (the chain fields only on migrated records). */
export function plainLogRecord(r: LogRecord): LogRecord {
  return {
    log: r.log,
    seq: r.seq,
    decisionId: r.decisionId,
    time: r.time,
    policy: { name: r.policy.name, version: r.policy.version, digest: r.policy.digest },
    engineVersion: r.engineVersion,
    requestHash: r.requestHash,
    decision: r.decision,
    rules: [...r.rules],
    labels: [...r.labels],
    channel: r.channel,
    category: r.category,
    leafHash: r.leafHash,
    ...(r.chain ? { chain: { prevHash: r.chain.prevHash, hash: r.chain.hash } } : {}),
  };
}
