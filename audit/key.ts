// The audit key: a secret that turns a request into a hash an outsider cannot test guesses against.
// A plain sha256 of a short request (a patient id, a templated reminder) could be brute-forced from the
// log; an HMAC under a key kept out of the log cannot. Whoever holds the key and the original request
// (the practice, an auditor) can recompute the hash and find the decision that covered it.
import { createHmac, hash, randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson } from '../engine/index.ts';

export const AUDIT_KEY_BYTES = 32;
export const AUDIT_KEY_FILE = 'audit.key';

function readKey(path: string): Buffer {
  const key = readFileSync(path);
  if (key.length !== AUDIT_KEY_BYTES) {
    throw new Error(`audit key ${path} has ${key.length} bytes, expected ${AUDIT_KEY_BYTES}; refusing to use or replace it`);
  }
  return key;
}

/**
 * The 32-byte key in `${dataDir}/audit.key`, created on first use with mode 0600 (the directory with 0700
 * when it is created). Creation is atomic: the key is written and fsynced under a temporary name, then
 * hard-linked into place, so a crash never leaves a short key and two processes starting together agree.
 */
export function loadOrCreateAuditKey(dataDir: string): Buffer {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const path = join(dataDir, AUDIT_KEY_FILE);
  try {
    return readKey(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const key = randomBytes(AUDIT_KEY_BYTES);
  const tmp = join(dataDir, `.${AUDIT_KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, key);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return readKey(path); // another process created it first: use theirs
  } finally {
    unlinkSync(tmp);
  }
  const dirFd = openSync(dataDir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
  return key;
}

/**
 * `'hmac-sha256:' + hex(HMAC-SHA256(key, canonicalJson(request)))`. Key order does not matter (keys are
 * sorted); array order does. The result reveals nothing of the request to anyone without the key.
 */
export function requestHash(key: Buffer, request: unknown): string {
  return requestHasher(key)(request);
}

/**
 * requestHash for many requests: the key is checked once, and `canonical` may be a serializer for one
 * known shape, several times faster than the general one. It must return canonicalJson(request) for every
 * request it is given; it defaults to canonicalJson.
 */
export function requestHasher<T = unknown>(key: Buffer, canonical: (request: T) => string = canonicalJson): (request: T) => string {
  if (!Buffer.isBuffer(key) || key.length < AUDIT_KEY_BYTES) {
    throw new TypeError(`requestHash: key must be a Buffer of at least ${AUDIT_KEY_BYTES} bytes (loadOrCreateAuditKey)`);
  }
  const hmac = hmacSha256(key);
  return (request) => `hmac-sha256:${hmac(canonical(request))}`;
}

/** Room for the text of one request (UTF-8) after the 64-byte inner key block; longer texts use createHmac. */
const TEXT_ROOM = 16 * 1024;

/**
 * Hex HMAC-SHA256 (RFC 2104) of UTF-8 text under `key`, from two one-shot SHA-256 calls:
 * sha256((K ^ opad) || sha256((K ^ ipad) || text)). The same digest as createHmac (tested for any key
 * and text); Node's Hmac object alone cost ~10 µs a request in the server, more than the hashing.
 */
export function hmacSha256(key: Buffer): (text: string) => string {
  const block = key.length > 64 ? hash('sha256', key, 'buffer') : key;
  const inner = Buffer.alloc(64 + TEXT_ROOM);
  const outer = Buffer.alloc(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = (block[i] ?? 0) ^ 0x36;
    outer[i] = (block[i] ?? 0) ^ 0x5c;
  }
  return (text) => {
    const length = inner.write(text, 64, 'utf8');
    // A UTF-8 character is at most 4 bytes: with 4 bytes to spare the whole text was written.
    if (length > TEXT_ROOM - 4) return createHmac('sha256', key).update(text, 'utf8').digest('hex');
    outer.write(hash('sha256', inner.subarray(0, 64 + length), 'binary'), 64, 'latin1');
    return hash('sha256', outer, 'hex');
  };
}
