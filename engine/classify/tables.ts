// The built-in vocabulary's automaton, compiled when the package is built instead of at every start:
// compiling it takes about 50 ms (the library's trie, then the dense tables), which every command
// that classifies (and `phigate check`, which reads template texts) paid at start. `npm run build`
// writes the tables to dist/vocabulary.automaton with a SHA-256 of the patterns they were made for;
// a start whose patterns differ (a vocabulary edited since the build) compiles them as before.
//
// Layout: "PGA1", 32 bytes of SHA-256, three uint32 lengths (delta, outStart, outList), then the
// three Int32Arrays, all little-endian.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { endianness } from 'node:os';
import { packagePath } from '../contract/index.ts';
import type { DenseTables } from './automaton.ts';

const MAGIC = 'PGA1';
const HEADER = 4 + 32 + 12;
const LITTLE_ENDIAN = endianness() === 'LE';
export const TABLES_FILE = 'dist/vocabulary.automaton';

const digest = (patterns: readonly string[]): Buffer => createHash('sha256').update(patterns.join('\n')).digest();

/** The tables saved for exactly these patterns, or null (no file, another vocabulary, a damaged file). */
export function readTables(patterns: readonly string[], file = packagePath(TABLES_FILE)): DenseTables | null {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch {
    return null;
  }
  if (buf.length < HEADER || buf.toString('latin1', 0, 4) !== MAGIC || !buf.subarray(4, 36).equals(digest(patterns))) return null;
  const lengths = [buf.readUInt32LE(36), buf.readUInt32LE(40), buf.readUInt32LE(44)] as const;
  if (buf.length !== HEADER + 4 * (lengths[0] + lengths[1] + lengths[2])) return null;
  let at = HEADER;
  const next = (n: number): Int32Array => {
    const out = new Int32Array(n);
    if (LITTLE_ENDIAN) new Uint8Array(out.buffer).set(buf.subarray(at, at + 4 * n)); // one copy, aligned
    else for (let i = 0; i < n; i++) out[i] = buf.readInt32LE(at + 4 * i);
    at += 4 * n;
    return out;
  };
  return { delta: next(lengths[0]), outStart: next(lengths[1]), outList: next(lengths[2]) };
}

/** Save the tables of an automaton compiled for `patterns`. */
export function writeTables(patterns: readonly string[], t: DenseTables, file = packagePath(TABLES_FILE)): void {
  const head = Buffer.alloc(HEADER);
  head.write(MAGIC, 0, 'latin1');
  digest(patterns).copy(head, 4);
  head.writeUInt32LE(t.delta.length, 36);
  head.writeUInt32LE(t.outStart.length, 40);
  head.writeUInt32LE(t.outList.length, 44);
  const body = Buffer.alloc(4 * (t.delta.length + t.outStart.length + t.outList.length));
  let at = 0;
  for (const a of [t.delta, t.outStart, t.outList]) for (let i = 0; i < a.length; i++, at += 4) body.writeInt32LE(a[i]!, at);
  writeFileSync(file, Buffer.concat([head, body]));
}
