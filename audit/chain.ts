// Hash chain of audit records, and its verification. Pure: no I/O, so every store and an auditor's
// offline check of an export use the same code.
import { hash } from 'node:crypto';
import { canonicalJson, jsonString, jsonStrings } from '../engine/index.ts';
import { DECISIONS, type AuditEntry, type VerifyResult } from './store.ts';

/** A record of the chained format (schema 1): kept by migrated trails and by exports made before. */
export interface ChainedRecord extends AuditEntry {
  /** 1, 2, 3, ... without gaps. */
  seq: number;
  /** `hash` of the record before this one; GENESIS_HASH for seq 1. */
  prevHash: string;
  /** `'sha256:' + hex(sha256(prevHash + '\n' + canonicalJson(record without hash)))`. */
  hash: string;
}

/** prevHash of the first record. */
export const GENESIS_HASH = `sha256:${'0'.repeat(64)}`;

/** The record's fields, and only those, in a fixed order (extra properties a caller attached are dropped). */
export function plainRecord(r: ChainedRecord): ChainedRecord {
  return {
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
    prevHash: r.prevHash,
    hash: r.hash,
  };
}

/**
 * canonicalJson of every record field except hash. The fields are known, so the text is written in
 * sorted key order directly: the same text as canonicalJson(body), several times faster (tested against
 * it, with every kind of character).
 */
export function recordBodyJson(r: Omit<ChainedRecord, 'hash'>): string {
  return `{"category":${jsonString(r.category)},"channel":${jsonString(r.channel)},"decision":${jsonString(r.decision)},"decisionId":${jsonString(r.decisionId)},"engineVersion":${jsonString(r.engineVersion)},"labels":${jsonStrings(r.labels)},"policy":${policyJson(r.policy)},"prevHash":${jsonString(r.prevHash)},"requestHash":${jsonString(r.requestHash)},"rules":${jsonStrings(r.rules)},"seq":${JSON.stringify(r.seq)},"time":${jsonString(r.time)}}`;
}

/** The policy's canonical JSON, kept for the last policy seen (records come many per policy): keyed by its texts, not the object, which a caller may change. */
let lastPolicy = policyEntry({ name: '', version: '', digest: '' });

function policyEntry(p: ChainedRecord['policy']): ChainedRecord['policy'] & { json: string } {
  return { name: p.name, version: p.version, digest: p.digest, json: `{"digest":${JSON.stringify(p.digest)},"name":${JSON.stringify(p.name)},"version":${JSON.stringify(p.version)}}` };
}

function policyJson(p: ChainedRecord['policy']): string {
  if (p.name !== lastPolicy.name || p.version !== lastPolicy.version || p.digest !== lastPolicy.digest) lastPolicy = policyEntry(p);
  return lastPolicy.json;
}

/** `'sha256:' + hex(sha256(prevHash + '\n' + canonicalJson(every record field except hash)))`. */
export function recordHash(r: Omit<ChainedRecord, 'hash'>): string {
  return `sha256:${hash('sha256', `${r.prevHash}\n${recordBodyJson(r)}`, 'hex')}`;
}

/** Links an entry after the record whose seq and hash are given (seq 0 and GENESIS_HASH for an empty chain). */
export function chainRecord(entry: AuditEntry, prev: { seq: number; hash: string }): ChainedRecord {
  const record: ChainedRecord = {
    seq: prev.seq + 1,
    decisionId: entry.decisionId,
    time: entry.time,
    policy: { name: entry.policy.name, version: entry.policy.version, digest: entry.policy.digest },
    engineVersion: entry.engineVersion,
    requestHash: entry.requestHash,
    decision: entry.decision,
    rules: [...entry.rules],
    labels: [...entry.labels],
    channel: entry.channel,
    category: entry.category,
    prevHash: prev.hash,
    hash: '',
  };
  record.hash = recordHash(record);
  return record;
}

