// Durability: every decision whose append resolved survives kill -9 of the process, and the chain verifies.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openSqliteAuditStore } from '../../audit/index.ts';
import { all, closeLater, entry, tempDir } from './helpers.ts';

const child = fileURLToPath(new URL('./fixtures/append-child.ts', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the child, SIGKILLs it once `killAfter` ids were printed; returns every id read and how it ended. */
function runAndKill(dataDir: string, killAfter: number, sync: 'normal' | 'full'): Promise<{ ids: string[]; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--import', 'tsx', child, dataDir, '1000000', sync], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    const ids: string[] = [];
    let partial = '';
    let stderr = '';
    proc.stdout.setEncoding('utf8');
    proc.stderr.setEncoding('utf8');
    proc.stderr.on('data', (d: string) => (stderr += d));
    proc.stdout.on('data', (d: string) => {
      const lines = (partial + d).split('\n');
      partial = lines.pop()!; // an unterminated line was not fully printed: not counted
      ids.push(...lines);
      if (ids.length >= killAfter && proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    });
    proc.on('error', reject);
    // 'close' fires after stdout is drained, so ids holds every complete line the child printed.
    proc.on('close', (_code, signal) => resolve({ ids, signal, stderr }));
  });
}

describe('crash safety', () => {
  for (const sync of ['normal', 'full'] as const) {
    it(`every decisionId printed after append resolved survives kill -9 (synchronous ${sync})`, async () => {
      const dir = tempDir();
      const { ids, signal, stderr } = await runAndKill(dir, 300, sync);
      expect(stderr).toBe('');
      expect(signal).toBe('SIGKILL');
      expect(ids).not.toContain('DONE'); // killed mid-stream, not after finishing
      expect(ids.length).toBeGreaterThanOrEqual(300);

      const store = closeLater(openSqliteAuditStore(dir));
      const stored = new Set((await all(store.records())).map((r) => r.decisionId));
      const lost = ids.filter((id) => !stored.has(id));
      expect(lost).toEqual([]);
      expect(await store.verify()).toMatchObject({ ok: true, checked: stored.size });
      // The chain continues after the crash.
      await store.append(entry());
      expect(await store.verify()).toMatchObject({ ok: true, checked: stored.size + 1 });
    });
  }
});
