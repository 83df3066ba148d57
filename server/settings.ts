// Every setting of phigate in one list: its environment variable, its flag, its default and what it does.
// `phigate serve` reads its settings through this file (flags win over the environment, the environment over
// the default), the README's settings table is `settingsTable()`, and test/server/ops.test.ts checks that
// every environment variable read anywhere in server/, bin/, audit/ and engine/ is listed here, and that
// every listed one is read, so the table cannot drift from the code.

export interface Setting {
  /** What it sets, for people. */
  readonly name: string;
  readonly env?: string;
  readonly flag?: string;
  /** The value when neither is given, as the table shows it. */
  readonly default: string;
  readonly meaning: string;
}

export const SETTINGS = [
  { name: 'bundle', flag: '--bundle <dir>', default: '`policies`', meaning: 'the policy bundle to serve (the other commands take `--bundle` too)' },
  { name: 'port', env: 'PORT', flag: '--port <n>', default: '`8080`', meaning: 'the TCP port to listen on; `0`: any free port, printed at start' },
  { name: 'host', env: 'HOST', flag: '--host <address>', default: '`127.0.0.1`', meaning: 'the address to listen on; `0.0.0.0` for every interface (in a container)' },
  { name: 'watch', flag: '--no-watch', default: 'watch', meaning: "don't reload when a file in the bundle changes (`SIGHUP` and `POST /v1/policy/reload` still reload)" },
  {
    name: 'drain',
    env: 'PHIGATE_DRAIN_SECONDS',
    flag: '--drain-seconds <s>',
    default: '`0`',
    meaning: 'on `SIGTERM`/`SIGINT`, how long `/readyz` answers 503 while everything else is still served, before the listener closes and requests in flight finish; set it to the time your load balancer takes to stop sending traffic',
  },
  { name: 'log level', env: 'PHIGATE_LOG_LEVEL', default: '`info`', meaning: 'JSON logs on stdout: `trace`, `debug`, `info`, `warn`, `error`, `fatal` or `silent`; probes and scrapes log at `debug`' },
  { name: 'data directory', env: 'PHIGATE_DATA_DIR', flag: '--data-dir <dir>', default: '`data`', meaning: "holds the audit trail (`audit.sqlite`), its keys (`audit.key`, `audit-signing.pem`) and `api-keys.json`; the flag is the `audit` commands' (`serve` reads the variable)" },
  { name: 'client keys', env: 'PHIGATE_API_KEYS', default: 'none', meaning: 'API keys that may decide, comma-separated; with the admin keys, they replace the keys file' },
  { name: 'admin keys', env: 'PHIGATE_ADMIN_KEYS', default: 'none', meaning: 'API keys that may also reload the policy, comma-separated' },
  { name: 'keys file', env: 'PHIGATE_KEYS_FILE', default: '`<data dir>/api-keys.json`', meaning: 'the hashed keys, read when neither key variable is set; on a fresh machine one admin key is made and printed once' },
  { name: 'audit database', env: 'PHIGATE_AUDIT_URL', default: 'SQLite in the data directory', meaning: '`postgres://…`: the audit trail in PostgreSQL, shared by replicas (each writes its own log); the `audit` commands read it too' },
  { name: 'audit durability', env: 'PHIGATE_AUDIT_SYNC', default: '`normal`', meaning: '`full`: every audit commit survives a power loss, not only a crash of the process (SQLite)' },
  { name: 'WAL checkpoint size', env: 'PHIGATE_AUDIT_WAL_MB', default: '`16`', meaning: 'megabytes of SQLite write-ahead log past which the checkpointer truncates it' },
  { name: 'WAL bound', env: 'PHIGATE_AUDIT_WAL_MAX_MB', default: '4 × `PHIGATE_AUDIT_WAL_MB`', meaning: 'megabytes of write-ahead log past which a decision waits (up to 1 s) for the checkpointer, then is 503 until a checkpoint shrinks it' },
  { name: 'signing key', env: 'PHIGATE_AUDIT_SIGNING_KEY', default: '`<data dir>/audit-signing.pem`, made on first start', meaning: 'the Ed25519 PEM file that signs the tree heads (`audit prove`, `publish`, `public-key` read it too)' },
  { name: 'batch workers', env: 'PHIGATE_BATCH_WORKERS', default: 'one per core, at most 8', meaning: 'worker threads that decide batches of 64 or more; `0`: none, every batch on the main thread' },
  { name: 'colour', env: 'NO_COLOR', default: 'unset', meaning: 'any value: no colour in the command line output (there is none in pipes anyway)' },
] as const satisfies readonly Setting[];

