// API keys. Keys are compared by their SHA-256 in constant time; only hashes are ever stored.
// Sources, first match wins: PHIGATE_API_KEYS (and PHIGATE_ADMIN_KEYS for admin) from the
// environment; else the keys file in the data directory; else, on a fresh machine, one admin key is
// generated, printed once, and stored as its hash.
import { hash, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Role = 'client' | 'admin';

interface StoredKey {
  hash: string; // hex sha256 of the key
  role: Role;
  createdAt: string;
}

export interface ApiKeys {
  /** The role of a presented key, or undefined when it matches none. */
  verify(presented: string | undefined): Role | undefined;
  readonly count: number;
}

export const KEYS_FILE = 'api-keys.json';

const sha256 = (s: string): Buffer => hash('sha256', s, 'buffer');

/**
 * Two 32-byte digests held as latin1 strings (one character per byte), compared in constant time: every
 * character is looked at. Digests as strings cost a third of Buffers to make, on every request.
 */
function sameDigest(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < b.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function keyRing(keys: readonly { hash: Buffer; role: Role }[]): ApiKeys {
  const ring = keys.map((k) => ({ digest: k.hash.toString('latin1'), role: k.role }));
  return {
    count: keys.length,
    verify(presented) {
      if (!presented) return undefined;
      const h = hash('sha256', presented, 'binary'); // 'binary' is latin1: one character per byte
      let role: Role | undefined;
      // Compare against every key, always, so timing says nothing about which one matched.
      for (const k of ring) if (sameDigest(h, k.digest) && role !== 'admin') role = k.role;
      return role;
    },
  };
}

export function keysFromList(clients: readonly string[], admins: readonly string[] = []): ApiKeys {
  return keyRing([...clients.map((k) => ({ hash: sha256(k), role: 'client' as const })), ...admins.map((k) => ({ hash: sha256(k), role: 'admin' as const }))]);
}

const split = (v: string | undefined): string[] => (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);

/** Resolve the keys for `phigate serve`; `announce` receives the one-time message about a new key. */
export function resolveKeys(env: NodeJS.ProcessEnv, dataDir: string, announce: (message: string) => void): ApiKeys {
  const clients = split(env.PHIGATE_API_KEYS);
  const admins = split(env.PHIGATE_ADMIN_KEYS);
  if (clients.length > 0 || admins.length > 0) return keysFromList(clients, admins);
  const file = env.PHIGATE_KEYS_FILE ?? join(dataDir, KEYS_FILE);
  if (existsSync(file)) return keyRing(readKeysFile(file));
  const key = `phg_${randomBytes(24).toString('base64url')}`;
  mkdirSync(dataDir, { recursive: true });
  const stored: StoredKey[] = [{ hash: sha256(key).toString('hex'), role: 'admin', createdAt: new Date().toISOString() }];
  // Written aside and renamed into place: a crash never leaves a half-written keys file behind.
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify({ keys: stored }, null, 2)}\n`, { mode: 0o600 });
  renameSync(partial, file);
  announce(
    `No API keys were configured, so phigate generated one (admin). It is shown once and stored only as a hash in ${file}:\n\n  ${key}\n\nSend it as "Authorization: Bearer <key>". Set PHIGATE_API_KEYS to use your own keys.\n`,
  );
  return keysFromList([], [key]);
}

function readKeysFile(file: string): { hash: Buffer; role: Role }[] {
  let parsed: { keys?: StoredKey[] };
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as { keys?: StoredKey[] };
  } catch (e) {
    throw new Error(`${file}: cannot read the API keys file (${(e as Error).message}); fix it, or delete it to have a new key generated`);
  }
  if (!Array.isArray(parsed?.keys)) throw new Error(`${file}: expected {"keys": [{"hash", "role"}]}`);
  return parsed.keys.map((k, i) => {
    if (!/^[0-9a-f]{64}$/.test(k.hash) || (k.role !== 'client' && k.role !== 'admin')) throw new Error(`${file}: keys[${i}] needs a hex sha256 "hash" and a "role" of client or admin`);
    return { hash: Buffer.from(k.hash, 'hex'), role: k.role };
  });
}

// How a key may be presented (RFC 9110 §11.4 and RFC 6750 §2.1), strictly, so that a proxy, a log
// scrubber and this service all read the same key from the same headers:
// - `Authorization: Bearer <key>`: the scheme in any case (`bearer`, `BEARER`: RFC 9110 makes auth schemes
//   case-insensitive), then one or more spaces (SP; not a tab, not a line fold), then the key: visible ASCII
//   characters (VCHAR), nothing after it. Whitespace around the whole value is not part of it (RFC 9110 §5.5;
//   Node's HTTP parser strips it before we see it, and so do we, so the wire and app.inject agree).
// - or `X-API-Key: <key>`, the key alone (visible ASCII).
// - never both: RFC 6750 §2 lets a client use one method per request, and two keys could be read differently
//   by different readers. An Authorization header with another scheme (Basic for a gateway) is not ours and
//   is ignored, but a Bearer credential that breaks these rules is refused, never read some other way.
const SCHEME = /^bearer(?=[\t ]|$)/i;
const BEARER = /^bearer +([\x21-\x7e]+)$/i;
const KEY = /^[\x21-\x7e]+$/;

/** A field value without the optional whitespace (SP, HTAB) around it; by hand: `/[\t ]+$/` is quadratic on long runs. */
function trimOws(value: string): string {
  let start = 0;
  let end = value.length;
  while (start < end && (value.charCodeAt(start) === 32 || value.charCodeAt(start) === 9)) start++;
  while (end > start && (value.charCodeAt(end - 1) === 32 || value.charCodeAt(end - 1) === 9)) end--;
  return start === 0 && end === value.length ? value : value.slice(start, end);
}

/** The key a request presents by the rules above, or undefined when it presents none or breaks them. */
export function presentedKey(headers: Record<string, string | string[] | undefined>): string | undefined {
  const auth = headers.authorization;
  const x = headers['x-api-key'];
  const value = typeof auth === 'string' ? trimOws(auth) : undefined;
  if (value !== undefined && SCHEME.test(value)) {
    if (x !== undefined) return undefined;
    return BEARER.exec(value)?.[1];
  }
  if (typeof x !== 'string') return undefined;
  const key = trimOws(x);
  return KEY.test(key) ? key : undefined;
}
