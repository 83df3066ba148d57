// The audit trail (45 CFR 164.312(b)): every decision recorded, hash-chained, with the policy version that
// made it, and no PHI. See README.md in this folder.
import { plainRecord } from './chain.ts';
import type { AuditStore } from './store.ts';

export type { AuditEntry, AuditRecord, AuditStore, VerifyResult } from './store.ts';
export { AuditEntryError, AuditUnavailableError, validateEntry } from './store.ts';
export { GENESIS_HASH, chainRecord, recordHash, verifyRecords } from './chain.ts';
export type { VerifyOptions } from './chain.ts';
export { AUDIT_KEY_FILE, loadOrCreateAuditKey, requestHash, requestHasher } from './key.ts';
export { AUDIT_DB_FILE, openSqliteAuditStore } from './sqlite.ts';
export type { SqliteAuditStoreOptions } from './sqlite.ts';

/**
 * Writes the records (all, or those whose time is at or after `since`) as JSON Lines: one record per
 * call of `write`, each a JSON object ending in '\n', in seq order. Resolves to the number of records.
 * An export is verifiable offline with verifyRecords (from seq 1, or with `start` = the first line's
 * seq and prevHash for a `since` export).
 */
export async function exportJsonLines(store: AuditStore, since: string | undefined, write: (line: string) => void): Promise<number> {
  let count = 0;
  for await (const record of store.records(since === undefined ? {} : { since })) {
    write(`${JSON.stringify(plainRecord(record))}\n`);
    count++;
  }
  return count;
}
