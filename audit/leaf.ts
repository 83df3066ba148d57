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
import { leafHash } from './merkle.ts';
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
