// `phigate serve` (startServer: a real socket, the background checkpointer) with its audit trail deleted
// while it serves: every decision answered 200 is in the trail afterwards, the ones it could not record
// are 503, /readyz is not ready meanwhile, and it recovers by itself with the chain whole.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_DB_FILE, openSqliteAuditStore } from '../../audit/index.ts';
import { startServer } from '../../server/start.ts';
import { all, closeLater, tempDir } from '../audit/helpers.ts';
import { request } from '../helpers.ts';
import { bundleDir } from '../server/helpers.ts';
import { eventually } from './helpers.ts';

describe('phigate serve with its audit trail deleted', () => {
  it('answers 503 until it has restored the trail, then goes on; no answered decision is missing from the trail', async () => {
    const dataDir = tempDir('data');
    const started = await startServer({ bundle: bundleDir(), port: 0, host: '127.0.0.1', env: { PHIGATE_DATA_DIR: dataDir, PHIGATE_API_KEYS: 'k', PHIGATE_LOG_LEVEL: 'silent' }, announce: () => undefined, watch: false });
    if (!started.ok) throw new Error('the test bundle does not load');
    try {
      const answered: string[] = [];
      const statuses: number[] = [];
      const decide = async (): Promise<number> => {
        const res = await fetch(`${started.url}/v1/decide`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer k' }, body: JSON.stringify(request()) });
        const body = (await res.json()) as { decisionId?: string; decision?: string; code?: string };
        if (res.status === 200) answered.push(body.decisionId!);
        else expect(body.code).toBe('AUDIT_UNAVAILABLE');
        statuses.push(res.status);
        return res.status;
      };
      const ready = async (): Promise<{ status: number; body: { auditReason?: string } }> => {
        const res = await fetch(`${started.url}/readyz`);
        return { status: res.status, body: (await res.json()) as { auditReason?: string } };
      };

      for (let i = 0; i < 5; i++) expect(await decide()).toBe(200);
      for (const suffix of ['', '-wal', '-shm']) rmSync(join(dataDir, AUDIT_DB_FILE + suffix), { force: true });
      // The first decision after the deletion goes to the orphaned file; the store notices and refuses it.
      await Promise.all(Array.from({ length: 8 }, decide));
      expect(statuses.slice(5)).toContain(503);
      const during = await ready();
      if (during.status === 503) expect(during.body.auditReason).toMatch(/deleted or replaced/);

      await eventually(async () => (await ready()).status === 200);
      for (let i = 0; i < 5; i++) expect(await decide()).toBe(200);

      await started.close();
      const trail = closeLater(openSqliteAuditStore(dataDir, { readOnly: true }));
      expect((await trail.verify()).ok).toBe(true);
      const recorded = new Set((await all(trail.records())).map((r) => r.decisionId));
      expect(answered.filter((id) => !recorded.has(id))).toEqual([]);
    } finally {
      await started.close();
    }
  });
});