/** The environment variables phigate reads. */
export type EnvName = Extract<(typeof SETTINGS)[number], { env: string }>['env'];

/** A listed environment variable's value; empty counts as unset. */
export function envValue(env: NodeJS.ProcessEnv, name: EnvName): string | undefined {
  const v = env[name];
  return v === undefined || v === '' ? undefined : v;
}

const invalid = (source: string, text: string, expected: string): RangeError => new RangeError(`${source} must be ${expected}, not ${JSON.stringify(text)}`);

/** A TCP port: an integer from 0 to 65535. */
export function parsePort(text: string, source: string): number {
  const n = /^\d{1,5}$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
  if (!(n >= 0 && n <= 65535)) throw invalid(source, text, 'a port number from 0 to 65535');
  return n;
}

/** A duration in seconds: a finite number, 0 or more. */
export function parseSeconds(text: string, source: string): number {
  const n = text.trim() === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(n) || n < 0) throw invalid(source, text, 'a number of seconds, 0 or more');
  return n;
}

/** A size in megabytes (PHIGATE_AUDIT_WAL_MB, PHIGATE_AUDIT_WAL_MAX_MB), in bytes; undefined when unset. */
export function megabytes(env: NodeJS.ProcessEnv, name: 'PHIGATE_AUDIT_WAL_MB' | 'PHIGATE_AUDIT_WAL_MAX_MB'): number | undefined {
  const text = envValue(env, name);
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a positive number of megabytes, not ${JSON.stringify(text)}`);
  return Math.round(n * 1024 * 1024);
}

/** What `phigate serve` was given on its command line (undefined: not given). */
export interface ServeFlags {
  port?: number | undefined;
  host?: string | undefined;
  drainSeconds?: number | undefined;
}

export interface ListenSettings {
  port: number;
  host: string;
  drainSeconds: number;
}

export const LISTEN_DEFAULTS: ListenSettings = { port: 8080, host: '127.0.0.1', drainSeconds: 0 };

/** Where to listen and how long to drain: the flag, else the environment, else the default. */
export function listenSettings(env: NodeJS.ProcessEnv, flags: ServeFlags = {}): ListenSettings {
  const port = envValue(env, 'PORT');
  const host = envValue(env, 'HOST');
  const drain = envValue(env, 'PHIGATE_DRAIN_SECONDS');
  return {
    port: flags.port ?? (port === undefined ? LISTEN_DEFAULTS.port : parsePort(port, 'PORT')),
    host: flags.host ?? host ?? LISTEN_DEFAULTS.host,
    drainSeconds: flags.drainSeconds ?? (drain === undefined ? LISTEN_DEFAULTS.drainSeconds : parseSeconds(drain, 'PHIGATE_DRAIN_SECONDS')),
  };
}

/** The README's settings table (Markdown). */
export function settingsTable(): string {
  const cell = (text: string): string => text.replaceAll('|', '\\|');
  const code = (text: string | undefined): string => (text === undefined ? '' : `\`${text}\``);
  const rows = (SETTINGS as readonly Setting[]).map((s) => `| ${cell(s.name)} | ${code(s.env)} | ${cell(code(s.flag))} | ${cell(s.default)} | ${cell(s.meaning)} |`);
  return ['| setting | environment variable | flag | default | meaning |', '| --- | --- | --- | --- | --- |', ...rows].join('\n');
}
