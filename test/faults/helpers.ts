// Faults made for real where the machine allows it: a small tmpfs that fills up, a directory remounted
// read-only. Mounting needs root (CI and the development VM run as root); where `mount` is refused, a
// small disk falls back to a database whose size SQLite caps with max_page_count (the writer sees the
// same SQLITE_FULL, but the checkpointer's copy is not capped), and a read-only directory to chmod 0555.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { tempDir } from '../audit/helpers.ts';

const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) unmount(m);
});

function unmount(dir: string): void {
  try {
    execFileSync('umount', [dir], { stdio: 'ignore' });
  } catch {
    execFileSync('umount', ['-l', dir], { stdio: 'ignore' }); // still busy: detach it now, freed when the last file closes
  }
}

function tryMount(dir: string, sizeBytes: number): boolean {
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeBytes},mode=0700`, 'tmpfs', dir], { stdio: 'ignore' });
    mounts.push(dir);
    return true;
  } catch {
    return false;
  }
}

export interface SmallDisk {
  /** 'tmpfs': a real file system of `sizeBytes`; 'max_page_count': the fallback (see above). */
  kind: 'tmpfs' | 'max_page_count';
  /** A directory on it (not yet created) for a data directory. */
  dataDir: string;
  /** Fill what is left of the disk. With the fallback, caps the database at its current size through `cap`. */
  fill(cap?: (pragma: string) => void): void;
  /** Free what fill() took. */
  free(cap?: (pragma: string) => void): void;
}

export function smallDisk(sizeBytes: number): SmallDisk {
  const root = tempDir();
  const mounted = tryMount(root, sizeBytes);
  const filler = join(root, 'filler');
  const dataDir = join(root, 'data');
  if (!mounted) {
    return {
      kind: 'max_page_count',
      dataDir,
      fill: (cap) => cap?.('max_page_count = 1'), // SQLite keeps it at least at the current page count
      free: (cap) => cap?.('max_page_count = 1073741823'),
    };
  }
  return {
    kind: 'tmpfs',
    dataDir,
    fill() {
      // Write until the disk refuses, in shrinking pieces, so that nothing is left.
      let n = 0;
      for (let piece = 1024 * 1024; piece >= 512; piece >>= 1) {
        for (;;) {
          try {
            writeFileSync(`${filler}-${n}`, Buffer.alloc(piece));
            n++;
          } catch {
            rmSync(`${filler}-${n}`, { force: true });
            break;
          }
        }
      }
    },
    free() {
      execFileSync('sh', ['-c', `rm -f '${filler}'-*`]);
    },
  };
}

/** A directory that this process cannot write to, holding what `fill` put there while it could. */
export function readOnlyDir(fill: (dir: string) => void | Promise<void>): Promise<{ dir: string; kind: 'ro-mount' | 'chmod' }> {
  const root = tempDir();
  const dir = join(root, 'data');
  const mounted = tryMount(root, 16 * 1024 * 1024);
  return (async () => {
    mkdirSync(dir, { recursive: true });
    await fill(dir);
    if (mounted) {
      execFileSync('mount', ['-o', 'remount,ro', root], { stdio: 'ignore' });
      return { dir, kind: 'ro-mount' as const };
    }
    chmodSync(dir, 0o555);
    return { dir, kind: 'chmod' as const };
  })();
}

/** Polls `ready` on every turn of the event loop (and a short sleep) until it holds; the test's timeout bounds it. */
export async function eventually<T>(ready: () => T | Promise<T>): Promise<NonNullable<T>> {
  for (;;) {
    const value = await ready();
    if (value) return value as NonNullable<T>;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
