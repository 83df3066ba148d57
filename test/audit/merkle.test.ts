// The Merkle tree (audit/merkle.ts) against RFC 6962's definitions: known roots, then properties over
// random trees: every inclusion proof and every consistency proof verifies, and any single-bit change
// to a leaf, a proof hash, an index, a size or a root makes verification fail.
import fc from 'fast-check';
import { hash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_ROOT,
  Frontier,
  consistencyRanges,
  foldRight,
  inclusionRanges,
  leafHash,
  nodeHash,
  perfectSubtrees,
  rangeRoot,
  rootOf,
  subtreesOf,
  verifyConsistency,
  verifyInclusion,
  type TreeNode,
} from '../../audit/merkle.ts';

// The eight leaves of the Certificate Transparency reference tests, and the roots of their prefixes.
const CT_LEAVES = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'].map((h) => Buffer.from(h, 'hex'));
const CT_ROOTS = [
  '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
  'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
  'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
  'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
  '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
  '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
  'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
  '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
];

/** A tree of n random leaves, all different (each ends in its index): the leaf bytes and their hashes. */
const treeArb = (min = 1, max = 70): fc.Arbitrary<{ leaves: Uint8Array[]; hashes: Buffer[] }> =>
  fc.array(fc.uint8Array({ maxLength: 40 }), { minLength: min, maxLength: max }).map((random) => {
    const leaves = random.map((bytes, i) => Buffer.concat([bytes, Buffer.from(`#${i}`)]));
    return { leaves, hashes: leaves.map((l) => leafHash(l)) };
  });

const proofOf = (hashes: readonly Buffer[], ranges: readonly (readonly [number, number])[]): Buffer[] => ranges.map((r) => rangeRoot(hashes, r));

/** The buffer with bit `bit` (mod its length in bits) flipped. */
function flipBit(b: Uint8Array, bit: number): Buffer {
  const out = Buffer.from(b);
  const at = bit % (out.length * 8);
  out[at >> 3]! ^= 1 << (at & 7);
  return out;
}

