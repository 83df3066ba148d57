// `phigate serve`: open the bundle, the audit store and the keys, listen, reload on SIGHUP and on
// file changes, and on SIGTERM stop accepting, finish in-flight requests and close the store.
import type { FastifyInstance } from 'fastify';
import { isPostgresUrl, loadOrCreateAuditKey, loadOrCreateSigningKey, openPostgresAuditStore, openSqliteAuditStore, type AuditStore } from '../audit/index.ts';
import type { Diagnostic } from '../engine/index.ts';
import { buildApp } from './app.ts';
import { resolveKeys } from './keys.ts';
import { PolicyHolder } from './policy-holder.ts';

export interface ServeOptions {
  bundle: string;
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  /** Where the one-time key message, the address and load errors go (stderr). */
  announce: (text: string) => void;
  watch?: boolean;
}

export const dataDirOf = (env: NodeJS.ProcessEnv): string => env.PHIGATE_DATA_DIR ?? 'data';

/**
 * PHIGATE_AUDIT_WAL_MB (default 16): the WAL size past which the checkpointer truncates it;
 * PHIGATE_AUDIT_WAL_MAX_MB (default 4 × that): the bound past which writes are refused (503) until a checkpoint shrinks it.
 */
function walLimits(env: NodeJS.ProcessEnv): { walCheckpointBytes?: number; walMaxBytes?: number } {
  const mb = (name: string): number | undefined => {
    const text = env[name];
    if (text === undefined || text === '') return undefined;
    const n = Number(text);
    if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a positive number of megabytes, not ${JSON.stringify(text)}`);
    return Math.round(n * 1024 * 1024);
  };
  const walCheckpointBytes = mb('PHIGATE_AUDIT_WAL_MB');
  const walMaxBytes = mb('PHIGATE_AUDIT_WAL_MAX_MB');
  return { ...(walCheckpointBytes ? { walCheckpointBytes } : {}), ...(walMaxBytes ? { walMaxBytes } : {}) };
}

export type Started = { ok: true; app: FastifyInstance; url: string; close: () => Promise<void> } | { ok: false; diagnostics: Diagnostic[] };

export async function startServer(o: ServeOptions): Promise<Started> {
  const opened = await PolicyHolder.open(o.bundle);
  if (!opened.ok) return opened;
  const holder = opened.holder;
  const dataDir = dataDirOf(o.env);
  // The log's signing key: PHIGATE_AUDIT_SIGNING_KEY (a PEM file the operator gives), else made in the data directory.
  const signingKey = loadOrCreateSigningKey(dataDir, o.env.PHIGATE_AUDIT_SIGNING_KEY || undefined);
  // PHIGATE_AUDIT_URL=postgres://…: the database the replicas share (this replica writes its own log); else SQLite.
  const auditUrl = o.env.PHIGATE_AUDIT_URL;
  const audit: AuditStore = isPostgresUrl(auditUrl)
    ? openPostgresAuditStore({ url: auditUrl, signingKey })
    : openSqliteAuditStore(dataDir, { synchronous: o.env.PHIGATE_AUDIT_SYNC === 'full' ? 'full' : 'normal', backgroundCheckpoint: true, signingKey, ...walLimits(o.env) });
  const onHup = (): void => void holder.reload();
  let app: FastifyInstance | undefined;
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      process.off('SIGHUP', onHup);
      holder.close();
      try {
        await app?.close(); // stops accepting, lets in-flight requests finish
      } finally {
        await audit.close();
      }
    })());
  try {
    app = await buildApp({
      holder,
      audit,
      auditKey: loadOrCreateAuditKey(dataDir),
      keys: resolveKeys(o.env, dataDir, o.announce),
      logger: { level: o.env.PHIGATE_LOG_LEVEL ?? 'info' },
    });
    // The classifier compiles its built-in vocabulary on first use (about 0.1 s, once per process): here,
    // not in the first request.
    holder.current.classifier.classifyText('');
    if (o.watch !== false) holder.watch();
    process.on('SIGHUP', onHup);
    const url = await app.listen({ port: o.port, host: o.host });
    const p = holder.current;
    o.announce(`phigate: listening on ${url} (policy ${p.name} ${p.version}, ${p.digest})\n`);
    return { ok: true, app, url, close };
  } catch (e) {
    await close(); // a port in use or an unreadable keys file: leave nothing open that keeps the process alive
    throw e;
  }
}
