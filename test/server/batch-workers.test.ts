// Large batches are decided on worker threads (server/batch-pool.ts): the same answers as the main
// thread gives, in order, with errors in place; all of a batch's decisions in one commit with one signed
// head, before the answer; and a batch the workers cannot decide under the serving policy is decided on
// the main thread instead.
import { describe, expect, it, vi } from 'vitest';
import { openSqliteAuditStore } from '../../audit/index.ts';
import { MIN_WORKER_BATCH } from '../../server/batch-pool.ts';
import { all, closeLater, tempDir } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { post, service, SERVICE_POLICY, writePolicy } from './helpers.ts';

const N = MIN_WORKER_BATCH * 2 + 3;

/** N requests: allowed reminders, with a bad item and a denied one (an unregistered vendor) among them. */
function batch(): unknown[] {
  return Array.from({ length: N }, (_, i) => (i === 5 ? { channel: 'fax' } : i === 70 ? request({ sender: { vendor: 'blastly' } }) : request()));
}

describe('batches on worker threads', () => {
  it('answer as the main thread does, in order, and record every decision in one commit before answering', async () => {
    const audit = closeLater(openSqliteAuditStore(tempDir()));
    const prepared = vi.spyOn(audit, 'appendPrepared');
    const many = vi.spyOn(audit, 'appendMany');
    const { app } = await service({ audit });
    const inputs = batch();
    const res = await post(app, '/v1/decide/batch', { requests: inputs });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(prepared).toHaveBeenCalledTimes(1);
    expect(many).not.toHaveBeenCalled();
    const results = res.json().results as { decision?: string; decisionId?: string; error?: { code: string; message: string } }[];
    expect(results).toHaveLength(N);
    expect(results[5]).toMatchObject({ error: { code: 'INVALID_REQUEST', message: expect.stringMatching(/^requests\[5\]: /) } });
    expect(results[70]).toMatchObject({ decision: 'deny' });

    // The same batch decided on the main thread (PHIGATE_BATCH_WORKERS=0) gives the same answers but for ids.
    const inThread = await withoutWorkers(() => service());
    const reference = (await post(inThread.app, '/v1/decide/batch', { requests: inputs })).json().results as typeof results;
    const strip = (r: (typeof results)[number]): unknown => ({ ...r, decisionId: undefined });
    expect(results.map(strip)).toEqual(reference.map(strip));

    const records = await all(audit.records());
    const answered = results.filter((r) => r.decisionId).map((r) => r.decisionId);
    expect(records.map((r) => r.decisionId)).toEqual(answered);
    expect(await audit.verify()).toMatchObject({ ok: true, checked: N - 1, heads: 1 });
  }, 120_000);

  it('a batch the workers cannot decide under the serving policy (the files changed, not yet reloaded) is decided on the main thread', async () => {
    const audit = closeLater(openSqliteAuditStore(tempDir()));
    const prepared = vi.spyOn(audit, 'appendPrepared');
    const { app, bundle, holder } = await service({ audit });
    writePolicy(bundle, SERVICE_POLICY.replace('version "1.0.0"', 'version "1.0.1"')); // the holder still serves 1.0.0
    const res = await post(app, '/v1/decide/batch', { requests: batch() });
    expect(res.statusCode).toBe(200);
    expect(prepared).not.toHaveBeenCalled();
    const results = res.json().results as { policy?: { version: string; digest: string } }[];
    expect(results[0]!.policy).toMatchObject({ version: '1.0.0', digest: holder.current.digest });
    expect(await audit.verify()).toMatchObject({ ok: true, checked: N - 1, heads: 1 });
  }, 120_000);
});

async function withoutWorkers<T>(run: () => Promise<T>): Promise<T> {
  const before = process.env.PHIGATE_BATCH_WORKERS;
  process.env.PHIGATE_BATCH_WORKERS = '0';
  try {
    return await run();
  } finally {
    if (before === undefined) delete process.env.PHIGATE_BATCH_WORKERS;
    else process.env.PHIGATE_BATCH_WORKERS = before;
  }
}