describe('Merkle tree hashes (RFC 6962 §2.1)', () => {
  it('hashes leaves with 0x00 and nodes with 0x01, and the empty tree is SHA-256 of nothing', () => {
    expect(leafHash('').toString('hex')).toBe(hash('sha256', Buffer.from([0]), 'hex'));
    const [a, b] = [leafHash('a'), leafHash('b')];
    expect(nodeHash(a, b)).toEqual(hash('sha256', Buffer.concat([Buffer.from([1]), a, b]), 'buffer'));
    expect(EMPTY_ROOT.toString('hex')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(rootOf([])).toEqual(EMPTY_ROOT);
  });

  it('gives the roots of the Certificate Transparency reference tree for every prefix', () => {
    const hashes = CT_LEAVES.map((l) => leafHash(l));
    const frontier = new Frontier();
    for (let n = 1; n <= 8; n++) {
      expect(rootOf(hashes.slice(0, n)).toString('hex'), `size ${n}`).toBe(CT_ROOTS[n - 1]);
      frontier.append(hashes[n - 1]!);
      expect(frontier.root().toString('hex')).toBe(CT_ROOTS[n - 1]);
    }
  });

  it('the frontier gives the root of the definition for any size, reports every completed subtree, and restarts from its edge', () => {
    fc.assert(
      fc.property(treeArb(0, 130), ({ hashes }) => {
        const frontier = new Frontier();
        const completed: TreeNode[] = [];
        hashes.forEach((h) => frontier.append(h, (node) => completed.push(node)));
        expect(frontier.root()).toEqual(rootOf(hashes));
        // Every perfect subtree of two or more leaves, exactly once, with its MTH.
        const expected = [];
        for (let level = 1; 2 ** level <= hashes.length; level++) for (let i = 0; (i + 1) * 2 ** level <= hashes.length; i++) expected.push(`${level}/${i}`);
        expect(completed.map((n) => `${n.level}/${n.index}`).sort()).toEqual(expected.sort());
        for (const n of completed) expect(n.hash).toEqual(rangeRoot(hashes, [n.index * 2 ** n.level, (n.index + 1) * 2 ** n.level]));
        // The edge is the roots of subtreesOf(size); a frontier rebuilt from it goes on identically.
        expect(frontier.edge()).toEqual(subtreesOf(hashes.length).map((r) => rangeRoot(hashes, r)));
        const restarted = new Frontier(hashes.length, frontier.edge());
        const more = leafHash('more');
        restarted.append(more);
        expect(restarted.root()).toEqual(rootOf([...hashes, more]));
      }),
    );
  });

  it('splits every proof range into aligned perfect subtrees whose fold is the range root', () => {
    fc.assert(
      fc.property(treeArb(1, 90), fc.nat(), fc.nat(), ({ hashes }, i, j) => {
        const size = hashes.length;
        const ranges = [...inclusionRanges(i % size, size), ...consistencyRanges((j % size) + 1, size)];
        for (const range of ranges) {
          const parts = perfectSubtrees(range);
          for (const [lo, hi] of parts) expect(lo % (hi - lo)).toBe(0);
          expect(foldRight(parts.map((p) => rangeRoot(hashes, p)))).toEqual(rangeRoot(hashes, range));
        }
      }),
    );
  });
});

describe('inclusion proofs (RFC 9162 §2.1.3)', () => {
  it('verify for every leaf of random trees', () => {
    fc.assert(
      fc.property(treeArb(), ({ hashes }) => {
        const root = rootOf(hashes);
        for (let i = 0; i < hashes.length; i++) {
          const proof = proofOf(hashes, inclusionRanges(i, hashes.length));
          expect(verifyInclusion(hashes[i]!, i, hashes.length, proof, root), `leaf ${i} of ${hashes.length}`).toBe(true);
        }
      }),
    );
  });

  // A proof does not pin the tree size by itself (the leftmost leaf has the same path in trees of 6 and
  // 7 leaves): the signed tree head binds size and root together (test/audit/heads.test.ts).
  it('fail after any single-bit change to the leaf, a proof hash, the root or the index, and with a hash too many', () => {
    fc.assert(
      fc.property(treeArb(2), fc.nat(), fc.nat(), fc.nat(4), ({ leaves, hashes }, pick, bit, what) => {
        const size = hashes.length;
        const index = pick % size;
        const proof = proofOf(hashes, inclusionRanges(index, size));
        const root = rootOf(hashes);
        const leaf = leaves[index]!;
        const changed = flipBit(leaf, bit);
        const cases = [
          () => verifyInclusion(leafHash(changed), index, size, proof, root),
          () => (proof.length === 0 ? false : verifyInclusion(hashes[index]!, index, size, proof.map((p, k) => (k === bit % proof.length ? flipBit(p, bit) : p)), root)),
          () => verifyInclusion(hashes[index]!, index, size, proof, flipBit(root, bit)),
          () => verifyInclusion(hashes[index]!, index ^ (1 << bit % 31), size, proof, root),
          () => verifyInclusion(hashes[index]!, index, size, [...proof, hashes[0]!], root),
        ];
        expect(cases[what]!()).toBe(false);
      }),
    );
  });

  it('a proof for one leaf does not verify another leaf, nor a truncated proof', () => {
    fc.assert(
      fc.property(treeArb(2), fc.nat(), fc.nat(), ({ hashes }, a, b) => {
        const size = hashes.length;
        const [i, j] = [a % size, b % size];
        const proof = proofOf(hashes, inclusionRanges(i, size));
        const root = rootOf(hashes);
        if (i !== j) expect(verifyInclusion(hashes[j]!, i, size, proof, root)).toBe(false);
        expect(verifyInclusion(hashes[i]!, i, size, proof.slice(0, -1), root)).toBe(false);
      }),
    );
  });
});

describe('consistency proofs (RFC 9162 §2.1.4)', () => {
  it('verify for every pair of sizes of random trees', () => {
    fc.assert(
      fc.property(treeArb(1, 40), ({ hashes }) => {
        const roots = [EMPTY_ROOT, ...hashes.map((_, n) => rootOf(hashes.slice(0, n + 1)))];
        for (let m = 0; m <= hashes.length; m++) {
          for (let n = m; n <= hashes.length; n++) {
            const proof = proofOf(hashes, consistencyRanges(m, n));
            expect(verifyConsistency(m, n, roots[m]!, roots[n]!, proof), `${m} → ${n}`).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('fail after any single-bit change to a root or a proof hash, and for a first tree that is not a prefix', () => {
    fc.assert(
      fc.property(treeArb(2), fc.nat(), fc.nat(), fc.nat(), fc.nat(3), ({ leaves, hashes }, a, b, bit, what) => {
        const size = hashes.length;
        const m = (a % (size - 1)) + 1; // 1 ≤ m < size
        const n = m + 1 + (b % (size - m));
        const proof = proofOf(hashes, consistencyRanges(m, n));
        const [r1, r2] = [rootOf(hashes.slice(0, m)), rootOf(hashes.slice(0, n))];
        // A first tree whose leaf differs in one bit: not a prefix of the second.
        const k = bit % m;
        const forked = hashes.slice(0, m).map((h, i) => (i === k ? leafHash(flipBit(leaves[k]!, bit)) : h));
        const cases = [
          () => verifyConsistency(m, n, flipBit(r1, bit), r2, proof),
          () => verifyConsistency(m, n, r1, flipBit(r2, bit), proof),
          () => verifyConsistency(m, n, r1, r2, proof.map((p, i) => (i === bit % proof.length ? flipBit(p, bit) : p))),
          () => verifyConsistency(m, n, rootOf(forked), r2, proof),
        ];
        expect(cases[what]!()).toBe(false);
      }),
    );
  });

  it('refuse a smaller second tree, a non-empty proof between equal sizes, and an empty proof between different sizes', () => {
    const hashes = CT_LEAVES.map((l) => leafHash(l));
    const r = (n: number): Buffer => rootOf(hashes.slice(0, n));
    expect(verifyConsistency(5, 3, r(5), r(3), [])).toBe(false);
    expect(verifyConsistency(4, 4, r(4), r(4), [])).toBe(true);
    expect(verifyConsistency(4, 4, r(4), r(4), [r(2)])).toBe(false);
    expect(verifyConsistency(3, 8, r(3), r(8), [])).toBe(false);
    expect(verifyConsistency(0, 8, EMPTY_ROOT, r(8), [])).toBe(true);
    expect(verifyConsistency(0, 8, r(1), r(8), [])).toBe(false);
  });
});
