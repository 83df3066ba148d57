// Properties over random logs: an untouched log verifies; any single-field change to any stored leaf
// (made directly in the SQLite file) makes verify() fail at that record, or, when the leaf's hash was
// recomputed too, at the first signed head that covers it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOrCreateSigningKey, openSqliteAuditStore, requestHash, type AuditEntry } from '../../audit/index.ts';
import { leafHash } from '../../audit/merkle.ts';
import { canonicalJson } from '../../engine/index.ts';
import { closeLater, entry as entryArbSample, rawDb, tempDir, testKey } from './helpers.ts';

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

/** The same text with its last character changed (a hex digit stays a hex digit). */
const flip = (old: string): string => old.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
const DECISIONS = ['allow', 'downgrade', 'deny'];
type Leaf = Record<string, unknown> & { policy: Record<string, string>; rules: string[]; labels: string[] };
/** Each field of a leaf with a way to give it a different value of the same kind. */
const MUTATIONS: Record<string, (leaf: Leaf, other: string) => void> = {
  decisionId: (l, other) => void (l.decisionId = `${l.decisionId as string}${other}`),
  time: (l) => void (l.time = new Date(Date.parse(l.time as string) + 1).toISOString()),
  'policy.name': (l, other) => void (l.policy.name = `${l.policy.name}${other}`),
  'policy.version': (l, other) => void (l.policy.version = `${l.policy.version}${other}`),
  'policy.digest': (l, other) => void (l.policy.digest = `${l.policy.digest}${other}`),
  engineVersion: (l, other) => void (l.engineVersion = `${l.engineVersion as string}${other}`),
  requestHash: (l) => void (l.requestHash = flip(l.requestHash as string)),
  decision: (l, other) => void (l.decision = DECISIONS.filter((d) => d !== l.decision)[other.length % 2]!),
  rules: (l, other) => void l.rules.push(other),
  labels: (l, other) => void (l.labels = l.labels.length > 0 ? l.labels.slice(1) : [other]),
  channel: (l, other) => void (l.channel = `${l.channel as string}${other}`),
  category: (l, other) => void (l.category = `${l.category as string}${other}`),
};

/** One key for every log of the property: making a key (and fsyncing it) per run is not what is tested. */
const signingKey = loadOrCreateSigningKey(tempDir());

describe('log properties (fast-check)', () => {
  it('every field of a leaf is covered by a mutation', async () => {
    const store = closeLater(openSqliteAuditStore(tempDir()));
    await store.append(entryArbSample());
    const leaf = JSON.parse(rawDb((store as unknown as { dataDir: string }).dataDir).prepare('SELECT leaf FROM audit_leaf').pluck().get() as string) as Leaf;
    const fields = Object.entries(leaf).flatMap(([k, v]) => (k === 'policy' ? Object.keys(v as object).map((p) => `policy.${p}`) : [k]));
    expect(fields.sort()).toEqual(Object.keys(MUTATIONS).sort());
  });

  it('random logs verify; any single-field change to any leaf fails verify(): at that record, or (its hash recomputed) at the first signed head after it', async () => {
    await fc.assert(
      fc.asyncProperty(logArb, fc.nat(), fc.constantFrom(...Object.keys(MUTATIONS)), token, fc.boolean(), async (groups, pick, field, other, rehash) => {
        const dir = tempDir();
        const store = openSqliteAuditStore(dir, { signingKey });
        const headSizes: number[] = [];
        try {
          for (const g of groups) {
            if (g.length === 1) await store.append(g[0]!);
            else await store.appendMany(g);
            headSizes.push(headSizes.length === 0 ? g.length : headSizes.at(-1)! + g.length);
          }
          const total = groups.flat().length;
          expect(await store.verify()).toMatchObject({ ok: true, checked: total, heads: groups.length });
          await store.close();

          const seq = (pick % total) + 1;
          const db = rawDb(dir);
          const old = db.prepare('SELECT leaf FROM audit_leaf WHERE seq = ?').pluck().get(seq) as string;
          const leaf = JSON.parse(old) as Leaf;
          MUTATIONS[field]!(leaf, other);
          const changed = canonicalJson(leaf);
          expect(changed).not.toBe(old);
          if (rehash) db.prepare('UPDATE audit_leaf SET leaf = ?, leaf_hash = ?, decision_id = ? WHERE seq = ?').run(changed, leafHash(changed), leaf.decisionId, seq);
          else db.prepare('UPDATE audit_leaf SET leaf = ? WHERE seq = ?').run(changed, seq);
          db.close();

          const reopened = openSqliteAuditStore(dir, { signingKey });
          try {
            const result = await reopened.verify();
            expect(result.ok).toBe(false);
            const at = rehash ? headSizes.find((size) => size >= seq)! : seq;
            expect(result.firstBroken?.seq).toBe(at);
            expect(result.firstBroken?.reason).toMatch(rehash ? /^root mismatch/ : /^leaf hash mismatch/);
          } finally {
            await reopened.close();
          }
        } finally {
          await store.close();
        }
      }),
      { numRuns: 100 },
    );
  });
});
