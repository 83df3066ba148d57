// Properties over random logs: an untouched log verifies; any single-field change to any stored record
// (made directly in the SQLite file) makes verify() fail exactly at that record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openSqliteAuditStore, requestHash, type AuditEntry } from '../../audit/index.ts';
import { closeLater, rawDb, tempDir, testKey } from './helpers.ts';

const token = fc.stringMatching(/^[A-Za-z0-9_][A-Za-z0-9_.:/+@-]{0,15}$/);
const text = fc.string({ minLength: 1, maxLength: 30, unit: 'grapheme' }).filter((s) => /^[^\p{Cc}\p{Cs}]+$/u.test(s));

const entryArb: fc.Arbitrary<AuditEntry> = fc.record({
  decisionId: token,
  time: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  policy: fc.record({ name: text, version: text, digest: text }),
  engineVersion: text,
  requestHash: fc.jsonValue().map((request) => requestHash(testKey, [request])),
  decision: fc.constantFrom('allow' as const, 'downgrade' as const, 'deny' as const),
  rules: fc.array(token, { maxLength: 4 }),
  labels: fc.array(token, { maxLength: 4 }),
  channel: token,
  category: token,
});

/** Entries, split into groups: a group of one is an append, larger groups are appendMany calls. */
const logArb = fc.array(fc.array(entryArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

type Value = string | number;
/** The same text with its last character changed (a hex digit stays a hex digit). */
const DECISIONS = ['allow', 'downgrade', 'deny'];
const flip = (old: Value): string => (old as string).replace(/.$/, (c) => (c === '0' ? '1' : '0'));
/** Each column with a way to give it a different value of the same SQLite type. */
const MUTATIONS: Record<string, (old: Value, other: string) => Value> = {
  seq: (old) => (old as number) + 1000,
  decision_id: (old, other) => `${old}${other}`,
  time: (old) => new Date(Date.parse(old as string) + 1).toISOString(),
  policy_name: (old, other) => `${old}${other}`,
  policy_version: (old, other) => `${old}${other}`,
  policy_digest: (old, other) => `${old}${other}`,
  engine_version: (old, other) => `${old}${other}`,
  request_hash: flip,
  decision: (old, other) => DECISIONS.filter((d) => d !== old)[other.length % 2]!,
  rules: (old, other) => JSON.stringify([...(JSON.parse(old as string) as string[]), other]),
  labels: (old, other) => {
    const list = JSON.parse(old as string) as string[];
    return JSON.stringify(list.length > 0 ? list.slice(1) : [other]);
  },
  channel: (old, other) => `${old}${other}`,
  category: (old, other) => `${old}${other}`,
  prev_hash: flip,
  hash: flip,
};

describe('chain properties (fast-check)', () => {
  it('every column is covered by a mutation', () => {
    const dir = tempDir();
    closeLater(openSqliteAuditStore(dir));
    const columns = rawDb(dir).prepare('SELECT name FROM pragma_table_info(?)').pluck().all('audit_log');
    expect(columns.sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('random logs verify; any single-field mutation of any record fails verify() at that seq', async () => {
    await fc.assert(
      fc.asyncProperty(logArb, fc.nat(), fc.constantFrom(...Object.keys(MUTATIONS)), token, async (groups, pick, column, other) => {
        const dir = tempDir();
        const store = openSqliteAuditStore(dir);
        try {
          for (const g of groups) {
            if (g.length === 1) await store.append(g[0]!);
            else await store.appendMany(g);
          }
          const total = groups.flat().length;
          expect(await store.verify()).toEqual({ ok: true, checked: total });
          await store.close();

          const seq = (pick % total) + 1;
          const db = rawDb(dir);
          const old = db.prepare(`SELECT ${column} FROM audit_log WHERE seq = ?`).pluck().get(seq) as Value;
          const mutated = MUTATIONS[column]!(old, other);
          expect(mutated).not.toEqual(old);
          db.prepare(`UPDATE audit_log SET ${column} = ? WHERE seq = ?`).run(mutated, seq);
          db.close();

          const reopened = openSqliteAuditStore(dir);
          try {
            const result = await reopened.verify();
            expect(result.ok).toBe(false);
            expect(result.firstBroken?.seq).toBe(seq);
            expect(result.checked).toBe(seq - 1);
          } finally {
            await reopened.close();
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 150 },
    );
  });
});
