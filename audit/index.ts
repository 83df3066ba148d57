// The audit trail (45 CFR 164.312(b)): every decision recorded as a leaf of a Merkle log with signed tree
// heads, with the policy version that made it, and no PHI. See README.md in this folder.
import { plainLogRecord } from './leaf.ts';
import type { AuditStore } from './store.ts';

export type { AuditEntry, AuditRecord, AuditStatus, AuditStore, CheckpointerStatus, VerifyResult } from './store.ts';
export { AuditEntryError, AuditUnavailableError, validateEntry } from './store.ts';
export { GENESIS_HASH, chainRecord, recordHash, verifyRecords } from './chain.ts';
export type { ChainedRecord, VerifyOptions } from './chain.ts';
export { SIGNING_KEY_FILE, headError, headShapeError, headText, loadOrCreateSigningKey, loadSigningKey, logIdOf, publicKeyFromPem } from './heads.ts';
export type { SignedTreeHead, SigningKey, TreeHead } from './heads.ts';
export { Utf8Bytes } from './bytes.ts';
export { LeafBatchBuilder, leafCount, leafText, parseLeaf, prepareLeaf } from './leaf.ts';
export type { LeafBatch, PreparedLeaf } from './leaf.ts';
export { CONSISTENCY_PROOF, INCLUSION_PROOF, checkProof, takesPreparedLeaves } from './log.ts';
export type { ConsistencyProof, InclusionProof, LogInfo, MerkleAuditStore, ProofCheck } from './log.ts';
export { isPostgresUrl, openPostgresAuditStore } from './postgres.ts';
export { migrateSqliteAuditStore } from './sqlite-log.ts';
export type { PostgresAuditStoreOptions } from './postgres.ts';
export { AUDIT_KEY_FILE, loadOrCreateAuditKey, requestHash, requestHasher } from './key.ts';
export { AUDIT_DB_FILE, openSqliteAuditStore } from './sqlite.ts';
export type { SqliteAuditStoreOptions } from './sqlite.ts';

/**
 * Writes the records (all, or those whose time is at or after `since`) as JSON Lines: one record per
 * call of `write`, each a JSON object ending in '\n', in seq order (log by log). Resolves to the number of
 * records. Each line carries its log, seq and leaf hash: the hash of leafText(line) is its leaf hash, and
 * `phigate audit prove` gives the path from it to a signed head.
 */
export async function exportJsonLines(store: AuditStore, since: string | undefined, write: (line: string) => void): Promise<number> {
  let count = 0;
  for await (const record of store.records(since === undefined ? {} : { since })) {
    write(`${JSON.stringify(plainLogRecord(record))}\n`);
    count++;
  }
  return count;
}
