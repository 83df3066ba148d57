// Group commit: entries given in one turn of the event loop share a transaction, and each promise
// settles only after that transaction did (or failed).
import { describe, expect, it, vi } from 'vitest';
import { AuditEntryError, AuditUnavailableError, openSqliteAuditStore, type AuditStore } from '../../audit/index.ts';
import { groupCommit } from '../../server/group-commit.ts';
import { all, closeLater, entry, tempDir } from '../audit/helpers.ts';

function store(): AuditStore {
  return closeLater(openSqliteAuditStore(tempDir()));
}

describe('groupCommit', () => {
  it('records the entries of one turn in one transaction, in order, before any of their promises resolves', async () => {
    const audit = store();
    const appendMany = vi.spyOn(audit, 'appendMany');
    const record = groupCommit(audit);
    const entries = [entry(), entry(), entry()];
    const seen: number[] = [];
    await Promise.all(entries.map((e) => record(e).then(async () => seen.push((await all(audit.records())).length))));
    expect(appendMany).toHaveBeenCalledTimes(1);
    expect(seen).toEqual([3, 3, 3]);
    expect((await all(audit.records())).map((r) => r.decisionId)).toEqual(entries.map((e) => e.decisionId));
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 3 });
  });

  it('starts a new transaction for the entries of a later turn', async () => {
    const audit = store();
    const appendMany = vi.spyOn(audit, 'appendMany');
    const record = groupCommit(audit);
    await record(entry());
    await record(entry());
    expect(appendMany).toHaveBeenCalledTimes(2);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: 2 });
  });

  it("rejects every entry of the turn with the store's error when the store cannot write, and records none", async () => {
    const audit = store();
    const record = groupCommit(audit);
    await audit.close();
    const results = await Promise.allSettled([record(entry()), record(entry())]);
    expect(results.map((r) => r.status === 'rejected' && r.reason instanceof AuditUnavailableError)).toEqual([true, true]);
  });

  it('fails an entry that breaks the store contract alone; the others of its turn are recorded', async () => {
    const audit = store();
    const record = groupCommit(audit);
    const good = [entry(), entry()];
    const results = await Promise.allSettled([record(good[0]!), record(entry({ requestHash: 'Your HIV result is positive' })), record(good[1]!)]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(AuditEntryError);
    expect((await all(audit.records())).map((r) => r.decisionId)).toEqual(good.map((e) => e.decisionId));
  });
});
