// `phigate serve`: open the bundle, the audit store and the keys, listen, reload on SIGHUP and on
// file changes, and on SIGTERM answer /readyz with 503, drain, stop accepting, finish in-flight requests
// and close the store. Settings come from server/settings.ts: a flag wins over the environment, which
// wins over the default.
import type { FastifyInstance } from 'fastify';
import { isPostgresUrl, loadOrCreateAuditKey, loadOrCreateSigningKey, openPostgresAuditStore, openSqliteAuditStore, type AuditStore } from '../audit/index.ts';
import { prepareIndexes, type Diagnostic } from '../engine/index.ts';
import { buildApp } from './app.ts';
import { resolveKeys } from './keys.ts';
import { PolicyHolder } from './policy-holder.ts';
import { markDraining } from './routes/operations.ts';
import { envValue, listenSettings, megabytes } from './settings.ts';

export interface ServeOptions {
  bundle: string;
  /** --port; else PORT; else 8080. */
  port?: number | undefined;
  /** --host; else HOST; else 127.0.0.1. */
  host?: string | undefined;
  /** --drain-seconds; else PHIGATE_DRAIN_SECONDS; else 0. */
  drainSeconds?: number | undefined;
  env: NodeJS.ProcessEnv;
  /** Where the one-time key message, the address and load errors go (stderr). */
  announce: (text: string) => void;
  watch?: boolean;
}

export const dataDirOf = (env: NodeJS.ProcessEnv): string => envValue(env, 'PHIGATE_DATA_DIR') ?? 'data';

/**
 * PHIGATE_AUDIT_WAL_MB (default 16): the WAL size past which the checkpointer truncates it;
 * PHIGATE_AUDIT_WAL_MAX_MB (default 4 × that): the bound past which writes are refused (503) until a checkpoint shrinks it.
 */
function walLimits(env: NodeJS.ProcessEnv): { walCheckpointBytes?: number; walMaxBytes?: number } {
  const walCheckpointBytes = megabytes(env, 'PHIGATE_AUDIT_WAL_MB');
  const walMaxBytes = megabytes(env, 'PHIGATE_AUDIT_WAL_MAX_MB');
  return { ...(walCheckpointBytes ? { walCheckpointBytes } : {}), ...(walMaxBytes ? { walMaxBytes } : {}) };
}

export type Started =
  | {
      ok: true;
      app: FastifyInstance;
      url: string;
      /** How long drain() waits (--drain-seconds, PHIGATE_DRAIN_SECONDS). */
      drainSeconds: number;
      /**
       * The first step of a graceful shutdown: /readyz answers 503 from now on while everything else is
       * still served, so a load balancer stops sending traffic; resolves after drainSeconds. Then close().
       */
      drain: () => Promise<void>;
      /** Stop accepting, finish the requests in flight (/readyz answers 503 meanwhile), close the audit store. */
      close: () => Promise<void>;
    }
  | { ok: false; diagnostics: Diagnostic[] };

export async function startServer(o: ServeOptions): Promise<Started> {
  const listen = listenSettings(o.env, { port: o.port, host: o.host, drainSeconds: o.drainSeconds }); // before anything is opened
  const opened = await PolicyHolder.open(o.bundle);
  if (!opened.ok) return opened;
  const holder = opened.holder;
  prepareIndexes(); // ~0.75 s now rather than in the first requests with an unknown, Russian or Polish word
  const dataDir = dataDirOf(o.env);
  // The log's signing key: PHIGATE_AUDIT_SIGNING_KEY (a PEM file the operator gives), else made in the data directory.
  const signingKey = loadOrCreateSigningKey(dataDir, envValue(o.env, 'PHIGATE_AUDIT_SIGNING_KEY'));
  // PHIGATE_AUDIT_URL=postgres://…: the database the replicas share (this replica writes its own log); else SQLite.
  const auditUrl = envValue(o.env, 'PHIGATE_AUDIT_URL');
  const audit: AuditStore = isPostgresUrl(auditUrl)
    ? openPostgresAuditStore({ url: auditUrl, signingKey })
    : openSqliteAuditStore(dataDir, { synchronous: envValue(o.env, 'PHIGATE_AUDIT_SYNC') === 'full' ? 'full' : 'normal', backgroundCheckpoint: true, signingKey, ...walLimits(o.env) });
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
      logger: { level: envValue(o.env, 'PHIGATE_LOG_LEVEL') ?? 'info' },
    });
    // The classifier compiles its built-in vocabulary on first use (about 0.1 s, once per process): here,
    // not in the first request.
    holder.current.classifier.classifyText('');
    if (o.watch !== false) holder.watch();
    process.on('SIGHUP', onHup);
    const url = await app.listen({ port: listen.port, host: listen.host });
    const p = holder.current;
    o.announce(`phigate: listening on ${url} (policy ${p.name} ${p.version}, ${p.digest})\n`);
    const served = app;
    let draining: Promise<void> | undefined;
    const drain = (): Promise<void> =>
      (draining ??= new Promise<void>((resolve) => {
        markDraining(served);
        served.log.info({ drainSeconds: listen.drainSeconds }, 'draining: /readyz answers 503');
        if (listen.drainSeconds > 0) setTimeout(resolve, listen.drainSeconds * 1000);
        else resolve();
      }));
    return { ok: true, app, url, drainSeconds: listen.drainSeconds, drain, close };
  } catch (e) {
    await close(); // a port in use or an unreadable keys file: leave nothing open that keeps the process alive
    throw e;
  }
}
