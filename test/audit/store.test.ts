import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { AUDIT_DB_FILE, AuditEntryError, exportJsonLines, leafText, openSqliteAuditStore, requestHash, validateEntry, type AuditEntry, type AuditRecord } from '../../audit/index.ts';
import { leafHash } from '../../audit/merkle.ts';
import { all, closeLater, entry, rawDb, tempDir, testKey } from './helpers.ts';

const open = (dir: string, options?: Parameters<typeof openSqliteAuditStore>[1]) => closeLater(openSqliteAuditStore(dir, options));

describe('SQLite audit store', () => {
  it('creates the data directory and a WAL database file', () => {
    const dir = tempDir('a/b/data');
    open(dir);
    expect(statSync(join(dir, AUDIT_DB_FILE)).mode & 0o777).toBe(0o600);
    expect(rawDb(dir).pragma('journal_mode', { simple: true })).toBe('wal');
  });

  it('round-trips appends: the resolved records are what records() reads back, and verify is ok', async () => {
    const store = open(tempDir());
    const entries = [entry({ decision: 'allow', rules: [], labels: [] }), entry({ decision: 'deny', labels: ['HIV', 'lab_value'] }), entry()];
    const first = await store.append(entries[0]!);
    const log = (await store.logs())[0]!.log;
    expect(first).toEqual({ ...entries[0], seq: 1, log, leafHash: leafHash(leafText(entries[0]!)).toString('hex') });
    const rest = await store.appendMany(entries.slice(1));
    expect(rest.map((r) => r.seq)).toEqual([2, 3]);
    expect(await all(store.records())).toEqual([first, ...rest]);
    expect(await store.verify()).toEqual({ ok: true, checked: 3, heads: 2, published: 0, format: 'merkle' });
  });

  it('stores each record as the exact leaf text that was hashed, its hash, and its decision id; one signed head per commit', async () => {
    const dir = tempDir();
    const store = open(dir);
    const e = entry({ rules: ['r-1', 'r-2'], labels: ['SUD'] });
    const r = await store.append(e);
    const row = rawDb(dir).prepare('SELECT * FROM audit_leaf WHERE seq = 1').get() as Record<string, unknown>;
    const text = `{"category":"lab_result","channel":"sms","decision":"downgrade","decisionId":"${e.decisionId}","engineVersion":"0.1.0","labels":["SUD"],"policy":{"digest":"${e.policy.digest}","name":"hipaa-messaging","version":"2026.11.1"},"requestHash":"${e.requestHash}","rules":["r-1","r-2"],"time":"${e.time}"}`;
    expect(row).toEqual({ seq: 1, decision_id: r.decisionId, leaf: text, leaf_hash: leafHash(text) });
    const head = rawDb(dir).prepare('SELECT * FROM audit_head').all();
    expect(head).toEqual([{ size: 1, root: leafHash(text).toString('hex'), time: expect.stringMatching(/Z$/), signature: expect.any(String) }]);
  });

  it('copies the entry when called: mutating it afterwards, even before the append resolves, changes nothing stored', async () => {
    const store = open(tempDir());
    const e = entry({ rules: ['a'] });
    const appended = store.append(e);
    e.rules.push('b');
    e.policy.version = 'tampered';
    await appended;
    expect((await all(store.records()))[0]).toMatchObject({ rules: ['a'], policy: { version: '2026.11.1' } });
    expect((await store.verify()).ok).toBe(true);
  });

  it('appendMany of nothing writes nothing', async () => {
    const store = open(tempDir());
    expect(await store.appendMany([])).toEqual([]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 0 });
  });

  it('appendMany is all or nothing: one invalid entry and none is written', async () => {
    const store = open(tempDir());
    await expect(store.appendMany([entry(), entry({ decision: 'maybe' as AuditEntry['decision'] })])).rejects.toThrow(AuditEntryError);
    expect(await all(store.records())).toEqual([]);
    expect((await store.append(entry())).seq).toBe(1);
  });

  it('reports a contract-breaking entry as a rejection, never a synchronous throw, and writes nothing', async () => {
    const store = open(tempDir());
    const bad = entry({ requestHash: 'Your HIV result is positive' });
    // Each call must hand back a promise: a synchronous throw fails the test on the call itself.
    const pending = [store.append(bad), store.appendMany([entry(), bad]), store.appendMany('not a list' as unknown as AuditEntry[])];
    for (const p of pending) expect(p).toBeInstanceOf(Promise);
    await expect(pending[0]).rejects.toThrow(AuditEntryError);
    await expect(pending[1]).rejects.toThrow(AuditEntryError);
    await expect(pending[2]).rejects.toThrow(TypeError);
    expect(await all(store.records())).toEqual([]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 0 });
  });

  it('records() yields seq order; since is an inclusive instant, whatever the time zone', async () => {
    const store = open(tempDir());
    const times = ['2026-01-01T08:00:00.000Z', '2026-01-01T10:00:00+02:00', '2026-01-01T09:00:00.000Z', '2026-01-01T07:59:59.999Z', '2026-01-02T00:00:00Z'];
    await store.appendMany(times.map((time) => entry({ time })));
    expect((await all(store.records())).map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    // 10:00+02:00 is 08:00Z: included at since 08:00Z, excluded at since 09:00Z although it sorts after it as text.
    expect((await all(store.records({ since: '2026-01-01T08:00:00Z' }))).map((r) => r.seq)).toEqual([1, 2, 3, 5]);
    expect((await all(store.records({ since: '2026-01-01T09:00:00.000Z' }))).map((r) => r.seq)).toEqual([3, 5]);
    expect(await all(store.records({ since: '2026-01-02T00:00:00.001Z' }))).toEqual([]);
    await expect(all(store.records({ since: 'yesterday' }))).rejects.toThrow(RangeError);
  });

  it('records() pages through large logs and tolerates appends while it is being read', async () => {
    const store = open(tempDir());
    await store.appendMany(Array.from({ length: 1100 }, () => entry()));
    const seen: number[] = [];
    const iterable = store.records();
    for await (const r of iterable) {
      seen.push(r.seq);
      if (r.seq === 10) await store.append(entry()); // no open cursor blocks the writer
    }
    expect(seen).toEqual(Array.from({ length: 1101 }, (_, i) => i + 1));
    expect((await all(iterable)).length).toBe(1101); // re-iterable
    expect(await store.verify()).toMatchObject({ ok: true, checked: 1101 });
  });

  it('exportJsonLines writes one JSON line per record that parses back to the record and verifies offline', async () => {
    const store = open(tempDir());
    await store.appendMany([entry({ time: '2026-03-01T00:00:00Z' }), entry({ time: '2026-03-02T00:00:00Z' }), entry({ time: '2026-03-03T00:00:00Z' })]);
    const lines: string[] = [];
    expect(await exportJsonLines(store, undefined, (l) => lines.push(l))).toBe(3);
    expect(lines.every((l) => l.endsWith('\n') && !l.slice(0, -1).includes('\n'))).toBe(true);
    const parsed = lines.map((l) => JSON.parse(l) as AuditRecord);
    expect(parsed).toEqual(await all(store.records()));
    // Each line's leaf hash is the hash of its record's leaf: a line checks against a proof or the tree.
    for (const r of parsed) expect(leafHash(leafText(r)).toString('hex')).toBe(r.leafHash);

    const since: string[] = [];
    expect(await exportJsonLines(store, '2026-03-02T00:00:00Z', (l) => since.push(l))).toBe(2);
    const part = since.map((l) => JSON.parse(l) as AuditRecord);
    expect(part.map((r) => r.seq)).toEqual([2, 3]);
    expect(part).toEqual(parsed.slice(1));
  });

  it('a store reopened on the same directory continues the log', async () => {
    const dir = tempDir();
    const a = openSqliteAuditStore(dir);
    await a.appendMany([entry(), entry(), entry()]);
    const last = await a.append(entry());
    await a.close();
    const b = open(dir, { synchronous: 'full' });
    expect(await b.verify()).toMatchObject({ ok: true, checked: 4 });
    const next = await b.append(entry());
    expect(next).toMatchObject({ seq: 5, log: last.log });
    await b.close();
    const c = open(dir);
    await c.append(entry());
    expect(await c.verify()).toMatchObject({ ok: true, checked: 6 });
  });

  it('with backgroundCheckpoint, copies the WAL into the database file from its own thread while the store is open', async () => {
    const inFile = (dir: string, text: string): boolean => readFileSync(join(dir, AUDIT_DB_FILE)).toString('latin1').includes(text);
    const [plainDir, backgroundDir] = [tempDir(), tempDir()];
    const plain = open(plainDir);
    const background = open(backgroundDir, { backgroundCheckpoint: true });
    // Far fewer pages than SQLite's own checkpoint waits for: without the thread they stay in the WAL.
    const last = { plain: '', background: '' };
    for (let i = 0; i < 5; i++) last.plain = (await plain.append(entry())).decisionId;
    for (let i = 0; i < 5; i++) last.background = (await background.append(entry())).decisionId;
    await vi.waitFor(() => expect(inFile(backgroundDir, last.background)).toBe(true), { timeout: 10_000, interval: 50 });
    expect(inFile(plainDir, last.plain)).toBe(false); // still only in the WAL
    const appended = (await all(background.records())).length;
    await background.close();
    const reopened = open(backgroundDir);
    expect(await reopened.verify()).toMatchObject({ ok: true, checked: appended });
  });

  it('a write that finds the write lock held waits for it from a timer, not in the busy handler of SQLite: the event loop runs meanwhile, and the writes queued behind it commit together, in order', async () => {
    const dir = tempDir();
    const store = open(dir);
    await store.append(entry());
    const other = rawDb(dir);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE'); // another connection holds the write lock (as a TRUNCATE checkpoint does)
    const held = Date.now();
    const pending = [store.append(entry()), store.appendMany([entry(), entry()]), store.append(entry())];
    // The loop is free while they wait: a timer runs while the writes are still pending.
    let settled = false;
    void Promise.allSettled(pending).then(() => (settled = true));
    const ranWhilePending = await new Promise<boolean>((resolve) => setTimeout(() => resolve(!settled), 5));
    expect(ranWhilePending).toBe(true);
    setTimeout(() => other.exec('COMMIT'), 30);
    const [a, bc, d] = (await Promise.all(pending)) as [AuditRecord, AuditRecord[], AuditRecord];
    expect(Date.now() - held).toBeGreaterThanOrEqual(25);
    expect([a.seq, ...bc.map((r) => r.seq), d.seq]).toEqual([2, 3, 4, 5]);
    // Queued while the lock was held: one commit, one signed head, for all of them.
    expect(rawDb(dir).prepare('SELECT size FROM audit_head ORDER BY size').pluck().all()).toEqual([1, 5]);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 5 });
    expect(store.status!().writable).toBe(true);
  });

  it('a write lock held past busyTimeoutMs refuses the writes waiting for it (AuditUnavailableError), and the store writes again once it is free', async () => {
    const dir = tempDir();
    const store = open(dir, { busyTimeoutMs: 50 });
    await store.append(entry());
    const other = rawDb(dir);
    other.pragma('busy_timeout = 0');
    other.exec('BEGIN IMMEDIATE');
    const refused = Promise.allSettled([store.append(entry()), store.append(entry())]);
    const results = await refused;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ name: 'AuditUnavailableError', message: expect.stringMatching(/SQLITE_BUSY/) });
    expect(store.status!().writable).toBe(false);
    other.exec('COMMIT');
    expect(await store.append(entry())).toMatchObject({ seq: 2 });
    expect(store.status!().writable).toBe(true);
    expect(await store.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it('with backgroundCheckpoint, the WAL starts over under a steady stream of commits: the checkpointer chases its tail, so no TRUNCATE checkpoint has to stop the writer', async () => {
    const dir = tempDir();
    // Twice the WAL's bound in commits (a WAL that never started over would pass it), with a bound large
    // enough that a checkpointer thread kept off the CPU for half a second (a loaded CI machine) is not
    // mistaken for one that cannot keep up.
    const walCheckpointBytes = 4 * 1024 * 1024;
    const store = open(dir, { backgroundCheckpoint: true, walCheckpointBytes, checkpointEveryMs: 20 });
    await vi.waitFor(() => expect(store.status!().checkpointer?.state).toBe('running'), { timeout: 10_000, interval: 20 });
    const wal = join(dir, `${AUDIT_DB_FILE}-wal`);
    let largest = 0;
    let commits = 0;
    // A commit about every millisecond: each writes at least two pages (the leaf's and the head's), so
    // without a start over the WAL would pass walCheckpointBytes (and be truncated).
    while (commits * 2 * 4096 < 2 * walCheckpointBytes) {
      await store.append(entry());
      commits++;
      largest = Math.max(largest, statSync(wal).size);
      await new Promise((r) => setTimeout(r, 1));
    }
    expect(largest).toBeLessThan(walCheckpointBytes);
    expect(await store.verify()).toMatchObject({ ok: true, checked: commits });
  });

  it('rejects entries that break the contract before writing anything', async () => {
    const store = open(tempDir());
    const bad: Partial<AuditEntry>[] = [
      { requestHash: 'sha256:abc' },
      { requestHash: 'Your HIV result is positive' },
      { labels: ['HIV clinic on 5th street'] },
      { rules: [''] },
      { decisionId: 'id with spaces' },
      { time: '2026-11-24' },
      { time: 'not a time' },
      { decision: 'maybe' as AuditEntry['decision'] },
      { channel: 'sms\n' },
      { policy: { name: '', version: '1', digest: 'x' } },
      { engineVersion: 'x'.repeat(201) },
    ];
    for (const b of bad) await expect(store.append(entry(b)), JSON.stringify(b)).rejects.toThrow(AuditEntryError);
    await expect(store.append(null as unknown as AuditEntry)).rejects.toThrow(AuditEntryError);
    expect(await all(store.records())).toEqual([]);
    expect((await store.append(entry())).seq).toBe(1);
  });

  it('checks every entry in full, also one that shares its time, policy or names with the valid entry before it', async () => {
    const store = open(tempDir());
    const good = entry();
    expect(validateEntry(good)).toBeUndefined();
    const bad: Partial<AuditEntry>[] = [
      { time: good.time, policy: { ...good.policy, name: 'line\nbreak' } },
      { time: good.time, engineVersion: '' },
      { policy: good.policy, time: `${good.time} ` },
      { policy: good.policy, time: undefined as unknown as string },
      { labels: [...good.labels, 'HIV clinic on 5th street'] },
      { rules: [...good.rules, ''] },
      { category: `${good.category} ` },
      { channel: 1 as unknown as string },
    ];
    for (const b of bad) await expect(store.append(entry(b)), JSON.stringify(b)).rejects.toThrow(AuditEntryError);
  });

  it('stores no PHI: the row and the database files contain none of the request or patient strings', async () => {
    const dir = tempDir();
    const store = open(dir);
    const request = {
      message: { id: 'msg-55821', category: 'lab_result', body: 'Maria Gonzalez, your hepatitis C antibody test was reactive.' },
      channel: 'sms',
      sender: { kind: 'platform', vendor: 'acme-sms' },
      patient: { id: 'MRN-00493817', consents: [{ channel: 'sms', scopes: ['clinical'], status: 'active' }] },
    };
    const secrets = ['Maria', 'Gonzalez', 'hepatitis', 'reactive', 'MRN-00493817', '00493817', 'msg-55821', 'acme-sms'];
    await store.append(entry({ requestHash: requestHash(testKey, request), channel: request.channel, category: request.message.category, labels: ['diagnosis'] }));
    const row = rawDb(dir).prepare('SELECT * FROM audit_leaf').get() as Record<string, unknown>;
    const rowText = Object.values(row).join('\u0000');
    for (const s of secrets) expect(rowText).not.toContain(s);
    await store.close();
    const files = readdirSync(dir).filter((f) => f.startsWith(AUDIT_DB_FILE));
    expect(files).toContain(AUDIT_DB_FILE);
    const bytes = Buffer.concat(files.map((f) => readFileSync(join(dir, f)))).toString('latin1');
    expect(bytes).toContain(requestHash(testKey, request)); // the scan does see stored text
    for (const s of secrets) expect(bytes).not.toContain(s);
  });
});
