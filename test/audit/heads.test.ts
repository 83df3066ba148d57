// Signed tree heads and proof files: the signing key (made once, mode 0600, or the operator's), the
// signed text, and the offline check of a proof: any single-bit change to a head or a proof fails.
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SIGNING_KEY_FILE, headError, headText, loadOrCreateSigningKey, logIdOf, prepareLeaf, publicKeyFromPem, type SignedTreeHead } from '../../audit/index.ts';
import { LogWriter, checkProof, consistencyPath, consistencyProof, inclusionPath, inclusionProof, type TreeSource } from '../../audit/log.ts';
import { Frontier } from '../../audit/merkle.ts';
import { batchOf, entry, tempDir } from './helpers.ts';

const NOW = Date.parse('2026-11-24T15:00:00.000Z');

/** A log of n leaves in memory, committed in groups of `group`, with every head. */
function memoryLog(n: number, group = 3) {
  const dir = tempDir();
  const key = loadOrCreateSigningKey(dir);
  const writer = new LogWriter(key, new Frontier());
  const leaves = Array.from({ length: n }, () => prepareLeaf(entry()));
  const nodes = new Map<string, Buffer>();
  const heads: SignedTreeHead[] = [];
  for (let i = 0; i < n; i += group) {
    const plan = writer.plan([batchOf(leaves.slice(i, i + group).map((l) => l.text))], NOW + i);
    for (const node of plan.nodes) nodes.set(`${node.level}/${node.index}`, node.hash);
    heads.push(plan.head);
    writer.adopt(plan);
  }
  const src: TreeSource = {
    leafHashes: async (lo, hi) => leaves.slice(lo, hi).map((l) => l.hash),
    nodes: async (level, lo, hi) => Array.from({ length: hi - lo }, (_, i) => nodes.get(`${level}/${lo + i}`)).filter((h): h is Buffer => h !== undefined),
  };
  return { dir, key, leaves, heads, src };
}

/** The JSON text with one bit of one character changed, at a position chosen by `at`. */
function flipBitInText(text: string, at: number, bit: number): string {
  const i = at % text.length;
  const code = text.charCodeAt(i) ^ (1 << bit % 7);
  return text.slice(0, i) + String.fromCharCode(code) + text.slice(i + 1);
}

describe('the signing key', () => {
  it('is made once in the data directory with mode 0600, and read back the same; the log id is the SHA-256 of the public key', () => {
    const dir = tempDir('data');
    const key = loadOrCreateSigningKey(dir);
    expect(statSync(join(dir, SIGNING_KEY_FILE)).mode & 0o777).toBe(0o600);
    expect(loadOrCreateSigningKey(dir).log).toBe(key.log);
    expect(key.log).toMatch(/^[0-9a-f]{64}$/);
    expect(logIdOf(publicKeyFromPem(key.publicKeyPem))).toBe(key.log);
  });

  it("uses the operator's key file when given, and refuses a key that is not Ed25519", () => {
    const dir = tempDir();
    const { privateKey } = generateKeyPairSync('ed25519');
    const file = join(dir, 'operator.pem');
    writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(loadOrCreateSigningKey(tempDir(), file).publicKeyPem).toBe(createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }));
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    writeFileSync(file, rsa.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => loadOrCreateSigningKey(tempDir(), file)).toThrow(/not Ed25519/);
  });
});

