// Signed tree heads: the log's size and root at a commit, signed with the writer's Ed25519 key. An
// auditor who holds the public key and a head checks any decision against it (an inclusion proof) and
// any later head against it (a consistency proof), so a log rewritten after the head was published
// cannot pass for the one that was kept.
//
// The signed bytes are this UTF-8 text (every line ends in \n), so a head can be checked with any
// Ed25519 tool, e.g. `openssl pkeyutl -verify -rawin` (see README.md):
//
//   phigate audit tree head v1
//   log <log id: 64 hex digits, SHA-256 of the public key's DER SubjectPublicKeyInfo>
//   size <leaves, decimal>
//   root <MTH of the first size leaves, 64 hex digits>
//   time <ISO 8601 UTC time of the commit>
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, randomBytes, sign, verify, type KeyObject } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const SIGNING_KEY_FILE = 'audit-signing.pem';
export const HEAD_TEXT_VERSION = 'phigate audit tree head v1';

export interface TreeHead {
  /** The log's id: hex SHA-256 of the signing key's public key (DER SubjectPublicKeyInfo). */
  log: string;
  /** Number of leaves. */
  size: number;
  /** Hex MTH of the first `size` leaves. */
  root: string;
  /** ISO 8601 UTC time of the commit that made this head. */
  time: string;
}

export interface SignedTreeHead extends TreeHead {
  /** Base64 Ed25519 signature over headText(head). */
  signature: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The exact bytes a head's signature covers. */
export function headText(h: TreeHead): string {
  return `${HEAD_TEXT_VERSION}\nlog ${h.log}\nsize ${h.size}\nroot ${h.root}\ntime ${h.time}\n`;
}

/** Why a value read from a file or a table is not a signed tree head, if it is not. */
export function headShapeError(h: unknown): string | undefined {
  if (typeof h !== 'object' || h === null) return 'not an object';
  const x = h as Record<string, unknown>;
  if (typeof x.log !== 'string' || !HEX64.test(x.log)) return 'log is not 64 hex digits';
  if (typeof x.size !== 'number' || !Number.isSafeInteger(x.size) || x.size < 0) return 'size is not a whole number';
  if (typeof x.root !== 'string' || !HEX64.test(x.root)) return 'root is not 64 hex digits';
  if (typeof x.time !== 'string' || !ISO_UTC.test(x.time)) return 'time is not an ISO 8601 UTC time';
  // Canonical base64 of 64 bytes only: a changed padding bit must not decode to the same signature.
  if (typeof x.signature !== 'string' || Buffer.from(x.signature, 'base64').length !== 64 || Buffer.from(x.signature, 'base64').toString('base64') !== x.signature) {
    return 'signature is not the base64 of 64 bytes';
  }
  return undefined;
}

/** Only the fields of a signed head, in a fixed order (what files and proofs carry). */
export const plainHead = (h: SignedTreeHead): SignedTreeHead => ({ log: h.log, size: h.size, root: h.root, time: h.time, signature: h.signature });

/** A log's signing key: the private key, its public key, and the log id they define. */
export interface SigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  /** SPKI PEM of the public key: what an auditor is given. */
  publicKeyPem: string;
  log: string;
}

/** The log id of a public key: hex SHA-256 of its DER SubjectPublicKeyInfo (as a CT log id). */
export function logIdOf(publicKey: KeyObject): string {
  return createHash('sha256').update(publicKey.export({ type: 'spki', format: 'der' })).digest('hex');
}

/** A public key from PEM (SPKI) text, checked to be Ed25519. */
export function publicKeyFromPem(pem: string): KeyObject {
  const key = createPublicKey(pem);
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`the public key is ${key.asymmetricKeyType ?? 'not an asymmetric key'}, not Ed25519`);
  return key;
}

function signingKeyOf(privateKey: KeyObject): SigningKey {
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error(`the audit signing key is ${privateKey.asymmetricKeyType ?? 'unknown'}, not Ed25519`);
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }) as string, log: logIdOf(publicKey) };
}

/** Reads an Ed25519 private key (PKCS#8 PEM) from a file the operator gives. */
export function loadSigningKey(path: string): SigningKey {
  return signingKeyOf(createPrivateKey(readFileSync(path)));
}

/**
 * The signing key: the operator's file when `path` is given (PHIGATE_AUDIT_SIGNING_KEY), else
 * `${dataDir}/audit-signing.pem`, created on first use with mode 0600, atomically (written and fsynced
 * under a temporary name, then hard-linked into place: two processes starting together agree on one).
 */
export function loadOrCreateSigningKey(dataDir: string, path?: string): SigningKey {
  if (path) return loadSigningKey(path);
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = join(dataDir, SIGNING_KEY_FILE);
  try {
    return loadSigningKey(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const { privateKey } = generateKeyPairSync('ed25519');
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  const tmp = join(dataDir, `.${SIGNING_KEY_FILE}.${process.pid}.${randomBytes(6).toString('hex')}`);
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, pem);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    return loadSigningKey(file); // another process made it first
  } finally {
    unlinkSync(tmp);
  }
  const dirFd = openSync(dataDir, 'r');
  try {
    fsyncSync(dirFd);
  } finally {
    closeSync(dirFd);
  }
  return signingKeyOf(privateKey);
}

export function signHead(key: SigningKey, head: Omit<TreeHead, 'log'>): SignedTreeHead {
  const h: TreeHead = { log: key.log, size: head.size, root: head.root, time: head.time };
  return { ...h, signature: sign(null, Buffer.from(headText(h), 'utf8'), key.privateKey).toString('base64') };
}

/** Why the head does not verify under `publicKey`, if it does not: its shape, its log id, its signature. */
export function headError(head: unknown, publicKey: KeyObject): string | undefined {
  const shape = headShapeError(head);
  if (shape) return `malformed tree head: ${shape}`;
  const h = head as SignedTreeHead;
  const log = logIdOf(publicKey);
  if (h.log !== log) return `the tree head is of log ${h.log}, the public key is of log ${log}`;
  const ok = verify(null, Buffer.from(headText(h), 'utf8'), publicKey, Buffer.from(h.signature, 'base64'));
  return ok ? undefined : `the signature of the tree head of size ${h.size} does not verify: the head was altered or not signed by this key`;
}
