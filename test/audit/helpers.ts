// Shared fixtures for the audit tests: temporary data directories and entries.
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { AUDIT_DB_FILE, LeafBatchBuilder, requestHash, type AuditEntry, type LeafBatch } from '../../audit/index.ts';

const dirs: string[] = [];
const cleanups: (() => unknown)[] = [];

afterEach(async () => {
  for (const f of cleanups.splice(0)) {
    try {
      await f();
    } catch {
      // already closed
    }
  }
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fresh directory removed after the test; `sub` names a not-yet-existing directory inside it. */
export function tempDir(sub?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'phigate-audit-'));
  dirs.push(dir);
  return sub ? join(dir, sub) : dir;
}

/** Runs `close` after the test (stores, raw connections), so a failing assertion leaks nothing. */
export function closeLater<T extends { close(): unknown }>(x: T): T {
  cleanups.push(() => x.close());
  return x;
}

/** Everything an async iterable yields, in order (Array.fromAsync needs Node 22). */
export async function all<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** A raw connection to the store's file, as an attacker (or an auditor) would open it. */
export function rawDb(dataDir: string): Database.Database {
  return closeLater(new Database(join(dataDir, AUDIT_DB_FILE)));
}

export const testKey = randomBytes(32);

let counter = 0;
/** A well-formed entry; fields can be overridden. */
export function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  counter++;
  return {
    decisionId: `01JD${String(counter).padStart(22, '0')}`,
    time: new Date(Date.UTC(2026, 10, 24, 15, 0, 0) + counter * 1000).toISOString(),
    policy: { name: 'hipaa-messaging', version: '2026.11.1', digest: `sha256:${'ab'.repeat(32)}` },
    engineVersion: '0.1.0',
    requestHash: requestHash(testKey, { n: counter }),
    decision: 'downgrade',
    rules: ['clinical-content-on-unsecured-channel'],
    labels: ['lab_value'],
    channel: 'sms',
    category: 'lab_result',
    ...overrides,
  };
}

/** A LeafBatch of leaves given as text (and the decision id each is looked up by, default the one in the text). */
export function batchOf(texts: readonly string[], decisionId?: (text: string, i: number) => string): LeafBatch {
  const b = new LeafBatchBuilder(texts.length);
  texts.forEach((text, i) => b.add(text, decisionId ? decisionId(text, i) : (JSON.parse(text) as { decisionId: string }).decisionId));
  return b.done();
}
