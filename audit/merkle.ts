// The Merkle tree of a transparency log, as RFC 6962 §2.1 defines it and RFC 9162 §2.1 restates it:
// hashes, the tree's root, inclusion and consistency proofs, and their verification. Pure: no I/O, no
// storage. The stores (sqlite.ts, postgres.ts) and an auditor's offline check (proof.ts) use this code.
//
//   leaf hash   = SHA-256(0x00 || leaf)
//   node hash   = SHA-256(0x01 || left || right)
//   MTH({})     = SHA-256()            (the empty tree)
//   MTH(D[n])   = node hash of MTH(D[0:k]) and MTH(D[k:n]), k the largest power of two < n
//
// Proof generation follows RFC 6962's PATH and PROOF definitions, expressed as lists of leaf ranges
// [lo, hi) whose MTH makes up the proof, so that a store can fetch each range's hash as it stores them.
// Verification is RFC 9162 §2.1.3.2 and §2.1.4.2 step by step.
import { hash } from 'node:crypto';

export const HASH_BYTES = 32;

/**
 * Writes SHA-256(input) into `out` at `offset`. The digest is asked for as 'binary' (latin1) text, a
 * character per byte, and written as such: in Node 20 crypto.hash's 'buffer' output costs ~0.5 µs a call
 * more (~1.0 µs against ~0.5 µs for a 470-byte leaf), mostly the encoding name going the slow way
 * through its checks.
 */
function writeSha256(input: Uint8Array, out: Buffer, offset: number): void {
  out.write(hash('sha256', input, 'binary'), offset, 'latin1');
}

/** SHA-256 as a Buffer of its own (all of it written by writeSha256). */
function sha256(input: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(HASH_BYTES);
  writeSha256(input, out, 0);
  return out;
}

/** MTH of the empty tree: SHA-256 of no bytes. */
export const EMPTY_ROOT: Buffer = sha256(Buffer.alloc(0));

const nodeInput = Buffer.alloc(1 + 2 * HASH_BYTES);
nodeInput[0] = 0x01;

/** 0x00 and room for a leaf after it (grown for a longer one): hashing a leaf allocates only its digest. */
let leafInput = Buffer.alloc(1 + 1024);

/** SHA-256(0x00 || leaf), written into `out` at `offset`. */
export function writeLeafHash(leaf: Uint8Array, out: Buffer, offset: number): void {
  if (leafInput.length < 1 + leaf.length) leafInput = Buffer.alloc(2 * (1 + leaf.length));
  leafInput.set(leaf, 1);
  writeSha256(leafInput.subarray(0, 1 + leaf.length), out, offset);
}

/** SHA-256(0x00 || leaf); a string is hashed as its UTF-8 bytes. */
export function leafHash(leaf: Uint8Array | string): Buffer {
  const out = Buffer.allocUnsafe(HASH_BYTES); // all of it written next
  writeLeafHash(typeof leaf === 'string' ? Buffer.from(leaf, 'utf8') : leaf, out, 0);
  return out;
}

/** SHA-256(0x01 || left || right). */
export function nodeHash(left: Uint8Array, right: Uint8Array): Buffer {
  if (left.length !== HASH_BYTES || right.length !== HASH_BYTES) throw new RangeError('nodeHash: hashes are 32 bytes');
  nodeInput.set(left, 1);
  nodeInput.set(right, 1 + HASH_BYTES);
  return sha256(nodeInput);
}

/** The largest power of two strictly less than n (n ≥ 2). */
export function splitPoint(n: number): number {
  let k = 1;
  while (k * 2 < n) k *= 2;
  return k;
}

const isPowerOfTwo = (n: number): boolean => n > 0 && 2 ** Math.round(Math.log2(n)) === n;

/** MTH over leaf hashes (the whole list), by the definition: for tests and small ranges. */
export function rootOf(leafHashes: readonly Uint8Array[]): Buffer {
  if (leafHashes.length === 0) return EMPTY_ROOT;
  const mth = (lo: number, hi: number): Buffer => {
    if (hi - lo === 1) return Buffer.from(leafHashes[lo]!);
    const k = splitPoint(hi - lo);
    return nodeHash(mth(lo, lo + k), mth(lo + k, hi));
  };
  return mth(0, leafHashes.length);
}

/** A range of leaves [lo, hi) whose MTH is one hash of a proof. */
export type Range = readonly [lo: number, hi: number];

/**
 * The ranges whose MTH form the inclusion proof of leaf `index` in a tree of `size` leaves (RFC 6962
 * PATH(m, D[n])), in proof order: from the leaf's sibling up to the root's other child.
 */
