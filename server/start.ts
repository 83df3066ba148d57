// `phigate serve`: open the bundle, the audit store and the keys, listen, reload on SIGHUP and on
// file changes, and on SIGTERM stop accepting, finish in-flight requests and close the store.
import type { FastifyInstance } from 'fastify';
import { loadOrCreateAuditKey, openSqliteAuditStore } from '../engine/audit/index.ts';
import type { Diagnostic } from '../engine/index.ts';
import { buildApp, LOG_REDACT } from './app.ts';
import { resolveKeys } from './keys.ts';
import { PolicyHolder } from './policy-holder.ts';

export interface ServeOptions {
  bundle: string;
  port: number;
  host: string;
  env: NodeJS.ProcessEnv;
  /** Where the one-time key message and load errors go (stderr). */
  announce: (text: string) => void;
  watch?: boolean;
}

export const dataDirOf = (env: NodeJS.ProcessEnv): string => env.PHIGATE_DATA_DIR ?? 'data';

export async function startServer(o: ServeOptions): Promise<{ ok: true; app: FastifyInstance; close: () => Promise<void> } | { ok: false; diagnostics: Diagnostic[] }> {
  const opened = await PolicyHolder.open(o.bundle);
  if (!opened.ok) return opened;
  const holder = opened.holder;
  const dataDir = dataDirOf(o.env);
  const audit = openSqliteAuditStore(dataDir, { synchronous: o.env.PHIGATE_AUDIT_SYNC === 'full' ? 'full' : 'normal' });
  const app = await buildApp({
    holder,
    audit,
    auditKey: loadOrCreateAuditKey(dataDir),
    keys: resolveKeys(o.env, dataDir, o.announce),
    logger: { level: o.env.PHIGATE_LOG_LEVEL ?? 'info', redact: { paths: LOG_REDACT, censor: '[redacted]' } },
  });
  holder.onReloadHooks.push((r) => {
    if (r.ok) app.log.info({ digest: r.policy.digest, changed: r.changed }, 'policy reloaded');
    else app.log.error({ diagnostics: r.error.diagnostics.map((d) => `${d.span.file}:${d.span.line}:${d.span.col} ${d.code} ${d.message}`) }, 'policy reload rejected; the previous policy keeps serving');
  });
  if (o.watch !== false) holder.watch();
  const onHup = (): void => void holder.reload();
  process.on('SIGHUP', onHup);
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> =>
    (closing ??= (async () => {
      process.off('SIGHUP', onHup);
      holder.close();
      await app.close(); // stops accepting, lets in-flight requests finish
      audit.close();
    })());
  await app.listen({ port: o.port, host: o.host });
  return { ok: true, app, close };
}