export interface VerifyOptions {
  /** Where the records start: the first record's expected seq and prevHash. Default: seq 1 after GENESIS_HASH. */
  start?: { seq: number; prevHash: string };
  /**
   * A head obtained elsewhere (the writer's memory, a published anchor): the chain must contain a record
   * at this seq with this hash. Catches a truncated tail and a tail rewritten with recomputed hashes.
   */
  head?: { seq: number; hash: string };
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isStringList = (v: unknown): boolean => Array.isArray(v) && v.every(isString);

/** Why a record read back from storage or an export does not even have the record's shape, if it does not. */
function malformed(r: ChainedRecord): string | undefined {
  const u = r as unknown as Record<string, unknown>;
  for (const f of ['decisionId', 'time', 'engineVersion', 'requestHash', 'channel', 'category', 'prevHash', 'hash']) {
    if (!isString(u[f])) return `${f} is not a text`;
  }
  const p = u.policy as Record<string, unknown> | null | undefined;
  if (typeof p !== 'object' || p === null || !isString(p.name) || !isString(p.version) || !isString(p.digest)) {
    return 'policy is not {name, version, digest}';
  }
  if (!(DECISIONS as readonly unknown[]).includes(u.decision)) return 'decision is not allow, downgrade or deny';
  if (!isStringList(u.rules)) return 'rules is not a list of names';
  if (!isStringList(u.labels)) return 'labels is not a list of names';
  return undefined;
}

/**
 * Recomputes the chain over records given in seq order and reports the FIRST broken record:
 * - a seq gap: records deleted (the missing seq is reported);
 * - a hash that does not match the record's contents: the record was altered;
 * - a prevHash that is not the previous record's hash: records removed, reordered or inserted;
 * - with `head`: the tail was truncated or rewritten.
 * `checked` counts the records found intact before the first broken one.
 */
export function verifyRecords(records: Iterable<ChainedRecord>, options: VerifyOptions = {}): VerifyResult {
  let expectedSeq = options.start?.seq ?? 1;
  let expectedPrev = options.start?.prevHash ?? GENESIS_HASH;
  const head = options.head && options.head.seq >= expectedSeq ? options.head : undefined;
  let checked = 0;
  const broken = (seq: number, reason: string): VerifyResult => ({ ok: false, checked, firstBroken: { seq, reason } });

  for (const r of records) {
    const seq: unknown = (r as { seq?: unknown }).seq;
    if (typeof seq !== 'number' || !Number.isSafeInteger(seq)) return broken(expectedSeq, 'malformed record: seq is not an integer');
    if (seq > expectedSeq) {
      const missing = seq - 1 === expectedSeq ? `record ${expectedSeq} is` : `records ${expectedSeq}-${seq - 1} are`;
      return broken(expectedSeq, `seq gap: ${missing} missing (next record is ${seq}); records were deleted`);
    }
    if (seq < expectedSeq) return broken(seq, `seq out of order: expected ${expectedSeq}, found ${seq}; records were reordered or duplicated`);
    const shape = malformed(r);
    if (shape !== undefined) return broken(seq, `malformed record: ${shape}; the record was altered`);
    const computed = recordHash(r);
    if (computed !== r.hash) return broken(seq, `hash mismatch: stored ${r.hash}, contents hash to ${computed}; the record was altered`);
    if (r.prevHash !== expectedPrev) {
      return broken(seq, `prevHash mismatch: expected ${expectedPrev}, found ${r.prevHash}; records were removed, reordered or inserted`);
    }
    if (head && seq === head.seq && r.hash !== head.hash) {
      return broken(seq, `head mismatch: the writer recorded ${head.hash} for this seq, found ${r.hash}; the tail was rewritten`);
    }
    checked++;
    expectedSeq = seq + 1;
    expectedPrev = r.hash;
  }
  if (head && expectedSeq <= head.seq) {
    return broken(expectedSeq, `truncated: the chain ends at seq ${expectedSeq - 1} but the writer recorded up to seq ${head.seq}; records were deleted`);
  }
  return { ok: true, checked };
}