export function inclusionRanges(index: number, size: number): Range[] {
  checkSize(size);
  if (!Number.isSafeInteger(index) || index < 0 || index >= size) throw new RangeError(`inclusion proof: leaf ${index} is not in a tree of ${size}`);
  const out: Range[] = [];
  const path = (m: number, lo: number, hi: number): void => {
    if (hi - lo === 1) return;
    const k = splitPoint(hi - lo);
    if (m < k) {
      path(m, lo, lo + k);
      out.push([lo + k, hi]);
    } else {
      path(m - k, lo + k, hi);
      out.push([lo, lo + k]);
    }
  };
  path(index, 0, size);
  return out;
}

/**
 * The ranges whose MTH form the consistency proof from a tree of `first` leaves to one of `second`
 * (RFC 6962 PROOF(m, D[n]) = SUBPROOF(m, D[n], true)), in proof order. Empty when first is 0 or equals second.
 */
export function consistencyRanges(first: number, second: number): Range[] {
  checkSize(first);
  checkSize(second);
  if (first > second) throw new RangeError(`consistency proof: ${first} leaves is more than ${second}`);
  const out: Range[] = [];
  if (first === 0 || first === second) return out;
  const subproof = (m: number, lo: number, hi: number, whole: boolean): void => {
    const n = hi - lo;
    if (m === n) {
      if (!whole) out.push([lo, hi]);
      return;
    }
    const k = splitPoint(n);
    if (m <= k) {
      subproof(m, lo, lo + k, whole);
      out.push([lo + k, hi]);
    } else {
      subproof(m - k, lo + k, hi, false);
      out.push([lo, lo + k]);
    }
  };
  subproof(first, 0, second, true);
  return out;
}

function checkSize(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`tree size must be a whole number, got ${n}`);
}

/** MTH of a range from its leaf hashes, when the caller has them all (tests, small trees). */
export const rangeRoot = (leafHashes: readonly Uint8Array[], [lo, hi]: Range): Buffer => rootOf(leafHashes.slice(lo, hi));

const equal = (a: Uint8Array, b: Uint8Array): boolean => a.length === b.length && Buffer.compare(a, b) === 0;
const wellFormed = (proof: readonly Uint8Array[]): boolean => proof.every((p) => p instanceof Uint8Array && p.length === HASH_BYTES);

/**
 * RFC 9162 §2.1.3.2: the root that leaf hash `leaf` at `index` and the inclusion `proof` give for a tree
 * of `size` leaves, or undefined when the proof cannot be a proof for that index and size.
 */
export function rootFromInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[]): Buffer | undefined {
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(size) || index < 0 || index >= size) return undefined;
  if (leaf.length !== HASH_BYTES || !wellFormed(proof)) return undefined;
  // fn and sn may exceed 2^31: shifts are divisions.
  let fn = index;
  let sn = size - 1;
  let r: Buffer = Buffer.from(leaf);
  const shift = (x: number): number => Math.floor(x / 2);
  for (const p of proof) {
    if (sn === 0) return undefined;
    if (fn % 2 === 1 || fn === sn) {
      r = nodeHash(p, r);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = shift(fn);
          sn = shift(sn);
        }
      }
    } else {
      r = nodeHash(r, p);
    }
    fn = shift(fn);
    sn = shift(sn);
  }
  return sn === 0 ? r : undefined;
}

/** Whether `proof` shows leaf hash `leaf` at `index` in the tree of `size` leaves whose root is `root`. */
export function verifyInclusion(leaf: Uint8Array, index: number, size: number, proof: readonly Uint8Array[], root: Uint8Array): boolean {
  const r = rootFromInclusion(leaf, index, size, proof);
  return r !== undefined && equal(r, root);
}

/**
 * RFC 9162 §2.1.4.2: whether `proof` shows that the tree of `first` leaves with root `firstRoot` is a
 * prefix of the tree of `second` leaves with root `secondRoot`. Equal sizes need an empty proof and
 * equal roots; the empty tree is a prefix of every tree (with an empty proof).
 */
export function verifyConsistency(first: number, second: number, firstRoot: Uint8Array, secondRoot: Uint8Array, proof: readonly Uint8Array[]): boolean {
  if (!Number.isSafeInteger(first) || !Number.isSafeInteger(second) || first < 0 || first > second) return false;
  if (!wellFormed(proof) || firstRoot.length !== HASH_BYTES || secondRoot.length !== HASH_BYTES) return false;
  if (first === second) return proof.length === 0 && equal(firstRoot, secondRoot);
  if (first === 0) return proof.length === 0 && equal(firstRoot, EMPTY_ROOT);
  // 1. An empty proof proves nothing here.
  if (proof.length === 0) return false;
  // 2. When first is an exact power of two, its root is the first node of the path.
  const path = isPowerOfTwo(first) ? [firstRoot, ...proof] : [...proof];
  const shift = (x: number): number => Math.floor(x / 2);
  // 3.
  let fn = first - 1;
  let sn = second - 1;
  // 4.
  while (fn % 2 === 1) {
    fn = shift(fn);
    sn = shift(sn);
  }
  // 5.
  let fr: Buffer = Buffer.from(path[0]!);
  let sr: Buffer = Buffer.from(path[0]!);
  // 6.
  for (const c of path.slice(1)) {
    if (sn === 0) return false;
    if (fn % 2 === 1 || fn === sn) {
      fr = nodeHash(c, fr);
      sr = nodeHash(c, sr);
      if (fn % 2 === 0) {
        while (fn % 2 === 0 && fn !== 0) {
          fn = shift(fn);
          sn = shift(sn);
        }
      }
    } else {
      sr = nodeHash(sr, c);
    }
    fn = shift(fn);
    sn = shift(sn);
  }
  // 7.
  return sn === 0 && equal(fr, firstRoot) && equal(sr, secondRoot);
}