describe('signed tree heads', () => {
  it('sign a fixed text that openssl verifies with the exported public key', () => {
    const { dir, key, heads } = memoryLog(5);
    const head = heads[1]!;
    expect(headText(head)).toBe(`phigate audit tree head v1\nlog ${key.log}\nsize 5\nroot ${head.root}\ntime ${head.time}\n`);
    expect(headError(head, key.publicKey)).toBeUndefined();
    // The documented standalone procedure: the text, the raw signature, the PEM public key.
    writeFileSync(join(dir, 'head.txt'), headText(head));
    writeFileSync(join(dir, 'head.sig'), Buffer.from(head.signature, 'base64'));
    writeFileSync(join(dir, 'public.pem'), key.publicKeyPem);
    const out = execFileSync('openssl', ['pkeyutl', '-verify', '-pubin', '-inkey', join(dir, 'public.pem'), '-rawin', '-in', join(dir, 'head.txt'), '-sigfile', join(dir, 'head.sig')], { encoding: 'utf8' });
    expect(out).toMatch(/Signature Verified Successfully/);
  });

  it('fail to verify after any single-bit change to any field, or under another key', () => {
    const { key, heads } = memoryLog(4);
    const other = loadOrCreateSigningKey(tempDir());
    expect(headError(heads[0]!, other.publicKey)).toMatch(/is of log/);
    fc.assert(
      fc.property(fc.nat(), fc.nat(), (at, bit) => {
        const text = JSON.stringify(heads[0]);
        const changed = flipBitInText(text, at, bit);
        let parsed: unknown;
        try {
          parsed = JSON.parse(changed);
        } catch {
          return; // no longer JSON: nothing to check
        }
        if (JSON.stringify(parsed) === text) return; // the change was in JSON syntax that reads the same
        expect(headError(parsed, key.publicKey)).toBeDefined();
      }),
      { numRuns: 300 },
    );
  });
});

describe('proof files', () => {
  it('an inclusion proof of every leaf verifies against the latest head and every head after it', async () => {
    const { key, leaves, heads, src } = memoryLog(23, 4);
    for (const head of heads) {
      for (let i = 0; i < head.size; i++) {
        const proof = inclusionProof(leaves[i]!.text, i, await inclusionPath(src, i, head.size), head);
        expect(checkProof(JSON.parse(JSON.stringify(proof)), key.publicKey), `leaf ${i} in ${head.size}`).toMatchObject({ ok: true });
      }
    }
  });

  it('a consistency proof between every pair of heads verifies', async () => {
    const { key, heads, src } = memoryLog(23, 2);
    for (const a of heads) for (const b of heads.filter((h) => h.size >= a.size)) {
      expect(checkProof(consistencyProof(a, b, await consistencyPath(src, a.size, b.size)), key.publicKey), `${a.size} → ${b.size}`).toMatchObject({ ok: true });
    }
  });

  it('proofs in a larger log read stored subtrees (levels of 256 leaves) and still verify', async () => {
    const { key, leaves, heads, src } = memoryLog(700, 64);
    const last = heads[heads.length - 1]!;
    for (const i of [0, 1, 255, 256, 257, 511, 512, 640, 699]) {
      expect(checkProof(inclusionProof(leaves[i]!.text, i, await inclusionPath(src, i, last.size), last), key.publicKey), `leaf ${i}`).toMatchObject({ ok: true });
    }
    for (const from of heads.filter((h) => [256, 320, 512, 576].includes(h.size))) {
      expect(checkProof(consistencyProof(from, last, await consistencyPath(src, from.size, last.size)), key.publicKey)).toMatchObject({ ok: true });
    }
  });

  it('any single-bit change to an inclusion or consistency proof file fails the check (or leaves it unreadable)', async () => {
    const { key, leaves, heads, src } = memoryLog(37, 5);
    const head = heads[heads.length - 1]!;
    const files = [
      JSON.stringify(inclusionProof(leaves[9]!.text, 9, await inclusionPath(src, 9, head.size), head)),
      JSON.stringify(consistencyProof(heads[2]!, head, await consistencyPath(src, heads[2]!.size, head.size))),
    ];
    for (const text of files) expect(checkProof(JSON.parse(text), key.publicKey).ok).toBe(true);
    fc.assert(
      fc.property(fc.nat(1), fc.nat(), fc.nat(), (which, at, bit) => {
        const text = files[which]!;
        const changed = flipBitInText(text, at, bit);
        let parsed: unknown;
        try {
          parsed = JSON.parse(changed);
        } catch {
          return;
        }
        if (JSON.stringify(parsed) === text) return;
        expect(checkProof(parsed, key.publicKey).ok).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
