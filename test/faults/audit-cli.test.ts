// `phigate audit verify` and `export` read the trail without writing anything: they work on a read-only
// data directory, and a missing table or trail is a failure, never an empty trail that "verifies".
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../bin/cli.ts';
import { AUDIT_DB_FILE, openSqliteAuditStore } from '../../audit/index.ts';
import { entry, tempDir } from '../audit/helpers.ts';
import { readOnlyDir } from './helpers.ts';

/** Where the records are: audit_log in the chained format (schema 1), audit_leaf in the Merkle log. */
const RECORD_TABLES = ['audit_leaf', 'audit_log'];

async function phigate(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(['node', 'phigate', ...args], { out: (t) => (out += t), err: (t) => (err += t), lines: async function* () {}, readAll: async () => '', color: false });
  return { code, out, err };
}

async function trail(dir: string, n: number): Promise<void> {
  const store = openSqliteAuditStore(dir);
  for (let i = 0; i < n; i++) await store.append(entry());
  await store.close();
}

describe('phigate audit verify', () => {
  it('verifies a trail on a read-only data directory, and writes nothing there', async () => {
    const { dir, kind } = await readOnlyDir((d) => trail(d, 3));
    const before = readdirSync(dir).sort();
    const verified = await phigate('audit', 'verify', '--data-dir', dir);
    expect({ kind, ...verified }).toEqual({ kind, code: 0, out: expect.stringMatching(/^ok: 3 records/), err: '' });
    const exported = await phigate('audit', 'export', '--data-dir', dir);
    expect([exported.code, exported.out.trim().split('\n').length]).toEqual([0, 3]);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('fails, and creates nothing, when the table of the records was dropped', async () => {
    const dir = tempDir();
    await trail(dir, 2);
    const raw = new Database(join(dir, AUDIT_DB_FILE));
    const records = RECORD_TABLES.find((t) => raw.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(t) === 1)!;
    raw.exec(`DROP TABLE ${records}`);
    raw.close();
    const verified = await phigate('audit', 'verify', '--data-dir', dir);
    expect(verified.code).toBe(1);
    expect(verified.out).toBe('');
    expect(verified.err).toMatch(new RegExp(`has no ${records} table`));
    const check = new Database(join(dir, AUDIT_DB_FILE), { readonly: true });
    expect(check.prepare('SELECT count(*) FROM sqlite_master WHERE name = ?').pluck().get(records)).toBe(0);
    check.close();
  });

  it('fails when there is no trail, and does not create one', async () => {
    const dir = tempDir('empty');
    const verified = await phigate('audit', 'verify', '--data-dir', dir);
    expect([verified.code, verified.out]).toEqual([1, '']);
    expect(verified.err).toMatch(/No audit trail/);
    expect(existsSync(dir)).toBe(false);
  });

  it('fails on a file that is not an audit trail', async () => {
    const dir = tempDir();
    const other = new Database(join(dir, AUDIT_DB_FILE));
    other.exec('CREATE TABLE unrelated (x)');
    other.close();
    const verified = await phigate('audit', 'verify', '--data-dir', dir);
    expect(verified.code).toBe(1);
    expect(verified.err).toMatch(/has no .*table/);
  });
});