/** A stored perfect subtree: `level` (2^level leaves) and its position among the subtrees of that level. */
export interface TreeNode {
  level: number;
  index: number;
  hash: Buffer;
}

/**
 * The right edge of a growing tree (a "compact range" in Trillian's terms): the roots of the perfect
 * subtrees that the binary digits of the size describe, largest first. Appending a leaf merges equal
 * subtrees, and every merge is a perfect subtree that has just become complete (reported, so a store
 * can keep some levels of them for proofs). The root of the tree is these roots folded right to left.
 */
export class Frontier {
  private readonly nodes: Buffer[];
  private count: number;

  /** `nodes`: the perfect subtree roots of a tree of `size` leaves, largest first (see subtreesOf). */
  constructor(size = 0, nodes: readonly Buffer[] = []) {
    checkSize(size);
    if (nodes.length !== popCount(size)) throw new RangeError(`a tree of ${size} leaves has ${popCount(size)} edge subtrees, got ${nodes.length}`);
    this.nodes = nodes.map((n) => Buffer.from(n));
    this.count = size;
  }

  get size(): number {
    return this.count;
  }

  /** Appends one leaf hash; calls `completed` for every perfect subtree of two or more leaves it completes. */
  append(leaf: Uint8Array, completed?: (node: TreeNode) => void): void {
    let h: Buffer = Buffer.from(leaf);
    let level = 0;
    let index = this.count;
    // The low set bits of the old size are the subtrees the new leaf completes, smallest first.
    let size = this.count;
    while (size % 2 === 1) {
      h = nodeHash(this.nodes.pop()!, h);
      level++;
      index = Math.floor(index / 2);
      completed?.({ level, index, hash: h });
      size = Math.floor(size / 2);
    }
    this.nodes.push(h);
    this.count++;
  }

  root(): Buffer {
    if (this.nodes.length === 0) return EMPTY_ROOT;
    let r: Buffer = this.nodes[this.nodes.length - 1]!;
    for (let i = this.nodes.length - 2; i >= 0; i--) r = nodeHash(this.nodes[i]!, r);
    return r;
  }

  /** The edge subtree roots, largest first (a copy). */
  edge(): Buffer[] {
    return this.nodes.map((n) => Buffer.from(n));
  }

  clone(): Frontier {
    return new Frontier(this.count, this.nodes);
  }
}

function popCount(n: number): number {
  let c = 0;
  for (let x = n; x > 0; x = Math.floor(x / 2)) c += x % 2;
  return c;
}

/** The perfect subtrees on the right edge of a tree of `size` leaves, largest first: what a Frontier holds. */
export function subtreesOf(size: number): Range[] {
  checkSize(size);
  const out: Range[] = [];
  let lo = 0;
  for (let bit = 2 ** Math.floor(Math.log2(Math.max(size, 1))); bit >= 1; bit /= 2) {
    if (Math.floor(size / bit) % 2 === 1) {
      out.push([lo, lo + bit]);
      lo += bit;
    }
  }
  return out;
}

/**
 * A range of a proof, [lo, hi), split into the perfect subtrees it consists of, largest first: each is
 * aligned (lo a multiple of its size). Proof ranges are always such that this split exists; the MTH
 * of the range is those subtree roots folded right to left, as Frontier.root does.
 */
export function perfectSubtrees([lo, hi]: Range): Range[] {
  if (!(lo >= 0 && hi > lo)) throw new RangeError(`empty range [${lo}, ${hi})`);
  return subtreesOf(hi - lo).map(([a, b]): Range => {
    const range: Range = [lo + a, lo + b];
    if (range[0] % (b - a) !== 0) throw new RangeError(`range [${lo}, ${hi}) is not made of aligned subtrees`);
    return range;
  });
}

/** Folds subtree roots (largest first) into the MTH of their union, as Frontier.root does. */
export function foldRight(roots: readonly Uint8Array[]): Buffer {
  if (roots.length === 0) return EMPTY_ROOT;
  let r: Buffer = Buffer.from(roots[roots.length - 1]!);
  for (let i = roots.length - 2; i >= 0; i--) r = nodeHash(roots[i]!, r);
  return r;
}
