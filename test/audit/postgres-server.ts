// A real PostgreSQL server for the tests: Debian's `postgresql` package (.ci/run installs it), a new
// cluster in a temporary directory owned by the `postgres` user (initdb refuses to run as root), on a
// free port, listening only on a unix socket in that directory. Stopped and removed by stop().
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PostgresServer {
  /** postgres:// URL through the unix socket, database `postgres`, user `postgres` (trust). */
  url: string;
  /** A new database on this server; its URL. */
  createDatabase(name: string): string;
  /** Stops the server (`fast`: ends sessions and shuts down cleanly; `immediate`: as a crash). Does not block the event loop. */
  stopServer(mode?: 'fast' | 'immediate'): Promise<void>;
  startServer(): Promise<void>;
  /** Stops the server and removes its directory. */
  stop(): void;
}

/** The newest installed server's binaries, e.g. /usr/lib/postgresql/15/bin. */
function binDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) throw new Error('PostgreSQL is not installed (/usr/lib/postgresql/*/bin/initdb): apt-get install -y postgresql (.ci/run does)');
  versions.sort((a, b) => Number(b) - Number(a));
  return join(root, versions[0]!, 'bin');
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'phigate-pg-'));
  const asRoot = process.getuid?.() === 0;
  let uid = -1;
  let gid = -1;
  if (asRoot) {
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
  }
  /** Runs a server binary as the postgres user (when we are root), failing with its output. */
  const run = (tool: string, args: string[]): void => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    const r = spawnSync(cmd, argv, { encoding: 'utf8', cwd: dir });
    if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  };
  /** The same, without blocking the event loop (the tests' clients go on meanwhile). */
  const runAsync = async (tool: string, args: string[]): Promise<void> => {
    const [cmd, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      await promisify(execFile)(cmd, argv, { encoding: 'utf8', cwd: dir });
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      throw new Error(`${tool} ${args.join(' ')} failed (${err.code}):\n${err.stdout}\n${err.stderr}`);
    }
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '--no-instructions', '-E', 'UTF8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses='' -c max_connections=60 -c shared_buffers=32MB`;
  const startArgs = ['-D', data, '-o', options, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start'];
  const stopArgs = (mode: 'fast' | 'immediate'): string[] => ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'];
  run('pg_ctl', startArgs);
  const urlOf = (db: string): string => `postgres://postgres@localhost/${db}?host=${encodeURIComponent(dir)}&port=${port}`;
  let stopped = false;
  return {
    url: urlOf('postgres'),
    createDatabase: (name) => {
      run('psql', ['-h', dir, '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-q', '-c', `CREATE DATABASE "${name}"`]);
      return urlOf(name);
    },
    stopServer: (mode = 'fast') => runAsync('pg_ctl', stopArgs(mode)),
    startServer: () => runAsync('pg_ctl', startArgs),
    stop: () => {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', stopArgs('immediate'));
      } catch {
        // already stopped
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
